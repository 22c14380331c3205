import type { PartOfDay } from '../../../dates/model.js';

/**
 * The Vietnamese words date expressions are built from, as they appear in the case-folded,
 * tone-folded text (new-style placement: hòa, thủy). Regex fragments are for the `u` flag.
 */

/** A word edge: no letter, digit or combining mark on that side. */
export const B0 = '(?<![\\p{L}\\p{N}\\p{M}])';
export const B1 = '(?![\\p{L}\\p{N}\\p{M}])';
/** One or more spaces (also the no-break space). */
export const S = '[ \\u00a0]+';

/** Cardinal number words 1–12 (for months and weekdays written in words). */
export const NUMBER_WORDS: Record<string, number> = {
  'một': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'tư': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
  'mười': 10,
  'mười một': 11,
  'mười hai': 12,
};

/** Month words after "tháng": tháng Giêng (1), tháng Hai … tháng Chạp (12). */
export const MONTH_WORDS: Record<string, number> = {
  ...NUMBER_WORDS,
  'giêng': 1,
  'chạp': 12,
};

/** "thứ hai" … "thứ bảy" (Monday … Saturday), "chủ nhật" (Sunday): ISO weekday. */
export const WEEKDAY_WORDS: Record<string, number> = {
  'hai': 1,
  'ba': 2,
  'tư': 3,
  'năm': 4,
  'sáu': 5,
  'bảy': 6,
  'bẩy': 6,
};

export const PART_OF_DAY: Record<string, PartOfDay> = {
  'rạng sáng': 'MO',
  'sáng sớm': 'MO',
  'sáng': 'MO',
  'trưa': 'MI',
  'chiều': 'AF',
  'xế chiều': 'AF',
  'chiều tối': 'EV',
  'tối': 'EV',
  'đêm': 'NI',
  'khuya': 'NI',
  'nửa đêm': 'NI',
};

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Words that make a following "N năm/tháng/tuần qua" a duration or a set, not a date. */
export const QUANTIFIERS = ['những', 'các', 'nhiều', 'mấy', 'vài', 'mỗi', 'hằng', 'hàng', 'từng', 'suốt', 'trong'];

/** Longest first, escaped, as one alternation. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, S))
    .join('|');
}

/** Reads a number written in digits or (1–12) in words. */
export function readNumber(s: string, words: Record<string, number> = NUMBER_WORDS): number | undefined {
  const t = s.trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  return words[t];
}
