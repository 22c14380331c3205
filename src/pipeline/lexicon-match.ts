import type { LexiconEntry, NameLang } from '../types.js';

/**
 * A compiled name index for one language: every name's folded key → the entries it names.
 *
 * Lookup cost does not grow with the lexicon: at each text position the first two code units
 * select the (few) name lengths that start that way, and each length is one hash lookup.
 * Memory is one map entry per distinct name plus one per distinct two-unit prefix.
 */
export interface NameHit {
  entry: LexiconEntry;
  lang: NameLang;
  /** The name as the lexicon writes it (for the case rule). */
  form: string;
}

export interface LexiconMatch {
  start: number;
  end: number;
  hits: NameHit[];
}

const enum CaseRule {
  None = 0,
  Capitalised = 1,
  AllCaps = 2,
}

interface Surface extends NameHit {
  caseRule: CaseRule;
}

/** Letters and digits of space-separated scripts need a word boundary; Han/Kana do not. */
const SPACED = new Uint8Array(0x3000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x3000; c++) SPACED[c] = c >= 0xd800 ? 0 : wordChar.test(String.fromCharCode(c)) ? 1 : 0;
}
export const isSpacedWordUnit = (code: number): boolean => code < 0x3000 && SPACED[code] === 1;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** `isUpper` of one UTF-16 unit, memoised per unit (0 = not yet known, 1 = no, 2 = yes). */
const UPPER = new Uint8Array(0x10000);
function isUpperUnit(code: number): boolean {
  let u = UPPER[code]!;
  if (u === 0) {
    u = isUpper(String.fromCharCode(code)) ? 2 : 1;
    UPPER[code] = u;
  }
  return u === 2;
}

function caseRuleOf(form: string): CaseRule {
  // ASCII fast path (same answer as the general rule below).
  let letters = 0;
  let upper = 0;
  let firstUpper = -1;
  let ascii = true;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    const isUp = c >= 65 && c <= 90;
    if (isUp || (c >= 97 && c <= 122)) {
      if (firstUpper === -1) firstUpper = isUp ? 1 : 0;
      letters++;
      if (isUp) upper++;
    }
  }
  if (ascii) {
    if (letters >= 2 && upper === letters) return CaseRule.AllCaps;
    return firstUpper === 1 ? CaseRule.Capitalised : CaseRule.None;
  }
  return caseRuleOfAny(form);
}

function caseRuleOfAny(form: string): CaseRule {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return CaseRule.AllCaps;
  const first = letters[0];
  if (first !== undefined && isUpper(first)) return CaseRule.Capitalised;
  return CaseRule.None;
}

/**
 * The two-unit prefix as a small integer (kept below 2^30 so it stays a V8 small integer). Prefixes that
 * share a key only share their length lists: every length tried is still an exact lookup of the whole key.
 */
const prefixKey = (key: string, i: number): number => ((key.charCodeAt(i) & 0x3fff) << 16) | key.charCodeAt(i + 1);

const EMPTY_LENGTHS = new Int32Array(0);

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_MUL = 0x01000193;
const HASH_MIX = 0x9e3779b1 | 0;

export class NameIndex {
  private readonly byKey = new Map<string, Surface[]>();
  /** Distinct name lengths per prefix, as added; `sorted` holds them longest first once `match` needs them. */
  private readonly lengthsByPrefix = new Map<number, number[]>();
  private sorted: Map<number, Int32Array> | undefined;
  /**
   * A bit per hash of every multi-unit key (built with `sorted`): a substring whose hash bit is clear
   * cannot be a key, so most candidate lengths are rejected without cutting and hashing a substring.
   */
  private keyBits = new Uint8Array(0);
  private keyBitsShift = 32;
  /** Running hashes of the text from one start, by length (sized to the longest key). */
  private hashes = new Int32Array(0);
  /** One-unit names by their code unit. */
  private readonly singles = new Map<number, Surface[]>();
  size = 0;

  /**
   * @param keyOf folds a name exactly as the text is folded (NFC, width, language fold, case)
   */
  constructor(private readonly keyOf: (name: string) => string) {}

  add(entry: LexiconEntry, lang: NameLang, form: string): void {
    const key = this.keyOf(form);
    if (key.length === 0) return;
    const single = key.length === 1;
    const list = single ? this.singles.get(key.charCodeAt(0)) : this.byKey.get(key);
    if (list) {
      for (const s of list) if (s.entry === entry) return;
      list.push({ entry, lang, form, caseRule: caseRuleOf(form) });
      return;
    }
    const surface: Surface = { entry, lang, form, caseRule: caseRuleOf(form) };
    this.size++;
    if (single) {
      this.singles.set(key.charCodeAt(0), [surface]);
      return;
    }
    this.byKey.set(key, [surface]);
    const p = prefixKey(key, 0);
    const lengths = this.lengthsByPrefix.get(p);
    if (!lengths) this.lengthsByPrefix.set(p, [key.length]);
    else if (!lengths.includes(key.length)) lengths.push(key.length);
    this.sorted = undefined;
  }

