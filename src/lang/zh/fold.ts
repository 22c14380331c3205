import { createRequire } from 'node:module';
import type * as OpenccT2cn from 'opencc-js/t2cn';
import type * as OpenccCn2t from 'opencc-js/cn2t';

/**
 * Traditional → Simplified Chinese as a same-length fold, so offsets stay one-to-one.
 *
 * OpenCC's phrase-level conversion (Taiwan and Hong Kong variants → OpenCC Traditional →
 * Mainland Simplified) is tried first; when it changes the length (a phrase replaced by one of
 * another length), the text is converted character by character from OpenCC's own character
 * tables instead, keeping any character whose replacement would change the length.
 *
 * Some characters are current Simplified characters too (著 in 显著, 么, 乾隆, 慰藉). A text
 * that is mostly Simplified is therefore folded character by character and leaves those alone;
 * only a text that is mostly Traditional gets the phrase-level conversion (接著 → 接着).
 */

type ConvertFn = (text: string) => string;

interface FoldTables {
  /** OpenCC's phrase-level converter, built on first use (only mostly-Traditional texts need it). */
  convert: ConvertFn;
  /** Character → Simplified character, both one code point of equal UTF-16 length. */
  chars: Map<string, string>;
  /** Code points only Traditional text uses: the text is left alone when it holds none. */
  traditionalOnly: Set<number>;
  /** Code points only Simplified text uses (国, 着): they tell a Simplified text with a stray Traditional character. */
  simplifiedOnly: Set<number>;
  /** BMP class table: 1 = Traditional-only, 2 = Simplified-only (astral code points use the sets). */
  bmpClass: Uint8Array;
  /** BMP code unit → its Simplified code unit, 0 when it stays (astral characters use `chars`). */
  bmpFold: Uint16Array;
}

/** Standard Simplified characters that the Taiwan tables would still change (General Standard Chinese Characters list). */
const ALSO_SIMPLIFIED = '著乾藉瞭夥么於霑';

let tables: FoldTables | undefined;

/** Reads "src dst|src dst" dictionary strings (or pair arrays), calling `add` for single-character entries. */
function eachCharEntry(dict: unknown, add: (from: string, to: string) => void): void {
  if (typeof dict === 'string') {
    eachCharEntryOfString(dict, add);
    return;
  }
  if (!Array.isArray(dict)) return;
  for (const p of dict) {
    if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string' && p[0] && p[1] && isOneCodePoint(p[0]) && isOneCodePoint(p[1])) add(p[0], p[1]);
  }
}

/**
 * The phrase dictionaries are long strings of mostly multi-character entries: an entry is looked at
 * only when its source is one code point, without splitting the whole string.
 */
function eachCharEntryOfString(dict: string, add: (from: string, to: string) => void): void {
  const n = dict.length;
  for (let start = 0; start < n; ) {
    let stop = dict.indexOf('|', start);
    if (stop < 0) stop = n;
    // "src dst[ alternatives…]": only a source of one or two code units can be one code point.
    const space = dict.indexOf(' ', start);
    if (space > start && space < stop && space - start <= 2) {
      let toEnd = dict.indexOf(' ', space + 1);
      if (toEnd < 0 || toEnd > stop) toEnd = stop;
      const to = dict.slice(space + 1, toEnd);
      const from = dict.slice(start, space);
      if (to && isOneCodePoint(from) && isOneCodePoint(to)) add(from, to);
    }
    start = stop + 1;
  }
}

function isOneCodePoint(s: string): boolean {
  return s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff);
}

/** OpenCC's modules, loaded with the tables on first Chinese text (their dictionaries cost ~20 ms to load). */
function loadOpencc(): { t2cn: typeof OpenccT2cn; cn2t: typeof OpenccCn2t } {
  const require = createRequire(import.meta.url);
  return { t2cn: require('opencc-js/t2cn') as typeof OpenccT2cn, cn2t: require('opencc-js/cn2t') as typeof OpenccCn2t };
}

