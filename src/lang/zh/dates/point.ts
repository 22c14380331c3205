import type { DatePoint } from '../../../dates/model.js';
import { FULL_YEAR, parseNumber, SMALL_NUMBER } from './numerals.js';
import { FIXED_HOLIDAYS, LUNAR_HOLIDAYS, PARTS_OF_DAY, RELATIVE_DAYS, RELATIVE_PREFIX, RELATIVE_YEARS, SEASONS, WEEKDAYS } from './words.js';

/**
 * The date grammar as small sticky parsers, each reading one part of a date expression at a
 * position and adding its fields to the point: year → month → day → weekday → part of day →
 * clock time. `parsePoint` chains them in that order; every part is optional but one.
 */
export interface Parsed {
  end: number;
  point: DatePoint;
}

type Part = (text: string, at: number, point: DatePoint) => number | undefined;

const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const sticky = (source: string) => new RegExp(source, 'uy');

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const NUM = SMALL_NUMBER;
const inRange = (n: number | undefined, lo: number, hi: number): n is number => n !== undefined && n >= lo && n <= hi;

// ---- year ----------------------------------------------------------------------------------
const YEAR_ABS = sticky(`(${FULL_YEAR})年(?:度)?`);
/**
 * Taiwan's Minguo (ROC) years, ROC year + 1911: 民国113年, 民国99年度, and a bare three-digit 113年 only when a
 * month follows (113年9月30日); a two-digit 99年 without 民国 is as often a shortened Western year.
 */
const YEAR_ROC = sticky(`民国(\\d{1,3}|[一二三四五六七八九十百]{1,5})年(?:度)?|(1[0-4]\\d)年(?=${NUM}月)`);
const YEAR_REL = sticky(`(${alt(Object.keys(RELATIVE_YEARS))})`);
/** Year modifiers written after it: 2016年底, 今年初, 去年年中. */
/** 中 before these starts another word (中非合作, 中美关系, 中东, 中共): not the middle of the year or month. */
const NOT_MID = '非美俄日韩朝法德英印越欧澳巴加意菲泰柬老缅蒙哈乌以伊叙土方东西南北亚拉阿新共央国';
const YEAR_MOD = sticky(`(?:年)?(初|中(?![${NOT_MID}])|底|末)(?![国期等级秋心央部东文])`);
const HALF = sticky('(上|下)半年');
/**
 * 第三季度; after a year also 第四季 (今年第四季), which alone could be a series' season, and 首季/首季度 (the first
 * quarter: 今年首季, 2024年首季度).
 */
const QUARTER = sticky(`第?([一二三四1-4])季度|第([一二三四1-4])季(?![节])|首季(?:度)?(?![节])`);
const SEASON = sticky('([春夏秋冬])(?:季|天)');

/** Divisions of a year that stand alone (this year's) and of a month (this month's). */
const YEAR_DIVISION_ALONE = sticky('年(?:初|中|底|末)|[上下]半年|第?[一二三四1-4]季度|[春夏秋冬]季');
const TEN_DAYS_ALONE = sticky(`[上中下](?:[中下])?旬|月(?:初|中(?![${NOT_MID}])|底|末)(?![国期等级旬上下])`);

const year: Part = (text, at, p) => {
  let m = exec(YEAR_ABS, text, at);
  if (m) {
    p.year = parseNumber(m[1]!)!;
    return at + m[0].length;
  }
  m = exec(YEAR_ROC, text, at);
  if (m) {
    const roc = parseNumber(m[1] ?? m[2]!);
    if (!inRange(roc, 1, 150)) return undefined;
    p.year = roc + 1911;
    return at + m[0].length;
  }
  m = exec(YEAR_REL, text, at);
  if (m) {
    p.relative = { unit: 'year', offset: RELATIVE_YEARS[m[1]!]! };
    return at + m[0].length;
  }
  return undefined;
};

