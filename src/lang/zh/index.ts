import type { LanguageAdapter } from '../adapter.js';
import { scanTokens } from '../../pipeline/tokenise.js';

/** Chinese (Simplified and Traditional). */
export const zh: LanguageAdapter = {
  lang: 'zh',
  tokenise: (text) => scanTokens(text),
  dates: () => [],
};