function buildTables(): FoldTables {
  const { t2cn, cn2t } = loadOpencc();
  const { Converter, Locale } = t2cn;
  const SimplifiedLocale = cn2t.Locale;
  let converter: ConvertFn | undefined;
  const convert: ConvertFn = (text) => (converter ??= Converter({ from: 'tw', to: 'cn' }) as ConvertFn)(text);
  const variants = new Map<string, string>();
  const toSimplified = new Map<string, string>();
  // Hong Kong and Taiwan variant tables first (刪→删 etc. go through the OpenCC standard form).
  for (const locale of ['hk', 'tw'] as const) {
    for (const group of Locale.from[locale] ?? []) for (const dict of group) eachCharEntry(dict, (f, t) => variants.set(f, t));
  }
  for (const group of Locale.to.cn ?? []) for (const dict of group) eachCharEntry(dict, (f, t) => toSimplified.set(f, t));
  const chars = new Map<string, string>();
  const record = (from: string) => {
    const standard = variants.get(from) ?? from;
    const simplified = toSimplified.get(standard) ?? standard;
    if (simplified !== from && simplified.length === from.length) chars.set(from, simplified);
  };
  for (const k of variants.keys()) record(k);
  for (const k of toSimplified.keys()) record(k);
  // Simplified characters with a different Traditional form (国→國) are never Traditional-only.
  const simplifiedOnly = new Set<number>();
  for (const group of SimplifiedLocale.from.cn ?? []) {
    for (const dict of group) eachCharEntry(dict, (f, t) => {
      if (f !== t) simplifiedOnly.add(f.codePointAt(0)!);
    });
  }
  for (const ch of ALSO_SIMPLIFIED) simplifiedOnly.add(ch.codePointAt(0)!);
  const traditionalOnly = new Set<number>();
  for (const k of chars.keys()) {
    const cp = k.codePointAt(0)!;
    if (simplifiedOnly.has(cp)) chars.delete(k);
    else traditionalOnly.add(cp);
  }
  for (const cp of simplifiedOnly) traditionalOnly.delete(cp);
  const bmpClass = new Uint8Array(0x10000);
  // Same precedence as the lookups: Traditional-only first, then Simplified-only.
  for (const cp of simplifiedOnly) if (cp <= 0xffff) bmpClass[cp] = 2;
  for (const cp of traditionalOnly) if (cp <= 0xffff) bmpClass[cp] = 1;
  const bmpFold = new Uint16Array(0x10000);
  for (const [from, to] of chars) if (from.length === 1 && to.length === 1) bmpFold[from.charCodeAt(0)] = to.charCodeAt(0);
  return { convert, chars, traditionalOnly, simplifiedOnly, bmpClass, bmpFold };
}

function getTables(): FoldTables {
  tables ??= buildTables();
  return tables;
}

/** Counts Traditional-only and Simplified-only characters. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  const { traditionalOnly, simplifiedOnly, bmpClass } = getTables();
  let traditional = 0;
  let simplified = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Below the CJK blocks nothing converts: skip ASCII and Latin quickly.
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (traditionalOnly.has(cp)) traditional++;
      else if (simplifiedOnly.has(cp)) simplified++;
      if (cp > 0xffff) i++;
      continue;
    }
    const k = bmpClass[c]!;
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return { traditional, simplified };
}

/** Whether the text holds a character only Traditional Chinese uses. */
export function hasTraditional(text: string): boolean {
  return scriptCounts(text).traditional > 0;
}

/** Character-by-character conversion: always the same length. */
export function foldChars(text: string): string {
  const { chars, bmpFold } = getTables();
  // The unchanged stretches are copied whole, only the converted characters one by one.
  const parts: string[] = [];
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    let to: string | undefined;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        width = 2;
        to = chars.get(String.fromCodePoint(cp));
      }
    } else if (bmpFold[c] !== 0) {
      to = String.fromCharCode(bmpFold[c]!);
    }
    if (to !== undefined) {
      if (i > copied) parts.push(text.slice(copied, i));
      parts.push(to);
      copied = i + width;
    }
    i += width - 1;
  }
  if (copied === 0) return text;
  if (copied < n) parts.push(text.slice(copied));
  return parts.join('');
}

/** Traditional → Simplified, same length as the input. */
export function foldTraditional(text: string): string {
  const counts = scriptCounts(text);
  if (counts.traditional === 0) return text;
  if (counts.simplified >= counts.traditional) return foldChars(text);
  const converted = getTables().convert(text);
  if (converted.length === text.length) return converted;
  return foldChars(text);
}
