/**
 * Vietnamese word segmentation. Vietnamese writes one syllable per space-separated unit and a
 * word is one or more syllables ("bắt chuyện"), so a word span may contain spaces. Steps:
 * atoms (syllables, numbers, punctuation; letter runs glued by scrapers are split into
 * syllables), then a dynamic program over each chain of space-separated syllables that
 * prefers the fewest words, using the word list `lexicons/vi/words.txt` plus words the caller
 * supplies (lexicon names). Capitalised syllable sequences that look like names are grouped.
 * Input: NFC, tone-folded text (see fold.ts); lookups are case-insensitive; spans are UTF-16
 * offsets into the given string, end exclusive, sorted and non-overlapping.
 */
import { join } from 'node:path';
import { readWordList } from '../../lexicon/package-files.js';
import { kindOf } from '../../pipeline/tokenise.js';
import type { TokenKind } from '../../types.js';
import type { TokenSpan } from '../adapter.js';
import { foldViTones } from './fold.js';
import { SpanTable } from './span-table.js';
import { isViSyllable, splitGlued } from './syllable.js';

// ---------------------------------------------------------------------------------------------
// Dictionary: a trie over syllable ids, with the id map. Keys are lower-case, tone-folded.

class WordTrie {
  readonly ids: Map<string, number>;
  /** Children of each node by syllable id (small-integer keys: the fast kind of Map). */
  readonly edges: Array<Map<number, number> | undefined>;
  /** 1 for the nodes that end a word (by node number; the DP's inner loop asks per syllable). */
  terminal: Uint8Array;
  /** Children of the root by syllable id (most lookups), -1 when absent. */
  root: Int32Array;
  private nodes: number;
  maxLen = 0;
  /** Per written syllable (with its case): see syllableInfo. Bounded; filled while segmenting. */
  readonly info = new SpanTable<number>(MAX_INFO);
  /** Per written letter run that is no valid syllable: its glue points (splitGlued with this trie's syllables). */
  readonly glued = new SpanTable<readonly number[]>(MAX_INFO);

  constructor(from?: WordTrie) {
    this.ids = new Map(from?.ids);
    this.edges = from ? from.edges.map((m) => m && new Map(m)) : [];
    this.terminal = from ? from.terminal.slice() : new Uint8Array(1024);
    this.nodes = from ? from.nodes : 1;
    this.maxLen = from ? from.maxLen : 0;
    this.root = from ? from.root.slice() : new Int32Array(1024).fill(-1);
  }

  /**
   * The edges below the root as one compact table (built by compact(), dropped by add()): node n's
   * children are edgeIds/edgeChildren[firstEdge[n], firstEdge[n + 1]), sorted by syllable id. The
   * DP asks this once or twice per syllable; three dense typed arrays stay in the CPU caches while
   * annotate's other stages run, where thousands of small Maps would not.
   */
  private firstEdge: Int32Array | undefined;
  private edgeIds = new Int32Array(0);
  private edgeChildren = new Int32Array(0);

