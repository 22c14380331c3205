/** Chinese and Arabic numerals as they appear in dates: 二〇一九, 十二, 二十三, 两, 2017, ３ (width-folded before). */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A regex source for a small number (1–99): Arabic digits or Chinese numerals. */
export const SMALL_NUMBER = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** A regex source for a year written in full: 2017, 二〇一九, 二零一九. */
export const FULL_YEAR = '(?:\\d{4}|[〇零一二三四五六七八九]{4})';
/** Chinese numeral characters (a match must not start right after one). */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千';

/** Reads Arabic digits, digit-by-digit Chinese years (二〇一九) and positional Chinese numbers (二十三). */
export function parseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return undefined;
  if (!/[十百]/.test(s)) {
    // Digit by digit: 二〇一九 → 2019, 三 → 3.
    let n = 0;
    for (const c of s) n = n * 10 + DIGITS[c]!;
    return n;
  }
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[c]!;
  }
  return total + current;
}
