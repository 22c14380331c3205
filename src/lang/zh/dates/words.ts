import type { PartOfDay, Season } from '../../../dates/model.js';

/** Relative day words: offset in days from the reference day, with a part of day some of them carry. */
export const RELATIVE_DAYS: Record<string, { offset: number; partOfDay?: PartOfDay }> = {
  大前天: { offset: -3 },
  前天: { offset: -2 },
  昨天: { offset: -1 },
  昨日: { offset: -1 },
  今天: { offset: 0 },
  今日: { offset: 0 },
  明天: { offset: 1 },
  明日: { offset: 1 },
  后天: { offset: 2 },
  大后天: { offset: 3 },
  今晨: { offset: 0, partOfDay: 'MO' },
  今早: { offset: 0, partOfDay: 'MO' },
  昨晨: { offset: -1, partOfDay: 'MO' },
  昨早: { offset: -1, partOfDay: 'MO' },
  明早: { offset: 1, partOfDay: 'MO' },
  明晨: { offset: 1, partOfDay: 'MO' },
  今晚: { offset: 0, partOfDay: 'EV' },
  昨晚: { offset: -1, partOfDay: 'EV' },
  明晚: { offset: 1, partOfDay: 'EV' },
  今夜: { offset: 0, partOfDay: 'NI' },
  昨夜: { offset: -1, partOfDay: 'NI' },
  明夜: { offset: 1, partOfDay: 'NI' },
};

/** Year words: offset in years. 当年 (anaphoric) is left out. */
export const RELATIVE_YEARS: Record<string, number> = {
  大前年: -3,
  前年: -2,
  去年: -1,
  上年: -1,
  今年: 0,
  本年: 0,
  明年: 1,
  来年: 1,
  后年: 2,
  大后年: 3,
};

/** Prefixes of month and week words: 上月, 上个月, 本周, 下个星期. */
export const RELATIVE_PREFIX: Record<string, number> = { 上: -1, 上个: -1, 上一个: -1, 本: 0, 这: 0, 这个: 0, 今: 0, 下: 1, 下个: 1, 下一个: 1, 次: 1 };

/** Parts of day, as TIMEX3 writes them. The one-character 早/晚/夜 only count straight after a day. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  凌晨: 'MO',
  清晨: 'MO',
  早晨: 'MO',
  早上: 'MO',
  上午: 'MO',
  早间: 'MO',
  中午: 'MI',
  正午: 'MI',
  午间: 'MI',
  下午: 'AF',
  午后: 'AF',
  傍晚: 'EV',
  晚上: 'EV',
  晚间: 'EV',
  夜里: 'NI',
  夜间: 'NI',
  深夜: 'NI',
  半夜: 'NI',
  午夜: 'NI',
  早: 'MO',
  晚: 'EV',
  夜: 'NI',
};

export const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

export const SEASONS: Record<string, Season> = { 春: 'SP', 夏: 'SU', 秋: 'FA', 冬: 'WI' };

/** Holidays on a fixed Gregorian day. */
export const FIXED_HOLIDAYS: Record<string, [month: number, day: number]> = {
  元旦: [1, 1],
  情人节: [2, 14],
  妇女节: [3, 8],
  三八妇女节: [3, 8],
  植树节: [3, 12],
  愚人节: [4, 1],
  劳动节: [5, 1],
  五一劳动节: [5, 1],
  青年节: [5, 4],
  五四青年节: [5, 4],
  儿童节: [6, 1],
  六一儿童节: [6, 1],
  建党节: [7, 1],
  建军节: [8, 1],
  教师节: [9, 10],
  国庆: [10, 1],
  国庆节: [10, 1],
  万圣节: [10, 31],
  平安夜: [12, 24],
  圣诞: [12, 25],
  圣诞节: [12, 25],
};

/** Holidays on a lunar-calendar day (computed per year with lunar-javascript). */
export const LUNAR_HOLIDAYS: Record<string, [lunarMonth: number, lunarDay: number]> = {
  春节: [1, 1],
  大年初一: [1, 1],
  元宵: [1, 15],
  元宵节: [1, 15],
  龙抬头: [2, 2],
  端午: [5, 5],
  端午节: [5, 5],
  七夕: [7, 7],
  七夕节: [7, 7],
  中元节: [7, 15],
  中秋: [8, 15],
  中秋节: [8, 15],
  重阳: [9, 9],
  重阳节: [9, 9],
  腊八: [12, 8],
  腊八节: [12, 8],
};