  child(node: number, id: number): number {
    if (node === 0) return id < this.root.length ? this.root[id]! : -1;
    const first = this.firstEdge;
    if (!first) {
      const c = this.edges[node]?.get(id);
      return c === undefined ? -1 : c;
    }
    let lo = first[node]!;
    let hi = first[node + 1]! - 1;
    const ids = this.edgeIds;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = ids[mid]!;
      if (at === id) return this.edgeChildren[mid]!;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Builds the compact edge table from the per-node Maps (call once the words are added). */
  compact(): this {
    const first = new Int32Array(this.nodes + 1);
    let count = 0;
    for (let n = 1; n < this.nodes; n++) {
      first[n] = count;
      count += this.edges[n]?.size ?? 0;
    }
    first[this.nodes] = count;
    const ids = new Int32Array(count);
    const children = new Int32Array(count);
    for (let n = 1; n < this.nodes; n++) {
      const m = this.edges[n];
      if (!m) continue;
      const sorted = [...m.keys()].sort((x, y) => x - y);
      sorted.forEach((id, k) => {
        ids[first[n]! + k] = id;
        children[first[n]! + k] = m.get(id)!;
      });
    }
    this.firstEdge = first;
    this.edgeIds = ids;
    this.edgeChildren = children;
    return this;
  }

  /** Adds a word given as text; returns false when it has fewer than two syllables. */
  add(word: string): boolean {
    const syls = foldViTones(word.normalize('NFC')).toLowerCase().trim().split(/\s+/);
    if (syls.length < 2 || syls[0] === '') return false;
    this.firstEdge = undefined; // stale: compact() again after adding
    let node = 0;
    for (const s of syls) {
      let id = this.ids.get(s);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(s, id);
      }
      let children = this.edges[node];
      if (!children) this.edges[node] = children = new Map();
      let child = children.get(id);
      if (child === undefined) {
        child = this.nodes++;
        children.set(id, child);
        if (node === 0) {
          if (id >= this.root.length) {
            const grown = new Int32Array(Math.max(id + 1, this.root.length * 2)).fill(-1);
            grown.set(this.root);
            this.root = grown;
          }
          this.root[id] = child;
        }
      }
      node = child;
    }
    if (node >= this.terminal.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.terminal.length * 2));
      grown.set(this.terminal);
      this.terminal = grown;
    }
    this.terminal[node] = 1;
    if (syls.length > this.maxLen) this.maxLen = syls.length;
    return true;
  }

  has(word: string): boolean {
    let node = 0;
    const syls = word.toLowerCase().split(' ');
    for (const s of syls) {
      const id = this.ids.get(s);
      if (id === undefined) return false;
      const c = this.child(node, id);
      if (c < 0) return false;
      node = c;
    }
    return syls.length > 1 && this.terminal[node] === 1;
  }
}

let baseTrie: WordTrie | undefined;
let wordListOverride: Iterable<string> | undefined;

/**
 * Replaces the built-in word list (e.g. for bundlers without file access, or tests). Takes
 * effect for the next call of segmentVi.
 */
export function setViWordList(words: Iterable<string> | undefined): void {
  wordListOverride = words;
  baseTrie = undefined;
  extraCache = new WeakMap();
}

function getBaseTrie(): WordTrie {
  if (baseTrie) return baseTrie;
  const t = new WordTrie();
  // A missing word list is an installation error, said out loud: segmenting without it is silently worse.
  const words = wordListOverride ?? readWordList(join('lexicons', 'vi', 'words.txt'));
  for (const w of words) t.add(w);
  baseTrie = t.compact();
  return t;
}

let extraCache = new WeakMap<object, WordTrie>();

function trieWith(extra: Iterable<string> | undefined): WordTrie {
  const base = getBaseTrie();
  if (!extra) return base;
  const cached = extraCache.get(extra);
  if (cached) return cached;
  const t = new WordTrie(base);
  for (const w of extra) t.add(w);
  t.compact();
  extraCache.set(extra, t);
  return t;
}

/** Whether a lower-case, space-joined syllable sequence is in the built-in word list. */
export function isViWord(word: string): boolean {
  return getBaseTrie().has(foldViTones(word.normalize('NFC')));
}

// ---------------------------------------------------------------------------------------------
// What the segmenter asks about one written syllable, asked once per distinct spelling.

const VALID = 1;
const CAPITALISED = 2;
const ID_SHIFT = 2;
const MAX_INFO = 50000;

/**
 * Packed facts about a syllable as written: whether it is a valid Vietnamese syllable, whether it
 * is capitalised like a name's syllable (isCapitalised), and its dictionary id (lower-cased) + 1,
 * or 0 when the dictionary has no such syllable.
 */
function syllableInfo(trie: WordTrie, text: string, start: number, end: number): number {
  const cached = trie.info.get(text, start, end);
  if (cached !== undefined) return cached;
  const word = text.slice(start, end);
  const id = trie.ids.get(word.toLowerCase());
  const code =
    (isViSyllable(word) ? VALID : 0) | (isCapitalised(word, 0, word.length) ? CAPITALISED : 0) | ((id === undefined ? 0 : id + 1) << ID_SHIFT);
  trie.info.add(text, start, end, code);
  return code;
}

/** splitGlued of text[start, end) with the trie's syllables as tie-breaker, remembered per spelling. */
function gluedCuts(trie: WordTrie, text: string, start: number, end: number): readonly number[] {
  const cached = trie.glued.get(text, start, end);
  if (cached !== undefined) return cached;
  const cuts = splitGlued(text.slice(start, end), (syllable) => trie.ids.has(syllable));
  trie.glued.add(text, start, end, cuts);
  return cuts;
}

