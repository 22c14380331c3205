import type { LanguageAdapter } from '../adapter.js';
import { scanTokens } from '../../pipeline/tokenise.js';

/** Vietnamese. */
export const vi: LanguageAdapter = {
  lang: 'vi',
  camelBoundaries: true,
  tokensSpanSpaces: true,
  tokenise: (text) => scanTokens(text),
  dates: () => [],
};
