import type { LexiconEntry, NameLang } from '../types.js';
import { isCaseless } from './normalise.js';

/**
 * A compiled name index for one language: every name's folded key → the entries it names.
 *
 * Lookup cost hardly grows with the lexicon: at each text position the first two code units
 * select the (few) name lengths that start that way, a bit filter on the first four units skips
 * the long ones when no name starts that way, and each remaining length is one probe of an
 * open-addressing table keyed by a running hash of the text (no substring is cut).
 * Memory is, per distinct name, its key, one Surface per entry it names and 8–16 bytes of table;
 * plus one slot per distinct two-unit prefix.
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

/**
 * Letters and digits of space-separated scripts need a word boundary; Han/Kana do not. Filled per
 * code unit on first sight (1 = word unit, 2 = not), not all 12,288 at import (cold start).
 */
const SPACED = new Uint8Array(0x3000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function learnSpaced(code: number): number {
  return (SPACED[code] = code < 0xd800 && WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2);
}
export const isSpacedWordUnit = (code: number): boolean => code < 0x3000 && (SPACED[code] || learnSpaced(code)) === 1;

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
  // Han, Kana, Hangul: no letter has a case, so no rule (what the general rule below finds, without its regex).
  if (isCaseless(form)) return CaseRule.None;
  return caseRuleOfAny(form);
}

function caseRuleOfAny(form: string): CaseRule {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return CaseRule.AllCaps;
  const first = letters[0];
  if (first !== undefined && isUpper(first)) return CaseRule.Capitalised;
  return CaseRule.None;
}

function surfaceOf(entry: LexiconEntry, lang: NameLang, form: string): Surface {
  return { entry, lang, form, caseRule: caseRuleOf(form) };
}

/** Whether the text's case at [start, end) allows this surface (a capitalised or all-caps name needs the same). */
function meetsCaseRule(s: Surface, text: string, start: number, end: number): boolean {
  if (s.caseRule === CaseRule.Capitalised) return isUpperUnit(text.charCodeAt(start));
  if (s.caseRule === CaseRule.AllCaps) return text.slice(start, end) === text.slice(start, end).toUpperCase();
  return true;
}

/**
 * The two-unit prefix as a small integer (kept below 2^30 so it stays a V8 small integer). Prefixes that
 * share a key only share their length lists: every length tried is still an exact lookup of the whole key.
 */
const prefixKey = (key: string, i: number): number => ((key.charCodeAt(i) & 0x3fff) << 16) | key.charCodeAt(i + 1);

/** The longest text whose scratch array an index keeps between calls. */
const MAX_SCRATCH = 1 << 20;

/** Keys this long or longer also pass the filter on their first QUAD units (see `quadBits`). */
const QUAD = 4;

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_MUL = 0x01000193;
const HASH_MIX = 0x9e3779b1 | 0;

/** FNV-1a over the first `length` UTF-16 units: the same running hash `match` computes over the text. */
function hashOf(key: string, length = key.length): number {
  let h = HASH_SEED;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ key.charCodeAt(k), HASH_MUL);
  return h;
}

/** log2 of the slot count of an open-addressing table that holds `count` items at most half full. */
function tableBits(count: number): number {
  let bits = 4;
  while (1 << bits < count * 2) bits++;
  return bits;
}

/**
 * An open-addressing table from a hash to an item number, pairs [hash, number + 1] side by side (0: an
 * empty slot), so a probe reads one place; linear probing, at most half full.
 */
function buildTable(hashes: Int32Array, count: number): { table: Int32Array; shift: number } {
  const bits = tableBits(count);
  const table = new Int32Array(2 << bits);
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  for (let id = 0; id < count; id++) {
    const h = hashes[id]!;
    let s = Math.imul(h, HASH_MIX) >>> shift;
    while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
    table[2 * s] = h;
    table[2 * s + 1] = id + 1;
  }
  return { table, shift };
}

