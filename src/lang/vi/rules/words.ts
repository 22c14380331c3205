import type { EntityCandidate } from '../../adapter.js';
import { isKnownFirstName as isEnglishFirstName } from '../../shared/first-names.js';
import { letterRunEnd, letterWidth } from '../chars.js';
import { TITLES } from '../data/names.js';
import { foldViTones } from '../fold.js';
import { isViSyllable } from '../syllable.js';

/** A capitalised word of the text: "Sasae", "Jong-un", "Mátxcơva", "TP" (all caps allowed). */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The last text wordsOf read and its words: the rules of one document share them. */
let memoText: string | undefined;
let memoWords: readonly Word[] = [];

/**
 * Every letter word of the text with its offsets: runs of letters and marks, joined by single
 * hyphens ("Jong-un"). Read once per text and shared by the rules, so the array is read-only.
 */
export function wordsOf(text: string): readonly Word[] {
  if (text === memoText) return memoWords;
  const out: Word[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let end = letterRunEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    for (;;) {
      const c = text.charCodeAt(end);
      if (c !== 0x2d && c !== 0x2010) break;
      const next = letterRunEnd(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    out.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  memoText = text;
  memoWords = out;
  return out;
}

/** Capitalised: its first character changes when lower-cased and not when upper-cased. */
export const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < CASE_TABLE_SIZE) return (capitalTable()[c]! & CAPITAL) !== 0;
  const first = w[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * Per code unit below CASE_TABLE_SIZE, built on first use: bit 1, isCapitalised of the character
 * alone (by the same test); bit 2, the character is its own upper case.
 */
const CASE_TABLE_SIZE = 0x2000;
const CAPITAL = 1;
const OWN_UPPER = 2;
let caseBits: Uint8Array | undefined;
function capitalTable(): Uint8Array {
  if (caseBits) return caseBits;
  caseBits = new Uint8Array(CASE_TABLE_SIZE);
  for (let c = 0; c < CASE_TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    const upper = ch === ch.toUpperCase();
    caseBits[c] = (ch !== ch.toLowerCase() && upper ? CAPITAL : 0) | (upper ? OWN_UPPER : 0);
  }
  return caseBits;
}

/**
 * `w === w.toUpperCase()` without building the upper-case copy: below U+2000 upper-casing maps
 * each character on its own and never shortens, so one character that changes decides it.
 */
export function isOwnUpperCase(w: string): boolean {
  const table = capitalTable();
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= CASE_TABLE_SIZE) return w === w.toUpperCase();
    if ((table[c]! & OWN_UPPER) === 0) return false;
  }
  return true;
}

/** Only spaces (one or more, no line break) between two words. */
export const spaced = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
};

/** Every syllable of a (hyphenated) word is a Vietnamese syllable. */
export const isViWordForm = (w: string): boolean =>
  w.includes('-') || w.includes('‐') ? w.split(/[-‐]/).every((s) => isViSyllable(s)) : isViSyllable(w);

/** Whether compromise's English lexicon knows the word, written Capitalised, as a given name (Andrei, Sergei, John). */
export function isKnownFirstName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (isEnglishFirstName(word)) return true;
  // a European given name with its accents ("Péter", "José", "André", "Jürgen"): known without them,
  // unless the accented word is Vietnamese ("Tâm", "Vân" are not Tam, Van)
  if (/^[\x00-\x7f]*$/.test(word) || isViWordForm(word)) return false;
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== word && /^[A-Za-z]+$/.test(bare) && isEnglishFirstName(bare);
}

/** Case-folded, tone-folded forms of a word list, as a Set. */
export const foldedSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => foldViTones(w.normalize('NFC')).toLowerCase()));

