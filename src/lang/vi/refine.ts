import { MappedTextBuilder, type MappedText } from '../../pipeline/offset-map.js';
import { letterRunEnd } from './chars.js';
import { SpanTable } from './span-table.js';
import { isViSyllable, splitGlued } from './syllable.js';

/**
 * Scraped Vietnamese pages lose the space between words: "cấpthứ", "NgaSergei", "TriềuTiên",
 * "ngày2/3". This refinement inserts a space at every glue point it can prove from the spelling
 * alone. Inserted spaces map to empty ranges of the original, so spans found over the refined text
 * land exactly on the glued characters.
 */

const DIGIT = /\p{Nd}/u;
const LOWER = /\p{Ll}/u;

/** Prefixes that glue to a capital inside one real name (McDonald, MacArthur): never split there. */
const NAME_PREFIXES = new Set(['Mc', 'Mac']);

/** Split points inside one run of letters, as offsets relative to the run. */
export function gluePoints(run: string): readonly number[] {
  return gluePointsOf(run, 0, run.length);
}

/** gluePoints of the run text[start, end), remembered per spelling without slicing it first. */
function gluePointsOf(text: string, start: number, end: number): readonly number[] {
  const cached = end - start <= MAX_CACHED_RUN ? glueCache.get(text, start, end) : undefined;
  if (cached) return cached;
  const run = text.slice(start, end);
  // (only a cut at 2 or 3 can follow a name prefix: no slice of a long run to compare)
  const cuts = splitGlued(run).filter((c) => c > 3 || !NAME_PREFIXES.has(run.slice(0, c)));
  // Bounded memo: news text repeats a few thousand words.
  if (run.length <= MAX_CACHED_RUN) glueCache.add(text, start, end, cuts);
  return cuts;
}

const glueCache = new SpanTable<readonly number[]>(50000);
const MAX_CACHED_RUN = 40;

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

const NO_CUTS: readonly number[] = [];

/** DIGIT.test of the code unit at i, answering ASCII without the regex. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : DIGIT.test(text[i]!);
}

/** Inserts a space at each glue point of the text (see module comment). */
export function refineVi(m: MappedText): MappedText {
  const text = m.text;
  const inserts: number[] = [];
  for (let at = 0; at < text.length; ) {
    // An ASCII run with no lower→upper step has no glue point (splitGlued splits only those, and
    // non-ASCII pieces): it needs no lookup.
    let runEnd = at;
    let plain = true;
    for (let prevLower = false; runEnd < text.length; ) {
      const c = text.charCodeAt(runEnd);
      if (c >= 0x80) {
        plain = false;
        break;
      }
      const lower = c >= 0x61 && c <= 0x7a;
      if (!lower && !(c >= 0x41 && c <= 0x5a)) break;
      if (prevLower && !lower) plain = false;
      prevLower = lower;
      runEnd++;
    }
    if (!plain) runEnd = letterRunEnd(text, at);
    if (runEnd === at) {
      at++;
      continue;
    }
    // A run glued to a digit on its left ("2010Nhật") is rare and ambiguous (8h23, 3D): left alone.
    const cuts = runEnd - at > 1 && !plain ? gluePointsOf(text, at, runEnd) : NO_CUTS;
    for (const c of cuts) inserts.push(at + c);
    const after = runEnd;
    if (after < text.length && isDigitAt(text, after) && gluedToNumber(text.slice(at, runEnd), cuts)) inserts.push(after);
    at = runEnd;
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