const idOf = (info: number): number => (info >> ID_SHIFT) - 1;
const NO_CUTS: readonly number[] = [];

// ---------------------------------------------------------------------------------------------
// Atoms.

const enum Kind {
  /** A letter run that may join others into a word (syllable or foreign word). */
  Syl,
  /** A token that stands alone (number, punctuation, abbreviation, hyphenated word). */
  Solo,
}

/**
 * The atoms of one text as parallel typed arrays, reused from call to call (segmentInto is not
 * re-entered while it runs): six JS arrays grown by push per document were a steady source of
 * garbage and cache misses inside annotate.
 */
class Atoms {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  /** Whether atom i may join atom i-1 (only spaces/tabs or nothing between them). */
  link = new Uint8Array(1024);
  /** Whether atom i starts a sentence (text start or after . ! ? : ; quotes, brackets). */
  initial = new Uint8Array(1024);
  /** syllableInfo of a syllable atom when makeAtoms already has it, else -1. */
  info = new Int32Array(1024);

  push(start: number, end: number, kind: Kind, link: boolean, initial: boolean, info: number): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.link[i] = link ? 1 : 0;
    this.initial[i] = initial ? 1 : 0;
    this.info[i] = info;
    this.count = i + 1;
  }

  private grow(): void {
    const size = 2 * this.start.length;
    const grown = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = grown(this.start, new Int32Array(size));
    this.end = grown(this.end, new Int32Array(size));
    this.kind = grown(this.kind, new Uint8Array(size));
    this.link = grown(this.link, new Uint8Array(size));
    this.initial = grown(this.initial, new Uint8Array(size));
    this.info = grown(this.info, new Int32Array(size));
  }
}

const sharedAtoms = new Atoms();