  /** The length lists, each sorted longest first (built once after the last `add`). */
  private sortedLengths(): Map<number, Int32Array> {
    if (!this.sorted) {
      const sorted = new Map<number, Int32Array>();
      let longest = 0;
      for (const [p, lengths] of this.lengthsByPrefix) {
        const desc = Int32Array.from(lengths).sort().reverse();
        sorted.set(p, desc);
        if (desc[0]! > longest) longest = desc[0]!;
      }
      let log2 = 16;
      while (log2 < 26 && 1 << log2 < this.byKey.size * 16) log2++;
      const bits = new Uint8Array(1 << (log2 - 3));
      const shift = 32 - log2;
      for (const key of this.byKey.keys()) {
        let h = HASH_SEED;
        for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), HASH_MUL);
        const b = Math.imul(h, HASH_MIX) >>> shift;
        bits[b >>> 3]! |= 1 << (b & 7);
      }
      this.keyBits = bits;
      this.keyBitsShift = shift;
      this.hashes = new Int32Array(longest + 1);
      this.sorted = sorted;
    }
    return this.sorted;
  }

  /**
   * All names found in `key` (the case-folded text), longest first at each start.
   * `text` is the same text with its case, for the case rule; `camelBoundary` lets a
   * lower→upper transition count as a word boundary (scraped text with glued words).
   */
  match(key: string, text: string, camelBoundary = false): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const n = key.length;
    const byPrefix = this.sortedLengths();
    const hasSingles = this.singles.size > 0;
    const bits = this.keyBits;
    const shift = this.keyBitsShift;
    const hashes = this.hashes;
    // edge[p] = 1 when a name may start or end at p: not between two units of a spaced word
    // (unless a lower→upper step counts as a boundary).
    const edge = new Uint8Array(n + 1);
    edge[0] = 1;
    edge[n] = 1;
    let prevSpaced = n > 0 && isSpacedWordUnit(key.charCodeAt(0));
    for (let p = 1; p < n; p++) {
      const spaced = isSpacedWordUnit(key.charCodeAt(p));
      if (!(spaced && prevSpaced)) edge[p] = 1;
      else if (camelBoundary && isUpperUnit(text.charCodeAt(p)) && !isUpperUnit(text.charCodeAt(p - 1))) edge[p] = 1;
      prevSpaced = spaced;
    }
    for (let i = 0; i < n; i++) {
      if (edge[i] === 0) continue;
      if (i + 1 < n) {
        const lengths = byPrefix.get(prefixKey(key, i)) ?? EMPTY_LENGTHS;
        let hashed = 0;
        let h = HASH_SEED;
        for (let j = 0; j < lengths.length; j++) {
          const len = lengths[j]!;
          const end = i + len;
          if (end > n || edge[end] === 0) continue;
          // Lengths come longest first: hash once up to the first one that fits, then look back.
          for (; hashed < len; hashed++) {
            h = Math.imul(h ^ key.charCodeAt(i + hashed), HASH_MUL);
            hashes[hashed + 1] = h;
          }
          const b = Math.imul(hashes[len]!, HASH_MIX) >>> shift;
          if ((bits[b >>> 3]! & (1 << (b & 7))) === 0) continue;
          const list = this.byKey.get(key.substring(i, end));
          if (list === undefined) continue;
          const hits = this.accept(list, text, i, end);
          if (hits !== undefined) out.push({ start: i, end, hits });
        }
      }
      if (hasSingles) {
        const list = this.singles.get(key.charCodeAt(i));
        if (list !== undefined && edge[i + 1] === 1) {
          const hits = this.accept(list, text, i, i + 1);
          if (hits !== undefined) out.push({ start: i, end: i + 1, hits });
        }
      }
    }
    return out;
  }

  /** The surfaces whose case rule the text meets, or undefined when none does. */
  private accept(list: Surface[], text: string, start: number, end: number): NameHit[] | undefined {
    let hits: NameHit[] | undefined;
    for (const s of list) {
      if (s.caseRule === CaseRule.Capitalised && !isUpperUnit(text.charCodeAt(start))) continue;
      if (s.caseRule === CaseRule.AllCaps && text.slice(start, end) !== text.slice(start, end).toUpperCase()) continue;
      (hits ??= []).push(s);
    }
    return hits;
  }
}
