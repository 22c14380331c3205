import type { Lang, LexiconEntry } from '../types.js';
import { NameIndex } from '../pipeline/lexicon-match.js';
import { foldCase } from '../pipeline/normalise.js';
import { checkEntryList } from './validate.js';

/**
 * Name keys worked out at build time (`lexicons/dist/name-keys.json`), per language: the names whose
 * key is not simply their case fold, name → key. Every other name's key is `foldCase(name)`.
 */
export type PrecomputedKeys = Partial<Record<Lang, ReadonlyMap<string, string>>>;

/**
 * An immutable set of lexicon entries. Extending one returns a new Lexicon that layers the
 * new entries over this one: the base's compiled indexes are shared, never copied or changed,
 * so extensions cost only their own size and never leak into another annotator.
 */
export class Lexicon {
  private readonly own: readonly LexiconEntry[];
  private readonly ownIds: ReadonlySet<string>;
  private readonly indexes = new Map<string, NameIndex>();
  private allEntries: readonly LexiconEntry[] | undefined;

  private constructor(
    { entries, ids }: { entries: readonly LexiconEntry[]; ids: ReadonlySet<string> },
    private readonly base: Lexicon | undefined,
    /** Keys of this layer's names from the build, so compiling an index need not fold every name. */
    private readonly precomputedKeys?: PrecomputedKeys,
  ) {
    this.own = entries;
    this.ownIds = ids;
  }

  /** A lexicon of these entries (validated; throws `LexiconValidationError`). */
  static of(entries: unknown): Lexicon {
    return new Lexicon(checkEntryList(entries, false), undefined);
  }

  /**
   * The shipped lexicon: `entries` just parsed from lexicons/dist (validated, frozen in place rather
   * than copied) with the name keys the build computed for them.
   * @internal
   */
  static shipped(entries: unknown, keys: PrecomputedKeys): Lexicon {
    return new Lexicon(checkEntryList(entries, true), undefined, keys);
  }

  /** An empty lexicon. */
  static empty(): Lexicon {
    return new Lexicon({ entries: [], ids: new Set() }, undefined);
  }

  /** A new lexicon with `entries` added; an entry with an existing id replaces the old one. */
  extend(entries: unknown): Lexicon {
    const valid = checkEntryList(entries, false);
    if (valid.entries.length === 0) return this;
    return new Lexicon(valid, this);
  }

  /** This layer's own entries, in the order they were given (without the layers below). */
  get ownEntries(): readonly LexiconEntry[] {
    return this.own;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every entry in effect, overrides applied, in id order. */
  get entries(): readonly LexiconEntry[] {
    if (!this.allEntries) {
      const byId = new Map<string, LexiconEntry>();
      for (const layer of this.layers()) for (const e of layer.own) byId.set(e.id, e);
      this.allEntries = Object.freeze([...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    }
    return this.allEntries;
  }

  get(id: string): LexiconEntry | undefined {
    for (let l: Lexicon | undefined = this; l; l = l.base) {
      if (l.ownIds.has(id)) return l.own.find((e) => e.id === id);
    }
    return undefined;
  }

  /** Layers from the oldest (defaults) to the newest (latest extension). */
  layers(): Lexicon[] {
    const out: Lexicon[] = [];
    for (let l: Lexicon | undefined = this; l; l = l.base) out.unshift(l);
    return out;
  }

  /** True when a newer layer than `layer` redefines `id`. */
  isOverridden(id: string, layer: Lexicon): boolean {
    for (let l: Lexicon | undefined = this; l && l !== layer; l = l.base) if (l.ownIds.has(id)) return true;
    return false;
  }

  /**
   * This layer's own index for a language (names in `lang` plus `en`), compiled on first use.
   * `keyOf` folds a name as the language folds text; a `cacheKey` equal to `lang` says it is that
   * language's own name key (as the pipeline passes it), which the build may have precomputed.
   */
  ownIndex(lang: Lang, cacheKey: string, keyOf: (name: string) => string): NameIndex {
    let index = this.indexes.get(cacheKey);
    if (!index) {
      const known = cacheKey === lang ? this.precomputedKeys?.[lang] : undefined;
      index = new NameIndex(known ? (name) => known.get(name) ?? foldCase(name) : keyOf);
      for (const e of this.own) {
        const own = e.names[lang];
        if (own) for (const name of own) index.add(e, lang, name);
        // An English name written as in `lang` would add nothing (same key, same entry): skip its fold.
        for (const name of e.names.en ?? []) if (!own?.includes(name)) index.add(e, 'en', name);
      }
      this.indexes.set(cacheKey, index);
    }
    return index;
  }
}
