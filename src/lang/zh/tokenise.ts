import type { TokenSpan } from '../adapter.js';
import { zhSegmenter } from './segmenters/index.js';

/*
 * Runs of one kind: Chinese characters (segmented into words), numbers with their inner
 * separators (2017, 1.5, 14:05:03, 2017-03-20, 0531-66661234), Latin words, punctuation, symbols.
 * A hand-written scanner over per-character classes (one pass, no match objects or substrings);
 * it takes exactly the tokens of this regex, tried in order at each position, whitespace skipped:
 *
 *   ([\p{Script=Han}〇々]+)                                                  Han run
 *   (\p{Nd}+(?:[.:/-]\p{Nd}+)*(?:,\p{Nd}{3}(?!\p{Nd}))*(?:\.\p{Nd}+)?)      number
 *   ([\p{L}\p{M}]+(?:['’][\p{L}]+)*)                                          word (may run on into Han)
 *   (\p{P})                                                                   punct
 *   ([^\s\p{L}\p{M}\p{N}\p{P}]|\p{N})                                         symbol
 */

const HAN = 1;
const LETTER = 2;
const MARK = 4;
const DIGIT = 8;
const PUNCT = 16;
const SPACE = 32;
/** Set on every computed entry, so 0 means "not classified yet". */
const KNOWN = 64;

const CLASS_TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[\p{Script=Han}〇々]$/u, HAN],
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{Nd}$/u, DIGIT],
  [/^\p{P}$/u, PUNCT],
  [/^\s$/u, SPACE],
];

function classify(char: string): number {
  let bits = KNOWN;
  for (const [test, bit] of CLASS_TESTS) if (test.test(char)) bits |= bit;
  return bits;
}

/** Classes of BMP code units (lone surrogates included), filled on first sight: start-up stays free. */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The class bits of the code point at `i` (0 past the end). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let bits = astralClasses.get(cp);
      if (bits === undefined) astralClasses.set(cp, (bits = classify(String.fromCodePoint(cp))));
      return bits;
    }
  }
  const bits = bmpClasses[c]!;
  return bits !== 0 ? bits : (bmpClasses[c] = classify(String.fromCharCode(c)));
}

/** UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c >= 0xdc00 || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d < 0xe000 ? 2 : 1;
}

/** End of the longest stretch from `i` whose code points all have one of `bits`. */
function skipClass(text: string, i: number, bits: number): number {
  while (classAt(text, i) & bits) i += unitsAt(text, i);
  return i;
}

const DOT = 0x2e;
const COMMA = 0x2c;

function isInnerSeparator(c: number): boolean {
  return c === DOT || c === 0x3a /* : */ || c === 0x2f /* / */ || c === 0x2d /* - */;
}

/** End of the number starting with a digit at `i` (the number branch of the regex above; greedy, never backtracks). */
function numberEnd(text: string, i: number): number {
  let j = skipClass(text, i, DIGIT);
  while (isInnerSeparator(text.charCodeAt(j)) && classAt(text, j + 1) & DIGIT) j = skipClass(text, j + 1, DIGIT);
  // Thousands groups: a comma and exactly three digits.
  while (text.charCodeAt(j) === COMMA) {
    let k = j + 1;
    let digits = 0;
    for (; digits < 3 && classAt(text, k) & DIGIT; digits++) k += unitsAt(text, k);
    if (digits < 3 || classAt(text, k) & DIGIT) break;
    j = k;
  }
  if (text.charCodeAt(j) === DOT && classAt(text, j + 1) & DIGIT) j = skipClass(text, j + 1, DIGIT);
  return j;
}

/** End of the word starting with a letter or mark at `i`, apostrophes followed by letters included. */
function wordEnd(text: string, i: number): number {
  let j = skipClass(text, i, LETTER | MARK);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c !== 0x27 && c !== 0x2019) || !(classAt(text, j + 1) & LETTER)) return j;
    j = skipClass(text, j + 1, LETTER);
  }
}

export function tokenise(text: string): TokenSpan[] {
  /** Every token but the Han runs, in text order. */
  const others: TokenSpan[] = [];
  /** Han runs as (start, end, number of `others` before it) triples. */
  const runs: number[] = [];
  const runTexts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const bits = classAt(text, i);
    let end: number;
    if (bits & HAN) {
      end = skipClass(text, i, HAN);
      runs.push(i, end, others.length);
      runTexts.push(text.slice(i, end));
    } else if (bits & DIGIT) {
      end = numberEnd(text, i);
      others.push({ start: i, end, kind: 'number' });
    } else if (bits & (LETTER | MARK)) {
      end = wordEnd(text, i);
      others.push({ start: i, end, kind: 'word' });
    } else {
      end = i + unitsAt(text, i);
      if (bits & PUNCT) others.push({ start: i, end, kind: 'punct' });
      else if (!(bits & SPACE)) others.push({ start: i, end, kind: 'symbol' });
    }
    i = end;
  }
  if (runs.length === 0) return others;
  // One segmenter call per document (fewer, larger native calls are cheaper): the runs joined by
  // newlines, which every backend breaks at and returns as a word of its own.
  const joined = runTexts.length === 1 ? runTexts[0]! : runTexts.join('\n');
  const words = zhSegmenter().cut(joined);
  return segmentedRuns(others, runs, joined, words) ?? spliceRuns(others, runs, perCharacter(text));
}

/**
 * The tokens with each Han run replaced by its words, or undefined when the words do not spell the
 * runs exactly (each run's words in turn, a newline word between runs).
 */
function segmentedRuns(others: readonly TokenSpan[], runs: readonly number[], joined: string, words: readonly string[]): TokenSpan[] | undefined {
  const result: TokenSpan[] = [];
  let next = 0;
  let w = 0;
  /** Where the current run starts in `joined`. */
  let base = 0;
  for (let r = 0; r < runs.length; r += 3) {
    const start = runs[r]!;
    const end = runs[r + 1]!;
    for (const before = runs[r + 2]!; next < before; next++) result.push(others[next]!);
    if (r > 0) {
      if (words[w] !== '\n') return undefined;
      w++;
      base++;
    }
    let pos = start;
    for (; w < words.length && words[w] !== '\n'; w++) {
      const word = words[w]!;
      if (pos + word.length > end || !joined.startsWith(word, base + pos - start)) return undefined;
      result.push({ start: pos, end: pos + word.length, kind: 'word' });
      pos += word.length;
    }
    if (pos !== end) return undefined;
    base += end - start;
  }
  if (w !== words.length) return undefined;
  for (; next < others.length; next++) result.push(others[next]!);
  return result;
}

/** The tokens with each Han run replaced by what `emitRun` pushes. */
function spliceRuns(others: readonly TokenSpan[], runs: readonly number[], emitRun: (start: number, end: number, result: TokenSpan[]) => void): TokenSpan[] {
  const result: TokenSpan[] = [];
  let next = 0;
  for (let r = 0; r < runs.length; r += 3) {
    for (const before = runs[r + 2]!; next < before; next++) result.push(others[next]!);
    emitRun(runs[r]!, runs[r + 1]!, result);
  }
  for (; next < others.length; next++) result.push(others[next]!);
  return result;
}

/** A run split into single characters (the fallback when the segmenter's words do not fit). */
function perCharacter(text: string): (start: number, end: number, result: TokenSpan[]) => void {
  return (start, end, result) => {
    for (let i = start; i < end; ) {
      const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
      result.push({ start: i, end: i + len, kind: 'word' });
      i += len;
    }
  };
}
