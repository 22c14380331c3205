/** Lexicon scaling: 1k … 1M synthetic entries, each size in a fresh process. */
import { runTsChild } from '../lib/child.js';

export interface ScalingLang {
  bytes: number;
  matches: number;
  matchMbps: number;
  matchRatio: number;
  annotateMbps: number;
  annotateRatio: number;
  error?: string;
}

export interface ScalingRow {
  entries: number;
  extendMs: number;
  compileMs: Record<string, number>;
  rssDeltaMb: number;
  heapDeltaMb: number;
  perLang: Record<string, ScalingLang>;
  error?: string;
}

export const SCALING_SIZES = [1_000, 10_000, 100_000, 1_000_000];

export async function runScaling(opts: { quick: boolean; log: (s: string) => void }): Promise<{ rows: ScalingRow[]; skipped: number[] }> {
  const sizes = opts.quick ? SCALING_SIZES.filter((n) => n <= 100_000) : SCALING_SIZES;
  const skipped = SCALING_SIZES.filter((n) => !sizes.includes(n));
  const rows: ScalingRow[] = [];
  for (const n of sizes) {
    const r = await runTsChild<ScalingRow>('scaling.ts', [String(n), opts.quick ? '1' : '0'], {
      timeoutMs: 300_000,
      nodeArgs: ['--max-old-space-size=8192'],
    });
    if (r.ok && r.value) {
      rows.push(r.value);
      const z = r.value.perLang.zh;
      opts.log(`  ${n} entries: extend ${r.value.extendMs.toFixed(0)} ms, compile zh ${r.value.compileMs.zh?.toFixed(0)} ms, match zh ${z?.matchMbps.toFixed(1)} MB/s (${(r.wallMs / 1000).toFixed(1)} s)`);
    } else {
      rows.push({ entries: n, extendMs: NaN, compileMs: {}, rssDeltaMb: NaN, heapDeltaMb: NaN, perLang: {}, error: r.error ?? 'failed' });
      opts.log(`  ${n} entries: FAILED — ${r.error}`);
    }
  }
  return { rows, skipped };
}
