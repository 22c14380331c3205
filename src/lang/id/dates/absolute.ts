import type { DatePoint } from '../../../dates/model.js';
import {
  B,
  E,
  MONTH,
  MONTH_FULL,
  digitsThen,
  THEN_MONTH,
  MONTH_FULL_LEADS,
  WEEKDAY_FULL_LEADS,
  WEEKDAY_LEADS,
  startingWith,
  QUALIFIER,
  WEEKDAY_ANY,
  WEEKDAY_FULL,
  YEAR,
  monthOf,
  qualifierOffset,
  qualifierTense,
  rx,
  scan,
  weekdayOf,
  yearPoint,
  type DateParser,
} from './vocab.js';

/** Calendar dates: 4 November 2013, 4/11/2013, 2013-11-04, Senin (4/11), Sabtu, 2 November, April 2010, tahun 2014, 1940-an. */

const TANGGAL = '(?:(?:tanggal|tgl\\.?)\\s+)?';
/** A calendar date written in words or digits, without capture groups (for composition). */
const CAL_WORDS = `\\d{1,2}\\s+${MONTH.replace('(', '(?:')}(?:\\s+\\d{4})?`;
const CAL_NUMERIC = '\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?(?!/?\\d)|\\d{1,2}-\\d{1,2}-\\d{4}';

const WORDS_RE = new RegExp(`^(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?$`, 'iu');
const NUMERIC_RE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?$/u;

/** Reads a calendar date written alone (the text of CAL_WORDS or CAL_NUMERIC). */
export function readCalendar(s: string): DatePoint | undefined {
  let m = WORDS_RE.exec(s);
  if (m) {
    const day = Number(m[1]);
    return validDay(day, monthOf(m[2]!)) ? { ...yearPoint(m[3]), month: monthOf(m[2]!), day } : undefined;
  }
  m = NUMERIC_RE.exec(s);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    return validDay(day, month) ? { ...yearPoint(m[3]), month, day } : undefined;
  }
  return undefined;
}

const validDay = (day: number, month: number | undefined): boolean => month !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** `Senin (4/11/2013)`, `Sabtu (2 November)`, `Senin, 13 Mei 2024`, `hari Kamis`, `Senin lalu`. */
const WEEKDAY_WITH_DATE = startingWith(rx(`${B}(?:hari\\s+)?${WEEKDAY_ANY}(?:\\s*\\(\\s*(${CAL_WORDS}|${CAL_NUMERIC})\\s*\\)|\\s*,?\\s+(${CAL_WORDS}|${CAL_NUMERIC}))(?:\\s+${QUALIFIER})?${E}`), ['hari', ...WEEKDAY_LEADS]);
const WEEKDAY_ALONE = startingWith(rx(`(?<!(?:setiap|tiap|saban)\\s+(?:hari\\s+)?)${B}(hari\\s+)?${WEEKDAY_FULL}(?:\\s+${QUALIFIER})?${E}`), ['hari', ...WEEKDAY_FULL_LEADS]);

export const weekdayDates: DateParser = (text) => [
  ...scan(text, WEEKDAY_WITH_DATE, 'weekday+date', (m) => {
    const cal = readCalendar((m[2] ?? m[3]!).replace(/\s+/g, ' '));
    if (!cal) return undefined;
    // a qualifier after the date (Jumat (18/11) lalu) gives the tense when no year is written
    const tense = cal.year === undefined ? qualifierTense(m[4]) : undefined;
    return { start: { ...cal, weekday: weekdayOf(m[1]!), ...(tense ? { tense } : {}) } };
  }),
  ...scan(text, WEEKDAY_ALONE, 'weekday', (m) => {
    const word = m[2]!;
    // Minggu is also "week": as a weekday it is capitalised, or follows "hari", and takes no week qualifier
    if (word.toLowerCase() === 'minggu' && !m[1] && (word[0] !== 'M' || m[3] !== undefined)) return undefined;
    const q = m[3];
    if (q && qualifierOffset(q) === 0) return { start: { relative: { unit: 'week', offset: 0 }, weekday: weekdayOf(word) } };
    const tense = qualifierTense(q);
    return { start: { weekday: weekdayOf(word), ...(tense ? { tense } : {}) } };
  }),
];

