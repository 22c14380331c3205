import type { DateMatch, DatePoint, PartOfDay, RelativeUnit } from '../../../dates/model.js';
import { FULL_MONTH_NAMES, lowerCaseText, MONTHS, WEEKDAYS } from '../words.js';

/** Regex fragments and readers the Indonesian date parsers share. Compile with the `giu` flags. */

/** Word edges for letters and digits (JS `\b` is ASCII-only). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

/** Any month name or abbreviation (abbreviations may take a period). */
export const MONTH = `(${alternation(MONTHS.keys())})(?:\\.(?=\\s*\\d))?`;
/** Full month names only: a month written alone must be spelled out. */
export const MONTH_FULL = `(${alternation(FULL_MONTH_NAMES)})`;
const WEEKDAY_FULL_WORDS = [...WEEKDAYS.keys()].filter((w) => w.length >= 4);
export const WEEKDAY_FULL = `(${alternation(WEEKDAY_FULL_WORDS)})`;
/** Lead word lists (see `startingWith`): the words a MONTH_FULL, WEEKDAY_ANY or WEEKDAY_FULL match opens with. */
export const MONTH_FULL_LEADS: readonly string[] = FULL_MONTH_NAMES;
/** After a day number: `17 Agustus` (see `digitsThen`). */
export const THEN_MONTH: NextRun = { skip: /\s/u, words: [...MONTHS.keys()] };
export const WEEKDAY_LEADS: readonly string[] = [...WEEKDAYS.keys()];
export const WEEKDAY_FULL_LEADS: readonly string[] = WEEKDAY_FULL_WORDS;
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
/** The words a NUMBER written in words opens with. */
export const NUMBER_LEADS: readonly string[] = Object.keys(NUMBER_WORDS);
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
export const UNIT_LEADS: readonly string[] = Object.keys(UNITS);
/** After a count: `3 hari lalu` (see `digitsThen`). */
export const THEN_UNIT: NextRun = { skip: /\s/u, words: UNIT_LEADS };
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
export const PART_OF_DAY_LEADS: readonly string[] = Object.keys(PARTS_OF_DAY);
export const PART_OF_DAY = `(${alternation(Object.keys(PARTS_OF_DAY)).replace(/ /g, '\\s+')})`;
export const partOfDayOf = (s: string): PartOfDay => PARTS_OF_DAY[s.toLowerCase().replace(/\s+/g, ' ')]!;

/** A date parser: every match of its grammar in the text. */
export type DateParser = (text: string) => DateMatch[];

/** Number leads: `min`–`max` ASCII digits, then a character `then` accepts (any, or the end, when absent). */
interface DigitLead {
  key: string;
  min: number;
  max: number;
  then?: RegExp;
  /** `then` answered for ASCII characters. */
  thenAscii?: Uint8Array;
  next?: NextRun;
  /** `next.skip` answered for ASCII characters. */
  skipAscii?: Uint8Array;
  /** `next.words` as first runs (lower case). */
  nextRuns?: ReadonlySet<string>;
}
/**
 * What must follow a number lead: past any characters of `skip` (a one-character class), a run of
 * letters and digits that opens one of `words`, or a number when `orNumber`. A cheap test in the
 * run index, so that the regexes are not tried at every number of the text.
 */
export interface NextRun {
  skip: RegExp;
  words: readonly string[];
  orNumber?: boolean;
}
const DIGIT_LEADS = new Map<string, DigitLead>();
/**
 * A lead for matches opening with `min`–`max` digits followed by a character of `then` (a
 * one-character class) and, when given, by the run `next` describes.
 */
export function digitsThen(min: number, max: number, then?: RegExp, next?: NextRun): string {
  const nextKey = next ? `>${next.skip.source}${[...new Set(next.words)].sort().join('|')}${next.orNumber ? '|#' : ''}` : '';
  const key = `#${min}-${max}${then ? then.source : ''}${nextKey}`;
  if (!DIGIT_LEADS.has(key)) {
    const lead: DigitLead = { key, min, max };
    if (then) lead.then = then;
    if (next) lead.next = next;
    DIGIT_LEADS.set(key, lead);
  }
  return key;
}

/**
 * Leads. Every date regex starts with a word edge (B), so a match can only start where a run of
 * letters and digits starts. A regex is registered with the first runs its matches can open with
 * (lower case, or a `digitsThen` lead for a number). Once per text, the starts of those runs are
 * indexed; `scan` then tries the regex (sticky) at those starts only, instead of walking it over
 * every position of the text with its look-behinds. The matches are the same as a global scan's:
 * the first candidate at or after the previous match's end that matches is the global match.
 */
