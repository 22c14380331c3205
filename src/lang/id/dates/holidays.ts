import type { DatePoint } from '../../../dates/model.js';
import { lunarToSolar } from '../../../dates/lunar.js';
import { B, digitsThen, E, rx, scan, startingWith, type DateParser } from './vocab.js';

/**
 * Named holidays. Fixed ones are a month and day (Hari Kemerdekaan = 17 Agustus); Idul Fitri,
 * Idul Adha and Imlek move, so they are computed for the year written next to them (the
 * Islamic calendar through Intl's umalqura calendar, Indonesia's official dates where known, Imlek with lunar-javascript). A moving
 * holiday without a year is not dated: the grammar cannot know which year is meant.
 */
const FIXED: Array<[string, number, number]> = [
  ['(?:hari\\s+)?kemerdekaan(?:\\s+RI)?|HUT\\s+RI', 8, 17],
  ['(?:hari\\s+)?natal', 12, 25],
  ['tahun\\s+baru(?!\\s+(?:imlek|islam|hijriah|hijriyah|cina|china))', 1, 1],
];
const YEAR_AFTER = '(?:\\s+(?:tahun\\s+)?(\\d{4}))?';
/** The words a FIXED match opens with, in its order. */
const FIXED_LEADS = [['hari', 'kemerdekaan', 'hut'], ['hari', 'natal'], ['tahun']];
const FIXED_RE = FIXED.map(([words, month, day], i) => [startingWith(rx(`${B}(?:${words})${YEAR_AFTER}${E}`), FIXED_LEADS[i]!), month, day] as const);

/** Islamic holidays by (month, day) of the Hijri year. */
const ISLAMIC: Array<[string, number, number]> = [
  ['(?:hari\\s+raya\\s+)?(?:idul\\s*fitri|idulfitri|lebaran)', 10, 1],
  ['(?:hari\\s+raya\\s+)?(?:idul\\s*adha|iduladha)', 12, 10],
  ['tahun\\s+baru\\s+(?:islam|hijriah|hijriyah)', 1, 1],
];
/** The words an ISLAMIC match opens with, in its order (idul fitri is also written as one word). */
const ISLAMIC_LEADS = [['hari', 'idul', 'idulfitri', 'lebaran'], ['hari', 'idul', 'iduladha'], ['tahun']];
/** A year after an Islamic holiday, with its era mark: 1445 H, 1446 Hijriah, 2024 M, 2024 Masehi. */
const ERA = '(?:\\s+(H|Hijriah|Hijriyah|M|Masehi)(?![\\p{L}\\p{N}]))?';
const ISLAMIC_RE = ISLAMIC.map(([words, month, day], i) => [startingWith(rx(`${B}(?:${words})\\s+(?:tahun\\s+)?(\\d{4})${ERA}${E}`), ISLAMIC_LEADS[i]!), month, day] as const);

/** Hijri months (Indonesian spellings) by number. */
const HIJRI_MONTHS: Record<string, number> = {
  muharam: 1, muharram: 1, safar: 2, shafar: 2, sapar: 2,
  'rabiul awal': 3, "rabi'ul awal": 3, 'rabiulawal': 3, 'rabiul akhir': 4, "rabi'ul akhir": 4, 'rabiulakhir': 4, 'rabiul tsani': 4,
  'jumadil awal': 5, 'jumadilawal': 5, 'jumadil ula': 5, 'jumadil akhir': 6, 'jumadilakhir': 6, 'jumadil tsani': 6,
  rajab: 7, "sya'ban": 8, syaban: 8, "sya’ban": 8, ramadan: 9, ramadhan: 9, syawal: 10, syawwal: 10,
  zulkaidah: 11, "dzulqa'dah": 11, dzulqaidah: 11, zulqaidah: 11, "zulqa'dah": 11,
  zulhijah: 12, zulhijjah: 12, dzulhijjah: 12, dzulhijah: 12,
};
const hijriMonthOf = (s: string): number | undefined => HIJRI_MONTHS[s.toLowerCase().replace(/\s+/g, ' ')];
const HIJRI_MONTH = `(${Object.keys(HIJRI_MONTHS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})`;
/**
 * A Hijri calendar date: `1 Syawal 1446 H`, `10 Zulhijah 1445 Hijriah`, `1 Ramadan 1446`. The year is
 * Hijri when marked H / Hijriah, or unmarked and in the Hijri range of today's news (1300–1599);
 * the day is resolved to its Gregorian date.
 */
const HIJRI_DATE = startingWith(rx(`${B}(\\d{1,2})\\s+${HIJRI_MONTH}\\s+(?:tahun\\s+)?(\\d{4})(?:\\s+(H|Hijriah|Hijriyah)(?![\\p{L}\\p{N}]))?${E}`), [digitsThen(1, 2, /\s/u, { skip: /\s/u, words: Object.keys(HIJRI_MONTHS) })]);

