/** Throughput: annotate, its stages and the peers over the same corpus sample, interleaved, vs the plain scan. */
import type { Lang } from '../../src/index.js';
import { consume, interleave, mbps, referenceScan, type BenchLang, type Contender } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';
import { prepare, stages, type LibraryUnderTest } from '../lib/lintas.js';
import { loadPeers, type Peer } from '../lib/peers.js';

export type RowKind = 'reference' | 'annotate' | 'stage' | 'peer';

export interface ThroughputRow {
  lang: BenchLang;
  name: string;
  kind: RowKind;
  role?: Peer['role'];
  ms: number;
  mbps: number;
  ratio: number;
  error?: string;
}

export interface LangThroughput {
  lang: BenchLang;
  source: string;
  fallback: boolean;
  docs: number;
  bytes: number;
  rounds: number;
  rows: ThroughputRow[];
  missing: { name: string; reason: string }[];
}

export async function runThroughput(
  lib: LibraryUnderTest,
  lang: BenchLang,
  opts: { quick: boolean; log: (s: string) => void },
): Promise<LangThroughput> {
  const sample = loadSample(lang, opts.quick ? 150_000 : 1_000_000);
  const { docs, bytes } = sample;
  opts.log(`  ${lang}: ${(bytes / 1e6).toFixed(2)} MB, ${docs.length} documents — ${sample.source}`);
  const prepared = prepare(docs, lang as Lang, lib.lexicon);
  const { peers, missing } = await loadPeers(lang);
  for (const m of missing) opts.log(`  ${lang}: peer ${m.name} MISSING — ${m.reason}`);
  const kinds: RowKind[] = [];
  const roles: (Peer['role'] | undefined)[] = [];
  const contenders: Contender[] = [];
  const add = (kind: RowKind, c: Contender, role?: Peer['role']) => {
    kinds.push(kind);
    roles.push(role);
    contenders.push(c);
  };
  add('reference', { name: 'reference scan /\\p{L}+|\\p{N}+|\\S/gu', run: () => consume(docs.reduce((n, d) => n + referenceScan(d), 0)) });
  add('annotate', { name: 'annotate (whole pipeline)', run: () => consume(docs.reduce((n, d) => n + lib.annotator.annotate(d, lang).tokens.length, 0)) });
  for (const s of stages(docs, lang as Lang, lib.lexicon, prepared)) add('stage', { name: `stage: ${s.name}`, run: () => consume(s.run()) });
  for (const p of peers) add('peer', { name: p.name, run: () => consume(docs.reduce((n, d) => n + p.cut(d), 0)) }, p.role);
  const rounds = opts.quick ? 3 : 5;
  const res = interleave(contenders, { rounds, roundMs: opts.quick ? 60 : 250 });
  const rows: ThroughputRow[] = res.map((r, i) => {
    const row: ThroughputRow = { lang, name: r.name, kind: kinds[i]!, ms: r.ms, mbps: mbps(bytes, r.ms), ratio: r.ratio };
    const role = roles[i];
    if (role) row.role = role;
    if (r.error) row.error = r.error;
    return row;
  });
  return { lang, source: sample.source, fallback: sample.fallback, docs: docs.length, bytes, rounds, rows, missing };
}
