// One module per function: importing the date-fns index would load all of date-fns at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { DateGrain, DateMod, Prefer } from '../types.js';
import type { DateExpr, DatePoint, PartOfDay, Season } from './model.js';
import { lunarToSolar } from './lunar.js';
import { daysInMonth, pad, type ReferenceDate } from './reference.js';

/** The value of one resolved date, exactly as ANNOTATION.md defines the DATE fields. */
export interface ResolvedDate {
  value: string;
  grain: DateGrain;
  mod?: DateMod;
  endValue?: string;
}

/** Calendar fields of a resolved point; missing fields are unknown (no reference date). */
interface Fields {
  year?: number;
  month?: number;
  day?: number;
  week?: number;
  weekYear?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  decade?: number;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  second?: number;
}

type Direction = 'past' | 'future' | 'nearest';

// Local noon keeps date-fns day arithmetic clear of DST midnight gaps.
const dayOf = (y: number, m: number, d: number): Date => new Date(y, m - 1, d, 12);
const fieldsOf = (date: Date): Fields => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
const refDay = (ref: ReferenceDate): Date => dayOf(ref.year, ref.month, ref.day);

/** The finest unit the expression names: it decides the precision of the value. */
export function grainOf(p: DatePoint): DateGrain {
  if (p.second !== undefined) return 'second';
  if (p.minute !== undefined) return 'minute';
  if (p.hour !== undefined) return 'hour';
  if (p.partOfDay !== undefined) return 'part-of-day';
  if (p.day !== undefined || p.weekday !== undefined || p.lunar !== undefined) return 'day';
  const unit = p.relative?.unit;
  if (p.month !== undefined) return 'month';
  if (p.week !== undefined) return 'week';
  if (p.quarter !== undefined) return 'quarter';
  if (p.half !== undefined) return 'half-year';
  if (p.season !== undefined) return 'season';
  if (p.year !== undefined) return 'year';
  if (p.decade !== undefined || p.decadeOfCentury !== undefined) return 'decade';
  switch (unit) {
    case 'day':
      return 'day';
    case 'week':
      return 'week';
    case 'month':
      return 'month';
    case 'quarter':
      return 'quarter';
    case 'half-year':
      return 'half-year';
    case 'year':
      return 'year';
    case 'decade':
    case 'century':
      return 'decade';
    default:
      // Only a time of day with nothing else: it is on the reference day.
      return 'day';
  }
}

function directionFor(kind: 'day' | 'weekday' | 'month', prefer: Prefer, tense: DatePoint['tense']): Direction {
  if (tense) return tense;
  if (prefer === 'news') return kind === 'month' ? 'nearest' : 'past';
  return prefer;
}

/** Picks among candidate [start, end] day intervals by direction relative to the reference day. */
function pick<T>(cands: Array<{ item: T; from: Date; to: Date }>, ref: Date, dir: Direction): T | undefined {
  if (cands.length === 0) return undefined;
  const distance = (c: { from: Date; to: Date }): number => {
    if (differenceInCalendarDays(ref, c.from) < 0) return differenceInCalendarDays(c.from, ref);
    if (differenceInCalendarDays(c.to, ref) < 0) return -differenceInCalendarDays(ref, c.to);
    return 0;
  };
  if (dir === 'past') {
    // The latest occurrence starting on or before the reference day.
    const ok = cands.filter((c) => differenceInCalendarDays(c.from, ref) <= 0);
    ok.sort((a, b) => b.from.getTime() - a.from.getTime());
    return (ok[0] ?? cands[0])!.item;
  }
  if (dir === 'future') {
    // The earliest occurrence ending on or after the reference day.
    const ok = cands.filter((c) => differenceInCalendarDays(c.to, ref) >= 0);
    ok.sort((a, b) => a.from.getTime() - b.from.getTime());
    return (ok[0] ?? cands[cands.length - 1])!.item;
  }
  // Nearest; a tie goes to the past.
  let best = cands[0]!;
  let bestD = distance(best);
  for (const c of cands.slice(1)) {
    const d = distance(c);
    if (Math.abs(d) < Math.abs(bestD) || (Math.abs(d) === Math.abs(bestD) && d < bestD)) {
      best = c;
      bestD = d;
    }
  }
  return best.item;
}

