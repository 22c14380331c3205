/** Runs a bench/child/*.ts script in a fresh node process through tsx. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, ROOT, now } from './common.js';

export interface ChildResult<T> {
  ok: boolean;
  value?: T;
  error?: string;
  wallMs: number;
}

export interface ChildRun {
  out: string;
  err: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallMs: number;
}

/** Spawns the script, collects its output, and kills it (SIGKILL) after `timeoutMs`. */
export function spawnTsChild(script: string, args: string[], opts: { timeoutMs: number; nodeArgs?: string[] }): Promise<ChildRun> {
  return new Promise((resolve) => {
    const t0 = now();
    const child = spawn(process.execPath, ['--import', 'tsx', ...(opts.nodeArgs ?? []), join(BENCH_DIR, 'child', script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ out, err, code, signal, timedOut, wallMs: now() - t0 });
    });
  });
}

/** The line of a child's stderr that says what went wrong (the last one mentioning an error, else the last). */
export function lastErrorLine(err: string): string {
  const lines = err.trim().split('\n');
  return lines.filter((l) => /error/i.test(l)).slice(-1)[0] ?? lines.slice(-1)[0] ?? '';
}

/** Runs the script and parses its whole stdout as one JSON value. */
export async function runTsChild<T>(script: string, args: string[], opts: { timeoutMs: number; nodeArgs?: string[] }): Promise<ChildResult<T>> {
  const run = await spawnTsChild(script, args, opts);
  if (run.timedOut) return { ok: false, error: `timed out after ${(opts.timeoutMs / 1000).toFixed(0)} s`, wallMs: run.wallMs };
  try {
    return { ok: true, value: JSON.parse(run.out) as T, wallMs: run.wallMs };
  } catch {
    return { ok: false, error: `exit ${run.code}${run.signal ? ` (${run.signal})` : ''}: ${lastErrorLine(run.err).slice(0, 300)}`, wallMs: run.wallMs };
  }
}
