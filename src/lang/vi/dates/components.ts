import type { DatePoint } from '../../../dates/model.js';
import { wordCharWidth } from '../chars.js';
import {
  alternation,
  B0,
  B1,
  MONTH_WORDS,
  NUMBER_WORDS,
  PART_OF_DAY,
  QUANTIFIERS,
  readNumber,
  ROMAN,
  S,
  WEEKDAY_WORDS,
} from './words.js';

/**
 * The small parsers of the Vietnamese date grammar. Each reads one building block of a date
 * expression ("ngày 2/3", "tháng 11", "năm 2007", "thứ Bảy", "8h23", "sáng", "tuần trước") off the
 * case-folded text; `combine.ts` then joins adjacent blocks into whole expressions.
 */

/**
 * - `date`: names a calendar unit by itself.
 * - `weak`: a date only next to another block or a cue ("2/3" may be a fraction, "thứ hai" an
 *   ordinal, "8 giờ" a duration).
 * - `pod`: a part of day ("sáng", "tối"), never a date alone.
 * - `mod`: "đầu", "giữa", "cuối" before a month, year, quarter or decade.
 */
export type Strength = 'date' | 'weak' | 'pod' | 'mod';

export interface Block {
  start: number;
  end: number;
  point: DatePoint;
  strength: Strength;
  rule: string;
  /** A range read by one parser ("ngày 5-6/8"). */
  end2?: DatePoint;
}

export interface ParseInput {
  /** Case-folded text. */
  key: string;
  /** The same text with its case. */
  text: string;
}

/** In a parser's `starts`: the match may begin with an ASCII digit. */
const DIGIT = '0-9';

interface Parser {
  rule: string;
  /**
   * The words a match can begin with (case-folded, whole words), or DIGIT. Every match starts at a
   * word edge and its first word is followed by a space or a non-word character, so a parser is
   * tried only where a word of this list (or a digit) starts: most of a text is skipped unread.
   */
  starts: readonly string[];
  /** The regex source (word-bounded); compiled only when first needed, not at import. */
  source: string;
  read(m: RegExpExecArray, input: ParseInput): Omit<Block, 'start' | 'end' | 'rule'> | undefined;
}

const PODS = alternation(Object.keys(PART_OF_DAY));
const MONTH_WORD = alternation(Object.keys(MONTH_WORDS));
const WEEKDAY_WORD = alternation(Object.keys(WEEKDAY_WORDS));
/** A parser's pattern between word edges, as source: its RegExp is built on first use (cold start). */
const bounded = (source: string): string => `${B0}(?:${source})${B1}`;
/** First words of a word list's entries ("rạng sáng" → "rạng"). */
const firstWords = (words: Record<string, unknown>): string[] => [...new Set(Object.keys(words).map((w) => w.split(' ')[0]!))];

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1000 && y <= 2999;
const isUpperAt = (text: string, i: number) => {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
};

/** The word right before `at` (case-folded), or ''. */
export function wordBefore(key: string, at: number): string {
  const m = /([\p{L}\p{M}\p{N}]+)[ \u00a0]*$/u.exec(key.slice(Math.max(0, at - 24), at));
  return m ? m[1]! : '';
}

