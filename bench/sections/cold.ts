/** Cold start: fresh `node` processes importing the built library (or a peer) and annotating once. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, LANGS, OUT_DIR, ROOT, median, newestMtime, now, type BenchLang } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';

export interface LibraryBuild {
  /** Module to import in the child. */
  url: string;
  /** Extra node flags for the child (tsx loader when no build could be made). */
  nodeArgs: string[];
  note: string;
}

/** The built library: dist/ when it is newer than src/, else a private tsup build in bench/out/dist, else tsx. */
export function resolveBuild(log: (s: string) => void): LibraryBuild {
  const dist = join(ROOT, 'dist', 'index.js');
  const srcNewest = newestMtime(join(ROOT, 'src'));
  if (existsSync(dist) && statSync(dist).mtimeMs >= srcNewest) {
    return { url: pathToFileURL(dist).href, nodeArgs: [], note: 'built dist/index.js (up to date with src/)' };
  }
  const why = existsSync(dist) ? 'dist/index.js is older than src/' : 'dist/index.js is absent';
  log(`  ${why}: building a private copy with tsup into bench/out/dist …`);
  const outDir = join(OUT_DIR, 'dist');
  const t0 = now();
  const r = spawnSync(
    'npx',
    ['--no-install', 'tsup', 'src/index.ts', '--no-config', '--format', 'esm', '--target', 'node20', '--shims', '--out-dir', outDir],
    { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
  );
  const built = join(outDir, 'index.js');
  if (r.status === 0 && existsSync(built)) {
    return {
      url: pathToFileURL(built).href,
      nodeArgs: [],
      note: `${why}; built with tsup (esm, same bundling as dist/) into bench/out/dist in ${((now() - t0) / 1000).toFixed(1)} s`,
    };
  }
  log(`  tsup build failed (${(r.stderr || r.stdout || '').trim().split('\n').slice(-1)[0] ?? ''}); falling back to tsx`);
  return {
    url: pathToFileURL(join(ROOT, 'src', 'index.ts')).href,
    nodeArgs: ['--import', 'tsx'],
    note: `${why} and the tsup build failed: src/ run through the tsx loader — cold-start figures include tsx's own start-up and are pessimistic`,
  };
}

interface ChildOut {
  ms?: number;
  importMs?: number;
  rss?: number;
  heap?: number;
  error?: string;
}

function runChild(nodeArgs: string[], script: string, args: string[]): { wall: number; out: ChildOut } {
  const t0 = now();
  const r = spawnSync(process.execPath, [...nodeArgs, join(BENCH_DIR, 'child', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 16 << 20,
  });
  const wall = now() - t0;
  try {
    return { wall, out: JSON.parse(r.stdout) as ChildOut };
  } catch {
    return { wall, out: { error: `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${(r.stderr || '').trim().split('\n').slice(-1)[0] ?? ''}` } };
  }
}

export interface ColdRow {
  name: string;
  lang?: BenchLang;
  /** Wall time of the child minus the empty node's, ms (median). */
  addedWallMs: number;
  /** Time measured inside the child from the top of the script to after the first call, ms. */
  inProcessMs: number;
  importMs?: number;
  /** RSS at exit minus the empty node's, MB. */
  addedRssMb: number;
  error?: string;
}

export interface ColdResult {
  rows: ColdRow[];
  emptyWallMs: number;
  emptyRssMb: number;
  runs: number;
  build: LibraryBuild;
}

export function runCold(opts: { quick: boolean; log: (s: string) => void }): ColdResult {
  const { log } = opts;
  const build = resolveBuild(log);
  log(`  library: ${build.note}`);
  const runs = opts.quick ? 3 : 5;
  const sampleText = (lang: BenchLang) => {
    const docs = loadSample(lang, 2000).docs;
    return docs.join('\n').slice(0, 2000);
  };
  const samples = Object.fromEntries(LANGS.map((l) => [l, sampleText(l)])) as Record<BenchLang, string>;
  const jobs: { name: string; lang?: BenchLang; nodeArgs: string[]; script: string; args: string[] }[] = [
    { name: 'empty node', nodeArgs: [], script: 'empty.mjs', args: [] },
    ...LANGS.map((lang) => ({ name: `lintas import + first annotate (${lang})`, lang, nodeArgs: build.nodeArgs, script: 'cold-lib.mjs', args: [build.url, lang, samples[lang]] })),
    { name: '@node-rs/jieba load + dict + first cut', lang: 'zh' as BenchLang, nodeArgs: [], script: 'cold-jieba.mjs', args: [samples.zh] },
    { name: 'nodejieba load + first cut', lang: 'zh' as BenchLang, nodeArgs: [], script: 'cold-nodejieba.mjs', args: [samples.zh] },
  ];
  const walls: number[][] = jobs.map(() => []);
  const outs: ChildOut[][] = jobs.map(() => []);
  // One throw-away round (disk cache), then interleaved rounds.
  for (let r = -1; r < runs; r++) {
    jobs.forEach((j, i) => {
      const { wall, out } = runChild(j.nodeArgs, j.script, j.args);
      if (r < 0) return;
      walls[i]!.push(wall);
      outs[i]!.push(out);
    });
  }
  const emptyWall = median(walls[0]!);
  const emptyRss = median(outs[0]!.map((o) => o.rss ?? NaN));
  const rows: ColdRow[] = jobs.slice(1).map((j, k) => {
    const i = k + 1;
    const ok = outs[i]!.filter((o) => !o.error);
    const row: ColdRow = {
      name: j.name,
      addedWallMs: ok.length ? median(walls[i]!.filter((_, r) => !outs[i]![r]!.error)) - emptyWall : NaN,
      inProcessMs: median(ok.map((o) => o.ms!)),
      addedRssMb: (median(ok.map((o) => o.rss!)) - emptyRss) / 1e6,
    };
    if (j.lang) row.lang = j.lang;
    if (ok.length && ok[0]!.importMs !== undefined) row.importMs = median(ok.map((o) => o.importMs!));
    const err = outs[i]!.find((o) => o.error)?.error;
    if (err) row.error = err;
    return row;
  });
  return { rows, emptyWallMs: emptyWall, emptyRssMb: emptyRss / 1e6, runs, build };
}
