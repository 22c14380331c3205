import type { LanguageAdapter } from '../adapter.js';
import { scanTokens } from '../../pipeline/tokenise.js';

/** Indonesian. */
export const id: LanguageAdapter = {
  lang: 'id',
  tokenise: (text) => scanTokens(text),
  dates: () => [],
};
