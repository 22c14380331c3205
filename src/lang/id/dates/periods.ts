import type { DateMatch, DatePoint } from '../../../dates/model.js';
import type { DateMod } from '../../../types.js';
import { HIJRI_MARK_AFTER } from './absolute.js';
import {
  B,
  DAY,
  E,
  MONTH,
  MONTH_FULL,
  digitsThen,
  THEN_MONTH,
  eachMatch,
  MONTH_FULL_LEADS,
  startingWith,
  ORDINAL,
  QUALIFIER,
  YEAR,
  monthOf,
  ordinalOf,
  qualifierOffset,
  qualifierTense,
  rx,
  scan,
  type DateParser,
} from './vocab.js';

/** Parts of years and ranges: kuartal III 2013, semester I, musim panas, 5-6 Agustus 2024, Januari-Maret 2013, awal/akhir + period. */

/** The year after a period: `2013`, `tahun 2013`, `tahun ini/lalu/depan`. */
/** `-2025` glued by a hyphen (semester II-2025, kuartal I-2025) is the year too. */
const YEAR_TAIL = `(?:(?:\\s+(?:tahun\\s+)?|-)${YEAR}|\\s+tahun\\s+${QUALIFIER})?`;

function yearTail(year: string | undefined, qualifier: string | undefined): Partial<DatePoint> {
  if (year) return { year: Number(year) };
  if (qualifier) return { relative: { unit: 'year', offset: qualifierOffset(qualifier) } };
  return {};
}

const QUARTER = startingWith(rx(`${B}(?:kuartal|kwartal|triwulan)\\s+(?:ke-?)?${ORDINAL}${YEAR_TAIL}${E}`), ['kuartal', 'kwartal', 'triwulan']);
const HALF = startingWith(rx(`${B}(?:semester|paruh)\\s+(?:ke-?)?${ORDINAL}${YEAR_TAIL}${E}`), ['semester', 'paruh']);
const SEASONS: Record<string, DatePoint['season']> = { semi: 'SP', panas: 'SU', gugur: 'FA', dingin: 'WI' };
const SEASON = startingWith(rx(`${B}musim\\s+(semi|panas|gugur|dingin)${YEAR_TAIL}${E}`), ['musim']);

export const yearParts: DateParser = (text) => [
  ...scan(text, QUARTER, 'quarter', (m) => {
    const q = ordinalOf(m[1]!);
    return q && q <= 4 ? { start: { quarter: q as 1 | 2 | 3 | 4, ...yearTail(m[2], m[3]) } } : undefined;
  }),
  ...scan(text, HALF, 'half-year', (m) => {
    const h = ordinalOf(m[1]!);
    return h && h <= 2 ? { start: { half: h as 1 | 2, ...yearTail(m[2], m[3]) } } : undefined;
  }),
  ...scan(text, SEASON, 'season', (m) => ({ start: { season: SEASONS[m[1]!.toLowerCase()], ...yearTail(m[2], m[3]) } })),
];

/** A range's connector; `dan` joins two dates, not a range (pada 5 dan 6 Mei: two spans). */
const CONNECTOR = '(?:\\s*[-–]\\s*|\\s+(?:sampai|hingga|s\\.d\\.?|s/d|sd)\\s+)';
const TANGGAL = '(?:(?:tanggal|tgl\\.?)\\s+)?';
/** `5-6 Agustus 2024`, `5 sampai 7 Desember`. */
const DAY_RANGE = startingWith(rx(`${B}${TANGGAL}${DAY}${CONNECTOR}${DAY}\\s+${MONTH}(?:\\s+${YEAR}|\\s+${QUALIFIER})?${E}`), ['tanggal', 'tgl', digitsThen(1, 2, /[\s\-–]/u, { skip: /[\s\-–]/u, words: ['sampai', 'hingga', 's', 'sd'], orNumber: true })]);
/** `5 dan 6 Mei`, `3, 4 dan 5 Juni 2024`: the bare days before the last date take its month and year. */
const DAY_LIST = startingWith(rx(`${B}${TANGGAL}((?:\\d{1,2}\\s*,\\s*)*\\d{1,2})\\s*,?\\s+(?:dan|serta|atau)\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR}|\\s+${QUALIFIER})?${E}`), ['tanggal', 'tgl', digitsThen(1, 2, /[\s,]/u, { skip: /[\s,]/u, words: ['dan', 'serta', 'atau'], orNumber: true })]);
/** `28 Desember 2012 - 3 Januari 2013`, `30 Juli hingga 2 Agustus`. */
const DAY_MONTH_RANGE = startingWith(rx(`${B}${TANGGAL}${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${CONNECTOR}${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${E}`), ['tanggal', 'tgl', digitsThen(1, 2, /\s/u, THEN_MONTH)]);
/** `Januari-Maret 2013`, `April hingga Juni`. */
const MONTH_RANGE = startingWith(rx(`${B}(?:bulan\\s+)?${MONTH_FULL}${CONNECTOR}${MONTH_FULL}(?:\\s+${YEAR})?${E}`), ['bulan', ...MONTH_FULL_LEADS]);

const okDay = (d: number) => d >= 1 && d <= 31;