/** What may follow a year instead of a month: 年底, 上半年, 第三季度, 夏天. */
const yearDivision: Part = (text, at, p) => {
  let m = exec(YEAR_MOD, text, at);
  if (m) {
    p.mod = m[1] === '初' ? 'START' : m[1] === '中' ? 'MID' : 'END';
    return at + m[0].length;
  }
  m = exec(HALF, text, at);
  if (m) {
    p.half = m[1] === '上' ? 1 : 2;
    return at + m[0].length;
  }
  m = exec(QUARTER, text, at);
  if (m && (m[1] !== undefined || p.year !== undefined || p.relative?.unit === 'year')) {
    p.quarter = (parseNumber(m[1] ?? m[2]!) ?? 1) as 1 | 2 | 3 | 4;
    return at + m[0].length;
  }
  m = exec(SEASON, text, at);
  if (m) {
    p.season = SEASONS[m[1]!]!;
    return at + m[0].length;
  }
  return undefined;
};

// ---- month ---------------------------------------------------------------------------------
const MONTH_ABS = sticky(`(${NUM})月(?:份)?`);
const MONTH_REL = sticky(`(${alt(Object.keys(RELATIVE_PREFIX))})月(?:份)?`);
/** Month modifiers: 月初, 月中, 月底, 上旬 (= START), 中旬, 下旬. */
const MONTH_MOD = sticky(`(?:月)?(初|中(?![${NOT_MID}])|底|末)(?![国期等级旬上下])|(上|中|下)(?:[中下])?旬`);

const month: Part = (text, at, p) => {
  let m = exec(MONTH_ABS, text, at);
  if (m && inRange(parseNumber(m[1]!), 1, 12)) {
    p.month = parseNumber(m[1]!)!;
    return at + m[0].length;
  }
  if (p.relative || p.year !== undefined) return undefined;
  m = exec(MONTH_REL, text, at);
  if (m && !(m[1] === '今')) {
    p.relative = { unit: 'month', offset: RELATIVE_PREFIX[m[1]!]! };
    return at + m[0].length;
  }
  return undefined;
};

const monthMod: Part = (text, at, p) => {
  const m = exec(MONTH_MOD, text, at);
  if (!m) return undefined;
  const w = m[1] ?? m[2]!;
  p.mod = w === '初' || w === '上' ? 'START' : w === '中' ? 'MID' : 'END';
  return at + m[0].length;
};

// ---- day -----------------------------------------------------------------------------------
const DAY_ARABIC = sticky('(\\d{1,2}|[二三]?十[一二三四五六七八九]?)日(?!本|元|军|方|记|志|前(?![往来去进])|后|常|益|用|子|期|程|内)');
const DAY_WITH_MONTH = sticky(`(${NUM})(?:日|号)(?!本|元|军|方|机|楼|线|院|房|文|前(?![往来去进])|后)`);
const RELATIVE_DAY = sticky(`(${alt(Object.keys(RELATIVE_DAYS))})`);

const day: Part = (text, at, p) => {
  const hasMonth = p.month !== undefined || p.relative?.unit === 'month';
  const m = exec(hasMonth ? DAY_WITH_MONTH : DAY_ARABIC, text, at);
  if (m && inRange(parseNumber(m[1]!), 1, 31)) {
    p.day = parseNumber(m[1]!)!;
    return at + m[0].length;
  }
  return undefined;
};

/**
 * Taiwan's 今(29)日, 昨(9)日, 明(30)日: a relative day word with the day of the month in brackets, dated by
 * the bracket; the word only says on which side of today the day lies.
 */
const BRACKET_DAY = sticky(`([今昨明前])[((](${NUM})[))](?:日|号)`);
const BRACKET_DAY_SIDE: Record<string, 'past' | 'future' | undefined> = { 今: undefined, 昨: 'past', 前: 'past', 明: 'future' };

