/** Runs a bench/child/*.ts script in a fresh node process through tsx and parses its JSON output. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, ROOT, now } from './common.js';

export interface ChildResult<T> {
  ok: boolean;
  value?: T;
  error?: string;
  wallMs: number;
}

export function runTsChild<T>(script: string, args: string[], opts: { timeoutMs: number; nodeArgs?: string[] }): Promise<ChildResult<T>> {
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
      const wallMs = now() - t0;
      if (timedOut) return resolve({ ok: false, error: `timed out after ${(opts.timeoutMs / 1000).toFixed(0)} s`, wallMs });
      try {
        resolve({ ok: true, value: JSON.parse(out) as T, wallMs });
      } catch {
        const last = err.trim().split('\n').filter((l) => /error/i.test(l)).slice(-1)[0] ?? err.trim().split('\n').slice(-1)[0] ?? '';
        resolve({ ok: false, error: `exit ${code}${signal ? ` (${signal})` : ''}: ${last.slice(0, 300)}`, wallMs });
      }
    });
  });
}
