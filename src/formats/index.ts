export { toJson, toJsonl, toJsonlLine, fromJsonl, type IdentifiedDocument } from './json.js';
export { toConll, readConll, spansFromBio, type ConllOptions, type ConllToken, type ConllDocument } from './conll.js';
export { toBrat, fromBrat } from './brat.js';
export {
  toWebAnnotation,
  fromWebAnnotation,
  type WebAnnotationOptions,
  type WebAnnotation,
  type WebAnnotationPage,
  type TextualBody,
} from './webanno.js';
export { toTimeml, fromTimeml, type TimemlOptions, type Timex } from './timeml.js';
export { CodePointOffsets } from './offsets.js';
export type { ReadSpan } from './spans.js';