const bracketDay: Part = (text, at, p) => {
  const m = exec(BRACKET_DAY, text, at);
  if (!m) return undefined;
  const d = parseNumber(m[2]!);
  if (!inRange(d, 1, 31)) return undefined;
  p.day = d;
  const side = BRACKET_DAY_SIDE[m[1]!];
  if (side) p.tense = side;
  return at + m[0].length;
};

const relativeDay: Part = (text, at, p) => {
  const m = exec(RELATIVE_DAY, text, at);
  if (!m) return undefined;
  const w = RELATIVE_DAYS[m[1]!]!;
  p.relative = { unit: 'day', offset: w.offset };
  if (w.partOfDay) p.partOfDay = w.partOfDay;
  return at + m[0].length;
};

// ---- week and weekday ----------------------------------------------------------------------
const WEEK_WORD = '(?:周|星期|礼拜)';
const WEEKDAY = sticky(`(?:(${alt(Object.keys(RELATIVE_PREFIX))})${WEEK_WORD}|${WEEK_WORD})([一二三四五六日天1-7])(?![年月])`);
const WEEK_REL = sticky(`(${alt(Object.keys(RELATIVE_PREFIX))})${WEEK_WORD}(?![末年期])`);

const weekday: Part = (text, at, p) => {
  const m = exec(WEEKDAY, text, at);
  if (!m) return undefined;
  // 周日 vs 周日内: 天/日 as weekdays need the word to end there.
  if (m[1] !== undefined) {
    if (p.year !== undefined || p.month !== undefined || p.relative) return undefined;
    p.relative = { unit: 'week', offset: RELATIVE_PREFIX[m[1]]! };
  }
  p.weekday = WEEKDAYS[m[2]!]!;
  return at + m[0].length;
};

const week: Part = (text, at, p) => {
  const m = exec(WEEK_REL, text, at);
  if (!m || m[1] === '今' || m[1] === '次') return undefined;
  p.relative = { unit: 'week', offset: RELATIVE_PREFIX[m[1]!]! };
  return at + m[0].length;
};

// ---- N units ago / later -------------------------------------------------------------------
const AGO = sticky(`(${NUM}|半)(?:个)?(天|日|周|星期|礼拜|月|年)(前(?![往来去进])|后|以前|以后|之前|之后)`);

const ago: Part = (text, at, p) => {
  const m = exec(AGO, text, at);
  if (!m) return undefined;
  const n = m[1] === '半' ? undefined : parseNumber(m[1]!);
  if (n === undefined || n === 0) return undefined;
  const unitWord = m[2]!;
  // 三月前 is "before March": only 个月 counts as a month count.
  if (unitWord === '月' && !m[0].includes('个')) return undefined;
  const unit = unitWord === '天' || unitWord === '日' ? 'day' : unitWord === '月' ? 'month' : unitWord === '年' ? 'year' : 'week';
  p.relative = { unit, offset: m[3]!.endsWith('前') ? -n : n };
  return at + m[0].length;
};

// ---- holidays ------------------------------------------------------------------------------
const FIXED = sticky(`(${alt(Object.keys(FIXED_HOLIDAYS))})`);
const LUNAR = sticky(`(${alt(Object.keys(LUNAR_HOLIDAYS))})(?:节)?(?:期间)?`);

/**
 * A lunar-calendar day written out: 农历正月初十, 腊月二十三, 农历八月十五. Without 农历 only the lunar month names
 * 正月/腊月/冬月 count (三月初十 could be read either way). Days: 初一–初十, 十一–十九, 二十, 廿一–廿九, 三十.
 */
const LUNAR_DATE = sticky(
  '(农历)?(正|腊|冬|十一|十二|[一二三四五六七八九十])月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)(?![日号])',
);
const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

