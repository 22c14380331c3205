import type { Lang, LexiconEntry, NameLang } from '../types.js';
import { NameIndex } from '../pipeline/lexicon-match.js';
import { validateEntries } from './validate.js';

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
    own: readonly LexiconEntry[],
    private readonly base: Lexicon | undefined,
  ) {
    this.own = own;
    this.ownIds = new Set(own.map((e) => e.id));
  }

  /** A lexicon of these entries (validated; throws `LexiconValidationError`). */
  static of(entries: unknown): Lexicon {
    return new Lexicon(validateEntries(entries), undefined);
  }

  /** An empty lexicon. */
  static empty(): Lexicon {
    return new Lexicon([], undefined);
  }

  /** A new lexicon with `entries` added; an entry with an existing id replaces the old one. */
  extend(entries: unknown): Lexicon {
    const valid = validateEntries(entries);
    if (valid.length === 0) return this;
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

  /** This layer's own index for a language (names in `lang` plus `en`), compiled on first use. */
  ownIndex(lang: Lang, cacheKey: string, keyOf: (name: string) => string): NameIndex {
    let index = this.indexes.get(cacheKey);
    if (!index) {
      index = new NameIndex(keyOf);
      const langs: NameLang[] = [lang, 'en'];
      for (const e of this.own) for (const l of langs) for (const name of e.names[l] ?? []) index.add(e, l, name);
      this.indexes.set(cacheKey, index);
    }
    return index;
  }
}
