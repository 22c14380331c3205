import { MappedTextBuilder, type MappedText } from '../../pipeline/offset-map.js';
import { isViSyllable, splitGlued } from './syllable.js';

/**
 * Scraped Vietnamese pages lose the space between words: "cấpthứ", "NgaSergei", "TriềuTiên",
 * "ngày2/3". This refinement inserts a space at every glue point it can prove from the spelling
 * alone. Inserted spaces map to empty ranges of the original, so spans found over the refined text
 * land exactly on the glued characters.
 */

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const DIGIT = /\p{Nd}/u;
const LOWER = /\p{Ll}/u;

/** Prefixes that glue to a capital inside one real name (McDonald, MacArthur): never split there. */
const NAME_PREFIXES = new Set(['Mc', 'Mac']);

/** Split points inside one run of letters, as offsets relative to the run. */
export function gluePoints(run: string): number[] {
  const cuts = splitGlued(run);
  return cuts.filter((c) => !NAME_PREFIXES.has(run.slice(0, c)));
}

/**
 * A lower-case Vietnamese word glued to a number ("ngày2/3", "tháng1/2010", "năm2007"): the
 * letters must end in a valid syllable, so model numbers (A320, MH370, G20) are left alone.
 */
function gluedToNumber(run: string, cuts: readonly number[]): boolean {
  const lastPiece = run.slice(cuts.length > 0 ? cuts[cuts.length - 1]! : 0);
  const rest = lastPiece.slice(1);
  // "ngày2/3", "Ngày2/3"; a capital with one or two letters is a model code (A320, Su30)
  const lower = LOWER.test(lastPiece[0]!) && lastPiece.length >= 2;
  const capitalised = !LOWER.test(lastPiece[0]!) && lastPiece.length >= 3;
  return (lower || capitalised) && rest === rest.toLowerCase() && isViSyllable(lastPiece);
}

/** Inserts a space at each glue point of the text (see module comment). */
export function refineVi(m: MappedText): MappedText {
  const text = m.text;
  const inserts: number[] = [];
  LETTER_RUN.lastIndex = 0;
  for (let r = LETTER_RUN.exec(text); r; r = LETTER_RUN.exec(text)) {
    const run = r[0];
    const at = r.index;
    // A run glued to a digit on its left ("2010Nhật") is rare and ambiguous (8h23, 3D): left alone.
    const cuts = run.length > 1 ? gluePoints(run) : [];
    for (const c of cuts) inserts.push(at + c);
    const after = at + run.length;
    if (after < text.length && DIGIT.test(text[after]!) && gluedToNumber(run, cuts)) inserts.push(after);
  }
  if (inserts.length === 0) return m;
  const b = new MappedTextBuilder(m);
  let last = 0;
  for (const at of inserts) {
    if (at > last) b.push(text.slice(last, at), last, at);
    b.insert(' ', at);
    last = at;
  }
  if (last < text.length) b.push(text.slice(last), last, text.length);
  return b.build();
}
