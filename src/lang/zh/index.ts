import type { LanguageAdapter } from '../adapter.js';
import { findDates } from './dates/index.js';
import { foldTraditional } from './fold.js';
import { zhRules } from './rules/index.js';
import { tokenise } from './tokenise.js';

export { setZhSegmenter, zhSegmenter, segmenterByName, type Segmenter, type ZhSegmenterName } from './segmenters/index.js';

/** Chinese (Simplified and Traditional; Traditional is folded to Simplified, same length). */
export const zh: LanguageAdapter = {
  lang: 'zh',
  fold: foldTraditional,
  tokenise,
  rules: zhRules,
  dates: findDates,
};
