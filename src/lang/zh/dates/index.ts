import type { DateMatch, DatePoint } from '../../../dates/model.js';
import type { RuleContext } from '../../adapter.js';
import { NUMERAL_CHARS } from './numerals.js';
import { mayStartDate, parsePoint, type Parsed } from './point.js';

/** Characters a date can start with: digits, numerals and the first characters of date words (all in the BMP). */
const START_CHARS = `0123456789${NUMERAL_CHARS}今昨明前后大去本上下这次来元情妇植愚劳青儿建教国万平圣春端七中重腊龙凌清早正午傍晚夜深半第周星礼夏秋冬年月民农`;
let startTable: Uint8Array | undefined;

/** A flag per UTF-16 code unit, built on first use: whether a date may start with it. */
function dateStarts(): Uint8Array {
  if (!startTable) {
    startTable = new Uint8Array(0x10000);
    for (let i = 0; i < START_CHARS.length; i++) startTable[START_CHARS.charCodeAt(i)] = 1;
  }
  return startTable;
}

/** Written right before a number, these make it something other than a date (每年3月, 第二日, 近三天). */
const NOT_AFTER = /(?:每|每年|每月|每周|每逢|每年的|每月的|第|近|数|几|逐|隔|首|前|后|连续|最近|过去|未来)$/u;
/** Written right before a word date, these make it a recurring set (每年冬季, 每月上旬). */
const RECURRING_BEFORE = /每(?:年|月|周|星期)(?:的)?$/u;
/** Written right after, these make it a duration or a count (四年来, 三天以来, 3天内). */
const NOT_BEFORE = /^(?:来|以来|之内|以内|内|间|多|余|左右的时间)/u;
/**
 * 1941年以来, 2017年来华, 9月以来: after a written year (or decade, or a month in digits) 来/以来 is "since" or a verb,
 * and the expression still names that year or month; only counts (四年以来, 三天来) are durations.
 */
function sinceNamedDate(text: string, at: number, first: Parsed): boolean {
  if (!/^(?:来|以来)/u.test(text.slice(first.end, first.end + 2))) return false;
  const p = first.point;
  // 上世纪70年代末以来, 年初以来, 去年年底以来: a decade of a named century, or a year's start, middle or end, is a
  // point the time since is counted from (今年以来 and 三天来 stay durations).
  if (p.relative?.unit === 'century' && p.decadeOfCentury !== undefined) return true;
  if (p.relative?.unit === 'year' && p.mod !== undefined && p.month === undefined) return true;
  if (p.relative !== undefined) return false;
  if ((p.year !== undefined && !p.twoDigitYear) || p.decade !== undefined) return true;
  return p.month !== undefined && /^[0-9]/u.test(text.slice(at, first.end));
}
const MEDIA_AFTER_DAY = /^(?:俄罗斯|头条|美国|中国|说法|关注|焦点|之星|黄花|报|新闻)/u;
const ANAPHORIC_DAY = /(?:当天|当日|同日|同一天|次日|翌日|这天|那天|当晚|前一天|第二天)$/u;
const RANGE_CONNECTOR = /^\s?(至|到|—|–|-|~|～|－|——)\s?/u;
/** Tense cues before a date: 将于, 定于, 将在 (future); 于 alone says nothing. */
const FUTURE_CUE = /(?:(?<![上大中少准名主老武猛干战])将|将于|将在|将会|定于|拟于|计划于|计划在|预计于|预计在|预定于|订于|即将于|计划|预计|预定|拟|打算|准备于|明年|下周)(?:当地时间|北京时间)?$/u;
/**
 * A future verb phrase before a day or weekday: 将出席周日的早餐会, 计划下周…, 预计周五抵达; the cue and a verb of
 * one or two characters (将出席, 将前往, 定于本…), not 将军 or a rank (上将6日 is a past report).
 */