const LETTER = /[\p{L}\p{M}]/u;

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // Fast paths for the Latin letters Vietnamese uses (Latin-1, Extended-A/B, Extended Additional).
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return c >= 0xc0 && LETTER.test(s[i]!);
}
function isLowerAt(s: string, i: number): boolean {
  const ch = s[i]!;
  return ch !== ch.toUpperCase() || (ch === ch.toLowerCase() && !isLetterAt(s, i));
}
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
/** text.slice(a, a + n) === text.slice(b, b + n), without the slices. */
function sameChars(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
function isBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}
/** Characters after which a capitalised word is sentence-initial rather than a name. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', "'", '(', '[', '-', '–', '—', '…', '•', '*']);

function makeAtoms(text: string, trie: WordTrie): Atoms {
  const a = sharedAtoms;
  a.count = 0;
  const n = text.length;
  let i = 0;
  let link = false;
  let initial = true;
  const push = (s: number, e: number, k: Kind, glued = false, info = -1): void => {
    a.push(s, e, k, glued || link, initial, info);
    link = false;
    initial = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      // A run of horizontal space keeps the link from the previous atom; a line break cuts it.
      let j = i;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      link = a.count > 0 && a.kind[a.count - 1] === Kind.Syl && a.end[a.count - 1] === i;
      i = j;
      continue;
    }
    if (isBreakCode(c) || c === 0x2029) {
      link = false;
      initial = true;
      i++;
      continue;
    }
    const letter = isLetterAt(text, i);
    if (letter || isDigitCode(c)) {
      // Alphanumeric run with inner connectors: 2/3, 31/05/2019, 11,5, 1.000, 8:30, 27-7,
      // cà-rem, O'Neill.
      let j = i;
      let hasDigit = false;
      let joined = false; // a hyphen or apostrophe joins letters: one solo token
      for (;;) {
        while (j < n) {
          const cj = text.charCodeAt(j);
          if (isDigitCode(cj)) hasDigit = true;
          else if (!isLetterAt(text, j)) break;
          j += cj >= 0xd800 && cj <= 0xdbff ? 2 : 1;
        }
        if (j + 1 >= n) break;
        const sep = text[j]!;
        const prevDigit = isDigitCode(text.charCodeAt(j - 1));
        const nextDigit = isDigitCode(text.charCodeAt(j + 1));
        if ((sep === '.' || sep === ',' || sep === '/' || sep === ':' || sep === '-') && prevDigit && nextDigit) {
          j++;
          continue;
        }
        if (
          (sep === '-' || sep === "'" || sep === '’') &&
          isLetterAt(text, j - 1) && isLetterAt(text, j + 1) &&
          (sep !== '-' || (isLowerAt(text, j - 1) && isLowerAt(text, j + 1)))
        ) {
          joined = true;
          j++;
          continue;
        }
        break;
      }
      if (hasDigit) {
        // "ngày2/3", "năm2019": a glued lower-case syllable before a number is its own word.
        let k = i;
        while (k < j && !isDigitCode(text.charCodeAt(k))) k++;
        if (k - i >= 2 && k < j && !isUpperChar(text[i]!) && isViSyllable(text.slice(i, k))) {
          push(i, k, Kind.Syl);
          i = k;
        }
        let e = j;
        if (text[e] === '%') e++;
        push(i, e, Kind.Solo);
        i = e;
        continue;
      }
      if (joined) {
        push(i, j, Kind.Solo);
        i = j;
        continue;
      }
      // Abbreviations with their dot: TP. Hồ Chí Minh, TP.HCM, H. (an initial).
      if (text[j] === '.' && j - i <= 2 && (isUpperChar(text[i]!) || text.slice(i, j).toLowerCase() === 'tp')) {
        const after = j + 1;
        const nc = after < n ? text.charCodeAt(after) : -1;
        const nextIsLetter = isLetterAt(text, after);
        const spacedCapital = nc === 0x20 && after + 1 < n && isUpperChar(text[after + 1]!);
        if (nextIsLetter || spacedCapital) {
          push(i, j + 1, Kind.Solo);
          i = j + 1;
          continue;
        }
      }
      const info = syllableInfo(trie, text, i, j);
      const cuts = j - i > 1 && !(info & VALID) ? gluedCuts(trie, text, i, j) : NO_CUTS;
      if (cuts.length === 0) {
        push(i, j, Kind.Syl, false, info);
        i = j;
        continue;
      }
      let s = i;
      for (const cut of cuts) {
        push(s, i + cut, Kind.Syl, s !== i);
        s = i + cut;
      }
      push(s, j, Kind.Syl, s !== i);
      i = j;
      continue;
    }
    // Punctuation: "..." is one token, everything else one character each.
    let e = i + 1;
    if (text[i] === '.') while (e < n && text[e] === '.') e++;
    else if (c >= 0xd800 && c <= 0xdbff && e < n) e++;
    push(i, e, Kind.Solo);
    const ch = text[i]!;
    if (SENTENCE_OPENERS.has(ch)) initial = true;
    i = e;
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Grouping syllables into words.

export interface ViSegmentOptions {
  /** Group capitalised, non-dictionary syllable runs (2–4) into one word (default true). */
  names?: boolean;
  /** Group a syllable repeated twice ("quen quen") into one word (default true). */
  reduplication?: boolean;
}

function isCapitalised(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false; // a lone initial (A, H) is not a name syllable
  const c0 = text.charCodeAt(s);
  if (c0 < 0x80 ? !(c0 >= 0x41 && c0 <= 0x5a) : !isUpperChar(text[s]!)) return false;
  // All-caps acronyms (NATO, ASEAN) are not name syllables: some later letter is lower-case.
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80 ? c >= 0x61 && c <= 0x7a : text[k] !== text[k]!.toUpperCase()) return true;
  }
  return false;
}

/**
 * Segments `text` into words: returns [start, end) UTF-16 spans, sorted, non-overlapping,
 * covering every non-space character. `extraWords` (e.g. lexicon names, already folded) are
 * matched like dictionary words; pass the same object across calls to reuse its index.
 */
export function segmentVi(
  text: string,
  extraWords?: Iterable<string>,
  options: ViSegmentOptions = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  segmentInto(text, extraWords, options, (start, end) => out.push([start, end]));
  return out;
}

/**
 * The segmenter's words as tokens: a word made of syllables contains a letter, so it is a 'word'
 * without asking `kindOf`; numbers and punctuation are classified by it.
 */
export function segmentViTokens(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  segmentInto(text, undefined, {}, (start, end, syllables) => out.push({ start, end, kind: syllables ? 'word' : soloKind(text, start, end) }));
  return out;
}