const HIJRI_EPOCH = Date.UTC(622, 6, 19, 12);
const hijriCache = new Map<string, DatePoint | undefined>();
/** The Gregorian day of Hijri day `day` of month `month` of Hijri year `year` (Indonesia's official date where known, else Umm al-Qura as Intl reckons it). */
export function hijriToGregorian(year: number, month: number, day: number): DatePoint | undefined {
  const key = `${year}-${month}-${day}`;
  if (hijriCache.has(key)) return hijriCache.get(key);
  let found: DatePoint | undefined = day >= 1 && day <= 30 ? officialDay(year, month, day) : undefined;
  if (!found && month >= 1 && month <= 12 && day >= 1 && day <= 30) {
    const guess = HIJRI_EPOCH + ((year - 1) * 354.36667 + (month - 1) * 29.5306 + (day - 1)) * 86400000;
    for (let k = 0; k <= 40 && !found; k++) {
      const off = k % 2 === 0 ? k / 2 : -(k + 1) / 2;
      const d = new Date(guess + off * 86400000);
      const parts = hijri().formatToParts(d);
      const y = Number(parts.find((p) => p.type === 'year')?.value?.replace(/\D.*$/u, ''));
      const m = Number(parts.find((p) => p.type === 'month')?.value);
      const dd = Number(parts.find((p) => p.type === 'day')?.value);
      if (y === year && m === month && dd === day) found = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  hijriCache.set(key, found);
  return found;
}
/** A year written after an Islamic holiday or month is Hijri when marked so, or unmarked in the Hijri range. */
const isHijriYear = (year: number, mark: string | undefined): boolean =>
  mark ? /^h/iu.test(mark) : year >= 1300 && year < 1600;
const IMLEK = startingWith(rx(`${B}(?:tahun\\s+baru\\s+)?imlek\\s+(?:tahun\\s+)?(\\d{4})${E}`), ['tahun', 'imlek']);

let hijriFormat: Intl.DateTimeFormat | undefined;
/** Intl's Umm al-Qura calendar, made on first use: loading it costs milliseconds at import (cold start). */
const hijri = (): Intl.DateTimeFormat =>
  (hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }));
/**
 * Indonesia's official dates (Kemenag's sidang isbat) where they differ from, or must not drift from,
 * Umm al-Qura: [Hijri year, month, day] → Gregorian. Other days of these months are counted from them.
 */
const OFFICIAL: Array<[number, number, number, number, number, number]> = [
  // 1 Syawal (Idul Fitri)
  [1436, 10, 1, 2015, 7, 17], [1437, 10, 1, 2016, 7, 6], [1438, 10, 1, 2017, 6, 25], [1439, 10, 1, 2018, 6, 15],
  [1440, 10, 1, 2019, 6, 5], [1441, 10, 1, 2020, 5, 24], [1442, 10, 1, 2021, 5, 13], [1443, 10, 1, 2022, 5, 2],
  [1444, 10, 1, 2023, 4, 22], [1445, 10, 1, 2024, 4, 10], [1446, 10, 1, 2025, 3, 31],
  // 10 Zulhijah (Idul Adha)
  [1440, 12, 10, 2019, 8, 11], [1441, 12, 10, 2020, 7, 31], [1442, 12, 10, 2021, 7, 20], [1443, 12, 10, 2022, 7, 10],
  [1444, 12, 10, 2023, 6, 29], [1445, 12, 10, 2024, 6, 17], [1446, 12, 10, 2025, 6, 6],
];
/** The official Gregorian date of a Hijri day in a month the table anchors, else undefined. */
function officialDay(year: number, month: number, day: number): DatePoint | undefined {
  const row = OFFICIAL.find((r) => r[0] === year && r[1] === month);
  if (!row) return undefined;
  const d = new Date(Date.UTC(row[3], row[4] - 1, row[5], 12) + (day - row[2]) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const cache = new Map<string, DatePoint | undefined>();

/** The first Gregorian day of `year` that is day `day` of Hijri month `month`. */
export function islamicHoliday(year: number, month: number, day: number): DatePoint | undefined {
  const key = `${year}-${month}-${day}`;
  if (cache.has(key)) return cache.get(key);
  let found: DatePoint | undefined;
  const official = OFFICIAL.find((r) => r[3] === year && r[1] === month && r[2] === day);
  if (official) found = { year, month: official[4], day: official[5] };
  else for (let d = new Date(Date.UTC(year, 0, 1, 12)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const parts = hijri().formatToParts(d);
    const m = Number(parts.find((p) => p.type === 'month')?.value);
    const dd = Number(parts.find((p) => p.type === 'day')?.value);
    if (m === month && dd === day) {
      found = { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      break;
    }
  }
  cache.set(key, found);
  return found;
}

export const holidays: DateParser = (text) => [
  ...FIXED_RE.flatMap(([re, month, day]) =>
    scan(text, re, 'holiday', (m) => {
      // Natal and Tahun Baru are names: capitalised
      if (m[0][0] !== m[0][0]!.toUpperCase()) return undefined;
      return { start: { month, day, ...(m[1] ? { year: Number(m[1]) } : {}) } };
    }),
  ),
  ...ISLAMIC_RE.flatMap(([re, month, day]) =>
    scan(text, re, 'holiday', (m) => {
      const year = Number(m[1]);
      const p = isHijriYear(year, m[2]) ? hijriToGregorian(year, month, day) : islamicHoliday(year, month, day);
      return p ? { start: p } : undefined;
    }),
  ),
  ...scan(text, HIJRI_DATE, 'hijri', (m) => {
    const year = Number(m[3]);
    if (!isHijriYear(year, m[4])) return undefined;
    const p = hijriToGregorian(year, hijriMonthOf(m[2]!)!, Number(m[1]));
    return p ? { start: p } : undefined;
  }),
  ...scan(text, IMLEK, 'holiday', (m) => ({ start: lunarToSolar(Number(m[1]), 1, 1) })),
];