export class NameIndex {
  /**
   * Distinct keys of two units or more, by key number, with their hashes and their surfaces (one
   * Surface, or a list when several entries or spellings share the key: most keys have one).
   */
  private readonly keys: string[] = [];
  private keyHashes: Int32Array = new Int32Array(16);
  private readonly surfaces: (Surface | Surface[])[] = [];
  /** hash → key number (see `buildTable`); grown as keys are added. */
  private keyTable = buildTable(this.keyHashes, 0);
  /** Distinct key lengths per two-unit prefix, as added. */
  private readonly lengthsByPrefix = new Map<number, number[]>();
  /**
   * Built once after the last `add`, for `match`: prefix → offset into `lengthPool`, which holds at that
   * offset the count of lengths, the count of those of QUAD units or more, then the lengths, longest first.
   */
  private prefixTable = buildTable(new Int32Array(0), 0);
  /**
   * A bit per hash of every prefix in the table, at most 8 KB so it stays in the fastest cache: most
   * text positions start no name, and are passed over without probing the (larger) table.
   */
  private prefixBits = new Uint8Array(1);
  private prefixBitsShift = 29;
  private lengthPool: Int32Array = new Int32Array(0);
  /**
   * A bit per hash of the first QUAD units of every longer key (built with the prefix table): where the
   * text's first QUAD units have a clear bit, no key of QUAD units or more starts, and the long lengths
   * a two-unit prefix offers (Kementerian …, 中华人民共和国 …) are skipped without hashing them.
   */
  private quadBits = new Uint8Array(1);
  private quadShift = 29;
  private prepared = false;
  /** Scratch for `match`: where a name may start or end, by text position (reused: no allocation per text). */
  private edges = new Uint8Array(256);
  /** Running hashes of the text from one start, by length (sized to the longest key). */
  private hashes: Int32Array = new Int32Array(1);
  /** One-unit names by their code unit, and a bit per code unit that has some. */
  private readonly singles = new Map<number, Surface[]>();
  private readonly singleBits = new Uint8Array(0x2000);
  size = 0;

  /**
   * @param keyOf folds a name exactly as the text is folded (NFC, width, language fold, case)
   */
  constructor(private readonly keyOf: (name: string) => string) {}

  /** Adds one name of an entry. All names of an entry are added one after the other, before the next entry's. */
  add(entry: LexiconEntry, lang: NameLang, form: string): void {
    const key = this.keyOf(form);
    if (key.length === 0) return;
    if (key.length === 1) {
      const c = key.charCodeAt(0);
      const list = this.singles.get(c);
      if (list) {
        if (list[list.length - 1]!.entry !== entry) list.push(surfaceOf(entry, lang, form));
        return;
      }
      this.singles.set(c, [surfaceOf(entry, lang, form)]);
      this.singleBits[c >>> 3]! |= 1 << (c & 7);
      this.size++;
      return;
    }
    const h = hashOf(key);
    const id = this.find(key, h);
    if (id >= 0) {
      // A key seen before: one more entry (or spelling) for it, unless this entry already has it —
      // which only its last surface can show, as an entry's names are added together.
      const held = this.surfaces[id]!;
      if (Array.isArray(held)) {
        if (held[held.length - 1]!.entry !== entry) held.push(surfaceOf(entry, lang, form));
      } else if (held.entry !== entry) this.surfaces[id] = [held, surfaceOf(entry, lang, form)];
      return;
    }
    this.size++;
    this.insertKey(key, h, surfaceOf(entry, lang, form));
    const p = prefixKey(key, 0);
    const lengths = this.lengthsByPrefix.get(p);
    if (!lengths) this.lengthsByPrefix.set(p, [key.length]);
    else if (!lengths.includes(key.length)) lengths.push(key.length);
    this.prepared = false;
  }

  /** The number of `key` (whose hash is `h`), or -1. */
  private find(key: string, h: number): number {
    const { table, shift } = this.keyTable;
    const mask = (table.length >>> 1) - 1;
    for (let s = Math.imul(h, HASH_MIX) >>> shift; ; s = (s + 1) & mask) {
      const id = table[2 * s + 1]!;
      if (id === 0) return -1;
      if (table[2 * s] === h && this.keys[id - 1] === key) return id - 1;
    }
  }

