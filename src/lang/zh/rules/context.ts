/** What the Chinese rules share about one document: token edges, the lexicon's places, tagged words. */
import type { EntityCandidate, RuleContext, TokenSpan } from '../../adapter.js';
import { zhSegmenter } from '../segmenters/index.js';

export type TaggedWords = Array<{ word: string; tag: string }>;

/** A set of text offsets (token edges, offsets inside tokens), read only. */
export interface Positions {
  has(at: number): boolean;
}

const EDGE = 1;
const INSIDE = 2;

/** The offsets whose flag byte has a given bit. */
class FlagPositions implements Positions {
  constructor(
    private readonly flags: Uint8Array,
    private readonly bit: number,
  ) {}
  has(at: number): boolean {
    return at >= 0 && at < this.flags.length && (this.flags[at]! & this.bit) !== 0;
  }
}

const NONE: readonly EntityCandidate[] = [];

/** A lexicon country: its id is place/ + a two-letter code (place/vn, not place/vn-bien-hoa). */
export const isCountry = (c: EntityCandidate): boolean => /^place\/[a-z]{2}$/u.test(c.id);

/**
 * Per-document facts several rules need, computed once per rules call (never cached across calls:
 * a context is a value, not an identity). What only some documents need is built on first use.
 */
export class DocFacts {
  /** Offsets where a token starts or ends. */
  readonly edges: Positions;
  /** Offsets strictly inside a token (a cut there splits a word). */
  readonly inside: Positions;
  /** The lexicon's PLACE candidates. */
  readonly places: readonly EntityCandidate[];
  readonly placeStarts = new Set<number>();
  readonly placeEnds = new Set<number>();
  private readonly tokens: readonly TokenSpan[];
  private readonly candidates: readonly EntityCandidate[];
  private readonly byEnd = new Map<number, EntityCandidate[]>();
  private readonly byStart = new Map<number, EntityCandidate[]>();
  private lexiconIndex: SpanIndex<EntityCandidate> | undefined;
  private readonly tagged = new Map<string, TaggedWords | undefined>();
  private readonly segmenter = zhSegmenter();

  constructor(ctx: RuleContext) {
    this.tokens = ctx.tokens;
    this.candidates = ctx.lexiconCandidates;
    const flags = new Uint8Array(ctx.text.length + 1);
    for (const t of ctx.tokens) {
      flags[t.start]! |= EDGE;
      flags[t.end]! |= EDGE;
      for (let i = t.start + 1; i < t.end; i++) flags[i]! |= INSIDE;
    }
    this.edges = new FlagPositions(flags, EDGE);
    this.inside = new FlagPositions(flags, INSIDE);
    const places: EntityCandidate[] = [];
    for (const c of ctx.lexiconCandidates) {
      if (c.type !== 'PLACE') continue;
      places.push(c);
      this.placeStarts.add(c.start);
      this.placeEnds.add(c.end);
      addTo(this.byEnd, c.end, c);
      addTo(this.byStart, c.start, c);
    }
    this.places = places;
  }

  /** The lexicon's places ending at an offset, in candidate order. */
  placesEndingAt(end: number): readonly EntityCandidate[] {
    return this.byEnd.get(end) ?? NONE;
  }

  /** The lexicon's places starting at an offset, in candidate order. */
  placesStartingAt(start: number): readonly EntityCandidate[] {
    return this.byStart.get(start) ?? NONE;
  }

  /** The token covering an offset (tokens come in text order and do not overlap: a binary search finds it). */
  tokenAt(at: number): TokenSpan | undefined {
    const { tokens } = this;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    // tokens[lo - 1] is the last token starting at or before `at`; an empty token covers nothing.
    let k = lo - 1;
    while (k >= 0 && tokens[k]!.start === tokens[k]!.end) k--;
    return k >= 0 && at < tokens[k]!.end ? tokens[k] : undefined;
  }

  /** Every lexicon candidate, for overlap queries. */
  get lexicon(): SpanIndex<EntityCandidate> {
    this.lexiconIndex ??= new SpanIndex(this.candidates);
    return this.lexiconIndex;
  }

  /** The segmenter's tagged words of a short stretch (undefined without a tagger), each stretch tagged once per document. */
  tag(stretch: string): TaggedWords | undefined {
    if (!this.segmenter.tag) return undefined;
    let words = this.tagged.get(stretch);
    if (words === undefined) this.tagged.set(stretch, (words = this.segmenter.tag(stretch)));
    return words;
  }
}

function addTo<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Spans sorted by start, for "does any span overlapping [s, e) pass this test" in O(log n + k)
 * instead of a scan of every span (a long text holds many thousands of lexicon matches).
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly sorted: T[];
  private readonly maxLength: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    let max = 0;
    for (const x of spans) max = Math.max(max, x.end - x.start);
    this.maxLength = max;
  }

  /** Whether a span with start < e and s < end (an overlap) passes `test`. */
  some(s: number, e: number, test: (x: T) => boolean): boolean {
    const { sorted } = this;
    // A span starting at or before s - maxLength ends at or before s.
    const from = s - this.maxLength + 1;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.start < e; i++) {
      const x = sorted[i]!;
      if (s < x.end && test(x)) return true;
    }
    return false;
  }
}