/** The lead list of each registered regex, by its number: regexes with the same leads share one. */
const LEADS = new WeakMap<DateRegex, number>();
/** Every registered lead word: only these runs are indexed. */
const LEAD_WORDS = new Set<string>();
const LEAD_LISTS = new Map<string, number>();
/** The lead lists each lead belongs to (by number). */
const LISTS_OF_LEAD = new Map<string, number[]>();

/** The first run of letters and digits of a literal (jum'at → jum). */
const firstRun = (word: string): string => /^[\p{L}\p{N}]*/u.exec(word)![0];

/** Registers the first runs (lower case, or `digitsThen` leads) every match of `re` starts with. */
export function startingWith(re: DateRegex, leads: Iterable<string>): DateRegex {
  const runs = [...new Set([...leads].map((w) => (DIGIT_LEADS.has(w) ? w : firstRun(w.toLowerCase()))))].sort();
  const key = runs.join(' ');
  let list = LEAD_LISTS.get(key);
  if (list === undefined) {
    LEAD_LISTS.set(key, (list = LEAD_LISTS.size));
    for (const r of runs) {
      LEAD_WORDS.add(r);
      const lists = LISTS_OF_LEAD.get(r);
      if (lists) lists.push(list);
      else LISTS_OF_LEAD.set(r, [list]);
    }
  }
  LEADS.set(re, list);
  return re;
}

/** A one-character class answered for ASCII characters: 1 where it matches. */
const asciiTable = (oneChar: RegExp) => new Uint8Array(128).map((_, c) => (oneChar.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether the code point at `i` is a letter or digit (\p{L} or \p{N}, as B and E read it). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const ASCII_LETTER_OR_DIGIT = asciiTable(LETTER_OR_DIGIT);
const isLetterOrDigitAt = (s: string, i: number, c: number): boolean =>
  c < 128 ? ASCII_LETTER_OR_DIGIT[c] === 1 : LETTER_OR_DIGIT.test(s.slice(i, i + 2));

/** A run's hash, as the index computes it char by char: a lead word is looked up without slicing the run. */
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
interface LeadWord {
  word: string;
  lists: readonly number[];
}
let leadsByHash: Map<number, LeadWord[]> | undefined;
/** The low 16 bits of every lead word's hash: most runs are ruled out without a map look-up. */
const leadHashBits = new Uint8Array(1 << 16);
let longestLead = 0;
interface DigitLeadLists extends DigitLead {
  lists: readonly number[];
}
let digitLeads: DigitLeadLists[] = [];
function leadHashes(): Map<number, LeadWord[]> {
  if (!leadsByHash) {
    leadsByHash = new Map();
    digitLeads = [];
    for (const lead of DIGIT_LEADS.values()) {
      const lists = LISTS_OF_LEAD.get(lead.key);
      if (!lists) continue;
      const then = lead.then;
      if (then) lead.thenAscii = asciiTable(then);
      if (lead.next) {
        lead.skipAscii = asciiTable(lead.next.skip);
        lead.nextRuns = new Set(lead.next.words.map((w) => firstRun(w.toLowerCase())));
      }
      digitLeads.push({ ...lead, lists });
    }
    for (const w of LEAD_WORDS) {
      if (DIGIT_LEADS.has(w)) continue;
      let h = 0;
      for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
      leadHashBits[h & 0xffff] = 1;
      const entry = { word: w, lists: LISTS_OF_LEAD.get(w)! };
      const same = leadsByHash.get(h);
      if (same) same.push(entry);
      else leadsByHash.set(h, [entry]);
      longestLead = Math.max(longestLead, w.length);
    }
  }
  return leadsByHash;
}

/**
 * Adds a run's start to the lists of its lead. Runs visit the text in order, so every list stays
 * ascending; a run fitting two digit leads of one list is added once.
 */
function addStart(starts: number[][], lists: readonly number[], at: number): void {
  for (const l of lists) {
    const list = starts[l]!;
    if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
  }
}

/** Whether the run after position `at` (past the lead's skip characters) is one the lead's `next` allows. */
function nextRunFits(lower: string, at: number, lead: DigitLeadLists): boolean {
  const { skip, orNumber } = lead.next!;
  const skipAscii = lead.skipAscii!;
  const n = lower.length;
  let i = at;
  for (; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? skipAscii[c] === 0 : !skip.test(lower[i]!)) break;
  }
  const start = i;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isLetterOrDigitAt(lower, i, c)) break;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  if (i === start) return false;
  const first = lower.charCodeAt(start);
  if (orNumber && first >= 48 && first <= 57) return true;
  return lead.nextRuns!.has(lower.slice(start, i));
}