const holiday: Part = (text, at, p) => {
  const lunar = exec(LUNAR_DATE, text, at);
  if (lunar && (lunar[1] !== undefined || LUNAR_MONTHS[lunar[2]!] !== undefined) && (!p.relative || p.relative.unit === 'year')) {
    const d = lunar[3]!;
    const day = d.startsWith('初') ? parseNumber(d.slice(1))! : d.startsWith('廿') ? 20 + parseNumber(d.slice(1))! : parseNumber(d)!;
    p.lunar = { month: LUNAR_MONTHS[lunar[2]!] ?? parseNumber(lunar[2]!)!, day };
    return at + lunar[0].length;
  }
  let m = exec(FIXED, text, at);
  if (m) {
    const [mo, d] = FIXED_HOLIDAYS[m[1]!]!;
    p.month = mo;
    p.day = d;
    return at + m[1]!.length;
  }
  // A lunar holiday moves every year: the shared resolver finds its Gregorian day in the year meant.
  m = exec(LUNAR, text, at);
  if (m && (!p.relative || p.relative.unit === 'year')) {
    const [month, day] = LUNAR_HOLIDAYS[m[1]!]!;
    p.lunar = { month, day };
    return at + m[1]!.length;
  }
  return undefined;
};

// ---- time of day ---------------------------------------------------------------------------
const PART_OF_DAY = sticky(`(${alt(Object.keys(PARTS_OF_DAY).filter((w) => w.length > 1))})`);
const PART_OF_DAY_SHORT = sticky('(早|晚|夜)(?![饭餐会报宴些年期点间上里])');
const CLOCK_CN = sticky(`(${NUM})(?:点|时)(?:(半)|(一刻)|(三刻)|(?:(${NUM}|\\d{2})分)(?:(${NUM}|\\d{2})秒)?)?(?:钟)?`);
const CLOCK_COLON = sticky('(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)');
/** 2024年5月14日 10:35: a clock time after a written day may follow a space. */
const SPACED_CLOCK = sticky('[ \\t](?=\\d{1,2}:\\d{2})');

const partOfDay: Part = (text, at, p) => {
  let m = exec(PART_OF_DAY, text, at);
  if (!m && (p.day !== undefined || p.weekday !== undefined)) m = exec(PART_OF_DAY_SHORT, text, at);
  if (!m) return undefined;
  p.partOfDay = PARTS_OF_DAY[m[1]!]!;
  return at + m[0].length;
};

const clock: Part = (text, at, p) => {
  if (p.day !== undefined && exec(SPACED_CLOCK, text, at)) at += 1;
  let m = exec(CLOCK_COLON, text, at);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    if (h > 24 || mi > 59) return undefined;
    p.hour = h;
    p.minute = mi;
    if (m[3] !== undefined) p.second = Number(m[3]);
    return at + m[0].length;
  }
  m = exec(CLOCK_CN, text, at);
  if (!m) return undefined;
  const h = parseNumber(m[1]!);
  if (!inRange(h, 0, 24)) return undefined;
  // 3点 alone is too often "three points": a bare 点 hour needs a day or part of day before it, or minutes.
  const hasContext = p.day !== undefined || p.partOfDay !== undefined || p.weekday !== undefined || p.relative?.unit === 'day';
  if (!hasContext && m[0].includes('点') && !m[2] && !m[5]) return undefined;
  p.hour = h;
  if (m[2]) p.minute = 30;
  else if (m[3]) p.minute = 15;
  else if (m[4]) p.minute = 45;
  else if (m[5]) {
    const mi = parseNumber(m[5]);
    if (!inRange(mi, 0, 59)) return undefined;
    p.minute = mi;
    if (m[6]) p.second = parseNumber(m[6])!;
  }
  return at + m[0].length;
};

// ---- timestamps: 2017-03-20 14:05:03, 2017/3/20, 2017.3.20 ------------------------------------
const NUMERIC_DATE = sticky('((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d))?');

