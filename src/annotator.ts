import { parseReferenceDate } from './dates/reference.js';
import { InvalidArgumentError, UnknownLanguageError, describe } from './errors.js';
import { adapterFor } from './lang/index.js';
import { defaultLexicon } from './lexicon/defaults.js';
import { Lexicon } from './lexicon/lexicon.js';
import { runPipeline } from './pipeline/run.js';
import { LANGS, type AnnotateOptions, type AnnotatedDocument, type Annotator, type Lang, type LexiconEntry, type Prefer } from './types.js';

const PREFERS: readonly Prefer[] = ['news', 'past', 'future', 'nearest'];
const OPTION_KEYS = new Set(['referenceDate', 'prefer']);

export interface AnnotatorConfig {
  /**
   * Entries to add to the default lexicon (an entry with a default's id replaces it), or a
   * `Lexicon` to use instead of the defaults.
   */
  lexicons?: LexiconEntry[] | Lexicon;
}

class LexiconAnnotator implements Annotator {
  constructor(readonly lexicon: Lexicon) {}

  annotate(text: string, lang: Lang, options?: AnnotateOptions): AnnotatedDocument {
    if (typeof text !== 'string') throw new InvalidArgumentError(`annotate(text, lang): text must be a string, got ${describe(text)}.`);
    if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang)) throw new UnknownLanguageError(lang);
    const { reference, prefer } = readOptions(options);
    return runPipeline(text, adapterFor(lang), this.lexicon, { reference, prefer });
  }

  extend(entries: LexiconEntry[]): Annotator {
    if (!Array.isArray(entries)) throw new InvalidArgumentError(`extend(entries): entries must be an array, got ${describe(entries)}.`);
    return new LexiconAnnotator(this.lexicon.extend(entries));
  }
}

function readOptions(options: AnnotateOptions | undefined) {
  if (options === undefined || options === null) return { reference: undefined, prefer: 'news' as Prefer };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(`annotate(text, lang, options): options must be an object, got ${describe(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new InvalidArgumentError(`Unknown option "${key}" (known: ${[...OPTION_KEYS].join(', ')}).`);
  }
  const prefer = options.prefer ?? 'news';
  if (!PREFERS.includes(prefer)) throw new InvalidArgumentError(`options.prefer must be one of ${PREFERS.join(', ')}, got ${describe(prefer)}.`);
  const reference = options.referenceDate === undefined ? undefined : parseReferenceDate(options.referenceDate);
  return { reference, prefer };
}

/** An annotator over the default lexicon, optionally extended with your own entries. */
export function createAnnotator(config: AnnotatorConfig = {}): Annotator {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new InvalidArgumentError(`createAnnotator(config): config must be an object, got ${describe(config)}.`);
  }
  for (const key of Object.keys(config)) {
    if (key !== 'lexicons') throw new InvalidArgumentError(`Unknown createAnnotator option "${key}" (known: lexicons).`);
  }
  const { lexicons } = config;
  if (lexicons === undefined) return new LexiconAnnotator(defaultLexicon());
  if (lexicons instanceof Lexicon) return new LexiconAnnotator(lexicons);
  if (!Array.isArray(lexicons)) {
    throw new InvalidArgumentError(`createAnnotator({ lexicons }): lexicons must be an array of entries or a Lexicon, got ${describe(lexicons)}.`);
  }
  return new LexiconAnnotator(defaultLexicon().extend(lexicons));
}

let shared: Annotator | undefined;

/** Annotates `text` in `lang` with the default lexicon. */
export function annotate(text: string, lang: Lang, options?: AnnotateOptions): AnnotatedDocument {
  shared ??= new LexiconAnnotator(defaultLexicon());
  return shared.annotate(text, lang, options);
}
