import type { EntityCandidate, RuleContext } from '../../adapter.js';
import type { EntityType } from '../../../types.js';
import type { TokenKind } from '../../../types.js';
import { isCapitalised, lowerCaseText } from '../words.js';

/** A token with its text, as the rules read it. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Whether the word starts with a capital letter (isCapitalised), asked of most words by most rules. */
  capitalised: boolean;
  kind: string;
  /** Index in the word list. */
  index: number;
}

/** Adds a word (a module function: under tsx, keepNames makes a closure made per call costly). */
function pushWord(out: Word[], text: string, lowerText: string | undefined, start: number, end: number, kind: TokenKind): void {
  const word = text.slice(start, end);
  const lower = lowerText !== undefined ? lowerText.slice(start, end) : word.toLowerCase();
  out.push({ start, end, text: word, lower, capitalised: isCapitalised(word), kind, index: out.length });
}

/**
 * The text as fine-grained words (letter runs, number runs, single marks): rules work below the
 * token level, so that Jepang-Rusia or al-Assad show their parts.
 */
export function wordsOf(ctx: RuleContext): Word[] {
  const out: Word[] = [];
  // lower-casing the text once and slicing it is far cheaper than lower-casing word by word
  const lowerText = lowerCaseText(ctx.text);
  const text = ctx.text;
  const n = text.length;
  // The baseline scanner's cut (scanTokens), by character classes instead of its regex.
  for (let i = 0; i < n; ) {
    const cls = classAt(text, i);
    const width = unitsAt(text, i);
    if (cls === Cls.Space) i += width;
    else if (cls === Cls.Number) {
      let e = i + width;
      for (;;) {
        while (e < n && classAt(text, e) === Cls.Number) e += unitsAt(text, e);
        // inner . , : / between digits (1.500.000, 10:15, 4/11)
        const c = text.charCodeAt(e);
        if ((c === 46 || c === 44 || c === 58 || c === 47) && e + 1 < n && classAt(text, e + 1) === Cls.Number) e++;
        else break;
      }
      pushWord(out, text, lowerText, i, e, 'number');
      i = e;
    } else if (cls === Cls.Letter) {
      let e = i + width;
      while (e < n && classAt(text, e) === Cls.Letter) e += unitsAt(text, e);
      pushWord(out, text, lowerText, i, e, 'word');
      i = e;
    } else {
      pushWord(out, text, lowerText, i, i + width, cls === Cls.Punct ? 'punct' : 'symbol');
      i += width;
    }
  }
  return out;
}

/** Character classes of the baseline scanner: \p{N}; \p{L} or \p{M}; \p{P}; white space (\s); anything else. */
const enum Cls {
  Number,
  Letter,
  Punct,
  Space,
  Symbol,
}
const classify = (ch: string): Cls =>
  /\p{N}/u.test(ch) ? Cls.Number : /[\p{L}\p{M}]/u.test(ch) ? Cls.Letter : /\p{P}/u.test(ch) ? Cls.Punct : /\s/u.test(ch) ? Cls.Space : Cls.Symbol;
/** ASCII answered from a table, other code points classified once and remembered. */
const ASCII_CLS = new Uint8Array(128).map((_, c) => classify(String.fromCharCode(c)));
const OTHER_CLS = new Map<number, Cls>();
function classOfCodePoint(cp: number): Cls {
  let cls = OTHER_CLS.get(cp);
  if (cls === undefined) OTHER_CLS.set(cp, (cls = classify(String.fromCodePoint(cp))));
  return cls;
}
const classAt = (text: string, i: number): Cls => {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_CLS[c] as Cls) : classOfCodePoint(text.codePointAt(i)!);
};
/** UTF-16 units of the code point at `i` (2 for a surrogate pair). */
const unitsAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};

/** Spans already claimed by candidates of the given types (lexicon or earlier rules). */
export class SpanIndex {
  private readonly spans: EntityCandidate[] = [];
  /** Built on the first query after an `add`: the spans by start, and sorted with the running maximum of their ends. */
  private byStart: Map<number, EntityCandidate[]> | undefined;
  private sorted: EntityCandidate[] = [];
  private maxEnd: number[] = [];
  add(cands: readonly EntityCandidate[]): this {
    this.spans.push(...cands);
    this.byStart = undefined;
    return this;
  }
  private index(): Map<number, EntityCandidate[]> {
    if (!this.byStart) {
      this.byStart = new Map();
      for (const c of this.spans) {
        const list = this.byStart.get(c.start);
        if (list) list.push(c);
        else this.byStart.set(c.start, [c]);
      }
      this.sorted = [...this.spans].sort((a, b) => a.start - b.start);
      this.maxEnd = [];
      let max = -Infinity;
      for (const c of this.sorted) this.maxEnd.push((max = Math.max(max, c.end)));
    }
    return this.byStart;
  }
  /** The longest candidate of one of `types` starting at `start` (the first added among equals). */
  startingAt(start: number, types: readonly EntityType[]): EntityCandidate | undefined {
    let best: EntityCandidate | undefined;
    const here = this.index().get(start);
    if (here) for (const c of here) if (types.includes(c.type) && (!best || c.end > best.end)) best = c;
    return best;
  }
  overlaps(start: number, end: number, types?: readonly EntityType[]): boolean {
    this.index();
    // the spans starting before `end`; walk back while one of them may still reach past `start`
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! > start; i--) {
      const c = this.sorted[i]!;
      if (c.end > start && (!types || types.includes(c.type))) return true;
    }
    return false;
  }
  all(): readonly EntityCandidate[] {
    return this.spans;
  }
}

export const RULE_PRIORITY = 5;

export function ruleEntity(ctx: RuleContext, type: EntityType, start: number, end: number, canonical?: string, id?: string): EntityCandidate {
  const surface = ctx.text.slice(start, end);
  return {
    type,
    start,
    end,
    source: 'rule',
    id: id ?? `rule:${type.toLowerCase()}/${surface}`,
    canonical: canonical ?? surface,
    attrs: {},
    priority: RULE_PRIORITY,
  };
}

/** The index of the first word starting at or after `offset`. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether only spaces (no line break, no punctuation) separate two offsets. */
export function spaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
