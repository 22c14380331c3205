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