/** Each bare day of a list (`5` in `5 dan 6 Mei`) as its own date; the last one is found by the day-month parser. */
function dayLists(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  eachMatch(text, DAY_LIST, (m) => {
    const month = monthOf(m[3]!);
    const last = Number(m[2]);
    if (month === undefined || !okDay(last)) return;
    const year = m[4] ? { year: Number(m[4]) } : {};
    const tense = m[4] ? undefined : qualifierTense(m[5]);
    const listStart = m.index + m[0].indexOf(m[1]!);
    for (const d of m[1]!.matchAll(/\d{1,2}/gu)) {
      const day = Number(d[0]);
      if (!okDay(day) || day >= last) continue;
      const start = listStart + d.index!;
      out.push({ start, end: start + d[0].length, rule: 'day-list', expr: { start: { ...year, month, day, ...(tense ? { tense } : {}) } } });
    }
  });
  return out;
}

export const ranges: DateParser = (text) => [
  ...scan(text, DAY_RANGE, 'day-range', (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!okDay(a) || !okDay(b) || b <= a) return undefined;
    const month = monthOf(m[3]!);
    const year = m[4] ? { year: Number(m[4]) } : {};
    const tense = m[4] ? undefined : qualifierTense(m[5]);
    return { start: { ...year, month, day: a, ...(tense ? { tense } : {}) }, end: { day: b } };
  }),
  ...dayLists(text),
  ...scan(text, DAY_MONTH_RANGE, 'day-month-range', (m) => {
    const [a, ma, ya, b, mb, yb] = [Number(m[1]), monthOf(m[2]!)!, m[3], Number(m[4]), monthOf(m[5]!)!, m[6]];
    if (!okDay(a) || !okDay(b)) return undefined;
    // a year written only at the end also dates the start (a year earlier across New Year)
    const startYear = ya ? Number(ya) : yb ? Number(yb) - (ma > mb ? 1 : 0) : undefined;
    const start: DatePoint = { month: ma, day: a, ...(startYear !== undefined ? { year: startYear } : {}) };
    const end: DatePoint = { month: mb, day: b, ...(yb ? { year: Number(yb) } : {}) };
    return { start, end };
  }),
  ...scan(text, MONTH_RANGE, 'month-range', (m) => {
    const ma = monthOf(m[1]!)!;
    const mb = monthOf(m[2]!)!;
    if (mb <= ma || (m[0][0] === m[0][0]!.toLowerCase() && !/^bulan/i.test(m[0]))) return undefined;
    const year = m[3] ? { year: Number(m[3]) } : {};
    return { start: { ...year, month: ma }, end: { month: mb } };
  }),
];

/** awal / pertengahan / akhir + a month, a year or a relative period: the mod of ANNOTATION.md. */
const MODS: Record<string, DateMod> = {
  awal: 'START', permulaan: 'START', pertengahan: 'MID', medio: 'MID', akhir: 'END', penghujung: 'END', ujung: 'END',
};
const MOD_WORD = '(awal|permulaan|pertengahan|medio|akhir|penghujung|ujung)';
const MOD_TARGET = [
  // a month with its year or a qualifier (pertengahan September ini, akhir Juni lalu)
  `(?:bulan\\s+)?${MONTH_FULL}(?:\\s+(?:tahun\\s+)?${YEAR}|\\s+${QUALIFIER}(?=\\s|$|[.,;:!?)]))?`, // 2-4
  `(?:tahun\\s+)?${YEAR}(?!\\s*-?\\s*an)`, // 5
  `(tahun|bulan|pekan|minggu)(?:\\s+${QUALIFIER})?`, // 6-7
  `(?:tahun\\s+|era\\s+|dekade\\s+)?(\\d{4}|\\d{2})\\s*-?\\s*an`, // 8
].join('|');
const MODDED = startingWith(rx(`${B}${MOD_WORD}\\s+(?:${MOD_TARGET})${E}`), ['awal', 'permulaan', 'pertengahan', 'medio', 'akhir', 'penghujung', 'ujung']);

export const modifiedPeriods: DateParser = (text) =>
  scan(text, MODDED, 'mod', (m) => {
    const mod = MODS[m[1]!.toLowerCase()]!;
    if (m[2]) {
      const month = monthOf(m[2])!;
      if (m[3]) return { start: { month, mod, year: Number(m[3]) } };
      const q = m[4];
      if (q && qualifierOffset(q) === 0) return { start: { relative: { unit: 'year', offset: 0 }, month, mod } };
      const tense = qualifierTense(q);
      return { start: { month, mod, ...(tense ? { tense } : {}) } };
    }
    if (m[5]) {
      // Rabiul Awal 1446, Jumadil Akhir 1445 H: a Hijri month and year, no Gregorian one
      const end = m.index + m[0].length;
      if (HIJRI_MARK_AFTER.test(text.slice(end, end + 12)) || /(?:rabi['’]?ul|jumadil)\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      return { start: { year: Number(m[5]), mod } };
    }
    if (m[6]) {
      const unit = m[6].toLowerCase();
      // "akhir pekan" is the weekend, not the end of a week
      if ((unit === 'pekan' || unit === 'minggu') && (m[1]!.toLowerCase() === 'akhir' || !m[7])) return undefined;
      const offset = m[7] ? qualifierOffset(m[7]) : 0;
      const u = unit === 'tahun' ? 'year' : unit === 'bulan' ? 'month' : 'week';
      return { start: { relative: { unit: u, offset }, mod } };
    }
    if (m[8]) {
      const n = Number(m[8]);
      if (n % 10 !== 0) return undefined;
      const decade = m[8].length === 4 ? n / 10 : (n >= 30 ? 190 : 200) + n / 10;
      return { start: { decade, mod } };
    }
    return undefined;
  });