/** `4 November 2013`, `tanggal 2 November lalu`, `4/11/2013`, `tanggal 5`, `2013-11-04`. */
/** `setiap 9 Agustus` is a recurring set, no date (ANNOTATION.md). */
const DAY_MONTH = startingWith(rx(`(?<!(?:setiap|tiap|saban)\\s+)${B}${TANGGAL}(${CAL_WORDS})(?:\\s+${QUALIFIER})?${E}`), ['tanggal', 'tgl', digitsThen(1, 2, /\s/u, THEN_MONTH)]);
const NUMERIC_FULL = startingWith(rx(`${B}${TANGGAL}(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}-\\d{4})(?![/\\d])${E}`), ['tanggal', 'tgl', digitsThen(1, 2, /[/-]/u)]);
const NUMERIC_SHORT = startingWith(rx(`${B}(?:tanggal|tgl\\.?)\\s+(\\d{1,2}/\\d{1,2})(?![/\\d])${E}`), ['tanggal', 'tgl']);
const DAY_ONLY = startingWith(rx(`${B}(?:tanggal|tgl\\.?)\\s+(\\d{1,2})(?:\\s+${QUALIFIER})?(?![/.,:]?\\d)${E}`), ['tanggal', 'tgl']);
/** `2013-11-04`, and an ISO timestamp `2025-09-03T14:20:00+07:00` (the zone offset inside the span, not in the value). */
const ISO = startingWith(rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${E}`), [digitsThen(4, 4, /-/u)]);

export const calendarDates: DateParser = (text) => [
  ...scan(text, DAY_MONTH, 'day-month', (m) => {
    const cal = readCalendar(m[1]!.replace(/\s+/g, ' '));
    if (!cal) return undefined;
    const q = m[2];
    if (q && cal.year === undefined && qualifierOffset(q) === 0) return { start: { ...cal, relative: { unit: 'year', offset: 0 } } };
    const tense = cal.year === undefined ? qualifierTense(q) : undefined;
    return { start: { ...cal, ...(tense ? { tense } : {}) } };
  }),
  ...scan(text, NUMERIC_FULL, 'numeric', (m) => {
    const cal = readCalendar(m[1]!);
    return cal ? { start: cal } : undefined;
  }),
  ...scan(text, NUMERIC_SHORT, 'numeric', (m) => {
    const cal = readCalendar(m[1]!);
    return cal ? { start: cal } : undefined;
  }),
  ...scan(text, DAY_ONLY, 'day', (m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return undefined;
    const tense = qualifierTense(m[2]);
    return { start: { day, ...(tense ? { tense } : {}) } };
  }),
  ...scan(text, ISO, 'iso', (m) => {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!validDay(day, month)) return undefined;
    const start: DatePoint = { year: Number(m[1]), month, day };
    if (m[4] !== undefined) {
      const hour = Number(m[4]);
      const minute = Number(m[5]);
      if (hour > 24 || minute > 59 || Number(m[6] ?? 0) > 59) return undefined;
      start.hour = hour;
      start.minute = minute;
      if (m[6] !== undefined) start.second = Number(m[6]);
    }
    return { start };
  }),
];

/** `April 2010`, `bulan April`, `April mendatang`, `Maret lalu`, `bulan Mei tahun 2013`. A month alone is capitalised. */
const MONTH_YEAR = startingWith(rx(`(?<!(?:setiap|tiap|saban)\\s+(?:\\d{1,2}\\s+)?)${B}(bulan\\s+)?${MONTH_FULL}(?:\\s+(?:tahun\\s+)?${YEAR}|\\s+${QUALIFIER})?${E}`), ['bulan', ...MONTH_FULL_LEADS]);

export const monthDates: DateParser = (text) =>
  scan(text, MONTH_YEAR, 'month', (m) => {
    const word = m[2]!;
    if (!m[1] && !m[3] && word[0] === word[0]!.toLowerCase()) return undefined;
    const month = monthOf(word)!;
    if (m[3]) return { start: { year: Number(m[3]), month } };
    const q = m[4];
    if (q && qualifierOffset(q) === 0) return { start: { relative: { unit: 'year', offset: 0 }, month } };
    const tense = qualifierTense(q);
    return { start: { month, ...(tense ? { tense } : {}) } };
  });

/** Prepositions after which a bare four-digit number is a year (the preposition stays outside). */
const YEAR_CUES = 'pada|sejak|hingga|sampai|dari|per|menjelang|jelang|pasca|sebelum|setelah|sesudah|sepanjang|selama|awal|akhir|pertengahan|medio|penghujung|di|era|tahun|thn\\.?|hingga|antara|ke';
const YEAR_EXPR = startingWith(rx(`${B}(?:(tahun(?:\\s+(?:anggaran|fiskal))?|thn\\.?)\\s+|(?<=(?:${YEAR_CUES})\\s+))${YEAR}(?:\\s*(?:[-–/]|sampai|hingga)\\s*${YEAR})?(?!\\s*[-–]?\\s*an${E})(?![.,]\\d|\\s*%)${E}(?:\\s+${QUALIFIER}(?=\\s|$|[.,;:!?)]))?`), ['tahun', 'thn', digitsThen(4, 4)]);
const YEAR_RANGE = startingWith(rx(`${B}${YEAR}\\s*[-–/]\\s*${YEAR}${E}`), [digitsThen(4, 4, /[\s/\-–]/u, { skip: /[\s/\-–]/u, words: [], orNumber: true })]);

/** The Hijri era mark after a year: 1446 H, 1445 Hijriah (a Gregorian year is marked M, Masehi). */
export const HIJRI_MARK_AFTER = /^\s*(?:H|Hijriah|Hijriyah|Hijriya)(?![\p{L}\p{N}])/u;

/** A Hijri month name ending right before a year. */
const HIJRI_MONTH_BEFORE = /(?:syaw(?:w)?al|ramadh?an|muharr?am|safar|rajab|sya['’]?ban|d?zulhijj?ah|d?zulq(?:a['’]?)?(?:i)?dah|zulkaidah|(?:rabi['’]?ul|jumadil)\s*(?:awal|akhir|ula|tsani))\s+$/iu;

const plausibleYear = (y: number) => y >= 1000 && y <= 2199;

export const yearDates: DateParser = (text) => [
  ...scan(text, YEAR_EXPR, 'year', (m) => {
    const year = Number(m[2]);
    if (!plausibleYear(year)) return undefined;
    // a year marked H / Hijriah is a Hijri year, never a Gregorian one (1446 H)
    const yearEnd = m.index + m[0].lastIndexOf(m[3] ?? m[2]!) + 4;
    if (HIJRI_MARK_AFTER.test(text.slice(yearEnd, yearEnd + 12))) return undefined;
    // so is a year after a Hijri month (Syawal 1446, Rabiul Awal 1445): "awal" there is no year cue
    if (HIJRI_MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
    const end = m[3] ? Number(m[3]) : undefined;
    if (end !== undefined && !(end > year && plausibleYear(end))) return undefined;
    return end !== undefined ? { start: { year }, end: { year: end } } : { start: { year } };
  }).map((d) => {
    // a trailing qualifier on a written year adds nothing; keep it out of the span
    const s = text.slice(d.start, d.end);
    const q = /\s+(?:yang\s+lalu|yang\s+akan\s+datang|lalu|silam|kemarin|mendatang|depan|ini|nanti)$/iu.exec(s);
    return q ? { ...d, end: d.end - q[0].length } : d;
  }),
  ...scan(text, YEAR_RANGE, 'year-range', (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return plausibleYear(a) && b > a && b - a <= 50 && a >= 1900 ? { start: { year: a }, end: { year: b } } : undefined;
  }),
];

/** `1940-an`, `tahun 1990-an`, `era 90-an`. */
const DECADE_SUFFIX = { skip: /[\s-]/u, words: ['an'] };
const DECADE = startingWith(rx(`${B}(?:(?:tahun|era|dekade|dasawarsa)\\s+)?(\\d{4}|\\d{2})\\s*-?\\s*an${E}`), [
  'tahun',
  'era',
  'dekade',
  'dasawarsa',
  digitsThen(2, 2, /[\s\-a]/iu, DECADE_SUFFIX),
  digitsThen(4, 4, /[\s\-a]/iu, DECADE_SUFFIX),
]);

export const decadeDates: DateParser = (text) =>
  scan(text, DECADE, 'decade', (m) => {
    const n = Number(m[1]);
    if (m[1]!.length === 4) return n % 10 === 0 && plausibleYear(n) ? { start: { decade: n / 10 } } : undefined;
    if (n % 10 !== 0) return undefined;
    return { start: { decade: (n >= 30 ? 1900 : 2000) / 10 + n / 10 } };
  });
