import type { DateMod } from '../types.js';

/**
 * What a date grammar reads off the text, before resolution. Language grammars only fill these
 * fields; the shared resolver (`resolve.ts`) turns them into ISO values against the reference date.
 *
 * A point is: an optional relative anchor ("last week", "next year", "3 days ago"), then the
 * absolute fields written ("March", "20th", "Wednesday", "evening", "14:05"), finest last.
 */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type RelativeUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year' | 'decade' | 'century';

export interface DatePoint {
  /** Shift the reference by `offset` units (0 = this day/week/month/year), then apply the fields below. */
  relative?: { unit: RelativeUnit; offset: number };
  /** Absolute decade as written (`196` for the 1960s), or `decadeOfCentury` (6) under a relative century. */
  decade?: number;
  decadeOfCentury?: number;
  year?: number;
  /** True when the year was written with two digits ('19): the resolver picks the century nearest the reference. */
  twoDigitYear?: boolean;
  half?: 1 | 2;
  quarter?: 1 | 2 | 3 | 4;
  season?: Season;
  month?: number;
  /** ISO week number within the year. */
  week?: number;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday?: number;
  day?: number;
  /** A day of the lunisolar calendar (Tết = 1/1); the resolver finds its Gregorian date in the year. */
  lunar?: { month: number; day: number };
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  second?: number;
  mod?: DateMod;
  /** A tense cue next to the expression (lalu, mendatang, tới, 下, 上, will…): wins over the `prefer` policy. */
  tense?: 'past' | 'future';
}

export interface DateExpr {
  start: DatePoint;
  /** For ranges written as one expression; missing coarse fields are inherited from `start`. */
  end?: DatePoint;
}

/** A date found by a language grammar, in normalised-text offsets. */
export interface DateMatch {
  start: number;
  end: number;
  expr: DateExpr;
  /** Which grammar rule found it (for debugging and tests). */
  rule: string;
}
