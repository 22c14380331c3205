/**
 * Vietnamese tone-placement folding.
 *
 * Two spellings of the same syllable are common in news text: "hoà" / "hòa", "thuỷ" / "thủy",
 * "khoẻ" / "khỏe". To match words and names regardless of which one a writer used, every open
 * oa / oe / uy rime is folded to one placement (the tone on the first vowel: hòa, khỏe, thủy),
 * and a closed one (hoàng, thuyết) to the tone on the second vowel, which is the only correct
 * placement there. All letters involved are single UTF-16 code units in NFC, so the output has
 * exactly the length of the input and offsets stay 1:1.
 */

/** Tone indices: 0 none, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot). */
export type ViTone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
/** Vowels as bases (NFC, with their quality marks but no tone). */
const BASE_VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';

/** toned char -> [base char, tone] for every Vietnamese vowel with any tone, both cases. */
const DECOMPOSE = new Map<string, readonly [string, ViTone]>();
/** base char + tone -> toned char. */
const COMPOSE = new Map<string, string>();

for (const base of BASE_VOWELS) {
  for (let t = 0; t < TONE_MARKS.length; t++) {
    const ch = (base.normalize('NFD') + TONE_MARKS[t]).normalize('NFC');
    // Every Vietnamese toned vowel has a precomposed form of one code unit.
    if (ch.length !== 1) throw new Error(`unexpected composition for ${base}+${t}`);
    DECOMPOSE.set(ch, [base, t as ViTone]);
    COMPOSE.set(base + t, ch);
  }
}

/** Splits a vowel into its base (quality marks kept) and tone; undefined for non-vowels. */
export function decomposeViVowel(ch: string): readonly [string, ViTone] | undefined {
  return DECOMPOSE.get(ch);
}

/** Puts `tone` on a base vowel (e.g. ("a", 1) → "à"). */
export function composeViVowel(base: string, tone: ViTone): string {
  return COMPOSE.get(base + tone) ?? base;
}

/** Strips the tone from one character, keeping quality marks (ấ → â) and case. */
export function stripViTone(ch: string): string {
  const d = DECOMPOSE.get(ch);
  return d ? d[0] : ch;
}

/** Whether a code unit is a letter; ASCII fast path, otherwise Unicode. */
const LETTER_RE = /\p{L}/u;
function isLetter(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER_RE.test(s[i]!);
}

/**
 * Per code unit below U+2000 (every Vietnamese vowel is there), the facts foldViTones asks, so its
 * per-character loop reads typed arrays instead of building one-character strings to look up:
 * FIRST_VOWEL 1 for o, 2 for u (any tone, either case); SECOND_VOWEL 1 for a, 2 for e, 3 for y;
 * TONE the tone; BASE the toned vowel's base code unit (case and quality marks kept).
 */
const FOLD_TABLE_SIZE = 0x2000;
const FIRST_VOWEL = new Uint8Array(FOLD_TABLE_SIZE);
const SECOND_VOWEL = new Uint8Array(FOLD_TABLE_SIZE);
const TONE = new Uint8Array(FOLD_TABLE_SIZE);
const BASE = new Uint16Array(FOLD_TABLE_SIZE);
for (const [ch, [base, tone]] of DECOMPOSE) {
  const c = ch.charCodeAt(0);
  const lower = base.toLowerCase();
  FIRST_VOWEL[c] = lower === 'o' ? 1 : lower === 'u' ? 2 : 0;
  SECOND_VOWEL[c] = lower === 'a' ? 1 : lower === 'e' ? 2 : lower === 'y' ? 3 : 0;
  TONE[c] = tone;
  BASE[c] = base.charCodeAt(0);
}
const O = 1;
const U = 2;
const Y = 3;

/**
 * Folds one tone placement in NFC text: open oa/oe/uy → tone on the first vowel (hoà → hòa,
 * thuỷ → thủy, Uỷ → Ủy, khoẻ → khỏe); closed ones → tone on the second (hòang → hoàng).
 * "qu" + vowel is an onset plus nucleus, not a glide, and is left alone (quý). Same length out.
 */
export function foldViTones(s: string): string {
  let out: string[] | undefined;
  const n = s.length;
  for (let i = 0; i + 1 < n; i++) {
    const c = s.charCodeAt(i);
    // The first vowel must be o/u (any tone, any case), the second a/e after o, y after u.
    if (c >= FOLD_TABLE_SIZE) continue;
    const first = FIRST_VOWEL[c]!;
    if (first === 0) continue;
    const c2 = s.charCodeAt(i + 1);
    if (c2 >= FOLD_TABLE_SIZE) continue;
    const second = SECOND_VOWEL[c2]!;
    if (first === O ? second !== 1 && second !== 2 : second !== Y) continue;
    if (first === U && i > 0 && (s[i - 1] === 'q' || s[i - 1] === 'Q')) continue;
    const t1 = TONE[c]! as ViTone;
    const t2 = TONE[c2]! as ViTone;
    if ((t1 === 0) === (t2 === 0)) continue; // no tone, or two (not Vietnamese)
    const next = i + 2 < n ? s.charCodeAt(i + 2) : -1;
    const closed = next >= 0 && isLetter(next, s, i + 2);
    const base1 = String.fromCharCode(BASE[c]!);
    const base2 = String.fromCharCode(BASE[c2]!);
    let a: string;
    let b: string;
    if (!closed && t2 !== 0) {
      a = composeViVowel(base1, t2);
      b = base2;
    } else if (closed && t1 !== 0) {
      a = base1;
      b = composeViVowel(base2, t1);
    } else continue;
    out ??= s.split('');
    out[i] = a;
    out[i + 1] = b;
    i++;
  }
  return out ? out.join('') : s;
}
