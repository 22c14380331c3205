import type { LanguageAdapter } from '../adapter.js';
import { findDates } from './dates/index.js';
import { idRules } from './rules/index.js';
import { tokenise } from './tokenise.js';

/** Indonesian: wink-based tokens, title/ministry/place rules and the Indonesian date grammar. */
export const id: LanguageAdapter = {
  lang: 'id',
  tokenise,
  rules: idRules,
  dates: findDates,
  // scraped text glues words (danMesir, diJalur Gaza): a lower→upper step is a word boundary for the lexicon
  camelBoundaries: true,
};
