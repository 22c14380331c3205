import winkTokenizer from 'wink-tokenizer';
import type { TokenSpan } from '../adapter.js';
import { scanTokens } from '../../pipeline/tokenise.js';
import type { TokenKind } from '../../types.js';

/**
 * Indonesian tokens. wink-tokenizer does the first cut: it already knows URLs, e-mail addresses,
 * hashtags, mentions, emoji, currency and decimal numbers (11,5 / 11.51 / 1.500.000), and it keeps
 * Indonesian clitics (-nya, -lah, -kah, -pun) on their word as the UD surface tokens do. It returns
 * strings only, so each is located in the text; then the cut is repaired where it is wrong for
 * Indonesian news: it splits reduplication (satu-satunya), ke-18, 1940-an, al-Qaeda, dates
 * (4/11/2013), clock times (10:15), 2+2, dotted abbreviations (U.S., Prof.) and English clitics.
 */
const wink = winkTokenizer();

interface Piece extends TokenSpan {
  tag: string;
}

/** Titles and abbreviations written with a period that belongs to the token (UD keeps `Prof.`, `Dr.`). */
const DOTTED_ABBREVIATIONS = new Set([
  'prof', 'dr', 'drs', 'dra', 'ir', 'sdr', 'sdri', 'bpk', 'tn', 'ny', 'nn', 'hj', 'jl', 'jln', 'kol', 'no', 'st', 'mr', 'mrs', 'ms',
]);

const KIND_OF_TAG: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punct',
  quoted_phrase: 'punct',
  url: 'word',
  email: 'word',
  hashtag: 'word',
  mention: 'word',
  time: 'number',
};

const isAlnumPiece = (p: Piece) => p.kind === 'word' || p.kind === 'number';
const isDigits = (s: string) => /^\p{N}+$/u.test(s);

/** wink-tokenizer's regexes are quadratic on long unbroken runs; those go to the baseline scanner. */
const LONG_RUN = 200;
/** wink also slows down on very long inputs, so it gets the text in chunks that end at white space. */
const CHUNK = 4096;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;

/** Tokenises the text with wink where wink is safe, and the baseline scanner on pathological runs. */
function alignWink(text: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  // A plain loop, not a regex: a \S{200,} regex overflows the stack on multi-megabyte runs.
  for (let i = 0; i < text.length; ) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    if (j - i >= LONG_RUN) {
      alignWinkChunks(text, from, i, out);
      for (const t of scanTokens(text, i, j)) out.push({ ...t, tag: t.kind });
      from = j;
    }
    i = j;
  }
  alignWinkChunks(text, from, text.length, out);
  return out;
}

function alignWinkChunks(text: string, from: number, to: number, out: Piece[]): void {
  while (from < to) {
    let end = Math.min(to, from + CHUNK);
    if (end < to) {
      const space = text.lastIndexOf(' ', end);
      const newline = text.lastIndexOf('\n', end);
      const cut = Math.max(space, newline);
      if (cut > from) end = cut;
    }
    alignWinkSegment(text, from, end, out);
    from = end;
  }
}

/**
 * Plain chunks. wink reads a white-space-free chunk on its own (only its clock-time pattern,
 * `10 am`, reaches over a space), and most chunks of news text are plain: ASCII letters, or one
 * run of digits, with simple punctuation around. For those wink's answer is certain (a letter
 * run is a word, a digit run a number, each punctuation mark a token, a run of dashes one
 * unknown token), so they are cut here; wink gets the runs of other chunks, which it cuts exactly
 * as it would in the whole text.
 */
const enum Char {
  Other,
  Letter,
  Digit,
  /** A mark wink's punctuation pattern takes alone. */
  Punct,
  /** `:` and `;` open emoticons (`:D`, `;)`): plain only at the end of a chunk. */
  Colon,
  /** `%`, a symbol. */
  Symbol,
  /** – and —: no pattern of wink's takes them; a run of them is one (alien) token. */
  Dash,
}
const ASCII_CHAR = new Uint8Array(128).map((_, c) => {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return Char.Letter;
  if (c >= 48 && c <= 57) return Char.Digit;
  if ('()[]{}",.!?-'.includes(String.fromCharCode(c))) return Char.Punct;
  if (c === 58 || c === 59) return Char.Colon;
  if (c === 37) return Char.Symbol;
  return Char.Other;
});
function charClass(c: number): Char {
  if (c < 128) return ASCII_CHAR[c]!;
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026) return Char.Punct;
  if (c === 0x2013 || c === 0x2014) return Char.Dash;
  return Char.Other;
}