/** Two words before `at`, e.g. "thứ năm" before "tuần tới". */
function twoWordsBefore(key: string, at: number): string {
  const m = /([\p{L}\p{M}\p{N}]+[ \u00a0]+[\p{L}\p{M}\p{N}]+)[ \u00a0]*$/u.exec(key.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.replace(/\s+/g, ' ') : '';
}

/** "năm qua", "tuần vừa qua", "tháng trước": a unit with a backward cue, a stretch of time after "trong". */
const PAST_SPAN_AFTER = /^(?:(?:tuần|tháng|năm|quý)[ \u00a0]+(?:vừa[ \u00a0]+qua|qua|trước|rồi)|năm[ \u00a0]+này)(?![\p{L}\p{M}])/u;

/** "4 năm qua", "những năm trước", "hai tuần tới": a count before a unit makes a duration. */
function countedBefore(key: string, at: number): boolean {
  const w = wordBefore(key, at);
  if (w === '') return false;
  // "trong tháng 2", "trong tuần này", "trong năm tới": "in" a named period, a date; "trong năm
  // qua" (over the past year) stays a duration
  // ("cũng trong năm này": "in that same year", an anaphor, is left alone too)
  if (w === 'trong') return PAST_SPAN_AFTER.test(key.slice(at, at + 24));
  if (QUANTIFIERS.includes(w)) return true;
  // "thứ năm tuần tới", "thứ 2 tuần tới", "ngày 2 tháng 3": the number belongs to a date word
  if (/^(?:thứ|tháng|ngày|hôm|mồng|mùng|năm|quý) /.test(twoWordsBefore(key, at))) return false;
  return /^\d+$/.test(w) || w in NUMBER_WORDS;
}

const YEAR2 = (y: string): Pick<DatePoint, 'year' | 'twoDigitYear'> =>
  y.length === 2 ? { year: Number(y), twoDigitYear: true } : { year: Number(y) };

/** "(TTXVN ", "(VOV ", "(QĐND Online, ": an agency's name opening the bracket of a dateline. */
const DATELINE_BEFORE = /\([ \u00a0]*\p{Lu}[\p{L}\p{M}.+]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}.+]*){0,2}[ \u00a0]*[,-]?[ \u00a0]*$/u;

