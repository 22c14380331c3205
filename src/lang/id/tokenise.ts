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

/** Finds each wink token in text[from, to); anything wink dropped or changed is re-scanned by the baseline. */
function alignWinkSegment(text: string, from: number, to: number, out: Piece[]): void {
  const segment = text.slice(from, to);
  let cursor = 0;
  const fillGap = (a: number, b: number) => {
    if (/\S/.test(segment.slice(a, b))) for (const t of scanTokens(text, from + a, from + b)) out.push({ ...t, tag: t.kind });
  };
  for (const tok of wink.tokenize(segment)) {
    const at = segment.indexOf(tok.value, cursor);
    if (at < 0) continue;
    fillGap(cursor, at);
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
  fillGap(cursor, segment.length);
}

/** Whether `next`, glued to the token `cur` ends with, continues it. `after` is the piece after `next`. */
function continues(text: string, cur: Piece, next: Piece, after: Piece | undefined): boolean {
  if (next.start !== cur.end) return false;
  const curText = text.slice(cur.start, cur.end);
  const nextText = text.slice(next.start, next.end);
  const glued = (p: Piece | undefined) => p !== undefined && p.start === next.end;
  // letters and digits glued together: English clitics wink splits off (do|n't, Robert|'s), km2
  if (isAlnumPiece(cur) && isAlnumPiece(next) && !(cur.kind === 'number' && next.kind === 'number')) return true;
  if (nextText === '-' || nextText === '‑') {
    // reduplication and affixed forms: satu-satunya, ke-18, 1940-an, al-Qaeda (not 33-36, a range)
    if (!glued(after) || !isAlnumPiece(cur) || !isAlnumPiece(after!)) return false;
    const afterText = text.slice(after!.start, after!.end);
    return !(isDigits(curText.replace(/[.,]/g, '')) && isDigits(afterText));
  }
  if (cur.kind === 'number' && (nextText === '/' || nextText === ':' || nextText === '+')) {
    // dates 4/11/2013, clock times 10:15:20, 2+2
    return glued(after) && after!.kind === 'number';
  }
  if (nextText === '.' && cur.kind === 'word') {
    // U.S., Prof., Dr. — a single capital or a known abbreviation, followed by more text
    const single = /^\p{Lu}$/u.test(curText) || /^(\p{Lu}\.)+\p{Lu}$/u.test(curText);
    if (single && (glued(after) || /^\s+\p{Lu}/u.test(text.slice(next.end, next.end + 2)))) return true;
    return DOTTED_ABBREVIATIONS.has(curText.toLowerCase()) && /^\s+\S/u.test(text.slice(next.end, next.end + 2));
  }
  // runs of the same mark: ..., --
  if (curText.length >= 1 && /^[.\-]$/.test(nextText) && new RegExp(`^\\${nextText}+$`).test(curText)) return true;
  return false;
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
    cur = { ...p };
  }
  if (cur) out.push({ start: cur.start, end: cur.end, kind: cur.kind });
  return out;
}

function kindOfJoined(s: string, first: TokenKind): TokenKind {
  if (/^\p{N}+(?:[.,:/+]\p{N}+)*$/u.test(s)) return 'number';
  if (/[\p{L}]/u.test(s)) return 'word';
  return first;
}