/** The start of wink's clock time after a space: `am`, `p.m.`, `hours`, `hrs`. */
const isTimeWordStart = (c: number) => c === 97 || c === 65 || c === 112 || c === 80 || c === 104 || c === 72;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Whether the chunk text[from, to) is plain (see above), with no clock time reaching over its edges. */
function isPlainChunk(text: string, from: number, to: number): boolean {
  let letters = false;
  let digitRuns = 0;
  let prev = Char.Other;
  for (let k = from; k < to; k++) {
    const cls = charClass(text.charCodeAt(k));
    switch (cls) {
      case Char.Letter:
        if (prev === Char.Digit) return false;
        letters = true;
        break;
      case Char.Digit:
        if (prev === Char.Letter) return false;
        if (prev !== Char.Digit) digitRuns++;
        break;
      case Char.Colon:
        if (k !== to - 1) return false;
        break;
      case Char.Other:
        return false;
    }
    prev = cls;
  }
  // numbers: one run alone (1.500.000, 33-36 and 10:15 are wink's), and no `10 am` after it
  if (digitRuns > 0) {
    if (digitRuns > 1 || letters) return false;
    if (to + 1 < text.length && isSpace(text.charCodeAt(to)) && isTimeWordStart(text.charCodeAt(to + 1))) return false;
  }
  // a word that may end a clock time written before it (10 am, 9: pm)
  if (from >= 2 && isTimeWordStart(text.charCodeAt(from)) && isSpace(text.charCodeAt(from - 1))) {
    const before = text.charCodeAt(from - 2);
    if (isAsciiDigit(before) || (before === 58 && from >= 3 && isAsciiDigit(text.charCodeAt(from - 3)))) return false;
  }
  return true;
}

/** The tokens of a plain chunk, as wink gives them. */
function cutPlainChunk(text: string, from: number, to: number, out: Piece[]): void {
  for (let k = from; k < to; ) {
    const cls = charClass(text.charCodeAt(k));
    if (cls === Char.Letter || cls === Char.Digit || cls === Char.Dash) {
      let e = k + 1;
      while (e < to && charClass(text.charCodeAt(e)) === cls) e++;
      if (cls === Char.Letter) out.push({ start: k, end: e, kind: 'word', tag: 'word' });
      else if (cls === Char.Digit) out.push({ start: k, end: e, kind: 'number', tag: 'number' });
      else out.push({ start: k, end: e, kind: 'symbol', tag: 'alien' });
      k = e;
    } else {
      if (cls === Char.Symbol) out.push({ start: k, end: k + 1, kind: 'symbol', tag: 'symbol' });
      else out.push({ start: k, end: k + 1, kind: 'punct', tag: 'punctuation' });
      k++;
    }
  }
}

/** Off, wink cuts the plain chunks too: the tests compare both ways. */
let plainChunksOn = true;
export function usePlainChunks(on: boolean): void {
  plainChunksOn = on;
}

/** Cuts text[from, to): plain chunks here, each run of other chunks by wink. */
function alignWinkSegment(text: string, from: number, to: number, out: Piece[]): void {
  if (!plainChunksOn) return alignWinkRun(text, from, to, out);
  let pending = -1;
  let pendingEnd = -1;
  for (let i = from; i < to; ) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && !isSpace(text.charCodeAt(j))) j++;
    if (isPlainChunk(text, i, j)) {
      if (pending >= 0) alignWinkRun(text, pending, pendingEnd, out);
      pending = -1;
      cutPlainChunk(text, i, j, out);
    } else {
      if (pending < 0) pending = i;
      pendingEnd = j;
    }
    i = j;
  }
  if (pending >= 0) alignWinkRun(text, pending, pendingEnd, out);
}