/** kindOf of one-code-unit tokens (punctuation, mostly), remembered per character: index in KINDS + 1, 0 unknown. */
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
let kindOfChar: Uint8Array | undefined;

function soloKind(text: string, start: number, end: number): TokenKind {
  if (end - start !== 1) return kindOf(text.slice(start, end));
  kindOfChar ??= new Uint8Array(0x10000);
  const c = text.charCodeAt(start);
  if (kindOfChar[c] === 0) kindOfChar[c] = KINDS.indexOf(kindOf(text[start]!)) + 1;
  return KINDS[kindOfChar[c]! - 1]!;
}

/** Calls `emit` for each word in order; `syllables`: the word is made of letter atoms. */
function segmentInto(
  text: string,
  extraWords: Iterable<string> | undefined,
  options: ViSegmentOptions,
  emit: (start: number, end: number, syllables: boolean) => void,
): void {
  const names = options.names ?? true;
  const redup = options.reduplication ?? true;
  const trie = trieWith(extraWords);
  const atoms = makeAtoms(text, trie);
  const count = atoms.count;
  const ids: number[] = [];
  const best: number[] = [];
  const take: number[] = [];
  const inDict: boolean[] = [];
  const capitalised: boolean[] = [];
  let i = 0;
  while (i < count) {
    if (atoms.kind[i] !== Kind.Syl) {
      emit(atoms.start[i]!, atoms.end[i]!, false);
      i++;
      continue;
    }
    // A chain of linked syllables [i, j).
    let j = i + 1;
    while (j < count && atoms.kind[j] === Kind.Syl && atoms.link[j]) j++;
    const len = j - i;
    if (len === 1) {
      emit(atoms.start[i]!, atoms.end[i]!, true);
      i = j;
      continue;
    }
    ids.length = 0;
    capitalised.length = 0;
    for (let k = i; k < j; k++) {
      let info = atoms.info[k]!;
      if (info < 0) info = atoms.info[k] = syllableInfo(trie, text, atoms.start[k]!, atoms.end[k]!);
      ids.push(idOf(info));
      capitalised.push((info & CAPITALISED) !== 0);
      inDict[k - i] = false;
    }
    // Cost: one per word, dictionary words exactly 1, name groups slightly more so that a
    // dictionary word wins a tie; among equal costs the longer word first (left to right).
    best[len] = 0;
    for (let p = len - 1; p >= 0; p--) {
      best[p] = 1 + best[p + 1]!;
      take[p] = 1;
      let node = 0;
      for (let q = p; q < len; q++) {
        const id = ids[q]!;
        if (id < 0) break;
        const child = trie.child(node, id);
        if (child < 0) break;
        node = child;
        if (q > p && trie.terminal[node] === 1) {
          for (let r = p; r <= q; r++) inDict[r] = true;
          const c = 1 + best[q + 1]!;
          if (c <= best[p]!) {
            best[p] = c;
            take[p] = q - p + 1;
          }
        }
      }
      if (redup && take[p] === 1 && p + 1 < len) {
        const s0 = atoms.start[i + p]!, e0 = atoms.end[i + p]!;
        const s1 = atoms.start[i + p + 1]!, e1 = atoms.end[i + p + 1]!;
        if (e0 - s0 === e1 - s1 && e0 < s1 && sameChars(text, s0, s1, e0 - s0) && !isUpperChar(text[s0]!)) {
          const c = 1 + best[p + 2]!;
          if (c < best[p]!) {
            best[p] = c;
            take[p] = 2;
          }
        }
      }
    }
    if (names) {
      // Name groups: maximal runs of 2–4 capitalised syllables that no dictionary word
      // touches and that do not start a sentence; they replace the DP's choice there when
      // the run is made only of single-syllable words.
      let p = 0;
      while (p < len) {
        let q = p;
        while (
          q < len && !inDict[q] && capitalised[q] &&
          !(atoms.initial[i + q] && q === p)
        ) q++;
        if (q - p >= 2 && q - p <= 4) {
          take[p] = q - p;
          for (let r = p + 1; r < q; r++) take[r] = 0;
        }
        p = q > p ? q : p + 1;
      }
    }
    for (let p = 0; p < len; ) {
      const t = take[p]! || 1;
      emit(atoms.start[i + p]!, atoms.end[i + p + t - 1]!, true);
      p += t;
    }
    i = j;
  }
}