/** Per lead list (by number), the ascending starts of the runs a match of its regexes may open with. */
type RunIndex = number[][];

let indexedText: string | undefined;
let index: RunIndex | undefined;

/**
 * The run index of the text, or undefined when the lower-case text does not line up with it
 * (see lowerCaseText) or the `iu` regexes read it otherwise (ſ matches "s").
 */
function runIndex(text: string): RunIndex | undefined {
  if (text === indexedText) return index;
  indexedText = text;
  index = undefined;
  const lower = lowerCaseText(text);
  if (lower === undefined || text.includes('\u017f')) return undefined;
  const hashes = leadHashes();
  const starts: number[][] = [];
  for (let l = 0; l < LEAD_LISTS.size; l++) starts.push([]);
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? ASCII_LETTER_OR_DIGIT[c] === 0 : !isLetterOrDigitAt(lower, i, c)) {
      i++;
      continue;
    }
    const start = i;
    let h = c;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (d < 128) {
        if (ASCII_LETTER_OR_DIGIT[d] === 0) break;
        i++;
      } else {
        if (!isLetterOrDigitAt(lower, i, d)) break;
        i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      h = hashStep(h, d);
    }
    if (c >= 48 && c <= 57) {
      let d = start + 1;
      while (d < i && lower.charCodeAt(d) >= 48 && lower.charCodeAt(d) <= 57) d++;
      const count = d - start;
      const after = d < n ? lower.charCodeAt(d) : -1;
      for (const lead of digitLeads) {
        if (count < lead.min || count > lead.max) continue;
        if (lead.then && (after < 0 || (after < 128 ? lead.thenAscii![after] === 0 : !lead.then.test(lower[d]!)))) continue;
        if (lead.next && !nextRunFits(lower, d, lead)) continue;
        addStart(starts, lead.lists, start);
      }
    } else if (i - start <= longestLead && leadHashBits[h & 0xffff] === 1) {
      const words = hashes.get(h);
      if (words) for (const w of words) if (w.word.length === i - start && lower.startsWith(w.word, start)) addStart(starts, w.lists, start);
    }
  }
  index = starts;
  return index;
}

/** Off, every regex walks the whole text as without leads: the tests compare both ways. */
let leadsOn = true;
export function useLeads(on: boolean): void {
  leadsOn = on;
}

/** Calls `each` on every match of `re` in the text, in order, as its global regex's `exec` would find them. */
export function eachMatch(text: string, re: DateRegex, each: (m: RegExpExecArray) => void): void {
  const list = leadsOn ? LEADS.get(re) : undefined;
  const ix = list !== undefined ? runIndex(text) : undefined;
  if (list !== undefined && ix) {
    const sticky = re.sticky;
    let from = 0;
    for (const at of ix[list]!) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      each(m);
      from = at + Math.max(1, m[0].length);
    }
    return;
  }
  const global = re.global;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    each(m);
    if (m[0].length === 0) global.lastIndex++;
  }
}

/** Runs `re` over the text and maps each match to a point (or skips it when `read` returns undefined). */
export function scan(
  text: string,
  re: DateRegex,
  rule: string,
  read: (m: RegExpExecArray) => { start: DatePoint; end?: DatePoint } | undefined,
): DateMatch[] {
  const out: DateMatch[] = [];
  eachMatch(text, re, (m) => {
    const expr = read(m);
    if (expr) out.push({ start: m.index, end: m.index + m[0].length, expr, rule });
  });
  return out;
}

/** A year as written: four digits, or two ('13) read by the resolver. */
export function yearPoint(y: string | undefined): Pick<DatePoint, 'year' | 'twoDigitYear'> {
  if (y === undefined) return {};
  return y.length === 2 ? { year: Number(y), twoDigitYear: true } : { year: Number(y) };
}

/**
 * A date regex (flags `giu`), compiled on first use rather than at import: the parsers hold dozens,
 * and building them all cost milliseconds of cold start, also for texts in other languages.
 */
export class DateRegex {
  private globalRe?: RegExp;
  private stickyRe?: RegExp;
  constructor(readonly source: string) {}
  /** The global regex, for a scan over the whole text. */
  get global(): RegExp {
    return (this.globalRe ??= new RegExp(this.source, 'giu'));
  }
  /** The same regex, sticky: tried at one position. */
  get sticky(): RegExp {
    return (this.stickyRe ??= new RegExp(this.source, 'iuy'));
  }
}

export const rx = (source: string): DateRegex => new DateRegex(source);
