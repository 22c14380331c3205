/** Shared helpers for the benchmark: timing, statistics, formatting, paths. */
import { existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = resolve(BENCH_DIR, '..');
export const OUT_DIR = join(BENCH_DIR, 'out');
export const LANGS = ['zh', 'id', 'vi'] as const;
export type BenchLang = (typeof LANGS)[number];

export const MB = 1_000_000;
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
export const now = (): number => performance.now();

/** Results that must not be optimised away end up here. */
export let sink = 0;
export function consume(x: unknown): void {
  if (Array.isArray(x)) sink += x.length;
  else if (typeof x === 'string') sink += x.length;
  else if (x && typeof x === 'object') sink += 1;
  else if (typeof x === 'number') sink += x;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const mbps = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

export function fmt(x: number | undefined, digits = 2): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(Math.min(digits, 1));
  if (x !== 0 && Math.abs(x) < 0.01) return x.toPrecision(1);
  return x.toFixed(digits);
}

export interface Contender {
  name: string;
  /** One pass over the whole sample. */
  run: () => void;
}

export interface ContenderResult {
  name: string;
  /** Median time of one pass, ms. */
  ms: number;
  /** Median over rounds of (this pass / the reference pass of the same round). */
  ratio: number;
  passesPerRound: number;
  rounds: number;
  error?: string;
}

/**
 * Interleaved rounds: every round runs each contender once (A, B, C, A, B, C …), each for as
 * many passes as fill about `roundMs`, so slow drift of the machine's load hits them all alike.
 * The first contender is the reference; ratios are per-round time / reference time, medians.
 */
export function interleave(contenders: readonly Contender[], opts: { rounds: number; roundMs: number; warmMs?: number }): ContenderResult[] {
  const passes: number[] = [];
  const errors: (string | undefined)[] = [];
  // Warm-up until the JIT has settled (at least 3 passes and warmMs), then size the round from the last
  // pass: a single warm-up pass of a slow contender is 2–5× its steady time and would leave it timed cold.
  const warmMs = opts.warmMs ?? 4 * opts.roundMs;
  for (const c of contenders) {
    try {
      const start = now();
      let last = 0;
      for (let k = 0; k < 20 && (k < 3 || now() - start < warmMs); k++) {
        const t0 = now();
        c.run();
        last = Math.max(now() - t0, 0.01);
      }
      passes.push(Math.max(1, Math.min(1000, Math.round(opts.roundMs / last))));
      errors.push(undefined);
    } catch (e) {
      passes.push(0);
      errors.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
  }
  const times: number[][] = contenders.map(() => []);
  for (let r = 0; r < opts.rounds; r++) {
    contenders.forEach((c, i) => {
      if (errors[i]) return;
      const n = passes[i]!;
      const t0 = now();
      for (let k = 0; k < n; k++) c.run();
      times[i]!.push((now() - t0) / n);
    });
  }
  const ref = times[0]!;
  return contenders.map((c, i) => {
    const ratios = times[i]!.map((t, r) => t / ref[r]!);
    const res: ContenderResult = { name: c.name, ms: median(times[i]!), ratio: median(ratios), passesPerRound: passes[i]!, rounds: times[i]!.length };
    if (errors[i]) res.error = errors[i];
    return res;
  });
}

/** The reference: the plain scan over the same text. */
const SCAN = /\p{L}+|\p{N}+|\S/gu;
export function referenceScan(text: string): number {
  SCAN.lastIndex = 0;
  let n = 0;
  while (SCAN.exec(text) !== null) n++;
  return n;
}

/** Newest modification time of any file under `dir` (recursive), ms. */
export function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Forces a full GC when possible (the flag is set at start-up; see enableGc). */
let gcFn: (() => void) | undefined;
export async function enableGc(): Promise<void> {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    gcFn = g;
    return;
  }
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  gcFn = vm.runInNewContext('gc') as () => void;
}
export function gc(): void {
  gcFn?.();
}

export function table(headers: string[], rows: (string | number)[][], align?: ('l' | 'r')[]): string {
  const al = align ?? headers.map((_, i) => (i === 0 ? 'l' : 'r'));
  const head = `| ${headers.join(' | ')} |`;
  const sep = `|${al.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;
  // A `|` inside a cell (the scan's regex) would split the markdown cell.
  const cell = (v: string | number) => String(v).replace(/\|/g, '\\|');
  const body = rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}
