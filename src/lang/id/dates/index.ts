import type { DateMatch, DatePoint } from '../../../dates/model.js';
import type { RuleContext } from '../../adapter.js';
import { calendarDates, readCalendar, decadeDates, monthDates, weekdayDates, yearDates } from './absolute.js';
import { holidays } from './holidays.js';
import { modifiedPeriods, ranges, yearParts } from './periods.js';
import { relativeDates } from './relative.js';
import { clockTimes } from './time.js';
import { E, PART_OF_DAY, partOfDayOf, type DateParser } from './vocab.js';

/** The Indonesian date grammar: small parsers, then joins (date + part of day + clock time) and tense cues. */
const PARSERS: readonly DateParser[] = [
  weekdayDates,
  calendarDates,
  monthDates,
  yearDates,
  decadeDates,
  relativeDates,
  yearParts,
  ranges,
  modifiedPeriods,
  holidays,
  clockTimes,
];

/** A calendar date in brackets: (17/10), (17/10/2023), (17 Oktober). */
const BRACKET_DATE_AFTER = /^\s*\(\s*(\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?|\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?)\s*\)/u;
const PART_OF_DAY_AFTER = new RegExp(`^\\s+${PART_OF_DAY}${E}`, 'iu');
/** What may stand between a date and its clock time: a space, a comma, a bar or a slash (timestamps: Jumat, 20 Juni 2025 / 11:05 WIB). */
const DATE_TIME_GAP = /^\s*[,|/]?\s*$/u;
/** Cues earlier in the sentence that put a date in the future (ANNOTATION.md: akan resolves forward). */
const FUTURE_CUE = /(?<![\p{L}])(akan|bakal|dijadwalkan|direncanakan|rencananya|berencana|hendak)(?![\p{L}])/iu;

const isDayLike = (p: DatePoint) =>
  p.hour === undefined &&
  (p.day !== undefined || p.weekday !== undefined || (p.relative?.unit === 'day' && p.partOfDay === undefined));
const isClock = (p: DatePoint) =>
  p.hour !== undefined && p.day === undefined && p.weekday === undefined && p.month === undefined && p.relative === undefined;

export function findDates(ctx: RuleContext): DateMatch[] {
  const text = ctx.text;
  const all = PARSERS.flatMap((parse) => parse(text));
  const kept = longestFirst(all).filter((m) => m.rule !== 'bare-clock' || joinsDate(m, all, text));
  const joined = joinParts(kept, text);
  return joined.filter((m) => m.rule !== 'bare-clock').map((m) => withTenseCue(m, text));
}

/** Non-overlapping matches, the longest first (ties: earlier start). */
function longestFirst(matches: readonly DateMatch[]): DateMatch[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: DateMatch[] = [];
  for (const m of sorted) if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

function joinsDate(clock: DateMatch, all: readonly DateMatch[], text: string): boolean {
  return all.some((d) => d.end <= clock.start && !d.expr.end && isDayLike(d.expr.start) && DATE_TIME_GAP.test(text.slice(d.end, clock.start)));
}

/** Joins a day with the part of day and the clock time written after it: Senin malam, 13 Mei 2024 10:15 WIB. */
function joinParts(matches: DateMatch[], text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    let m = matches[i]!;
    if (!m.expr.end && isDayLike(m.expr.start)) {
      const pod = PART_OF_DAY_AFTER.exec(text.slice(m.end));
      if (pod) m = { ...m, end: m.end + pod[0].length, expr: { start: { ...m.expr.start, partOfDay: partOfDayOf(pod[1]!) } } };
      // a weekday and its part of day, then the bracketed date: Selasa malam (17/10)
      if (pod && m.expr.start.weekday !== undefined && m.expr.start.day === undefined) {
        const br = BRACKET_DATE_AFTER.exec(text.slice(m.end, m.end + 40));
        const cal = br && readCalendar(br[1]!.replace(/\s+/gu, ' '));
        if (br && cal) {
          m = { ...m, end: m.end + br[0].length, expr: { start: { ...m.expr.start, ...cal } } };
          while (matches[i + 1] && matches[i + 1]!.start < m.end) i++;
        }
      }
      const next = matches[i + 1];
      if (next && !next.expr.end && isClock(next.expr.start) && DATE_TIME_GAP.test(text.slice(m.end, next.start))) {
        const c = next.expr.start;
        m = { ...m, end: next.end, rule: `${m.rule}+clock`, expr: { start: { ...m.expr.start, ...c, partOfDay: c.partOfDay ?? m.expr.start.partOfDay } } };
        if (m.expr.start.partOfDay === undefined) delete m.expr.start.partOfDay;
        i++;
      }
    }
    out.push(m);
  }
  return out;
}

/** A date with no year and no tense of its own, after "akan" in its sentence, is in the future. */
function withTenseCue(m: DateMatch, text: string): DateMatch {
  const p = m.expr.start;
  if (p.tense || p.year !== undefined || p.relative || p.decade !== undefined) return m;
  if (p.month === undefined && p.day === undefined && p.weekday === undefined) return m;
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  if (!FUTURE_CUE.test(sentence)) return m;
  return { ...m, expr: { ...m.expr, start: { ...p, tense: 'future' } } };
}
