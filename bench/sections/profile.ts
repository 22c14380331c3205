/** CPU profiles of steady-state annotate per language (node:inspector in a child), summarised as the top functions by self time. */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, OUT_DIR, ROOT, type BenchLang } from '../lib/common.js';
import { runTsChild } from '../lib/child.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  fn: string;
  where: string;
  selfPct: number;
  selfMs: number;
}

export interface LangProfile {
  lang: BenchLang;
  file?: string;
  totalMs: number;
  top: HotSpot[];
  error?: string;
}

function where(url: string, line: number): string {
  if (!url) return '(native)';
  let p = url;
  try {
    if (url.startsWith('file:')) p = fileURLToPath(url);
  } catch {
    /* keep url */
  }
  const rel = p.startsWith(ROOT) ? relative(ROOT, p) : p;
  const file = rel.replace(/^.*node_modules\//, 'node_modules/');
  // tsx-compiled modules report most functions at line 1: the file alone is then the honest location.
  return line > 0 ? `${file}:${line + 1}` : file;
}

export function summarise(profile: CpuProfile, top = 12): { totalMs: number; top: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  // Count samples rather than sum time deltas: a delta spanning a pause (GC, the stop request) would
  // otherwise be charged to one function. Each sample stands for the median interval.
  const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
  const interval = deltas[deltas.length >> 1] ?? 0;
  profile.samples.forEach((id) => {
    const n = byId.get(id);
    if (!n) return;
    total += interval;
    const fn = n.callFrame.functionName || '(anonymous)';
    const w = where(n.callFrame.url, n.callFrame.lineNumber);
    const key = `${fn}@${w}`;
    const e = self.get(key) ?? { fn, where: w, us: 0 };
    e.us += interval;
    self.set(key, e);
  });
  const list = [...self.values()].filter((e) => e.fn !== '(idle)' && e.fn !== '(program)').sort((a, b) => b.us - a.us);
  return { totalMs: total / 1000, top: list.slice(0, top).map((e) => ({ fn: e.fn, where: e.where, selfMs: e.us / 1000, selfPct: (100 * e.us) / total })) };
}

export async function runProfile(opts: { quick: boolean; log: (s: string) => void }): Promise<LangProfile[]> {
  const out: LangProfile[] = [];
  const dir = join(OUT_DIR, 'profiles');
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) {
    const file = join(dir, `annotate-${lang}.cpuprofile`);
    rmSync(file, { force: true });
    const r = await runTsChild<{ tokens: number }>('profile.ts', [lang, opts.quick ? '4' : '8', opts.quick ? '150000' : '500000', file], { timeoutMs: 240_000 });
    if (!r.ok || !existsSync(file)) {
      out.push({ lang, totalMs: 0, top: [], error: r.error ?? 'no profile written' });
      opts.log(`  ${lang}: profile FAILED — ${r.error}`);
      continue;
    }
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    out.push({ lang, file: relative(ROOT, file), ...s });
    opts.log(`  ${lang}: ${relative(ROOT, file)} — top: ${s.top.slice(0, 3).map((h) => `${h.fn} ${h.selfPct.toFixed(0)}%`).join(', ')}`);
  }
  return out;
}
