import type { LanguageAdapter } from '../adapter.js';
import { viDates } from './dates/index.js';
import { foldViTones } from './fold.js';
import { refineVi } from './refine.js';
import { viRules } from './rules/index.js';
import { segmentViTokens } from './segment.js';

/**
 * Vietnamese. Text is folded to one tone placement (hoà → hòa), glued words are split
 * (refine), words are segmented with the dictionary. The lexicon's names are not passed to the
 * segmenter (tokenise sees only the text); entity spans re-merge tokens at entity edges anyway.
 */
export const vi: LanguageAdapter = {
  lang: 'vi',
  fold: foldViTones,
  refine: refineVi,
  camelBoundaries: true,
  tokensSpanSpaces: true,
  tokenise: segmentViTokens,
  rules: viRules,
  dates: viDates,
};