export function parseNumericDate(text: string, at: number): Parsed | undefined {
  const m = exec(NUMERIC_DATE, text, at);
  if (!m) return undefined;
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (!inRange(month, 1, 12) || !inRange(day, 1, 31)) return undefined;
  const point: DatePoint = { year: Number(m[1]), month, day };
  if (m[5] !== undefined && Number(m[5]) < 25) {
    point.hour = Number(m[5]);
    point.minute = Number(m[6]);
    if (m[7] !== undefined) point.second = Number(m[7]);
  } else if (m[5] !== undefined) return { end: at + m[0].indexOf(m[5]) - 1, point };
  return { end: at + m[0].length, point };
}

// ---- decades: 上世纪60年代, 90年代, 1990年代, 二十世纪八十年代 ------------------------------------
const DECADE = sticky(`(?:(上|本|这|下)(?:个)?世纪|(\\d{2}|二十一|二十|十九)世纪)?(\\d{2}|\\d{4}|[一二三四五六七八九]?十|〇〇|零零)年代(?:(初|中|末))?`);

function parseDecade(text: string, at: number): Parsed | undefined {
  const m = exec(DECADE, text, at);
  if (!m) return undefined;
  const written = m[3]!;
  const n = /^\d+$/.test(written) ? Number(written) : written === '〇〇' || written === '零零' ? 0 : parseNumber(written)!;
  const point: DatePoint = {};
  if (written.length === 4) {
    if (n % 10 !== 0) return undefined;
    point.decade = n / 10;
  } else {
    if (n % 10 !== 0 || n > 90) return undefined;
    if (m[1]) point.relative = { unit: 'century', offset: RELATIVE_PREFIX[m[1]]! };
    else if (m[2]) point.decade = (parseNumber(m[2])! - 1) * 10 + n / 10;
    // A bare 90年代 is the 1900s' unless it is still to come this century (10年代, 20年代).
    else if (n >= 30) point.decade = 190 + n / 10;
    else point.relative = { unit: 'century', offset: 0 };
    if (point.relative) point.decadeOfCentury = n / 10;
  }
  if (m[4]) point.mod = m[4] === '初' ? 'START' : m[4] === '中' ? 'MID' : 'END';
  return { end: at + m[0].length, point };
}

function chain(text: string, at: number, point: DatePoint, parts: readonly Part[]): number {
  let pos = at;
  for (const part of parts) {
    const next = part(text, pos, point);
    if (next !== undefined) pos = next;
  }
  return pos;
}

/**
 * The patterns of every part that can be read first (none uses a backreference, so they combine):
 * a point needs one of them to match where it starts, and most places a date could start hold none.
 * One test there saves trying each part in turn. A new part that can come first must be listed here.
 */
const ANY_FIRST_PART = sticky(
  [YEAR_ABS, YEAR_ROC, LUNAR_DATE, BRACKET_DAY, YEAR_REL, FIXED, LUNAR, RELATIVE_DAY, AGO, YEAR_DIVISION_ALONE, TEN_DAYS_ALONE, MONTH_ABS, MONTH_REL, DAY_ARABIC, DAY_WITH_MONTH, WEEKDAY, WEEK_REL, PART_OF_DAY, PART_OF_DAY_SHORT, CLOCK_CN, CLOCK_COLON]
    .map((re) => `(?:${re.source})`)
    .join('|'),
);

/**
 * Whether a date may start at `at` (findDates asks at every candidate character): a 4-digit year
 * (a numeric date or a bare year), a decade or any first part. A necessary condition, in one test.
 */
const MAY_START = sticky([`(?:19|20)\\d{2}`, DECADE.source, ANY_FIRST_PART.source].map((source) => `(?:${source})`).join('|'));

export function mayStartDate(text: string, at: number): boolean {
  MAY_START.lastIndex = at;
  return MAY_START.test(text);
}