/** Finds each wink token in text[from, to); anything wink dropped or changed is re-scanned by the baseline. */
function alignWinkRun(text: string, from: number, to: number, out: Piece[]): void {
  const segment = text.slice(from, to);
  let cursor = 0;
  for (const tok of wink.tokenize(segment)) {
    const at = segment.indexOf(tok.value, cursor);
    if (at < 0) continue;
    fillGap(text, from + cursor, from + at, out);
    const kind = KIND_OF_TAG[tok.tag] ?? (/[\p{L}\p{N}]/u.test(tok.value) ? 'word' : 'symbol');
    const range = /^(\d+)([-–])(\d+)$/.exec(tok.value);
    const start = from + at;
    if (range) {
      // a number range (33-36) is three tokens, as UD writes it
      const [a, dash] = [range[1]!.length, range[2]!.length];
      out.push({ start, end: start + a, kind: 'number', tag: 'number' });
      out.push({ start: start + a, end: start + a + dash, kind: 'punct', tag: 'punctuation' });
      out.push({ start: start + a + dash, end: start + tok.value.length, kind: 'number', tag: 'number' });
    } else out.push({ start, end: start + tok.value.length, kind, tag: tok.tag });
    cursor = at + tok.value.length;
  }
  fillGap(text, from + cursor, to, out);
}

/** Text wink dropped between two of its tokens: the baseline scanner cuts it. */
function fillGap(text: string, from: number, to: number, out: Piece[]): void {
  if (/\S/.test(text.slice(from, to))) for (const t of scanTokens(text, from, to)) out.push({ ...t, tag: t.kind });
}

/** Whether `next`, glued to the token `cur` ends with, continues it. `after` is the piece after `next`. */
function continues(text: string, cur: Piece, next: Piece, after: Piece | undefined): boolean {
  if (next.start !== cur.end) return false;
  // letters and digits glued together: English clitics wink splits off (do|n't, Robert|'s), km2
  if (isAlnumPiece(cur) && isAlnumPiece(next) && !(cur.kind === 'number' && next.kind === 'number')) return true;
  // every other join goes through a single mark
  if (next.end - next.start !== 1) return false;
  const mark = text[next.start];
  const afterGlued = after !== undefined && after.start === next.end;
  if (mark === '-' || mark === '‑') {
    // reduplication and affixed forms: satu-satunya, ke-18, 1940-an, al-Qaeda (not 33-36, a range)
    if (!afterGlued || !isAlnumPiece(cur) || !isAlnumPiece(after)) return false;
    const curText = text.slice(cur.start, cur.end);
    const afterText = text.slice(after.start, after.end);
    return !(isDigits(curText.replace(/[.,]/g, '')) && isDigits(afterText));
  }
  if (cur.kind === 'number' && (mark === '/' || mark === ':' || mark === '+')) {
    // dates 4/11/2013, clock times 10:15:20, 2+2
    return afterGlued && after.kind === 'number';
  }
  if (mark !== '.') return false;
  const curText = text.slice(cur.start, cur.end);
  if (cur.kind === 'word') {
    // U.S., Prof., Dr. — a single capital or a known abbreviation, followed by more text
    const single = /^\p{Lu}$/u.test(curText) || /^(\p{Lu}\.)+\p{Lu}$/u.test(curText);
    if (single && (afterGlued || /^\s+\p{Lu}/u.test(text.slice(next.end, next.end + 2)))) return true;
    return DOTTED_ABBREVIATIONS.has(curText.toLowerCase()) && /^\s+\S/u.test(text.slice(next.end, next.end + 2));
  }
  // runs of the mark: ...
  return /^\.+$/.test(curText);
}

export function tokenise(text: string): TokenSpan[] {
  const pieces = alignWink(text);
  const out: TokenSpan[] = [];
  let cur: Piece | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (cur && continues(text, cur, p, pieces[i + 1])) {
      // a joiner (- / : +) takes the piece after it along: 4/11 + / + 2013
      const last = /^[-‑/:+]$/.test(text.slice(p.start, p.end)) && pieces[i + 1] ? pieces[++i]! : p;
      const joinedText = text.slice(cur.start, last.end);
      cur = { start: cur.start, end: last.end, kind: kindOfJoined(joinedText, cur.kind), tag: cur.tag };
      continue;
    }
    if (cur) out.push({ start: cur.start, end: cur.end, kind: cur.kind });
    cur = p;
  }
  if (cur) out.push({ start: cur.start, end: cur.end, kind: cur.kind });
  return out;
}

function kindOfJoined(s: string, first: TokenKind): TokenKind {
  if (/^\p{N}+(?:[.,:/+]\p{N}+)*$/u.test(s)) return 'number';
  if (/[\p{L}]/u.test(s)) return 'word';
  return first;
}
