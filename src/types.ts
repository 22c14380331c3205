/**
 * The shared annotation format. Every language adapter produces exactly these shapes;
 * offsets are always UTF-16 code-unit indices into the caller's original string.
 */

import type { Lexicon } from './lexicon/lexicon.js';

export const LANGS = ['zh', 'id', 'vi'] as const;
/** A language the annotator can read. */
export type Lang = (typeof LANGS)[number];
/** Languages a lexicon entry may carry names in (`en` names match in every language). */
export type NameLang = Lang | 'en';
export const NAME_LANGS: readonly NameLang[] = ['zh', 'id', 'vi', 'en'];

export const ENTITY_TYPES = ['PERSON', 'MINISTRY', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type AnnotationType = EntityType | 'DATE';

export type Prefer = 'news' | 'past' | 'future' | 'nearest';

export interface AnnotateOptions {
  /** The document's publication date (ISO string or Date). Relative dates resolve against it. */
  referenceDate?: string | Date;
  /** How to resolve dates without a year or tense cue. Default `news` (see ANNOTATION.md). */
  prefer?: Prefer;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

export type Source = 'lexicon' | 'rule';

interface SpanBase {
  text: string;
  /** UTF-16 index into the original string, inclusive. */
  start: number;
  /** UTF-16 index into the original string, exclusive. */
  end: number;
  source: Source;
}

export interface EntityAnnotation<T extends EntityType = EntityType> extends SpanBase {
  type: T;
  /** Stable lexicon id (`person/sergei-shoigu`), or a rule id (`person:rule/…`) for names found by rules. */
  id: string;
  /** Canonical name: the entry's English name when it has one, else the first name listed. */
  canonical: string;
  attrs: Record<string, unknown>;
}

export type PersonAnnotation = EntityAnnotation<'PERSON'>;
export type MinistryAnnotation = EntityAnnotation<'MINISTRY'>;
export type PlaceAnnotation = EntityAnnotation<'PLACE'>;

export type DateGrain =
  | 'second'
  | 'minute'
  | 'hour'
  | 'part-of-day'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half-year'
  | 'season'
  | 'year'
  | 'decade';

export type DateMod = 'START' | 'MID' | 'END';

export interface DateAnnotation extends SpanBase {
  type: 'DATE';
  /** ISO 8601 cut to the precision written (`2017-03-20`, `2016-12`, `2017-W12`, `196`, `2017-03-20TEV`). */
  value: string;
  grain: DateGrain;
  mod?: DateMod;
  /** For ranges written as one expression: the end's value. */
  endValue?: string;
}

export type Annotation = PersonAnnotation | MinistryAnnotation | PlaceAnnotation | DateAnnotation;

export interface AnnotatedDocument {
  text: string;
  lang: Lang;
  /** The reference date used, as `YYYY-MM-DD` (or with time), when one was given. */
  referenceDate?: string;
  tokens: Token[];
  /** Sorted by `start`; spans never overlap one another. */
  annotations: Annotation[];
}

/** One lexicon entry: an entity with its names in each language. */
export interface LexiconEntry {
  /** Stable, cross-lingual id: `<kind>/<slug>`, e.g. `person/sergei-shoigu`, `place/jp`. */
  id: string;
  type: EntityType;
  names: Partial<Record<NameLang, string[]>>;
  attrs?: Record<string, unknown>;
  /** Where the facts come from (a source key listed in SOURCES.md). */
  source?: string;
}

export interface Annotator {
  annotate(text: string, lang: Lang, options?: AnnotateOptions): AnnotatedDocument;
  /** A new annotator with these entries added (an entry with an existing id replaces it). This one is unchanged. */
  extend(entries: LexiconEntry[]): Annotator;
  /** The entries this annotator matches, defaults included. */
  readonly lexicon: Lexicon;
}
