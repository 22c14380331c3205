export { annotate, createAnnotator, type AnnotatorConfig } from './annotator.js';
export { Lexicon } from './lexicon/lexicon.js';
export { validateEntry, validateEntries } from './lexicon/validate.js';
export {
  LintasError,
  InvalidArgumentError,
  UnknownLanguageError,
  InvalidReferenceDateError,
  LexiconValidationError,
} from './errors.js';
export * from './types.js';
export { detectLang, detectLangDetailed, type LangDetection, type DetectOptions } from './detect/index.js';
export {
  annotateMany,
  annotateAuto,
  type AnnotateManyOptions,
  type BatchInput,
  type BatchResult,
  type BatchError,
  type LangOrAuto,
} from './batch/index.js';
export * from './formats/index.js';
