/** `lintas annotate --jobs N` (dist/cli.js): --jobs 1 vs --jobs 2 on a jsonl built from the corpus, same output. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, OUT_DIR, ROOT, median, now } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';

export interface JobsResult {
  skipped?: string;
  inputBytes?: number;
  docs?: number;
  command?: string;
  runs?: { jobs: number; ms: number; mbps: number; sha256: string; error?: string }[];
  identical?: boolean;
  speedup?: number;
}

/** dist/cli.js; LINTAS_BENCH_CLI points elsewhere (e.g. a private build) when needed. */
const CLI = process.env.LINTAS_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js');

function runCli(args: string[], input: string, output: string, timeoutMs: number): Promise<{ ms: number; error?: string }> {
  return new Promise((resolve) => {
    const t0 = now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    createReadStream(input).pipe(child.stdin);
    child.stdout.pipe(createWriteStream(output));
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = now() - t0;
      if (code === 0) resolve({ ms });
      else resolve({ ms, error: `exit ${code}${signal ? ` ${signal}` : ''}: ${err.trim().split('\n').slice(-1)[0] ?? ''}`.slice(0, 300) });
    });
  });
}

export async function runJobs(opts: { quick: boolean; log: (s: string) => void }): Promise<JobsResult> {
  if (!existsSync(CLI)) return { skipped: `${relative(ROOT, CLI)} is absent (build the CLI with \`npx tsup\` first) — --jobs comparison skipped` };
  mkdirSync(OUT_DIR, { recursive: true });
  const input = join(OUT_DIR, 'jobs-input.jsonl');
  // The whole corpus in a full run: each worker pays its own cold start (lexicons, segmenters, ≈ 1 s of CPU
  // for three languages), which a sample of a few MB would mostly measure instead of the annotation.
  const cap = opts.quick ? 100_000 : Infinity;
  const lines: string[] = [];
  for (const lang of LANGS) {
    loadSample(lang, cap).docs.forEach((text, i) => lines.push(JSON.stringify({ id: `${lang}-${i}`, lang, text })));
  }
  // Interleave languages so each worker sees a mix.
  lines.sort((a, b) => createHash('md5').update(a).digest('hex').localeCompare(createHash('md5').update(b).digest('hex')));
  writeFileSync(input, lines.join('\n') + '\n');
  const inputBytes = statSync(input).size;
  const base = ['annotate', '--jsonl'];
  const reps = opts.quick ? 1 : 2;
  const runs: NonNullable<JobsResult['runs']> = [];
  const times: Record<number, number[]> = { 1: [], 2: [] };
  const hashes: Record<number, string> = {};
  const errors: Record<number, string | undefined> = {};
  for (let r = 0; r < reps; r++) {
    for (const jobs of [1, 2]) {
      const output = join(OUT_DIR, `jobs-output-${jobs}.jsonl`);
      const res = await runCli([...base, '--jobs', String(jobs)], input, output, 300_000);
      if (res.error) errors[jobs] = res.error;
      else {
        times[jobs]!.push(res.ms);
        hashes[jobs] = createHash('sha256').update(readFileSync(output)).digest('hex');
      }
    }
  }
  for (const jobs of [1, 2]) {
    const ms = median(times[jobs]!);
    const row = { jobs, ms, mbps: inputBytes / 1e6 / (ms / 1000), sha256: hashes[jobs] ?? '' } as NonNullable<JobsResult['runs']>[number];
    if (errors[jobs]) row.error = errors[jobs];
    runs.push(row);
    opts.log(`  --jobs ${jobs}: ${(ms / 1000).toFixed(2)} s${errors[jobs] ? ` — ${errors[jobs]}` : ''}`);
  }
  const identical = !!hashes[1] && hashes[1] === hashes[2];
  return {
    inputBytes,
    docs: lines.length,
    command: `node ${relative(ROOT, CLI)} ${base.join(' ')} --jobs N < bench/out/jobs-input.jsonl`,
    runs,
    identical,
    speedup: median(times[1]!) / median(times[2]!),
  };
}
