/** Rendering of the benchmark results: console tables, targets, BENCHMARKS.md and bench/README-table.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, ROOT, fmt, table } from './lib/common.js';
import type { ColdResult } from './sections/cold.js';
import type { JobsResult } from './sections/jobs.js';
import type { LangProfile } from './sections/profile.js';
import type { ScalingRow } from './sections/scaling.js';
import type { LangThroughput, ThroughputRow } from './sections/throughput.js';
import { WORST_CASES, type WorstRow } from './sections/worst.js';

export interface Machine {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memGb: string;
  loadavg: string;
  quick: boolean;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  status: 'PASS' | 'MISS' | 'n/a';
  note?: string;
}

export interface BenchResults {
  machine: Machine;
  lexiconNote: string;
  defaultLexicon: boolean;
  sections: string[];
  throughput?: LangThroughput[];
  cold?: ColdResult;
  scaling?: { rows: ScalingRow[]; skipped: number[] };
  worst?: WorstRow[];
  jobs?: JobsResult;
  profile?: LangProfile[];
  targets?: Target[];
  totalSeconds?: number;
  /** Set when a partial run was merged with the previous one. */
  merged?: string;
}

export function machineInfo(quick: boolean): Machine {
  const c = cpus();
  return {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    node: process.version,
    cpu: (c[0]?.model ?? 'unknown CPU').trim(),
    cores: c.length,
    memGb: `${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free)`,
    loadavg: loadavg().map((x) => x.toFixed(2)).join(' / '),
    quick,
  };
}

const mb = (bytes: number) => `${+(bytes / 1e6).toPrecision(2)} MB`;
const x = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? 'n/a' : `${fmt(r, 1)}×`);

// ---------------------------------------------------------------- throughput

export function renderThroughput(list: LangThroughput[]): string {
  const out: string[] = [];
  for (const t of list) {
    out.push(`\n**${t.lang}** — ${(t.bytes / 1e6).toFixed(2)} MB in ${t.docs} documents, ${t.rounds} rounds; ${t.source}`);
    out.push('');
    out.push(
      table(
        ['', 'MB/s', '× scan (time)', 'ms / pass'],
        t.rows.map((r) => [r.error ? `${r.name} — ERROR: ${r.error}` : r.name, r.error ? 'n/a' : fmt(r.mbps), r.error ? 'n/a' : x(r.ratio), r.error ? 'n/a' : fmt(r.ms, 1)]),
      ),
    );
    const ann = find(t, (r) => r.kind === 'annotate');
    const stageMs = t.rows.filter((r) => r.kind === 'stage' && !r.error).reduce((n, r) => n + r.ms, 0);
    if (ann) {
      const rest = ann.ms - stageMs;
      out.push(
        `\nannotate − Σ stages = ${fmt(rest, 0)} ms per pass (${fmt((100 * rest) / ann.ms, 0)} % of annotate): overlap resolution, token alignment, offset mapping, date resolution and candidate building, which are not timed alone.`,
      );
    }
    for (const m of t.missing) out.push(`\n- peer **${m.name}** is missing: ${m.reason}`);
  }
  return out.join('\n');
}

const find = (t: LangThroughput | undefined, pred: (r: ThroughputRow) => boolean) => t?.rows.find((r) => !r.error && pred(r));

// ---------------------------------------------------------------- cold start