/** One point in time: the parts in order, at least one of them. */
export function parsePoint(text: string, at: number): Parsed | undefined {
  const numeric = parseNumericDate(text, at);
  if (numeric) return numeric;
  const decade = parseDecade(text, at);
  if (decade) return decade;
  ANY_FIRST_PART.lastIndex = at;
  if (!ANY_FIRST_PART.test(text)) return undefined;

  const p: DatePoint = {};
  let pos = at;
  const afterYear = year(text, pos, p);
  if (afterYear !== undefined) {
    pos = afterYear;
    const division = yearDivision(text, pos, p);
    if (division !== undefined) return { end: division, point: p };
  }
  const afterHoliday = holiday(text, pos, p);
  if (afterHoliday !== undefined) return { end: chain(text, afterHoliday, p, [partOfDay, clock]), point: p };
  if (afterYear === undefined) {
    const bracketed = bracketDay(text, pos, p);
    if (bracketed !== undefined) return { end: chain(text, bracketed, p, [partOfDay, clock]), point: p };
    const rel = relativeDay(text, pos, p) ?? ago(text, pos, p);
    if (rel !== undefined) {
      if (p.relative?.unit !== 'day') return { end: rel, point: p };
      // 今晚8时: a day word that carries its part of day takes a clock time only.
      if (p.partOfDay) return { end: chain(text, rel, p, [clock]), point: p };
      return { end: chain(text, rel, p, [partOfDay, clock]), point: p };
    }
  }
  if (afterYear === undefined) {
    // 上半年, 第三季度, 夏季 alone: this year's; 上旬 alone: this month's.
    const division = exec(YEAR_DIVISION_ALONE, text, pos) ? yearDivision(text, pos, p) : undefined;
    if (division !== undefined) {
      if (p.mod) p.relative = { unit: 'year', offset: 0 };
      return { end: division, point: p };
    }
    const m = exec(TEN_DAYS_ALONE, text, pos);
    if (m) {
      p.relative = { unit: 'month', offset: 0 };
      return { end: monthMod(text, pos, p)!, point: p };
    }
  }
  const afterMonth = month(text, pos, p);
  if (afterMonth !== undefined) {
    pos = afterMonth;
    const afterDay = day(text, pos, p);
    if (afterDay === undefined) {
      const mod = monthMod(text, pos, p);
      if (mod !== undefined) return { end: mod, point: p };
      // 十二月份, 3月: a month; a weekday in brackets may follow a day only.
      return { end: pos, point: p };
    }
    pos = afterDay;
  } else if (afterYear === undefined) {
    const afterDay = day(text, pos, p);
    if (afterDay !== undefined) pos = afterDay;
  }
  if (afterYear !== undefined && pos === afterYear) {
    // A year alone, or a year with 年底 handled above.
    return { end: pos, point: p };
  }
  if (p.day === undefined && p.month === undefined && afterYear === undefined) {
    const afterWeekday = weekday(text, pos, p);
    if (afterWeekday !== undefined) pos = afterWeekday;
    else {
      const afterWeek = week(text, pos, p);
      if (afterWeek !== undefined) return { end: afterWeek, point: p };
    }
  } else if (p.day !== undefined) {
    pos = bracketedWeekday(text, pos, p);
  }
  pos = chain(text, pos, p, [partOfDay, clock]);
  return pos > at ? { end: pos, point: p } : undefined;
}

/** 3月20日(周一), 3月20日星期一: the weekday written with the date. */
const WEEKDAY_AFTER = sticky(`\\s?[((]?(?:${WEEK_WORD})([一二三四五六日天])[))]?`);
function bracketedWeekday(text: string, at: number, p: DatePoint): number {
  const m = exec(WEEKDAY_AFTER, text, at);
  if (!m) return at;
  const opens = /[((]/.test(m[0]);
  const closes = /[))]/.test(m[0]);
  if (opens !== closes) return at;
  p.weekday = WEEKDAYS[m[1]!]!;
  return at + m[0].length;
}