const PARSERS: Parser[] = [
  {
    // ngày 2/3, hôm 27-7, 31/05/2019, 2.3.2011, (2/11); a prefix or a year makes it a date
    rule: 'numeric-date',
    starts: ['ngày', 'hôm', DIGIT],
    source: bounded(`(?:(ngày|hôm)${S})?(\\d{1,2})[ \\u00a0]*([/.-])[ \\u00a0]*(\\d{1,2})(?:[ \\u00a0]*\\3[ \\u00a0]*(\\d{4}|\\d{2}))?(?![/.-]?\\d)`),
    read(m, { text }) {
      const [, prefix, d, sep, mo, y] = m;
      const day = Number(d);
      const month = Number(mo);
      if (!validDay(day) || !validMonth(month)) return undefined;
      if (y && y.length === 4 && !validYear(Number(y))) return undefined;
      if (y && y.length === 2 && sep !== '/') return undefined;
      const point: DatePoint = { day, month, ...(y ? YEAR2(y) : {}) };
      // a dateline's bracket: "(TTXVN 17/6)", "(VOV 17/6)", "(QĐND Online, 17/6)"
      const dateline =
        prefix === undefined && sep === '/' && DATELINE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        /^[ \u00a0]*\)/.test(text.slice(m.index + m[0].length));
      const strong = prefix !== undefined || (y !== undefined && y.length === 4) || dateline;
      // "2.3" without a prefix is a decimal number; "2-3" may be a score: weak, needs "sáng"/"chiều"…
      if (!strong && sep === '.') return undefined;
      return { point, strength: strong ? 'date' : 'weak' };
    },
  },
  {
    // ngày 5-6/8(/2024), 5–6/8: a range of days in one month
    rule: 'day-range',
    starts: ['ngày', 'hôm', DIGIT],
    source: bounded(`(?:(ngày|hôm)${S})?(\\d{1,2})[ \\u00a0]*[-–][ \\u00a0]*(\\d{1,2})[ \\u00a0]*/[ \\u00a0]*(\\d{1,2})(?:[ \\u00a0]*/[ \\u00a0]*(\\d{4}))?(?![/.-]?\\d)`),
    read(m) {
      const [, prefix, d1, d2, mo, y] = m;
      const month = Number(mo);
      if (!validDay(Number(d1)) || !validDay(Number(d2)) || !validMonth(month) || Number(d1) >= Number(d2)) return undefined;
      if (!prefix && !y) return undefined;
      const year = y ? { year: Number(y) } : {};
      return { point: { day: Number(d1), month, ...year }, end2: { day: Number(d2), month, ...year }, strength: 'date' };
    },
  },
  {
    // 2019-05-31 (ISO, in timestamps)
    rule: 'iso-date',
    starts: [DIGIT],
    source: bounded(`(\\d{4})-(\\d{2})-(\\d{2})`),
    read(m) {
      const [, y, mo, d] = m;
      if (!validYear(Number(y)) || !validMonth(Number(mo)) || !validDay(Number(d))) return undefined;
      return { point: { year: Number(y), month: Number(mo), day: Number(d) }, strength: 'date' };
    },
  },
  {
    // ngày 5, ngày mồng 5 (a bare day of the month; "tháng …" is joined by combine.ts)
    rule: 'day-of-month',
    starts: ['ngày', 'hôm'],
    source: bounded(`(?:ngày|hôm)${S}(?:mồng${S}|mùng${S})?(\\d{1,2})(?![ \\u00a0]*[/.:,-][ \\u00a0]*\\d)`),
    read(m) {
      const day = Number(m[1]);
      return validDay(day) ? { point: { day }, strength: 'date' } : undefined;
    },
  },
  {
    // tháng 11, tháng 1/2010, tháng 1-2010, tháng Hai, tháng Giêng
    rule: 'month',
    starts: ['tháng'],
    source: bounded(`tháng${S}(?:(\\d{1,2})(?:[ \\u00a0]*[/.-][ \\u00a0]*(\\d{4}))?|(${MONTH_WORD}))(?![ \\u00a0]*[/.-][ \\u00a0]*\\d)`),
    read(m, { key, text }) {
      const [, num, y, word] = m;
      const start = m.index;
      if (countedBefore(key, start)) return undefined; // "3 tháng 5 ngày": a duration
      let month: number | undefined;
      if (num) month = Number(num);
      else {
        const wordAt = start + m[0].length - word!.length;
        month = readNumber(word!, MONTH_WORDS);
        // "tháng năm" is also "months and years"; "tháng một" "one month": capitalised only.
        if ((word === 'năm' || word === 'một') && !isUpperAt(text, wordAt)) return undefined;
      }
      if (month === undefined || !validMonth(month)) return undefined;
      if (y && !validYear(Number(y))) return undefined;
      return { point: { month, ...(y ? { year: Number(y) } : {}) }, strength: 'date' };
    },
  },
  {
    // năm 2007, năm 2011-2012
    rule: 'year',
    starts: ['năm'],
    source: bounded(`năm${S}(\\d{4})(?:[ \\u00a0]*[-–][ \\u00a0]*(\\d{4}))?`),
    read(m, { key }) {
      const year = Number(m[1]);
      if (!validYear(year)) return undefined;
      if (wordBefore(key, m.index) === 'thứ') return undefined; // "thứ năm 2013…" is a weekday
      const endYear = m[2] === undefined ? undefined : Number(m[2]);
      if (endYear !== undefined && !(endYear > year && validYear(endYear))) return undefined;
      return { point: { year }, strength: 'date', ...(endYear !== undefined ? { end2: { year: endYear } } : {}) };
    },
  },
  {
    // hôm nay, hôm qua, hôm kia, (ngày) hôm qua, ngày mai, ngày kia, ngày mốt
    rule: 'relative-day',
    starts: ['ngày', 'hôm'],
    source: bounded(`(?:ngày${S})?hôm${S}(nay|qua|kia)|ngày${S}(mai|kia|mốt)`),
    read(m) {
      const w = m[1] ?? m[2]!;
      const offset = { nay: 0, qua: -1, kia: m[1] ? -2 : 2, mai: 1, 'mốt': 2 }[w];
      return offset === undefined ? undefined : { point: { relative: { unit: 'day', offset } }, strength: 'date' };
    },
  },
  {
    // sáng nay, tối qua, đêm qua, chiều mai, sáng hôm qua, trưa ngày mai
    rule: 'part-of-day-relative',
    starts: firstWords(PART_OF_DAY),
    source: bounded(`(${PODS})${S}(?:(nay|qua|mai)|hôm${S}(nay|qua|kia)|ngày${S}(mai|kia))`),
    read(m) {
      const partOfDay = PART_OF_DAY[m[1]!.replace(/\s+/g, ' ')]!;
      const w = m[2] ?? m[3] ?? m[4]!;
      const offset = { nay: 0, qua: -1, mai: 1, kia: m[3] ? -2 : 2 }[w]!;
      return { point: { relative: { unit: 'day', offset }, partOfDay }, strength: 'date' };
    },
  },
  {
    // tuần trước, tháng này, năm ngoái, quý tới, năm sau, tuần vừa qua, tháng sắp tới
    rule: 'relative-unit',
    starts: ['tuần', 'tháng', 'năm', 'quý'],
    source: bounded(`(tuần|tháng|năm|quý)${S}(này|nay|trước|tới đây|tới|sau|vừa qua|qua|ngoái|sắp tới|rồi)`),
    read(m, { key }) {
      const units: Record<string, 'week' | 'month' | 'year' | 'quarter'> = { 'tuần': 'week', 'tháng': 'month', 'năm': 'year', 'quý': 'quarter' };
      const unit = units[m[1]!]!;
      const cue = m[2]!.replace(/\s+/g, ' ');
      if (countedBefore(key, m.index)) return undefined;
      if (cue === 'ngoái' && unit !== 'year') return undefined;
      if (cue === 'nay' && unit !== 'year') return undefined;
      // "năm sau đó", "tháng trước đó": relative to an event in the text, not to the page
      if (/^[ \u00a0]+đó/u.test(key.slice(m.index + m[0].length))) return undefined;
      const offset = cue === 'này' || cue === 'nay' ? 0 : /^(?:trước|vừa qua|qua|ngoái|rồi)$/.test(cue) ? -1 : 1;
      return { point: { relative: { unit, offset } }, strength: 'date' };
    },
  },
  {
    // 3 ngày trước, hai tuần trước, cách đây 5 năm: a point counted back from the page's date
    rule: 'ago',
    starts: ['cách', DIGIT, ...firstWords(NUMBER_WORDS)],
    source: bounded(`(?:cách${S}đây${S})?(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})${S}(ngày|tuần|tháng|năm)(?:${S}(trước|về trước))?`),
    read(m, { key }) {
      const n = readNumber(m[1]!);
      const ago = m[0].startsWith('cách') || m[3] !== undefined;
      if (n === undefined || !ago || (m[0].startsWith('cách') && m[3] !== undefined)) return undefined;
      const before = wordBefore(key, m.index);
      // "thứ năm tuần trước" is Thursday last week, not "five weeks ago"
      // "ngày 20 tháng trước" is the 20th of last month, not "20 months ago"
      if (QUANTIFIERS.includes(before) || /^(?:thứ|ngày|hôm|mồng|mùng|tháng)$/.test(before)) return undefined;
      const unit = ({ 'ngày': 'day', 'tuần': 'week', 'tháng': 'month', 'năm': 'year' } as const)[m[2] as 'ngày']!;
      return { point: { relative: { unit, offset: -n } }, strength: 'date' };
    },
  },
  {
    // thứ Hai … thứ Bảy, thứ 2 … thứ 7, Chủ nhật; with hôm/ngày before it
    rule: 'weekday',
    starts: ['hôm', 'ngày', 'thứ', 'chủ'],
    source: bounded(`(?:(hôm|ngày)${S})?(?:thứ${S}(${WEEKDAY_WORD}|[2-7])|(chủ${S}nhật))`),
    read(m, { key, text }) {
      const [, prefix, day, sunday] = m;
      const weekday = sunday ? 7 : /\d/.test(day!) ? Number(day) - 1 : WEEKDAY_WORDS[day!];
      if (weekday === undefined) return undefined;
      // "lần thứ hai", "người thứ ba": ordinals. A prefix, a capitalised day name, Sunday or a
      // preposition before it make it a weekday; otherwise combine.ts needs a date or cue beside it.
      const dayAt = m.index + m[0].length - (day ?? sunday!).length;
      const before = wordBefore(key, m.index);
      const strong =
        prefix !== undefined || sunday !== undefined || (isUpperAt(text, dayAt) && !/\d/.test(day!)) || /^(?:vào|hồi|từ|đến|tới|sáng|trưa|chiều|tối|đêm)$/.test(before);
      return { point: { weekday }, strength: strong ? 'date' : 'weak' };
    },
  },
  {
    // 8h23, 8h, 10 giờ 30 (phút), 3 giờ rưỡi, 23:02, 23:02:15, 8g30
    rule: 'clock',
    starts: [DIGIT],
    source: bounded(`(\\d{1,2})(?:[ \\u00a0]*(?:h|giờ|g)(?:[ \\u00a0]*(\\d{1,2}|rưỡi)(?:[ \\u00a0]*phút)?)?|:(\\d{2})(?::(\\d{2}))?)`),
    read(m, { key }) {
      const [, h, afterH, colonMin, sec] = m;
      const hour = Number(h);
      if (hour > 24) return undefined;
      const point: DatePoint = { hour };
      if (colonMin !== undefined) point.minute = Number(colonMin);
      else if (afterH === 'rưỡi') point.minute = 30;
      else if (afterH !== undefined) point.minute = Number(afterH);
      if (sec !== undefined) point.second = Number(sec);
      if ((point.minute ?? 0) > 59 || (point.second ?? 0) > 59) return undefined;
      // "8 giờ" may be a duration: a date only with minutes, or after "lúc"/"vào", or beside a date.
      const before = wordBefore(key, m.index);
      // "từ 13h" (from 1 p.m.): the written-short hour is a clock time; "từ 9 giờ xuống 8 giờ" may count hours
      const short = afterH === undefined && colonMin === undefined && /[hg]$/.test(m[0]);
      const strong = point.minute !== undefined || before === 'lúc' || before === 'vào' || (before === 'từ' && short);
      if (QUANTIFIERS.includes(before) || before === 'sau' || before === 'mất') return undefined;
      return { point, strength: strong ? 'date' : 'weak' };
    },
  },
  {
    rule: 'part-of-day',
    starts: ['buổi', ...firstWords(PART_OF_DAY)],
    source: bounded(`(?:buổi${S})?(${PODS})`),
    read(m) {
      return { point: { partOfDay: PART_OF_DAY[m[1]!.replace(/\s+/g, ' ')]! }, strength: 'pod' };
    },
  },
  {
    rule: 'mod',
    starts: ['đầu', 'giữa', 'cuối', 'thượng', 'trung', 'hạ'],
    // "đầu giờ chiều", "cuối giờ sáng": the start or end of a part of day
    source: bounded(`(đầu giờ|cuối giờ|đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)`),
    read(m) {
      const mod = ({ 'đầu giờ': 'START', 'cuối giờ': 'END', 'đầu': 'START', 'giữa': 'MID', 'cuối': 'END', 'thượng tuần': 'START', 'trung tuần': 'MID', 'hạ tuần': 'END' } as const)[
        m[1]!.replace(/\s+/g, ' ') as 'đầu'
      ]!;
      return { point: { mod }, strength: 'mod' };
    },
  },
  {
    // đầu năm, cuối tháng, giữa năm: the current year or month, when nothing more follows
    rule: 'mod-bare-unit',
    starts: ['đầu', 'giữa', 'cuối'],
    source: bounded(`(đầu|giữa|cuối)${S}(năm|tháng)(?![ \\u00a0]+(?:\\d|nay|này|ngoái|trước|tới|sau|qua|vừa|học|tài|mới|âm|dương|đó|ấy|thứ|[\\p{L}]+ (?:năm|tháng)))`),
    read(m, { key }) {
      if (countedBefore(key, m.index)) return undefined;
      const mod = ({ 'đầu': 'START', 'giữa': 'MID', 'cuối': 'END' } as const)[m[1] as 'đầu']!;
      const unit = m[2] === 'năm' ? 'year' : 'month';
      return { point: { relative: { unit, offset: 0 }, mod }, strength: 'date' };
    },
  },
  {
    // quý III, quý 3, quý I/2013
    rule: 'quarter',
    starts: ['quý'],
    source: bounded(`quý${S}(i{1,3}|iv|[1-4])(?:[ \\u00a0]*[/-][ \\u00a0]*(\\d{4}))?`),
    read(m) {
      const q = (ROMAN[m[1]!] ?? Number(m[1])) as 1 | 2 | 3 | 4;
      return { point: { quarter: q, ...(m[2] ? { year: Number(m[2]) } : {}) }, strength: 'date' };
    },
  },
  {
    // nửa đầu năm, nửa cuối năm, 6 tháng đầu năm (the year follows or is this one)
    rule: 'half-year',
    starts: ['nửa', 'sáu', DIGIT],
    source: bounded(`(?:nửa${S}(đầu|cuối|sau)|(?:6|sáu)${S}tháng${S}(đầu|cuối))${S}năm(?:${S}(nay|ngoái|trước|tới|sau|(\\d{4})))?`),
    read(m) {
      const half = (m[1] ?? m[2]) === 'đầu' ? 1 : 2;
      const rel = m[3];
      if (m[4]) return { point: { half, year: Number(m[4]) }, strength: 'date' };
      const offset = rel === undefined || rel === 'nay' ? 0 : rel === 'ngoái' || rel === 'trước' ? -1 : 1;
      return { point: { half, relative: { unit: 'year', offset } }, strength: 'date' };
    },
  },
  {
    // thập niên 1960, thập kỷ 90, những năm 1990, những năm 60
    rule: 'decade',
    starts: ['thập', 'những'],
    source: bounded(`(?:thập${S}(?:niên|kỷ|kỉ)|những${S}năm)${S}(\\d{4}|\\d0)(?:s)?`),
    read(m) {
      const y = m[1]!;
      if (y.length === 4) return y.endsWith('0') ? { point: { decade: Number(y.slice(0, 3)) }, strength: 'date' } : undefined;
      return { point: { relative: { unit: 'century', offset: -1 }, decadeOfCentury: Number(y[0]) }, strength: 'date' };
    },
  },
  {
    // mùa xuân, mùa hè, mùa thu, mùa đông: dates only with a year or cue beside them
    rule: 'season',
    starts: ['mùa'],
    source: bounded(`mùa${S}(xuân|hè|hạ|thu|đông)`),
    read(m) {
      const season = ({ 'xuân': 'SP', 'hè': 'SU', 'hạ': 'SU', 'thu': 'FA', 'đông': 'WI' } as const)[m[1] as 'xuân']!;
      return { point: { season }, strength: 'weak' };
    },
  },
  {
    // Tết (Nguyên đán), Tết Dương lịch, Giáng sinh/Noel, Quốc khánh; capitalised as names are
    rule: 'holiday',
    starts: ['tết', 'giáng', 'noel', 'quốc'],
    source: bounded(`(tết${S}nguyên${S}đán|tết${S}âm${S}lịch|tết${S}dương${S}lịch|tết|giáng${S}sinh|noel|quốc${S}khánh)(?:${S}(\\d{4})|${S}(\\d{1,2})/(\\d{1,2}))?`),
    read(m, { text }) {
      if (!isUpperAt(text, m.index)) return undefined;
      const name = m[1]!.replace(/\s+/g, ' ');
      const year = m[2] ? Number(m[2]) : undefined;
      // "Quốc khánh 2/9": the written date is the value
      if (m[3] !== undefined) {
        const day = Number(m[3]);
        const month = Number(m[4]);
        return validDay(day) && validMonth(month) ? { point: { day, month }, strength: 'date' } : undefined;
      }
      let point: DatePoint;
      if (name === 'tết dương lịch') point = { month: 1, day: 1 };
      else if (name === 'giáng sinh' || name === 'noel') point = { month: 12, day: 25 };
      else if (name === 'quốc khánh') point = { month: 9, day: 2 };
      else point = { lunar: { month: 1, day: 1 } };
      if (year !== undefined) point.year = year;
      return { point, strength: 'date' };
    },
  },
];

