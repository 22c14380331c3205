/** Worst cases: long unbroken inputs annotated whole, up a ladder of sizes, to show the rate stays linear. */
import { lastErrorLine, spawnTsChild } from '../lib/child.js';
import { fmt, mbps } from '../lib/common.js';
import { WORST_CASES, type WorstCase } from '../lib/worst-texts.js';

export interface WorstStep {
  bytes: number;
  ms?: number;
  mbps?: number;
  skipped?: boolean;
  predictedMs?: number;
  exponent?: number;
}

export interface WorstRow {
  kind: WorstCase;
  lang: string;
  steps: WorstStep[];
  /** The largest size planned (10 MB; 1 MB for digits). */
  plannedBytes: number;
  /** The two largest sizes reached and their rates (the 1 MB vs 10 MB comparison when both ran). */
  smallBytes: number;
  bigBytes: number;
  smallMbps: number;
  bigMbps: number;
  /** big rate / small rate: 1 = linear; well below 1 = superlinear cost. */
  linearity: number;
  error?: string;
}

async function runLadder(kind: WorstCase, lang: string, sizes: number[], budgetMs: number): Promise<{ steps: WorstStep[]; error?: string }> {
  // Safety net: a single step may still overrun its prediction.
  const timeoutMs = budgetMs * 2 + 15_000;
  const run = await spawnTsChild('worst.ts', [kind, lang, sizes.join(','), String(budgetMs)], { timeoutMs, nodeArgs: ['--max-old-space-size=8192'] });
  // One JSON line per size reached, so a killed run still reports the sizes it finished.
  const steps: WorstStep[] = run.out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const s = JSON.parse(l) as WorstStep;
      if (s.ms !== undefined) s.mbps = mbps(s.bytes, s.ms);
      return s;
    });
  let error: string | undefined;
  if (run.timedOut) error = `killed after ${(timeoutMs / 1000).toFixed(0)} s, during the next size`;
  else if (run.code !== 0) error = `exit ${run.code}: ${lastErrorLine(run.err)}`.slice(0, 300);
  return error ? { steps, error } : { steps };
}

export async function runWorst(opts: { quick: boolean; log: (s: string) => void }): Promise<WorstRow[]> {
  const ladder = opts.quick ? [10_000, 100_000, 500_000, 2_000_000] : [10_000, 100_000, 1_000_000, 10_000_000];
  const budgetMs = opts.quick ? 8_000 : 30_000;
  const plan: { kind: WorstCase; lang: string; sizes: number[] }[] = [
    { kind: 'zh-paragraph', lang: 'zh', sizes: ladder },
    { kind: 'latin-nospace', lang: 'id', sizes: ladder },
    { kind: 'latin-nospace', lang: 'vi', sizes: ladder },
    ...['zh', 'id', 'vi'].map((lang) => ({ kind: 'digits-slashes' as WorstCase, lang, sizes: ladder.map((s) => s / 10) })),
  ];
  const rows: WorstRow[] = [];
  for (const p of plan) {
    const { steps, error } = await runLadder(p.kind, p.lang, p.sizes, budgetMs);
    const measured = steps.filter((s) => s.ms !== undefined);
    // Linearity from the two largest sizes reached (the planned 1 MB vs 10 MB when both ran).
    const big = measured.length >= 2 ? measured[measured.length - 1]! : undefined;
    const small = measured.length >= 2 ? measured[measured.length - 2]! : undefined;
    const row: WorstRow = {
      kind: p.kind,
      lang: p.lang,
      steps,
      plannedBytes: p.sizes[p.sizes.length - 1]!,
      smallBytes: small?.bytes ?? NaN,
      bigBytes: big?.bytes ?? NaN,
      smallMbps: small?.mbps ?? NaN,
      bigMbps: big?.mbps ?? NaN,
      linearity: small && big ? big.mbps! / small.mbps! : NaN,
    };
    const skipped = steps.find((s) => s.skipped);
    if (error) row.error = error;
    else if (skipped) row.error = `stopped before ${+(skipped.bytes / 1e6).toPrecision(2)} MB: predicted ${fmt(skipped.predictedMs! / 1000, 0)} s (growth exponent ${fmt(skipped.exponent)})`;
    opts.log(`  ${p.kind} (${p.lang}): ${measured.map((s) => `${+(s.bytes / 1e6).toPrecision(2)} MB ${fmt(s.mbps)} MB/s`).join(', ')}${row.error ? ` — ${row.error}` : ''}`);
    rows.push(row);
  }
  return rows;
}

export { WORST_CASES };