export function renderCold(c: ColdResult): string {
  const jieba = c.rows.find((r) => r.name.startsWith('@node-rs/jieba') && !r.error);
  return [
    `Library: ${c.build.note}. ${c.runs} runs each, interleaved, medians. Baseline: empty \`node\` ${fmt(c.emptyWallMs, 0)} ms wall, ${fmt(c.emptyRssMb, 1)} MB RSS.`,
    '"× jieba" compares the added wall time with @node-rs/jieba\'s (load + dict + first cut) in the same rounds: a load-independent view of the ≤ 200 ms target, set when that took 180 ms here.',
    '',
    table(
      ['', 'wall added (ms)', '× jieba', 'in-process (ms)', 'of which import (ms)', 'RSS added (MB)'],
      c.rows.map((r) => [
        r.error ? `${r.name} — ERROR: ${r.error}` : r.name,
        fmt(r.addedWallMs, 0),
        jieba && !r.error ? x(r.addedWallMs / jieba.addedWallMs) : 'n/a',
        fmt(r.inProcessMs, 0),
        r.importMs === undefined ? '' : fmt(r.importMs, 0),
        fmt(r.addedRssMb, 1),
      ]),
    ),
  ].join('\n');
}

// ---------------------------------------------------------------- scaling

const k = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