function twoDigitYear(yy: number, ref: ReferenceDate | undefined): number {
  const base = ref ? ref.year : 2000;
  const century = Math.floor(base / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  // The century that puts the year nearest the reference; years more than 10 ahead read as the past.
  return candidates.reduce((best, y) => {
    const score = (v: number) => (v - base > 10 ? 1000 + Math.abs(v - base) : Math.abs(v - base));
    return score(y) < score(best) ? y : best;
  });
}

/** Resolves the date part of a point (year … day) into fields. */
function resolveCalendar(p: DatePoint, ref: ReferenceDate | undefined, prefer: Prefer): Fields {
  const f: Fields = {};
  const rel = p.relative;
  if (rel && ref) {
    const today = refDay(ref);
    switch (rel.unit) {
      case 'day':
        return fieldsOf(addDays(today, rel.offset));
      case 'week': {
        const monday = addWeeks(startOfISOWeek(today), rel.offset);
        if (p.weekday !== undefined) return fieldsOf(addDays(monday, p.weekday - 1));
        return { week: getISOWeek(monday), weekYear: getISOWeekYear(monday) };
      }
      case 'month': {
        const first = addMonths(dayOf(ref.year, ref.month, 1), rel.offset);
        const out: Fields = { year: first.getFullYear(), month: first.getMonth() + 1 };
        if (p.day !== undefined) out.day = p.day;
        return out;
      }
      case 'quarter': {
        const q = ref.year * 4 + Math.floor((ref.month - 1) / 3) + rel.offset;
        return { year: Math.floor(q / 4), quarter: (q % 4) + 1 };
      }
      case 'half-year': {
        const h = ref.year * 2 + (ref.month > 6 ? 1 : 0) + rel.offset;
        return { year: Math.floor(h / 2), half: (h % 2) + 1 };
      }
      case 'year':
        return withinYear(p, ref.year + rel.offset, ref, prefer);
      case 'decade':
        return { decade: Math.floor(ref.year / 10) + rel.offset };
      case 'century': {
        const century = Math.floor(ref.year / 100) + rel.offset;
        return { decade: century * 10 + (p.decadeOfCentury ?? 0) };
      }
    }
  }
  if (rel && !ref) return f; // relative without a reference: unknown
  if (p.year !== undefined) return withinYear(p, p.twoDigitYear ? twoDigitYear(p.year, ref) : p.year, ref, prefer);
  if (p.decade !== undefined) return { decade: p.decade };
  if (!ref) {
    // Partial date without a reference: keep what is written, the rest stays unknown (X).
    if (p.month !== undefined) f.month = p.month;
    if (p.day !== undefined) f.day = p.day;
    if (p.quarter !== undefined) f.quarter = p.quarter;
    if (p.half !== undefined) f.half = p.half;
    if (p.season !== undefined) f.season = p.season;
    return f;
  }
  const today = refDay(ref);
  if (p.lunar !== undefined) {
    // A lunar day without a year: the occurrence picked like a day and month (nearest for news).
    const lunar = p.lunar;
    const cands = [ref.year - 1, ref.year, ref.year + 1].map((y) => {
      const s = lunarToSolar(y, lunar.month, lunar.day);
      const d = dayOf(s.year, s.month, s.day);
      return { item: d, from: d, to: d };
    });
    return fieldsOf(pick(cands, today, directionFor('month', prefer, p.tense))!);
  }
  if (p.month !== undefined) {
    const years = [ref.year - 1, ref.year, ref.year + 1];
    if (p.day !== undefined) {
      let cands = years
        .filter((y) => p.day! <= daysInMonth(y, p.month!))
        .map((y) => ({ item: y, from: dayOf(y, p.month!, p.day!), to: dayOf(y, p.month!, p.day!) }));
      if (p.weekday !== undefined) {
        // A weekday written with its date fixes the year.
        const agreeing = cands.filter((c) => getISODay(c.from) === p.weekday);
        if (agreeing.length > 0) cands = agreeing;
      }
      const y = pick(cands, today, directionFor('month', prefer, p.tense)) ?? ref.year;
      return { year: y, month: p.month, day: p.day };
    }
    const cands = years.map((y) => ({ item: y, from: dayOf(y, p.month!, 1), to: dayOf(y, p.month!, daysInMonth(y, p.month!)) }));
    return { year: pick(cands, today, directionFor('month', prefer, p.tense)) ?? ref.year, month: p.month };
  }
  if (p.day !== undefined) {
    const cands: Array<{ item: Date; from: Date; to: Date }> = [];
    for (let k = -2; k <= 1; k++) {
      const first = addMonths(dayOf(ref.year, ref.month, 1), k);
      const y = first.getFullYear();
      const m = first.getMonth() + 1;
      if (p.day <= daysInMonth(y, m)) {
        const d = dayOf(y, m, p.day);
        if (p.weekday === undefined || getISODay(d) === p.weekday) cands.push({ item: d, from: d, to: d });
      }
    }
    const d = pick(cands, today, directionFor('day', prefer, p.tense));
    return d ? fieldsOf(d) : { day: p.day };
  }
  if (p.weekday !== undefined) {
    const cands: Array<{ item: Date; from: Date; to: Date }> = [];
    for (let k = -7; k <= 7; k++) {
      const d = addDays(today, k);
      if (getISODay(d) === p.weekday) cands.push({ item: d, from: d, to: d });
    }
    // "Selasa lalu" / "下周二"-style cues said on that very weekday mean the other week, not today.
    const pool = p.tense ? cands.filter((c) => differenceInCalendarDays(c.from, today) !== 0) : cands;
    return fieldsOf(pick(pool, today, directionFor('weekday', prefer, p.tense))!);
  }
  if (p.week !== undefined) {
    const d = setISOWeek(today, p.week);
    return { week: p.week, weekYear: getISOWeekYear(d) };
  }
  if (p.quarter !== undefined || p.half !== undefined || p.season !== undefined) {
    return withinYear(p, ref.year, ref, prefer);
  }
  // A bare time of day: on the reference day.
  return { year: ref.year, month: ref.month, day: ref.day };
}

/** Fields inside a known year: month (+day), week, quarter, half-year, season. */
function withinYear(p: DatePoint, year: number, ref: ReferenceDate | undefined, prefer: Prefer): Fields {
  if (p.lunar !== undefined) return fieldsOf(((s) => dayOf(s.year, s.month, s.day))(lunarToSolar(year, p.lunar.month, p.lunar.day)));
  const f: Fields = { year };
  if (p.month !== undefined) {
    f.month = p.month;
    if (p.day !== undefined) f.day = p.day;
  } else if (p.week !== undefined) {
    const d = setISOWeek(dayOf(year, 7, 1), p.week);
    if (p.weekday !== undefined) return fieldsOf(addDays(startOfISOWeek(d), p.weekday - 1));
    return { week: p.week, weekYear: year };
  } else if (p.quarter !== undefined) f.quarter = p.quarter;
  else if (p.half !== undefined) f.half = p.half;
  else if (p.season !== undefined) f.season = p.season;
  else if (p.day !== undefined && ref) {
    // "the 20th" of a year with no month cannot be placed; fall back to the reference month.
    f.month = ref.month;
    f.day = p.day;
  }
  void prefer;
  return f;
}

/** The 24-hour clock hour, reading a 12-hour hour through its part of day (下午三点 → 15). */
function clockHour(hour: number, pod: PartOfDay | undefined): number {
  if (hour >= 12 || pod === undefined) return hour;
  if (pod === 'AF' || pod === 'EV') return hour + 12;
  if (pod === 'MI' && hour < 6) return hour + 12;
  if (pod === 'NI' && hour >= 6) return hour + 12;
  return hour;
}

const X = (width: number) => 'X'.repeat(width);

function format(f: Fields, grain: DateGrain): string {
  const y = f.year !== undefined ? pad(f.year, 4) : X(4);
  const m = f.month !== undefined ? pad(f.month) : X(2);
  const d = f.day !== undefined ? pad(f.day) : X(2);
  switch (grain) {
    case 'decade':
      return f.decade !== undefined ? String(f.decade) : X(3);
    case 'year':
      return y;
    case 'half-year':
      return `${y}-H${f.half ?? 'X'}`;
    case 'season':
      return `${y}-${f.season ?? 'XX'}`;
    case 'quarter':
      return `${y}-Q${f.quarter ?? 'X'}`;
    case 'month':
      return `${y}-${m}`;
    case 'week':
      return f.week !== undefined ? `${pad(f.weekYear ?? f.year ?? 0, 4)}-W${pad(f.week)}` : `${X(4)}-W${X(2)}`;
    case 'day':
      return `${y}-${m}-${d}`;
    case 'part-of-day':
      return `${y}-${m}-${d}T${f.partOfDay ?? 'XX'}`;
    case 'hour':
      return `${y}-${m}-${d}T${pad(f.hour ?? 0)}`;
    case 'minute':
      return `${y}-${m}-${d}T${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}`;
    case 'second':
      return `${y}-${m}-${d}T${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}:${pad(f.second ?? 0)}`;
  }
}

function resolvePoint(p: DatePoint, ref: ReferenceDate | undefined, prefer: Prefer): { fields: Fields; grain: DateGrain } {
  const grain = grainOf(p);
  const fields = resolveCalendar(p, ref, prefer);
  if (p.partOfDay !== undefined) fields.partOfDay = p.partOfDay;
  if (p.hour !== undefined) fields.hour = clockHour(p.hour, p.partOfDay);
  if (p.minute !== undefined) fields.minute = p.minute;
  if (p.second !== undefined) fields.second = p.second;
  return { fields, grain };
}

/** The end of a range inherits the coarse fields it does not write from the resolved start. */
function inheritFromStart(end: DatePoint, start: Fields): DatePoint {
  if (end.relative || end.year !== undefined || end.decade !== undefined || start.year === undefined) return end;
  const e: DatePoint = { ...end, year: start.year };
  const writesDate = end.month !== undefined || end.day !== undefined || end.weekday !== undefined;
  if (end.month === undefined && end.day !== undefined && start.month !== undefined) e.month = start.month;
  // "周一至周五": a bare weekday ends the range in the start's week (or the week after, if it came earlier).
  if (end.weekday !== undefined && end.month === undefined && end.day === undefined && start.month !== undefined && start.day !== undefined) {
    const from = dayOf(start.year, start.month, start.day);
    let d = addDays(startOfISOWeek(from), end.weekday - 1);
    if (differenceInCalendarDays(d, from) < 0) d = addWeeks(d, 1);
    return { ...end, year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  if (!writesDate && start.month !== undefined && start.day !== undefined && (end.hour !== undefined || end.partOfDay !== undefined)) {
    e.month = start.month;
    e.day = start.day;
  }
  return e;
}

/** Resolves a grammar's expression against the reference date under a `prefer` policy. */
export function resolveDate(expr: DateExpr, ref: ReferenceDate | undefined, prefer: Prefer): ResolvedDate {
  const start = resolvePoint(expr.start, ref, prefer);
  const out: ResolvedDate = { value: format(start.fields, start.grain), grain: start.grain };
  if (expr.start.mod) out.mod = expr.start.mod;
  if (expr.end) {
    let endPoint = inheritFromStart(expr.end, start.fields);
    let end = resolvePoint(endPoint, ref, prefer);
    // "12月28日至1月3日": an end before its start, with an inherited year, is in the next year.
    if (endPoint !== expr.end && end.fields.year !== undefined && compare(end.fields, start.fields) < 0 && expr.end.year === undefined) {
      endPoint = { ...endPoint, year: end.fields.year + 1 };
      end = resolvePoint(endPoint, ref, prefer);
    }
    out.endValue = format(end.fields, end.grain);
  }
  return out;
}

function compare(a: Fields, b: Fields): number {
  const key = (f: Fields) => [f.year ?? 0, f.month ?? 0, f.day ?? 0, f.hour ?? 0, f.minute ?? 0];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return 0;
}