const FUTURE_VERB_CUE = /(?:(?<![上大中少准名主老武猛干战])将|将要|将会|计划|预计|预定|定于|拟|准备|打算|即将)(?:出席|参加|举行|召开|前往|抵达|访问|出访|启程|会见|会晤|参观|主持|发表|发布|公布|进行|开始|举办|飞往|赴|到访|返回|离开|结束|签署|投票|宣布)(?:于|在)?$/u;
/** A 4-digit year without 年 (2016韩朝经济): accepted only before a Chinese word that is not a unit. */
const BARE_YEAR = /(?<!\d)(?<!\d[.:/-])((?:19|20)\d{2})(?=[\p{Script=Han}])(?![年月日号元万亿千百个名人件次多余岁米吨号届家辆架枚条项位分秒])/uy;

const isAsciiAlnum = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);
const isNumeral = (c: string | undefined) => c !== undefined && NUMERAL_CHARS.includes(c);

/** Finds the dates in a normalised Chinese text. */
export function findDates(ctx: Pick<RuleContext, 'text'>): DateMatch[] {
  const text = ctx.text;
  const out: DateMatch[] = [];
  const starts = dateStarts();
  for (let i = 0; i < text.length; ) {
    const may = starts[text.charCodeAt(i)] === 1 && mayStartDate(text, i);
    // 每周星期二22:00: a recurring set is skipped whole, so no part of it (the clock time) is read as a date.
    const recurring = may ? recurringEnd(text, i) : undefined;
    if (recurring !== undefined) {
      i = recurring;
      continue;
    }
    const found = may ? matchAt(text, i) : undefined;
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/**
 * The end of a recurring set starting at `at` (每周一, 每逢周末, 每年冬季, 每月上旬, 每周星期二22:00), or undefined:
 * recurring sets are not dates.
 */
function recurringEnd(text: string, at: number): number | undefined {
  const prev = text[at - 1];
  const recurring =
    prev === '每' || (prev === '逢' && text[at - 2] === '每') || (!startsAsNumber(text, at) && RECURRING_BEFORE.test(text.slice(Math.max(0, at - 4), at)));
  if (!recurring) return undefined;
  const p = parsePoint(text, at);
  if (!p) return undefined;
  // 每天上午11:00～11:30: the set's range end is part of it.
  const conn = RANGE_CONNECTOR.exec(text.slice(p.end, p.end + 4));
  const second = conn ? parsePoint(text, p.end + conn[0].length) : undefined;
  return second ? second.end : p.end;
}

function startsAsNumber(text: string, at: number): boolean {
  return /[0-9]/.test(text[at]!) || isNumeral(text[at]);
}

function matchAt(text: string, at: number): DateMatch | undefined {
  const before = text.slice(Math.max(0, at - 4), at);
  const prev = text[at - 1];
  const number = startsAsNumber(text, at);
  if (number) {
    if (isAsciiAlnum(prev)) return undefined;
    if ((prev === '.' || prev === '-' || prev === ':' || prev === '/') && /[0-9]/.test(text[at - 2] ?? '')) return undefined;
    if (isNumeral(text[at]) && isNumeral(prev)) return undefined;
    if (NOT_AFTER.test(before)) return undefined;
  } else if (ANAPHORIC_DAY.test(before)) {
    // 当天下午, 次日凌晨: a part of day anchored to a day named earlier is anaphoric (optional in gold); left alone.
    return undefined;
  }
  const first = parsePoint(text, at) ?? bareYear(text, at);
  if (!first) return undefined;
  // 今日俄罗斯, 今日头条, 明日之星: a day word that starts a name.
  if (/^(?:今日|明日|昨日)$/u.test(text.slice(at, first.end)) && MEDIA_AFTER_DAY.test(text.slice(first.end, first.end + 3))) return undefined;
  if (NOT_BEFORE.test(text.slice(first.end, first.end + 5)) && !sinceNamedDate(text, at, first)) return undefined;
  if (/[0-9]/.test(text[first.end] ?? '') && !/[日号月年]$/.test(text.slice(at, first.end))) return undefined;
  let end = first.end;
  let rule = 'point';
  const expr: { start: DatePoint; end?: DatePoint } = { start: first.point };
  // A date in brackets after a day word, which dates it; the week or day word says on which side of today it lies.
  // 周六(11月1日), 上周五(20日): a weekday; 昨日(8日), 昨天（8日）: a relative day (one expression either way).
  const rel = first.point.relative;
  const weekday = first.point.weekday !== undefined && (!rel || rel.unit === 'week');
  const relativeDay = rel?.unit === 'day' && first.point.hour === undefined;
  const bracket = (weekday || relativeDay) && first.point.day === undefined ? /^\s?[((]/u.exec(text.slice(end, end + 2)) : null;
  const inner = bracket ? bracketedDay(text, end + bracket[0].length) : undefined;
  if (inner) {
    expr.start = weekday
      ? { ...inner.point, weekday: first.point.weekday }
      : { ...inner.point, ...(first.point.partOfDay && inner.point.partOfDay === undefined ? { partOfDay: first.point.partOfDay } : {}) };
    if (rel && rel.offset !== 0 && isPartial(expr.start)) expr.start.tense = rel.offset < 0 ? 'past' : 'future';
    end = inner.end;
    rule = weekday ? 'weekday-with-date' : 'relative-day-with-date';
  }
  // Ranges written as one expression: 8月5日至6日, 3月到5月, 5日-6日.
  const conn = RANGE_CONNECTOR.exec(text.slice(end, end + 4));
  if (conn && rule === 'point') {
    const second = parsePoint(text, end + conn[0].length);
    if (second && compatibleRangeEnd(first.point, second.point) && !/^(?:来|以来)/u.test(text.slice(second.end, second.end + 2))) {
      expr.end = second.point;
      end = second.end;
      rule = 'range';
    }
  }
  const cueWindow = text.slice(Math.max(0, at - 8), at);
  if ((FUTURE_CUE.test(cueWindow) || FUTURE_VERB_CUE.test(cueWindow)) && isPartial(expr.start)) {
    expr.start = { ...expr.start, tense: 'future' };
    if (expr.end) expr.end = { ...expr.end, tense: 'future' };
  }
  return { start: at, end, expr, rule };
}

/** A bracketed date's inside at `at` (11月1日 of 周六(11月1日)): an absolute day then the closing bracket, its end past it. */
function bracketedDay(text: string, at: number): Parsed | undefined {
  const inner = parsePoint(text, at);
  if (!inner || inner.point.day === undefined || inner.point.relative !== undefined || !/^[))]/u.test(text.slice(inner.end, inner.end + 1))) return undefined;
  return { end: inner.end + 1, point: inner.point };
}

function bareYear(text: string, at: number): Parsed | undefined {
  BARE_YEAR.lastIndex = at;
  const m = BARE_YEAR.exec(text);
  return m ? { end: at + m[0].length, point: { year: Number(m[1]) } } : undefined;
}

/** A date without its year or a relative anchor: tense cues decide which occurrence it is. */
function isPartial(p: DatePoint): boolean {
  return p.year === undefined && p.relative === undefined && p.decade === undefined;
}

/** The end of a range names the same kind of thing, no coarser than what the start names. */
function compatibleRangeEnd(start: DatePoint, end: DatePoint): boolean {
  if (end.relative && !start.relative) return false;
  const fine = (p: DatePoint) =>
    p.second !== undefined || p.minute !== undefined || p.hour !== undefined
      ? 4
      : p.day !== undefined || p.weekday !== undefined
        ? 3
        : p.month !== undefined
          ? 2
          : p.year !== undefined || p.relative
            ? 1
            : 0;
  const fs = fine(start);
  const fe = fine(end);
  if (fe === 0) return false;
  if (fs === 4) return fe >= 3;
  return fe === fs;
}
