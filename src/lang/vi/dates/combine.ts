import type { DateMatch, DatePoint } from '../../../dates/model.js';
import { parseBlocks, type Block, type ParseInput, type Strength } from './components.js';

/**
 * Joins the grammar's blocks into whole date expressions, the way chrono-node's refiners do:
 * adjacent blocks unite ("ngày 2" + "tháng 3" + "năm 2011", "sáng" + "6/8", "10h" + "sáng nay"),
 * a weekday takes its bracketed date ("Thứ Bảy (2/11)"), two dates around "đến" form a range,
 * and a tense cue after or before the expression fixes its direction.
 */

interface Expr extends Block {
  /** Parts of the expression, for the strength rule. */
  parts: number;
  ranged: boolean;
}

/** Every Expr is built here, with one set of properties in one order (monomorphic loops below). */
function exprOf(start: number, end: number, point: DatePoint, strength: Strength, rule: string, end2: DatePoint | undefined, parts: number, ranged: boolean): Expr {
  return { start, end, point, strength, rule, end2, parts, ranged };
}

const STRENGTH_RANK: Record<Strength, number> = { date: 3, weak: 2, mod: 1, pod: 0 };

/** Non-overlapping blocks: longest first, then the stronger reading. */
function selectBlocks(blocks: Block[]): Block[] {
  const sorted = [...blocks].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || a.start - b.start,
  );
  const kept: Block[] = [];
  // characters already covered by a kept block (blocks are short: marking them is linear)
  let last = 0;
  for (const b of sorted) if (b.end > last) last = b.end;
  const covered = new Uint8Array(last);
  for (const b of sorted) {
    let free = true;
    for (let i = b.start; i < b.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, b.start, b.end);
    kept.push(b);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const has = (p: DatePoint, k: keyof DatePoint) => p[k] !== undefined;
const CALENDAR: Array<keyof DatePoint> = ['year', 'month', 'day', 'weekday', 'quarter', 'half', 'season', 'decade', 'decadeOfCentury', 'week', 'lunar'];
const CLOCK: Array<keyof DatePoint> = ['hour', 'minute', 'second'];

/** Whether two points describe one date when written side by side. */
function compatible(a: DatePoint, b: DatePoint): boolean {
  for (const k of [...CALENDAR, ...CLOCK, 'partOfDay', 'mod', 'relative'] as Array<keyof DatePoint>) if (has(a, k) && has(b, k)) return false;
  const u = { ...a, ...b };
  const rel = u.relative?.unit;
  // "hôm qua 2/3" without brackets, "tuần trước tháng 3": two anchors for one date
  if (rel === 'day' && CALENDAR.some((k) => has(u, k))) return false;
  if (rel === 'week' && CALENDAR.some((k) => k !== 'weekday' && has(u, k))) return false;
  if (rel === 'month' && CALENDAR.some((k) => k !== 'day' && has(u, k))) return false;
  if ((rel === 'quarter' || rel === 'half-year' || rel === 'decade' || rel === 'century') && CALENDAR.some((k) => has(u, k) && k !== 'decadeOfCentury')) return false;
  if (rel === 'year' && (has(u, 'year') || has(u, 'decade'))) return false;
  // a modifier (đầu/cuối) qualifies a month, year, quarter or decade, not a day
  if (u.mod !== undefined && !has(u, 'partOfDay') && (has(u, 'day') || has(u, 'weekday') || CLOCK.some((k) => has(u, k)) || rel === 'day')) return false;
  // a lone part of day and a lone modifier do not make a date together
  if (Object.keys(u).every((k) => k === 'partOfDay' || k === 'mod')) return false;
  return true;
}

function uniteStrength(a: Expr, b: Expr): Strength {
  if (a.strength === 'date' || b.strength === 'date') return 'date';
  const solid = [a, b].filter((e) => e.strength === 'weak').length;
  if (solid === 2) return 'date';
  // "sáng 6/8", "10 giờ sáng": a part of day makes a weak block a date; "cuối" does not
  if (solid === 1 && (a.strength === 'pod' || b.strength === 'pod')) return 'date';
  return solid === 1 ? 'weak' : a.strength === 'mod' || b.strength === 'mod' ? 'mod' : 'pod';
}

const JOIN_GAP = /^[ \u00a0]*$/u;
/** "Thứ Ba, 26/02/2019", "26/02/2019, 10:15", "ngày 2/3 lúc 8h": a weekday or clock time joins across these. */
const SOFT_GAP = /^[ \u00a0]*(?:,|-|–|lúc|vào lúc|,[ \u00a0]*lúc)?[ \u00a0]*$/u;
const RANGE_GAP = /^[ \u00a0]*(?:đến|tới|cho đến|cho tới|-|–|—)[ \u00a0]*$/u;
const OPEN_BRACKET = /^[ \u00a0]*\([ \u00a0]*$/u;
const CLOSE_BRACKET = /^[ \u00a0]*\)/u;

const isClockOrWeekday = (p: DatePoint) => (p.hour !== undefined || p.weekday !== undefined) && p.year === undefined;

function unite(a: Expr, b: Expr, key: string): Expr | undefined {
  const gap = key.slice(a.end, b.start);
  if (a.ranged || b.ranged) return undefined;
  // "hôm qua (12/8)", "Thứ Bảy (2/11)": the bracketed date is the value, the span takes both
  if (OPEN_BRACKET.test(gap) && (a.point.weekday !== undefined || a.point.relative?.unit === 'day') && b.point.day !== undefined) {
    const close = CLOSE_BRACKET.exec(key.slice(b.end));
    if (!close) return undefined;
    const point: DatePoint = { ...b.point };
    if (a.point.weekday !== undefined) point.weekday = a.point.weekday;
    if (a.point.partOfDay !== undefined) point.partOfDay = a.point.partOfDay;
    // "9h30 sáng mai (18/6)": the clock time stays with the bracketed date
    for (const k of CLOCK) if (a.point[k] !== undefined && point[k] === undefined) (point as Record<string, unknown>)[k] = a.point[k];
    return exprOf(a.start, b.end + close[0].length, point, 'date', `${a.rule}+${b.rule}`, a.end2, a.parts + b.parts, a.ranged);
  }
  const soft = isClockOrWeekday(a.point) || isClockOrWeekday(b.point);
  const softOk = soft && SOFT_GAP.test(gap) && (a.strength === 'date' || b.strength === 'date') && a.strength !== 'pod' && a.strength !== 'mod';
  if (!(JOIN_GAP.test(gap) || softOk)) return undefined;
  if (!compatible(a.point, b.point)) return undefined;
  return exprOf(a.start, b.end, { ...a.point, ...b.point }, uniteStrength(a, b), `${a.rule}+${b.rule}`, undefined, a.parts + b.parts, false);
}

/** "ngày 5 đến 6/8/2024": the start takes the month and year its end writes. */
function range(a: Expr, b: Expr, key: string): Expr | undefined {
  if (a.ranged || b.ranged || !RANGE_GAP.test(key.slice(a.end, b.start))) return undefined;
  if (a.strength === 'pod' || a.strength === 'mod' || b.strength === 'pod' || b.strength === 'mod') return undefined;
  if (a.strength !== 'date' && b.strength !== 'date') return undefined;
  const start: DatePoint = { ...a.point };
  const end: DatePoint = { ...b.point };
  if (start.relative || end.relative) return undefined;
  // both ends must name the same kind of unit, finest first ("ngày 5" – "6/8", "tháng 3" – "tháng 5")
  if (start.day !== undefined && end.day === undefined) return undefined;
  if (start.month !== undefined && end.month === undefined && end.day === undefined) return undefined;
  if (start.year === undefined && end.year !== undefined) start.year = end.year;
  if (start.month === undefined && start.day !== undefined && end.month !== undefined) start.month = end.month;
  return exprOf(a.start, b.end, start, 'date', `${a.rule}..${b.rule}`, end, a.parts + b.parts, true);
}

const FUTURE_AFTER = /^[ \u00a0]+(sắp[ \u00a0]+tới|tới[ \u00a0]+đây|tới)(?=$|[ \u00a0]*[,.;:!?)"”]|[ \u00a0]+(?:sẽ|là|tại|ở|và|theo|khi|nhằm|để|của|với|trong|này|có|được|các|mới)(?![\p{L}\p{M}]))/u;
const PAST_AFTER = /^[ \u00a0]+(vừa[ \u00a0]+qua)(?![\p{L}\p{M}])/u;
const WEEKDAY_AFTER = /^[ \u00a0]+(qua|trước|này)(?![\p{L}\p{M}])/u;
const MONTH_THIS = /^[ \u00a0]+(này)(?![\p{L}\p{M}])/u;

/**
 * A time zone written after a clock time ("10:35 (GMT+7)", "17:20 GMT+7", "8h UTC"): part of the
 * span (ANNOTATION.md: "a time-zone word (WIB)"), not of the value (no offsets in values).
 */
const ZONE = '(?:gmt|utc|ict)(?:[ \\u00a0]*[+\u2212-][ \\u00a0]*\\d{1,2}(?::?\\d{2})?)?';
const ZONE_AFTER = new RegExp(`^[ \\u00a0]*(?:\\([ \\u00a0]*${ZONE}[ \\u00a0]*\\)|${ZONE}(?![\\p{L}\\p{N}\\p{M}]))`, 'u');

function takeZoneAfter(e: Expr, key: string): void {
  const last = e.end2 ?? e.point;
  if (last.hour === undefined) return;
  // a cheap test first: a zone starts with g, u, i or a bracket within two characters
  const c = key.slice(e.end, e.end + 3);
  if (!/[gui(]/.test(c)) return;
  const m = ZONE_AFTER.exec(key.slice(e.end, e.end + 24));
  if (m) e.end += m[0].length;
}

/** Takes a tense cue written after the expression into its span ("tháng 2 vừa qua", "thứ Hai tới"). */
function takeCueAfter(e: Expr, key: string): void {
  const p = e.point;
  if (e.ranged || p.relative || p.year !== undefined || p.decade !== undefined || p.tense) return;
  if (!(p.day !== undefined || p.month !== undefined || p.weekday !== undefined || p.quarter !== undefined || p.season !== undefined || p.lunar !== undefined)) return;
  const rest = key.slice(e.end);
  let m: RegExpExecArray | null;
  if ((m = PAST_AFTER.exec(rest))) p.tense = 'past';
  else if ((m = FUTURE_AFTER.exec(rest))) p.tense = 'future';
  else if (p.weekday !== undefined && p.day === undefined && (m = WEEKDAY_AFTER.exec(rest))) {
    if (m[1] === 'này') p.relative = { unit: 'week', offset: 0 };
    else p.tense = 'past';
  } else if (p.day === undefined && p.weekday === undefined && (m = MONTH_THIS.exec(rest))) p.relative = { unit: 'year', offset: 0 };
  if (!m) return;
  e.end += m[0].length;
  if (e.strength === 'weak') e.strength = 'date';
}

const FUTURE_BEFORE = /(?:sẽ|sắp|dự kiến|dự định|chuẩn bị|kế hoạch|lên lịch)/gu;
const PAST_BEFORE = /(?:đã|vừa|từng|hồi)/gu;
/**
 * Words that open a new clause or an event noun between a tense word and the date, so the tense
 * word governs another verb: "dự kiến thảo luận về vụ … phóng tên lửa hôm 18-11", "sẽ … khi …".
 */
const CLAUSE_BREAK = /(?<![\p{L}\p{M}])(?:vụ|khi|kể[ \u00a0]+từ|mà|vốn)(?![\p{L}\p{M}])/u;
/** How far back a tense word may stand in the same sentence ("sẽ cử đoàn dự triển lãm … vào tháng 12"). */
const CUE_WINDOW = 120;

/** A tense word earlier in the clause ("sẽ … vào ngày 5/3", "đã … ngày 5/3") sets the direction. */
function cueBefore(e: Expr, key: string): void {
  const p = e.point;
  if (p.relative || p.year !== undefined || p.decade !== undefined || p.tense) return;
  let from = Math.max(0, e.start - CUE_WINDOW);
  const clause = key.slice(from, e.start);
  const stop = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf('\n'), clause.lastIndexOf('!'), clause.lastIndexOf('?'));
  from += stop + 1;
  const window = key.slice(from, e.start);
  let best = -1;
  let tense: 'past' | 'future' | undefined;
  for (const [re, t] of [
    [FUTURE_BEFORE, 'future'],
    [PAST_BEFORE, 'past'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const before = window[m.index - 1];
      const after = window[m.index + m[0].length];
      if ((before && /[\p{L}\p{M}]/u.test(before)) || (after && /[\p{L}\p{M}]/u.test(after))) continue;
      if (m.index > best) {
        best = m.index;
        tense = t;
      }
    }
  }
  if (tense && CLAUSE_BREAK.test(window.slice(best))) tense = undefined;
  if (tense) {
    p.tense = tense;
    if (e.end2 && !e.end2.year && !e.end2.relative) e.end2.tense = tense;
  }
}

/** The Vietnamese date grammar over a normalised text. */
export function findViDates(input: ParseInput): DateMatch[] {
  const key = input.key;
  let exprs: Expr[] = selectBlocks(parseBlocks(input)).map((b) =>
    exprOf(b.start, b.end, { ...b.point }, b.strength, b.rule, b.end2, 1, b.end2 !== undefined),
  );
  // unite neighbours until nothing changes (left to right, so "ngày 2" + "tháng 3" + "năm 2011");
  // a join only makes a new pair with the expression before it, so the scan steps back one, not to 0
  for (const join of [unite, range]) {
    const joinedExprs: Expr[] = [];
    for (const e of exprs) {
      let current = e;
      for (;;) {
        const prev = joinedExprs[joinedExprs.length - 1];
        const joined = prev && join(prev, current, key);
        if (!joined) break;
        joinedExprs.pop();
        current = joined;
      }
      joinedExprs.push(current);
    }
    exprs = joinedExprs;
  }
  for (const e of exprs) {
    takeCueAfter(e, key);
    takeZoneAfter(e, key);
  }
  exprs = exprs.filter((e) => e.strength === 'date');
  const out: DateMatch[] = [];
  for (const e of exprs) {
    cueBefore(e, key);
    out.push({ start: e.start, end: e.end, expr: e.end2 ? { start: e.point, end: e.end2 } : { start: e.point }, rule: e.rule });
  }
  return out;
}
