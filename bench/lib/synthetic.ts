/** Deterministic synthetic data: lexicon entries that look like real names, and worst-case texts. */
import type { LexiconEntry } from '../../src/index.js';

/** mulberry32: a small seeded PRNG, so every run builds the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common surnames and given-name characters (so CJK names look like names, and some hit the text).
const CJK_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const CJK_GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志文斌宇浩凯鹏辉玲婷雪梅琳晨欣怡思源海波宏春燕红玉兵林峰东立新成龙飞鑫佳俊嘉瑞安然雨';
const LATIN_FIRST = ['Agus', 'Budi', 'Siti', 'Dewi', 'Rina', 'Andi', 'Joko', 'Sri', 'Wahyu', 'Putri', 'Hendra', 'Yusuf', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Maria', 'John', 'Ahmad', 'Rizky', 'Fajar', 'Indra', 'Kartika', 'Lestari', 'Ratna', 'Bambang', 'Surya', 'Taufik', 'Minh', 'Anh', 'Thanh', 'Hung'];
const SYLLABLES = ['ka', 'ri', 'to', 'na', 'su', 'wa', 'di', 'ma', 'lo', 'ne', 'pu', 'ra', 'ti', 'ko', 'ha', 'ya', 'ni', 'se', 'bu', 'go', 'an', 'in', 'ung', 'ang', 'ek', 'ar', 'on', 'ul', 'em', 'ir'];

function pick<T>(xs: readonly T[] | string, r: () => number): T | string {
  return xs[Math.floor(r() * xs.length)]!;
}

export function cjkName(r: () => number): string {
  const len = 2 + Math.floor(r() * 3); // 2–4 characters
  let s = pick(CJK_SURNAMES, r) as string;
  for (let i = 1; i < len; i++) s += pick(CJK_GIVEN, r);
  return s;
}

function latinWord(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(SYLLABLES, r);
  return w[0]!.toUpperCase() + w.slice(1);
}

export function latinName(r: () => number): string {
  const first = r() < 0.5 ? (pick(LATIN_FIRST, r) as string) : latinWord(r);
  return `${first} ${latinWord(r)}`;
}

/** `n` PERSON entries with a CJK name (zh) and a Latin two-word name (id, vi, en). */
export function syntheticEntries(n: number, seed = 7): LexiconEntry[] {
  const r = rng(seed);
  const out: LexiconEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const latin = latinName(r);
    out[i] = { id: `person/bench-${i}`, type: 'PERSON', names: { zh: [cjkName(r)], id: [latin], vi: [latin], en: [latin] } };
  }
  return out;
}

/** Repeats `unit` (joined with `sep`) until the UTF-8 size reaches `bytes`, then cuts at a code point. */
export function fillTo(unit: string, bytes: number, sep = ''): string {
  if (unit.length === 0) throw new Error('fillTo: empty unit');
  const unitBytes = Buffer.byteLength(unit + sep, 'utf8');
  const reps = Math.ceil(bytes / unitBytes);
  const s = (unit + sep).repeat(reps);
  const buf = Buffer.from(s, 'utf8').subarray(0, bytes);
  return buf.toString('utf8').replace(/\uFFFD+$/u, '');
}

/** 1 MB-ish of digits and slashes, with runs that look like dates and many that don't. */
export function digitsAndSlashes(bytes: number, seed = 3): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const k = r();
    const run = k < 0.3 ? String(Math.floor(r() * 31) + 1) : k < 0.6 ? String(Math.floor(r() * 3000)) : String(Math.floor(r() * 1e6)).padStart(4, '0');
    const sep = r() < 0.85 ? '/' : '//';
    parts.push(run, sep);
    n += run.length + sep.length;
  }
  return parts.join('').slice(0, bytes);
}
