import type { DateMatch, DatePoint, PartOfDay, RelativeUnit } from '../../../dates/model.js';
import { MONTHS, WEEKDAYS } from '../words.js';

/** Regex fragments and readers the Indonesian date parsers share. Compile with the `giu` flags. */

/** Word edges for letters and digits (JS `\b` is ASCII-only). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

/** Any month name or abbreviation (abbreviations may take a period). */
export const MONTH = `(${alternation(MONTHS.keys())})(?:\\.(?=\\s*\\d))?`;
/** Full month names only: a month written alone must be spelled out. */
const MONTH_FULL_WORDS = [...MONTHS.keys()].filter((m) => m.length >= 5 || m === 'mei' || m === 'juni' || m === 'juli');
export const MONTH_FULL = `(${alternation(MONTH_FULL_WORDS)})`;
const WEEKDAY_FULL_WORDS = [...WEEKDAYS.keys()].filter((w) => w.length >= 4);
export const WEEKDAY_FULL = `(${alternation(WEEKDAY_FULL_WORDS)})`;
/** Gate word lists (see `gated`): a MONTH, MONTH_FULL, WEEKDAY_ANY or WEEKDAY_FULL match contains one of these. */
export const MONTH_GATE: readonly string[] = [...MONTHS.keys()];
export const MONTH_FULL_GATE: readonly string[] = MONTH_FULL_WORDS;
export const WEEKDAY_GATE: readonly string[] = [...WEEKDAYS.keys()];
export const WEEKDAY_FULL_GATE: readonly string[] = WEEKDAY_FULL_WORDS;
export const WEEKDAY_ANY = `(${alternation(WEEKDAYS.keys())})\\.?`;
export const YEAR = '(\\d{4})';
export const DAY = '(\\d{1,2})';

export const monthOf = (word: string): number | undefined => MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
export const weekdayOf = (word: string): number | undefined => WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ''));

/** Small cardinals as words, and the se- prefix (sehari, sepekan, setahun = one). */
const NUMBER_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  sebelas: 11, 'dua belas': 12,
};
export const NUMBER = `(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;
export const numberOf = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()]);

/** Ordinals as quarters and halves write them: III, 3, ketiga. */
const ORDINALS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
  pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, 'ke-1': 1, 'ke-2': 2, 'ke-3': 3, 'ke-4': 4,
};
export const ORDINAL = `(${alternation(Object.keys(ORDINALS))})`;
export const ordinalOf = (s: string): number | undefined => ORDINALS[s.toLowerCase()];

/** Relative units; pekan and minggu are both the week. */
const UNITS: Record<string, RelativeUnit> = {
  hari: 'day', pekan: 'week', minggu: 'week', bulan: 'month', tahun: 'year', kuartal: 'quarter', triwulan: 'quarter',
  semester: 'half-year', dekade: 'decade', dasawarsa: 'decade', abad: 'century',
};
export const UNIT = `(${alternation(Object.keys(UNITS))})`;
export const unitOf = (s: string): RelativeUnit => UNITS[s.toLowerCase()]!;

/** Qualifiers after a unit or a date: the direction (and for units, the offset). */
export const QUALIFIER = '(yang\\s+lalu|yang\\s+akan\\s+datang|lalu|silam|kemarin|mendatang|depan|ini|nanti)';
export function qualifierOffset(q: string): -1 | 0 | 1 {
  const k = q.toLowerCase().replace(/\s+/g, ' ');
  if (k === 'ini') return 0;
  return k === 'mendatang' || k === 'depan' || k === 'nanti' || k === 'yang akan datang' ? 1 : -1;
}
export const qualifierTense = (q: string | undefined): DatePoint['tense'] =>
  q === undefined ? undefined : qualifierOffset(q) > 0 ? 'future' : qualifierOffset(q) < 0 ? 'past' : undefined;

/** Parts of the day (TIMEX3 codes, as ANNOTATION.md maps them). */
const PARTS_OF_DAY: Record<string, PartOfDay> = {
  pagi: 'MO', 'dini hari': 'MO', subuh: 'MO', siang: 'MI', sore: 'AF', petang: 'EV', malam: 'EV', 'tengah malam': 'NI',
};
export const PART_OF_DAY = `(${alternation(Object.keys(PARTS_OF_DAY)).replace(/ /g, '\\s+')})`;
export const partOfDayOf = (s: string): PartOfDay => PARTS_OF_DAY[s.toLowerCase().replace(/\s+/g, ' ')]!;

/** A date parser: every match of its grammar in the text. */
export type DateParser = (text: string) => DateMatch[];

/**
 * Gates: a regex may be registered with literals (lower case) of which every match contains at least one,
 * case-insensitively. `scan` skips the regex on a text that contains none of them, which costs one
 * `includes` per literal instead of a regex pass with look-behinds at every position.
 */
const GATES = new WeakMap<RegExp, readonly string[]>();
const MINIMAL = new WeakMap<readonly string[], readonly string[]>();
export function gated(re: RegExp, anyOf: readonly string[]): RegExp {
  // A word containing another listed word adds nothing to the test ("januari" holds "jan").
  let minimal = MINIMAL.get(anyOf);
  if (!minimal) {
    minimal = anyOf.filter((w, i) => !anyOf.some((o, j) => j !== i && w.includes(o) && (o !== w || j < i)));
    MINIMAL.set(anyOf, minimal);
  }
  GATES.set(re, minimal);
  return re;
}

let gateText: string | undefined;
let gateLower = '';
/** ſ (long s) matches "s" under the `iu` flags but does not lower-case to it: such a text is never gated. */
let gateOff = false;
const gateMemo = new Map<readonly string[], boolean>();

/** Whether the text contains one of `words` (lower-case literals), as a case-insensitive regex would see it. */
function mentionsAny(text: string, words: readonly string[]): boolean {
  if (text !== gateText) {
    gateText = text;
    gateLower = text.toLowerCase();
    gateOff = text.includes('\u017f');
    gateMemo.clear();
  }
  if (gateOff) return true;
  let found = gateMemo.get(words);
  if (found === undefined) {
    found = false;
    for (const w of words) {
      if (gateLower.includes(w)) {
        found = true;
        break;
      }
    }
    gateMemo.set(words, found);
  }
  return found;
}

/** Runs `re` over the text and maps each match to a point (or skips it when `read` returns undefined). */
export function scan(
  text: string,
  re: RegExp,
  rule: string,
  read: (m: RegExpExecArray) => { start: DatePoint; end?: DatePoint } | undefined,
): DateMatch[] {
  const gate = GATES.get(re);
  if (gate !== undefined && !mentionsAny(text, gate)) return [];
  const out: DateMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const expr = read(m);
    if (expr) out.push({ start: m.index, end: m.index + m[0].length, expr, rule });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** A year as written: four digits, or two ('13) read by the resolver. */
export function yearPoint(y: string | undefined): Pick<DatePoint, 'year' | 'twoDigitYear'> {
  if (y === undefined) return {};
  return y.length === 2 ? { year: Number(y), twoDigitYear: true } : { year: Number(y) };
}

export const rx = (source: string) => new RegExp(source, 'giu');