interface ParserIndex {
  /** Each parser's regex, sticky: tried at one position. */
  sticky: RegExp[];
  /** Start word → indices of the parsers that may begin with it. */
  byWord: Map<string, number[]>;
  byDigit: number[];
  longestWord: number;
  /** wordHash of every start word: most words are turned away by a number, without a slice. */
  hashes: Set<number>;
}

/** A cheap hash of s[from, to), the same one parseBlocks computes while it reads a word. */
function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

let parserIndex: ParserIndex | undefined;

/** Built on first use, not at import (cold start). */
function getParserIndex(): ParserIndex {
  if (parserIndex) return parserIndex;
  const byWord = new Map<string, number[]>();
  const byDigit: number[] = [];
  let longestWord = 0;
  PARSERS.forEach((p, k) => {
    for (const w of p.starts) {
      if (w === DIGIT) {
        byDigit.push(k);
        continue;
      }
      const list = byWord.get(w) ?? [];
      list.push(k);
      byWord.set(w, list);
      longestWord = Math.max(longestWord, w.length);
    }
  });
  const hashes = new Set([...byWord.keys()].map((w) => wordHash(w, 0, w.length)));
  parserIndex = { sticky: PARSERS.map((p) => new RegExp(p.source, 'uy')), byWord, byDigit, longestWord, hashes };
  return parserIndex;
}