export function renderScaling(s: { rows: ScalingRow[]; skipped: number[] }): string {
  const rows = s.rows.map((r) => {
    if (r.error) return [k(r.entries), `ERROR: ${r.error}`, '', '', '', '', '', '', '', ''];
    const z = r.perLang.zh;
    const i = r.perLang.id;
    const build = r.extendMs + Math.max(r.compileMs.zh ?? 0, r.compileMs.id ?? 0);
    return [
      k(r.entries),
      fmt(r.extendMs, 0),
      `${fmt(r.compileMs.zh, 0)} / ${fmt(r.compileMs.id, 0)}`,
      fmt(build, 0),
      z ? `${fmt(z.matchMbps)} (${x(z.matchRatio)})` : 'n/a',
      i ? `${fmt(i.matchMbps)} (${x(i.matchRatio)})` : 'n/a',
      z && i ? `${fmt(z.annotateMbps)} / ${fmt(i.annotateMbps)}` : 'n/a',
      fmt(r.rssDeltaMb, 1),
      fmt(r.heapDeltaMb, 1),
      r.entries >= 100_000 ? `${fmt((r.rssDeltaMb / r.entries) * 1e5, 0)} / ${fmt((r.heapDeltaMb / r.entries) * 1e5, 0)}` : '',
    ];
  });
  const lines = [
    'Each size in a fresh process. Entries: PERSON, a CJK name of 2–4 characters (zh) and a Latin two-word name (id, vi, en).',
    'The pipeline is warmed first with an empty lexicon, so compile times are the index build (plus one 200-character annotate). build = extend() + the slower first-match compile (zh or id). Memory: after GC, annotator built and both indexes compiled, minus before (the input entries array excluded); per 100k shown from 100k up.',
    '',
    table(
      ['entries', 'extend (ms)', 'compile zh / id (ms)', 'build (ms)', 'match zh MB/s (× scan)', 'match id MB/s (× scan)', 'annotate zh / id MB/s', 'RSS Δ (MB)', 'heap Δ (MB)', 'RSS / heap MB per 100k'],
      rows,
    ),
  ];
  if (s.skipped.length) lines.push(`\nNot run in this mode: ${s.skipped.map(k).join(', ')} entries (run without --quick).`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- worst cases

export function renderWorst(rows: WorstRow[]): string {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return [
    kinds.map((kd) => `- \`${kd}\`: ${WORST_CASES[kd]}`).join('\n'),
    '- Each text is annotated whole (one call), in a fresh process, up a ladder of sizes; a size whose predicted time exceeds the budget is not run.',
    '',
    table(
      ['case', 'lang', 'MB/s by size', 'large / small rate', 'note'],
      rows.map((r) => [
        r.kind,
        r.lang,
        r.steps.filter((s) => s.mbps !== undefined).map((s) => `${mb(s.bytes)}: ${fmt(s.mbps)}`).join('; '),
        Number.isFinite(r.linearity) ? `${fmt(r.linearity)} (${mb(r.bigBytes)} vs ${mb(r.smallBytes)})` : 'n/a',
        r.error ?? '',
      ]),
      ['l', 'l', 'l', 'r', 'l'],
    ),
  ].join('\n');
}

// ---------------------------------------------------------------- jobs

export function renderJobs(j: JobsResult): string {
  if (j.skipped) return j.skipped;
  return [
    `\`${j.command}\` — ${fmt((j.inputBytes ?? 0) / 1e6)} MB, ${j.docs} documents (zh, id, vi mixed).`,
    '',
    table(
      ['', 'wall (s)', 'MB/s', 'output sha256'],
      (j.runs ?? []).map((r) => [`--jobs ${r.jobs}`, r.error ? `ERROR: ${r.error}` : fmt(r.ms / 1000), fmt(r.mbps), r.sha256.slice(0, 16)]),
    ),
    '',
    `Speed-up --jobs 2 over --jobs 1: ${x(j.speedup)}; outputs identical: ${j.identical ? 'yes' : 'NO'}.`,
  ].join('\n');
}

// ---------------------------------------------------------------- profile

export function renderProfile(list: LangProfile[]): string {
  const out: string[] = [];
  for (const p of list) {
    if (p.error) {
      out.push(`\n**${p.lang}**: profile failed — ${p.error}`);
      continue;
    }
    out.push(`\n**${p.lang}** (${fmt(p.totalMs / 1000, 1)} s sampled, \`${p.file}\`):`);
    out.push('');
    out.push(table(['function', 'where', 'self %'], p.top.map((h) => [`\`${h.fn}\``, h.where, fmt(h.selfPct, 1)]), ['l', 'l', 'r']));
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- targets

/** nodejieba.cut measured earlier on this machine: 16× the scan (used only when nodejieba is missing). */
const NODEJIEBA_EARLIER_RATIO = 16;

/** Speed comparisons use the ratios to the scan (per-round, so load swings cancel), not raw MB/s. */
export function evaluateTargets(r: BenchResults): Target[] {
  const t: Target[] = [];
  const status = (ok: boolean | undefined): Target['status'] => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS');
  if (r.cold) {
    for (const row of r.cold.rows.filter((c) => c.name.startsWith('lintas'))) {
      const ok = !row.error && Number.isFinite(row.addedWallMs);
      t.push({ name: `cold start ${row.lang}: time`, goal: '≤ 200 ms', measured: ok ? `${fmt(row.addedWallMs, 0)} ms` : `error: ${row.error}`, status: status(ok ? row.addedWallMs <= 200 : false) });
      t.push({ name: `cold start ${row.lang}: memory`, goal: '≤ +60 MB RSS', measured: ok ? `+${fmt(row.addedRssMb, 1)} MB` : 'n/a', status: status(ok ? row.addedRssMb <= 60 : false) });
    }
  }
  const tp = (lang: string) => r.throughput?.find((l) => l.lang === lang);
  if (r.throughput) {
    const zh = tp('zh');
    const ann = find(zh, (x) => x.kind === 'annotate');
    const nj = find(zh, (x) => x.name.startsWith('nodejieba'));
    if (ann && nj) {
      t.push({ name: 'zh annotate ≥ nodejieba.cut', goal: `≤ nodejieba's ratio (${x(nj.ratio)} scan, ${fmt(nj.mbps)} MB/s)`, measured: `${fmt(ann.mbps)} MB/s (${x(ann.ratio)})`, status: status(ann.ratio <= nj.ratio) });
    } else if (ann) {
      t.push({
        name: 'zh annotate ≥ nodejieba.cut',
        goal: `≤ ${NODEJIEBA_EARLIER_RATIO}× scan`,
        measured: `${fmt(ann.mbps)} MB/s (${x(ann.ratio)})`,
        status: status(ann.ratio <= NODEJIEBA_EARLIER_RATIO),
        note: 'nodejieba missing: compared with its ratio measured earlier on this machine',
      });
    }
    const tok = find(zh, (x) => x.name === 'stage: tokenise');
    const jb = find(zh, (x) => x.name.startsWith('@node-rs/jieba'));
    if (tok && jb) {
      t.push({ name: 'zh tokenise ≈ @node-rs/jieba', goal: `≤ 1.25 × jieba's ratio (${x(jb.ratio)} scan, ${fmt(jb.mbps)} MB/s)`, measured: `${fmt(tok.mbps)} MB/s (${x(tok.ratio)})`, status: status(tok.ratio <= jb.ratio * 1.25) });
    }
    for (const lang of ['id', 'vi']) {
      const a = find(tp(lang), (x) => x.kind === 'annotate');
      if (a) t.push({ name: `${lang} annotate`, goal: '≤ 7× scan (≈ ≥ 5 MB/s)', measured: `${fmt(a.mbps)} MB/s (${x(a.ratio)})`, status: status(a.ratio <= 7), note: a.mbps >= 5 ? undefined : 'below 5 MB/s on this (loaded) machine' });
    }
    for (const lang of LANGS_ALL) {
      const d = find(tp(lang), (x) => x.name === 'stage: dates');
      const c = find(tp(lang), (x) => x.name.startsWith('chrono-node'));
      if (d && c) t.push({ name: `${lang} dates layer ≥ chrono-node`, goal: `≤ chrono's ratio (${x(c.ratio)} scan, ${fmt(c.mbps)} MB/s)`, measured: `${fmt(d.mbps)} MB/s (${x(d.ratio)})`, status: status(d.ratio <= c.ratio) });
    }
  }
  if (r.scaling) {
    const at = (n: number) => r.scaling!.rows.find((s) => s.entries === n && !s.error);
    const small = at(1_000);
    const big = at(1_000_000);
    for (const lang of ['zh', 'id']) {
      const s = small?.perLang[lang];
      const b = big?.perLang[lang];
      if (s && b) {
        const rel = s.matchRatio / b.matchRatio;
        t.push({ name: `lexicon match ${lang} at 1M`, goal: '≥ 0.5 × speed at 1k', measured: `${fmt(rel)} × (${x(b.matchRatio)} vs ${x(s.matchRatio)} scan; ${fmt(b.matchMbps)} vs ${fmt(s.matchMbps)} MB/s, separate processes)`, status: status(rel >= 0.5) });
      } else t.push({ name: `lexicon match ${lang} at 1M`, goal: '≥ 0.5 × speed at 1k', measured: 'not run', status: 'n/a' });
    }
    const h = at(100_000);
    if (h) {
      const build = h.extendMs + Math.max(h.compileMs.zh ?? 0, h.compileMs.id ?? 0);
      t.push({ name: 'build 100k entries', goal: '≤ 1 s (extend + first-match compile)', measured: `${fmt(build, 0)} ms`, status: status(build <= 1000) });
    }
  }
  if (r.worst) {
    for (const w of r.worst) {
      t.push({
        name: `worst case ${w.kind} (${w.lang}) linear`,
        goal: 'rate at the largest size ≥ 0.7 × rate at the size before',
        measured: Number.isFinite(w.linearity)
          ? `${fmt(w.linearity)} (${fmt(w.bigMbps)} MB/s at ${mb(w.bigBytes)} vs ${fmt(w.smallMbps)} at ${mb(w.smallBytes)})${w.bigBytes < w.plannedBytes - 4 ? `; ${mb(w.plannedBytes)} not reached: ${w.error ?? ''}` : ''}`
          : `not measurable — ${w.error ?? 'no data'}`,
        // A crash or a kill at the next size is a miss even when the sizes before were linear.
        status: status(Number.isFinite(w.linearity) && !/^(exit|killed)/.test(w.error ?? '') ? w.linearity >= 0.7 : false),
      });
    }
  }
  if (r.jobs && !r.jobs.skipped) {
    t.push({ name: 'CLI --jobs 2 output = --jobs 1', goal: 'identical', measured: r.jobs.identical ? 'identical' : 'different', status: status(r.jobs.identical) });
    if (r.jobs.speedup !== undefined) {
      t.push({ name: 'CLI --jobs 2 beats --jobs 1', goal: 'speed-up > 1×', measured: `${fmt(r.jobs.speedup, 2)}×`, status: status(r.jobs.speedup > 1) });
    }
  }
  return t;
}
const LANGS_ALL = ['zh', 'id', 'vi'] as const;

export function renderTargets(ts: Target[]): string {
  if (ts.length === 0) return '(no targets measured in this run)';
  return table(
    ['target', 'goal', 'measured', ''],
    ts.map((t) => [t.name, t.goal, t.note ? `${t.measured} — ${t.note}` : t.measured, t.status === 'PASS' ? 'PASS' : t.status === 'MISS' ? '**MISS**' : 'n/a']),
    ['l', 'l', 'l', 'l'],
  );
}

// ---------------------------------------------------------------- files

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const BENCH_INTRO = `# Benchmarks

\`npm run bench\` (= \`tsx bench/run.ts\`) measures lintas against a plain regular-expression scan and its
peers on the same text, and rewrites the section below. \`npm run bench -- --quick\` is a short run
(about 2 minutes), \`--section throughput|cold|scaling|worst|jobs|profile\` runs parts (add \`--write\` to
record a partial run here).

How to read it: throughput figures are medians of interleaved rounds (A, B, C, A, B, C …) in one
process; \`× scan\` is the time relative to the plain scan \`/\\p{L}+|\\p{N}+|\\S/gu\` over the same text in the
same round (lower is faster). Ratios are what to compare across machines and loads; MB/s depends on
the machine. MB = 10⁶ bytes of UTF-8. The corpora are read at run time from \`../shared/data/corpus\`
(see its README); nothing is copied into the project.

`;

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const parts: string[] = [];
  parts.push(`## Results${m.quick ? ' (--quick run: small samples, fewer rounds)' : ''}`);
  parts.push('');
  parts.push(`- Date: ${m.date}; Node ${m.node}; CPU: ${m.cpu} × ${m.cores} logical cores; memory ${m.memGb}.`);
  parts.push(
    `- Machine note: a shared 2-core VM; other builds and tests were running during the run (load average ${m.loadavg} at start), so absolute MB/s are noisy and low; the ratios to the scan, taken round by round, are the stable figures.`,
  );
  parts.push(`- Lexicon: ${r.lexiconNote}.`);
  parts.push(`- Sections: ${r.sections.join(', ')}; the last run took ${fmt(r.totalSeconds, 0)} s.`);
  if (r.merged) parts.push(`- Merged runs: ${r.merged}.`);
  if (r.targets) {
    parts.push('\n### Targets\n');
    parts.push(renderTargets(r.targets));
  }
  if (r.throughput) {
    parts.push('\n### Throughput: annotate, its stages, and peers on the same text\n');
    parts.push('Stages are timed alone on precomputed input (normalised text, tokens, lexicon matches), as `src/pipeline/run.ts` calls them. Peers: `@node-rs/jieba` `cut(text, false)`, `nodejieba.cut`, `Intl.Segmenter` (word), `wink-tokenizer`, `chrono-node` `<lang>.parse` — one call per document.');
    parts.push(renderThroughput(r.throughput));
  }
  if (r.cold) {
    parts.push('\n### Cold start\n');
    parts.push('A fresh `node` per run: `import` + first `annotate` of a 2 kB sample (the default lexicon is loaded on that first call). "wall added" is the child\'s wall time minus an empty `node`\'s; "RSS added" is `process.memoryUsage().rss` at the end minus the empty `node`\'s.\n');
    parts.push(renderCold(r.cold));
  }
  if (r.scaling) {
    parts.push('\n### Lexicon scaling\n');
    parts.push(renderScaling(r.scaling));
  }
  if (r.worst) {
    parts.push('\n### Worst cases\n');
    parts.push(renderWorst(r.worst));
  }
  if (r.jobs) {
    parts.push('\n### CLI `--jobs`\n');
    parts.push(renderJobs(r.jobs));
  }
  if (r.profile) {
    parts.push('\n### Hot spots\n');
    parts.push('CPU profile (`node:inspector`, 0.5 ms sampling) of steady-state `annotate` over the corpus sample, after one warm-up pass; top functions by self time. Native work is charged to its JS caller (the `(anonymous)` in a segmenter file is the @node-rs/jieba call). Profiles are kept in `bench/out/profiles/` (open in Chrome DevTools).\n');
    parts.push(renderProfile(r.profile));
  }
  return parts.join('\n');
}

/** The short table for the README. */
export function renderReadmeTable(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`<!-- generated by \`npm run bench\` on ${r.machine.date} (Node ${r.machine.node}, ${r.machine.cpu} × ${r.machine.cores}); see BENCHMARKS.md -->`);
  lines.push('');
  const rows: string[][] = [];
  for (const t of r.throughput ?? []) {
    const ann = find(t, (x) => x.kind === 'annotate');
    const cold = r.cold?.rows.find((c) => c.lang === t.lang && c.name.startsWith('lintas'));
    rows.push([
      `**lintas** \`annotate\` (${t.lang})`,
      ann ? fmt(ann.mbps) : 'n/a',
      ann ? x(ann.ratio) : 'n/a',
      cold && !cold.error ? `${fmt(cold.addedWallMs, 0)} ms, +${fmt(cold.addedRssMb, 0)} MB` : 'n/a',
    ]);
  }
  const peerCold = (prefix: string) => {
    const c = r.cold?.rows.find((row) => row.name.startsWith(prefix));
    return c && !c.error ? `${fmt(c.addedWallMs, 0)} ms, +${fmt(c.addedRssMb, 0)} MB` : '';
  };
  for (const t of r.throughput ?? []) {
    for (const p of t.rows.filter((row) => row.kind === 'peer' && !row.error)) {
      const cold = p.name.startsWith('@node-rs/jieba') ? peerCold('@node-rs/jieba') : p.name.startsWith('nodejieba') ? peerCold('nodejieba') : '';
      rows.push([`${p.name} (${t.lang})`, fmt(p.mbps), x(p.ratio), cold]);
    }
  }
  if (rows.length) lines.push(table(['', 'MB/s', '× plain regex scan', 'cold start (import + first call)'], rows));
  lines.push('');
  lines.push(
    `Same text, same process, interleaved rounds, medians; \`× plain regex scan\` is the time relative to \`/\\p{L}+|\\p{N}+|\\S/gu\` over the same text (lower is faster). Cold start is over an empty \`node\`. ${r.machine.quick ? 'From a --quick run. ' : ''}Shared 2-core VM under load: compare ratios, not MB/s.`,
  );
  return lines.join('\n') + '\n';
}

export function writeReports(r: BenchResults): string[] {
  const file = join(ROOT, 'BENCHMARKS.md');
  const generated = `${START}\n${renderMarkdown(r)}\n${END}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : BENCH_INTRO + `${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + generated + doc.slice(b + END.length);
  else doc = doc.trimEnd() + '\n\n' + generated + '\n';
  writeFileSync(file, doc);
  const tableFile = join(BENCH_DIR, 'README-table.md');
  const table = renderReadmeTable(r);
  writeFileSync(tableFile, table);
  // The README's performance table is generated too: it sits between these markers.
  const readme = join(ROOT, 'README.md');
  const [rs, re] = ['<!-- bench:table:start -->', '<!-- bench:table:end -->'];
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const i = text.indexOf(rs);
  const j = text.indexOf(re);
  if (i >= 0 && j > i) {
    writeFileSync(readme, text.slice(0, i) + `${rs}\n${table.trimEnd()}\n${re}` + text.slice(j + re.length));
    return ['BENCHMARKS.md', 'bench/README-table.md', 'README.md'];
  }
  return ['BENCHMARKS.md', 'bench/README-table.md'];
}
