import type { DatePoint } from '../../../dates/model.js';
import { lunarToSolar } from '../../../dates/lunar.js';
import { B, E, rx, scan, startingWith, type DateParser } from './vocab.js';

/**
 * Named holidays. Fixed ones are a month and day (Hari Kemerdekaan = 17 Agustus); Idul Fitri,
 * Idul Adha and Imlek move, so they are computed for the year written next to them (the
 * Islamic calendar through Intl's umalqura calendar, Imlek with lunar-javascript). A moving
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
const ISLAMIC_RE = ISLAMIC.map(([words, month, day], i) => [startingWith(rx(`${B}(?:${words})\\s+(?:tahun\\s+)?(\\d{4})${E}`), ISLAMIC_LEADS[i]!), month, day] as const);
const IMLEK = startingWith(rx(`${B}(?:tahun\\s+baru\\s+)?imlek\\s+(?:tahun\\s+)?(\\d{4})${E}`), ['tahun', 'imlek']);

const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric' });
const cache = new Map<string, DatePoint | undefined>();

/** The first Gregorian day of `year` that is day `day` of Hijri month `month`. */
export function islamicHoliday(year: number, month: number, day: number): DatePoint | undefined {
  const key = `${year}-${month}-${day}`;
  if (cache.has(key)) return cache.get(key);
  let found: DatePoint | undefined;
  for (let d = new Date(Date.UTC(year, 0, 1, 12)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const parts = hijri.formatToParts(d);
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
      const p = islamicHoliday(Number(m[1]), month, day);
      return p ? { start: p } : undefined;
    }),
  ),
  ...scan(text, IMLEK, 'holiday', (m) => ({ start: lunarToSolar(Number(m[1]), 1, 1) })),
];