  private insertKey(key: string, h: number, surface: Surface): void {
    const id = this.keys.length;
    this.keys.push(key);
    this.surfaces.push(surface);
    if (id === this.keyHashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.keyHashes);
      this.keyHashes = grown;
    }
    this.keyHashes[id] = h;
    const { table, shift } = this.keyTable;
    if ((id + 1) * 2 > table.length >>> 1) {
      this.keyTable = buildTable(this.keyHashes, id + 1);
      return;
    }
    const mask = (table.length >>> 1) - 1;
    let s = Math.imul(h, HASH_MIX) >>> shift;
    while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
    table[2 * s] = h;
    table[2 * s + 1] = id + 1;
  }

  /** The prefix table and length pool (built once after the last `add`). */
  private prepare(): void {
    if (this.prepared) return;
    const count = this.lengthsByPrefix.size;
    const prefixes = new Int32Array(count);
    let poolSize = 0;
    for (const lengths of this.lengthsByPrefix.values()) poolSize += 2 + lengths.length;
    const pool = new Int32Array(poolSize);
    const offsets = new Int32Array(count);
    let longest = 1;
    let n = 0;
    let at = 0;
    for (const [p, lengths] of this.lengthsByPrefix) {
      const desc = Int32Array.from(lengths).sort().reverse();
      prefixes[n] = p;
      offsets[n] = at;
      pool[at] = desc.length;
      pool[at + 1] = desc.filter((len) => len >= QUAD).length;
      pool.set(desc, at + 2);
      at += 2 + desc.length;
      if (desc[0]! > longest) longest = desc[0]!;
      n++;
    }
    // About 16 bits per key (at most 2 MB): few false passes.
    let quadLog2 = 10;
    while (quadLog2 < 24 && 1 << quadLog2 < this.keys.length * 16) quadLog2++;
    const quad = new Uint8Array(1 << (quadLog2 - 3));
    const quadShift = 32 - quadLog2;
    for (const k of this.keys) {
      if (k.length < QUAD) continue;
      const b = Math.imul(hashOf(k, QUAD), HASH_MIX) >>> quadShift;
      quad[b >>> 3]! |= 1 << (b & 7);
    }
    this.quadBits = quad;
    this.quadShift = quadShift;
    let prefixLog2 = 10;
    while (prefixLog2 < 16 && 1 << prefixLog2 < count * 16) prefixLog2++;
    const prefixBits = new Uint8Array(1 << (prefixLog2 - 3));
    const prefixBitsShift = 32 - prefixLog2;
    for (const p of prefixes) {
      const b = Math.imul(p, HASH_MIX) >>> prefixBitsShift;
      prefixBits[b >>> 3]! |= 1 << (b & 7);
    }
    this.prefixBits = prefixBits;
    this.prefixBitsShift = prefixBitsShift;
    // The prefix is its own hash here: the table maps it to its number, `offsets` to its lengths.
    const { table, shift } = buildTable(prefixes, count);
    for (let s = 1; s < table.length; s += 2) if (table[s] !== 0) table[s] = offsets[table[s]! - 1]! + 1;
    this.prefixTable = { table, shift };
    this.lengthPool = pool;
    this.hashes = new Int32Array(Math.max(longest, QUAD) + 1);
    this.prepared = true;
  }

  /**
   * All names found in `key` (the case-folded text), longest first at each start.
   * `text` is the same text with its case, for the case rule; `camelBoundary` lets a
   * lower→upper transition count as a word boundary (scraped text with glued words).
   */
  match(key: string, text: string, camelBoundary = false): LexiconMatch[] {
    this.prepare();
    const out: LexiconMatch[] = [];
    const n = key.length;
    const hasSingles = this.singles.size > 0;
    const singleBits = this.singleBits;
    const prefixBits = this.prefixBits;
    const prefixBitsShift = this.prefixBitsShift;
    const prefixTable = this.prefixTable.table;
    const prefixShift = this.prefixTable.shift;
    const prefixMask = (prefixTable.length >>> 1) - 1;
    const pool = this.lengthPool;
    const keyTable = this.keyTable.table;
    const keyShift = this.keyTable.shift;
    const keyMask = (keyTable.length >>> 1) - 1;
    const keys = this.keys;
    const hashes = this.hashes;
    const quad = this.quadBits;
    const quadShift = this.quadShift;
    const hasKeys = keys.length > 0;
    // edge[p] = 1 when a name may start or end at p: not between two units of a spaced word
    // (unless a lower→upper step counts as a boundary).
    // Reuse the scratch array for texts up to MAX_SCRATCH units (a huge text is not kept alive by it).
    if (this.edges.length < n + 1 && n < MAX_SCRATCH) this.edges = new Uint8Array(Math.min(MAX_SCRATCH, Math.max(n + 1, this.edges.length * 2)));
    const edge = this.edges.length >= n + 1 ? this.edges : new Uint8Array(n + 1);
    edge.fill(0, 0, n + 1);
    edge[0] = 1;
    edge[n] = 1;
    let prevSpaced = n > 0 && isSpacedWordUnit(key.charCodeAt(0));
    // A glued word starts in lower case (diJalur, danMesir, phòngTrung); a capitalised one with an
    // inner capital is a brand or a name (AirAsia, PetroChina, McCain), not two words.
    let wordStartsLower = n > 0 && !isUpperUnit(text.charCodeAt(0));
    for (let p = 1; p < n; p++) {
      const spaced = isSpacedWordUnit(key.charCodeAt(p));
      if (!(spaced && prevSpaced)) {
        edge[p] = 1;
        if (spaced) wordStartsLower = !isUpperUnit(text.charCodeAt(p));
      } else if (camelBoundary && wordStartsLower && isUpperUnit(text.charCodeAt(p)) && !isUpperUnit(text.charCodeAt(p - 1))) edge[p] = 1;
      prevSpaced = spaced;
    }
    for (let i = 0; i < n; i++) {
      if (edge[i] === 0) continue;
      if (hasKeys && i + 1 < n) {
        // The lengths of the keys that start with this prefix (none when the prefix is not in the table).
        const p = prefixKey(key, i);
        const pm = Math.imul(p, HASH_MIX);
        const pb = pm >>> prefixBitsShift;
        let at = -1;
        if ((prefixBits[pb >>> 3]! & (1 << (pb & 7))) !== 0) {
          for (let s = pm >>> prefixShift; ; s = (s + 1) & prefixMask) {
            const v = prefixTable[2 * s + 1]!;
            if (v === 0) break;
            if (prefixTable[2 * s] === p) {
              at = v - 1;
              break;
            }
          }
        }
        if (at >= 0) {
          const last = at + 1 + pool[at]!;
          let first = at + 2;
          let hashed = 0;
          let h = HASH_SEED;
          if (pool[at + 1]! > 0) {
            // Some lengths are long: they are tried only if a key starts with the text's first QUAD units.
            let quadPass = false;
            if (i + QUAD <= n) {
              for (; hashed < QUAD; hashed++) {
                h = Math.imul(h ^ key.charCodeAt(i + hashed), HASH_MUL);
                hashes[hashed + 1] = h;
              }
              const b = Math.imul(h, HASH_MIX) >>> quadShift;
              quadPass = ((quad[b >>> 3]! >>> (b & 7)) & 1) === 1;
            }
            if (!quadPass) first += pool[at + 1]!;
          }
          for (let j = first; j <= last; j++) {
            const len = pool[j]!;
            const end = i + len;
            if (end > n || edge[end] === 0) continue;
            // Lengths come longest first: hash once up to the first one that fits, then look back.
            for (; hashed < len; hashed++) {
              h = Math.imul(h ^ key.charCodeAt(i + hashed), HASH_MUL);
              hashes[hashed + 1] = h;
            }
            const hl = hashes[len]!;
            let id = 0;
            for (let s = Math.imul(hl, HASH_MIX) >>> keyShift; ; s = (s + 1) & keyMask) {
              const v = keyTable[2 * s + 1]!;
              if (v === 0) break;
              if (keyTable[2 * s] === hl) {
                const k = keys[v - 1]!;
                if (k.length === len && key.startsWith(k, i)) {
                  id = v;
                  break;
                }
              }
            }
            if (id === 0) continue;
            const hits = this.accept(this.surfaces[id - 1]!, text, i, end);
            if (hits !== undefined) out.push({ start: i, end, hits });
          }
        }
      }
      if (hasSingles) {
        const c = key.charCodeAt(i);
        if ((singleBits[c >>> 3]! & (1 << (c & 7))) !== 0 && edge[i + 1] === 1) {
          const hits = this.accept(this.singles.get(c)!, text, i, i + 1);
          if (hits !== undefined) out.push({ start: i, end: i + 1, hits });
        }
      }
    }
    return out;
  }

  /** The surfaces whose case rule the text meets, or undefined when none does. */
  private accept(held: Surface | Surface[], text: string, start: number, end: number): NameHit[] | undefined {
    if (!Array.isArray(held)) return meetsCaseRule(held, text, start, end) ? [held] : undefined;
    let hits: NameHit[] | undefined;
    for (const s of held) if (meetsCaseRule(s, text, start, end)) (hits ??= []).push(s);
    return hits;
  }
}
