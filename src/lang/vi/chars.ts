/**
 * Character classes the Vietnamese layer tests in its inner loops, by code unit: the letters and
 * marks Vietnamese writes (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional, combining
 * diacritics) answer from ranges; anything else asks the Unicode property regex, so the answers
 * are exactly those of \p{L}, \p{M}, \p{N}.
 */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function inViRanges(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f);
}

/** Width (1, or 2 for a surrogate pair) of the letter or combining mark at i, or 0. */
export function letterWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (inViRanges(c)) return 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(String.fromCodePoint(s.codePointAt(i)!)) ? 2 : 0;
  return LETTER_OR_MARK.test(s[i]!) ? 1 : 0;
}

/** Width of the letter, digit (any \p{N}) or combining mark at i, or 0: a word character. */
export function wordCharWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (inViRanges(c)) return 1;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!)) ? 2 : 0;
  return WORD_CHAR.test(s[i]!) ? 1 : 0;
}

/** End of the run of letters and marks starting at i (i itself when there is none). */
export function letterRunEnd(s: string, i: number): number {
  let w: number;
  while ((w = letterWidth(s, i)) > 0) i += w;
  return i;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Case of the code units below CASE_TABLE_SIZE: 1 lower (\p{Ll}), 2 upper (\p{Lu}), 0 neither; built on first use. */
const CASE_TABLE_SIZE = 0x2000;
let caseTable: Uint8Array | undefined;

function caseOf(c: number): number {
  if (!caseTable) {
    caseTable = new Uint8Array(CASE_TABLE_SIZE);
    for (let k = 0; k < CASE_TABLE_SIZE; k++) {
      const ch = String.fromCharCode(k);
      caseTable[k] = LOWER.test(ch) ? 1 : UPPER.test(ch) ? 2 : 0;
    }
  }
  return caseTable[c]!;
}

/** Whether the one-code-unit string `ch` is a lower-case letter (\p{Ll}). */
export function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return c < CASE_TABLE_SIZE ? caseOf(c) === 1 : LOWER.test(ch);
}

/** Whether the one-code-unit string `ch` is an upper-case letter (\p{Lu}). */
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return c < CASE_TABLE_SIZE ? caseOf(c) === 2 : UPPER.test(ch);
}