/** Escaped alternation (longest first) of folded words; spaces match runs of spaces. */
export function alternationOf(words: readonly string[]): string {
  return [...foldedSet(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+'))
    .join('|');
}

/**
 * Whether some span covers [start, end), in O(1) per question after an O(n) build (a text may
 * hold many thousand lexicon matches: no scan per question).
 */
export function coverageOf(spans: ReadonlyArray<{ start: number; end: number }>, length: number): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  // built on the first question: many texts never ask one
  let reach: Int32Array | undefined;
  const build = (): Int32Array => {
    const r = new Int32Array(length + 1);
    for (const s of spans) if (s.start <= length && s.end > r[s.start]!) r[s.start] = s.end;
    for (let i = 1; i <= length; i++) if (r[i - 1]! > r[i]!) r[i] = r[i - 1]!;
    return r;
  };
  return (start, end) => {
    reach ??= build();
    return start <= length && reach[start]! >= end;
  };
}

/** Per start offset, the end of the longest lexicon PLACE candidate starting there. */
export function longestPlaceEnds(candidates: readonly EntityCandidate[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const c of candidates) if (c.type === 'PLACE' && (ends.get(c.start) ?? 0) < c.end) ends.set(c.start, c.end);
  return ends;
}

/** Whether the character before `at` is a letter or mark (what `(?<![\p{L}\p{M}])` rules out there). */
function letterOrMarkBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  return letterWidth(s, at - 1) === 1 || (at >= 2 && letterWidth(s, at - 2) === 2);
}

/**
 * `re.exec(s)` for a global regex written without its leading `(?<![\p{L}\p{M}])`, that test made
 * here instead: the same matches, found several times faster (V8 cannot skip ahead through a
 * pattern that opens with a lookbehind).
 */
export function execAtWordEdge(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!letterOrMarkBefore(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

const isSpaceChar = (ch: string | undefined) => ch === ' ' || ch === '\u00a0';

/**
 * A quick necessary condition for a regex of the shape `(?:phrase|…)[ \u00a0]+$` tested on
 * `key.slice(from, to)`: the slice ends with spaces after the last word of one of the phrases.
 * The regex itself runs only when this holds, instead of trying every position of the slice.
 * (When some phrase does not end with a letter the gate always answers true.)
 */
export function phraseBeforeGate(phrases: readonly string[]): (key: string, from: number, to: number) => boolean {
  const lastWords = new Set<string>();
  for (const p of foldedSet(phrases)) {
    const words = p.split(' ');
    const last = words[words.length - 1]!;
    if (last === '' || letterRunEnd(last, 0) !== last.length) return () => true;
    lastWords.add(last);
  }
  return (key, from, to) => {
    let end = to;
    while (end > from && isSpaceChar(key[end - 1])) end--;
    if (end === to) return false;
    let start = end;
    // back over letters and marks (a surrogate pair is looked at from its first half)
    for (;;) {
      if (start > from && letterWidth(key, start - 1) === 1) start--;
      else if (start - 1 > from && letterWidth(key, start - 2) === 2) start -= 2;
      else break;
    }
    return lastWords.has(key.slice(start, end));
  };
}

/**
 * A quick necessary condition for a regex of the shape `^(?:phrase|…)(?![\p{L}\p{M}])` tested on
 * `key.slice(at)`: the run of letters at `at` is the first word of one of the phrases (a phrase's
 * first word is followed by a non-letter, in the phrase or by the lookahead). The regex then runs
 * only at the few words that may open a phrase, not at every capitalised word.
 * (When some phrase does not start with a letter the gate always answers true.)
 */
export function phraseAfterGate(phrases: readonly string[]): (key: string, at: number) => boolean {
  const firstWords = new Set<string>();
  for (const p of foldedSet(phrases)) {
    const end = letterRunEnd(p, 0);
    if (end === 0) return () => true;
    firstWords.add(p.slice(0, end));
  }
  return (key, at) => firstWords.has(key.slice(at, letterRunEnd(key, at)));
}

const MULTI_WORD_TITLES = TITLES.filter((t) => t.includes(' '));
/** A rank or title of two or more words, written with a capital inside a run of capitalised words ("… Nghệ An Đại tá Võ …"): the run ends before it. */
const STARTS_TITLE = new RegExp(`^(?:${alternationOf(MULTI_WORD_TITLES)})(?![\\p{L}\\p{M}])`, 'u');
const mayStartTitle = phraseAfterGate(MULTI_WORD_TITLES);
/** STARTS_TITLE on key.slice(at), asked only when the gate lets it. */
export const startsTitle = (key: string, at: number): boolean => mayStartTitle(key, at) && STARTS_TITLE.test(key.slice(at));
