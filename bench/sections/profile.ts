/** CPU profiles of annotate per language (node --cpu-prof), summarised as the top functions by self time. */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  return `${rel.replace(/^.*node_modules\//, 'node_modules/')}:${line + 1}`;
}

export function summarise(profile: CpuProfile, top = 12): { totalMs: number; top: HotSpot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (!n) return;
    total += dt;
    const fn = n.callFrame.functionName || '(anonymous)';
    const w = where(n.callFrame.url, n.callFrame.lineNumber);
    const key = `${fn}@${w}`;
    const e = self.get(key) ?? { fn, where: w, us: 0 };
    e.us += dt;
    self.set(key, e);
  });
  const list = [...self.values()].filter((e) => e.fn !== '(idle)' && e.fn !== '(program)').sort((a, b) => b.us - a.us);
  return { totalMs: total / 1000, top: list.slice(0, top).map((e) => ({ fn: e.fn, where: e.where, selfMs: e.us / 1000, selfPct: (100 * e.us) / total })) };
}

export async function runProfile(opts: { quick: boolean; log: (s: string) => void }): Promise<LangProfile[]> {
  const out: LangProfile[] = [];
  for (const lang of LANGS) {
    const dir = join(OUT_DIR, 'profiles', lang);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = await runTsChild<{ tokens: number }>('profile.ts', [lang, opts.quick ? '3' : '8', opts.quick ? '150000' : '1000000'], {
      timeoutMs: 180_000,
      nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir],
    });
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    if (!r.ok || files.length === 0) {
      out.push({ lang, totalMs: 0, top: [], error: r.error ?? 'no profile written' });
      opts.log(`  ${lang}: profile FAILED — ${r.error}`);
      continue;
    }
    // The largest profile is the child's main thread (tsx may write one for its loader thread too).
    const file = files.map((f) => join(dir, f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    out.push({ lang, file: relative(ROOT, file), ...s });
    opts.log(`  ${lang}: ${relative(ROOT, file)} — top: ${s.top.slice(0, 3).map((h) => `${h.fn} ${h.selfPct.toFixed(0)}%`).join(', ')}`);
  }
  return out;
}
