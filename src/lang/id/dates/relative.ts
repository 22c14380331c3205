import type { DatePoint, RelativeUnit } from '../../../dates/model.js';
import {
  B,
  digitsThen,
  THEN_UNIT,
  E,
  NUMBER,
  NUMBER_LEADS,
  PART_OF_DAY,
  PART_OF_DAY_LEADS,
  QUALIFIER,
  UNIT,
  UNIT_LEADS,
  numberOf,
  partOfDayOf,
  qualifierOffset,
  rx,
  scan,
  startingWith,
  unitOf,
  type DateParser,
} from './vocab.js';

/** Dates relative to the document's day: kemarin, besok, hari ini, pekan lalu, tahun depan, tiga hari lalu, tadi malam. */

const DEICTIC_DAYS: Array<[string, number]> = [
  ['kemarin\\s+lusa', -2],
  ['kemarin', -1],
  ['hari\\s+ini', 0],
  ['esok\\s+hari', 1],
  ['besok', 1],
  ['esok', 1],
  ['lusa', 2],
];
const DEICTIC_WORDS = DEICTIC_DAYS.map(([w]) => w);
const DEICTIC = startingWith(rx(`${B}(${DEICTIC_WORDS.join('|')})${E}`), DEICTIC_WORDS);
const DEICTIC_READ = DEICTIC_DAYS.map(([w, offset]) => [new RegExp(`^${w}$`), offset] as const);

/** `tadi malam`, `semalam` (last night); `tadi pagi`, `pagi ini`, `malam ini`, `pagi tadi` (today). */
const LAST_NIGHT = startingWith(rx(`${B}(?:tadi\\s+malam|semalam)${E}`), ['tadi', 'semalam']);
const TODAY_PART = startingWith(rx(`${B}(?:tadi\\s+${PART_OF_DAY}|${PART_OF_DAY}\\s+(?:ini|tadi))${E}`), ['tadi', ...PART_OF_DAY_LEADS]);

/** `pekan lalu`, `bulan depan`, `tahun ini`, `kuartal lalu`, `minggu kemarin`. */
const UNIT_QUALIFIED = startingWith(rx(`${B}${UNIT}\\s+${QUALIFIER}${E}`), UNIT_LEADS);
/** `tiga hari lalu`, `2 tahun silam`, `sepekan lalu`, `dua minggu lagi`. Durations (selama/dalam …) are no dates. */
const COUNTED = startingWith(rx(`(?<!(?:selama|dalam|sejak|setiap|tiap)\\s+)${B}(?:${NUMBER}\\s+${UNIT}|se(hari|pekan|minggu|bulan|tahun))\\s+(yang\\s+lalu|lalu|silam|lagi|mendatang|yang\\s+akan\\s+datang)${E}`), [
  digitsThen(1, 3, /\s/u, THEN_UNIT),
  ...NUMBER_LEADS,
  ...['hari', 'pekan', 'minggu', 'bulan', 'tahun'].map((u) => `se${u}`),
]);

const rel = (unit: RelativeUnit, offset: number, extra: Partial<DatePoint> = {}): { start: DatePoint } => ({
  start: { relative: { unit, offset }, ...extra },
});

export const relativeDates: DateParser = (text) => [
  ...scan(text, DEICTIC, 'deictic', (m) => {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const hit = DEICTIC_READ.find(([re]) => re.test(key));
    return hit ? rel('day', hit[1]) : undefined;
  }),
  ...scan(text, LAST_NIGHT, 'last-night', () => rel('day', -1, { partOfDay: 'EV' })),
  ...scan(text, TODAY_PART, 'today-part', (m) => rel('day', 0, { partOfDay: partOfDayOf(m[1] ?? m[2]!) })),
  ...scan(text, UNIT_QUALIFIED, 'unit+qualifier', (m) => {
    const unit = unitOf(m[1]!);
    const offset = qualifierOffset(m[2]!);
    // "hari lalu/depan" needs a count; "hari ini" is deictic
    if (unit === 'day') return undefined;
    // Minggu capitalised mid-sentence is Sunday (the weekday grammar reads it)
    if (m[1] === 'Minggu' && !/(^|[.!?\n]\s*)$/.test(text.slice(0, m.index))) return undefined;
    return rel(unit, offset);
  }),
  ...scan(text, COUNTED, 'counted', (m) => {
    const n = m[1] !== undefined ? numberOf(m[1]) : 1;
    const unit = unitOf(m[2] ?? m[3]!);
    if (n === undefined || n === 0) return undefined;
    const back = /lalu|silam/i.test(m[4]!);
    return rel(unit, back ? -n : n);
  }),
];