/**
 * A parser's reading as a Block, every one built with the same properties in the same order (a
 * spread of each parser's own reading gave blocks of many shapes, and combine's loops over them
 * went megamorphic).
 */
function block(r: Omit<Block, 'start' | 'end' | 'rule'>, start: number, end: number, rule: string): Block {
  return { start, end, point: r.point, strength: r.strength, rule, end2: r.end2 };
}

/** Every block the parsers find, overlapping ones included. */
export function parseBlocks(input: ParseInput): Block[] {
  const { key } = input;
  const index = getParserIndex();
  // Where each parser may match: the starts of the words it may begin with (a word is a maximal
  // run of letters, digits and marks, so its start is a word edge).
  const at: number[][] = PARSERS.map(() => []);
  const n = key.length;
  for (let i = 0; i < n; ) {
    let w = wordCharWidth(key, i);
    if (w === 0) {
      i++;
      continue;
    }
    let h = 0;
    let j = i;
    do {
      for (let k = 0; k < w; k++) h = (Math.imul(h, 31) + key.charCodeAt(j + k)) | 0;
      j += w;
    } while (j < n && (w = wordCharWidth(key, j)) > 0);
    const c = key.charCodeAt(i);
    const parsers =
      c >= 0x30 && c <= 0x39 ? index.byDigit : j - i <= index.longestWord && index.hashes.has(h) ? index.byWord.get(key.slice(i, j)) : undefined;
    if (parsers) for (const k of parsers) at[k]!.push(i);
    i = j;
  }
  const out: Block[] = [];
  PARSERS.forEach((p, k) => {
    const re = index.sticky[k]!;
    for (const start of at[k]!) {
      re.lastIndex = start;
      const m = re.exec(key);
      if (!m) continue;
      const r = p.read(m, input);
      if (r) out.push(block(r, start, start + m[0].length, p.rule));
    }
  });
  return out;
}

/**
 * The same blocks found by scanning the whole text with every parser (no start words): the
 * reference that tests hold `parseBlocks` to, so a parser's `starts` cannot fall behind its regex.
 */
export function parseBlocksExhaustive(input: ParseInput): Block[] {
  const out: Block[] = [];
  for (const p of PARSERS) {
    const re = new RegExp(p.source, 'gu');
    for (let m = re.exec(input.key); m; m = re.exec(input.key)) {
      const r = p.read(m, input);
      if (r) out.push(block(r, m.index, m.index + m[0].length, p.rule));
      // Let shorter readings start inside this one ("ngày 5" inside "ngày 5-6/8").
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}
