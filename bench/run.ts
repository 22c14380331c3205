/**
 * lintas benchmark: `npm run bench` (= tsx bench/run.ts).
 *
 *   --quick            short run (about 2 minutes)
 *   --section NAME     only these sections (repeat or comma-separate):
 *                      throughput, cold, scaling, worst, jobs, profile
 *   --lang zh|id|vi    throughput only for these languages (repeat or comma-separate)
 *   --write / --no-write   write BENCHMARKS.md and bench/README-table.md (default: only after a run of every section)
 *   --render           measure nothing: rewrite the reports from the last run's bench/out/results.json
 *
 * Throughput figures are medians of interleaved rounds in one process; every figure also has its
 * ratio to the plain scan /\p{L}+|\p{N}+|\S/gu over the same text, which is what to compare across
 * machines and loads. MB = 10^6 bytes of UTF-8.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS, OUT_DIR, ROOT, fmt, gc, now, type BenchLang } from './lib/common.js';
import { loadLibrary } from './lib/lintas.js';
import { machineInfo, writeReports, type BenchResults } from './report.js';
import { runCold } from './sections/cold.js';
import { runJobs } from './sections/jobs.js';
import { runProfile } from './sections/profile.js';
import { runScaling } from './sections/scaling.js';
import { runThroughput } from './sections/throughput.js';
import { runWorst } from './sections/worst.js';
import { evaluateTargets, renderTargets, renderThroughput, renderCold, renderScaling, renderWorst, renderJobs, renderProfile } from './report.js';

const SECTIONS = ['throughput', 'cold', 'scaling', 'worst', 'jobs', 'profile'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]) {
  let quick = false;
  let write: boolean | undefined;
  let render = false;
  const chosen: Section[] = [];
  const langs: BenchLang[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a === '--write') write = true;
    else if (a === '--no-write') write = false;
    else if (a === '--render') render = true;
    else if (a === '--section' || a.startsWith('--section=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new Error('--section needs a name');
      for (const s of v.split(',')) {
        if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
        chosen.push(s as Section);
      }
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new Error('--lang needs a language');
      for (const l of v.split(',')) {
        if (!(LANGS as readonly string[]).includes(l)) throw new Error(`unknown language "${l}" (known: ${LANGS.join(', ')})`);
        langs.push(l as BenchLang);
      }
    } else if (a === '--help' || a === '-h') {
      console.log(`usage: npm run bench -- [--quick] [--section ${SECTIONS.join('|')}]... [--lang zh|id|vi]... [--write|--no-write] | --render`);
      process.exit(0);
    } else throw new Error(`unknown argument "${a}"`);
  }
  const all = chosen.length === 0;
  // A run restricted to some languages is partial: never written to BENCHMARKS.md unless asked.
  return { quick, render, langs: langs.length ? langs : [...LANGS], sections: new Set<Section>(all ? SECTIONS : chosen), write: write ?? (all && langs.length === 0) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => console.log(s);
  if (args.render) {
    const saved = JSON.parse(readFileSync(join(OUT_DIR, 'results.json'), 'utf8')) as BenchResults;
    saved.targets = evaluateTargets(saved);
    log(renderTargets(saved.targets));
    log(`\nwrote ${writeReports(saved).join(', ')} from bench/out/results.json (run of ${saved.machine.date})`);
    return;
  }
  const t0 = now();
  const machine = machineInfo(args.quick);
  mkdirSync(OUT_DIR, { recursive: true });
  log(`lintas benchmark${args.quick ? ' (--quick)' : ''} — ${machine.date}, Node ${machine.node}, ${machine.cpu} × ${machine.cores}, load ${machine.loadavg}`);
  const lib = loadLibrary();
  log(`lexicon: ${lib.lexiconNote}`);
  const results: BenchResults = { machine, lexiconNote: lib.lexiconNote, defaultLexicon: lib.defaultLexicon, sections: [...args.sections] };

  if (args.sections.has('throughput')) {
    log('\n## Throughput (interleaved rounds, medians)');
    results.throughput = [];
    for (const lang of args.langs) {
      const r = await runThroughput(lib, lang, { quick: args.quick, log });
      results.throughput.push(r);
      log(renderThroughput([r]));
      gc();
    }
  }
  if (args.sections.has('cold')) {
    log('\n## Cold start (fresh node processes)');
    results.cold = runCold({ quick: args.quick, log });
    log(renderCold(results.cold));
  }
  if (args.sections.has('scaling')) {
    log('\n## Lexicon scaling (synthetic entries via createAnnotator({lexicons: Lexicon.empty()}).extend)');
    results.scaling = await runScaling({ quick: args.quick, log });
    log(renderScaling(results.scaling));
  }
  if (args.sections.has('worst')) {
    log('\n## Worst cases (one annotate call per text, fresh process each)');
    results.worst = await runWorst({ quick: args.quick, log });
    log(renderWorst(results.worst));
  }
  if (args.sections.has('jobs')) {
    log('\n## CLI --jobs');
    results.jobs = await runJobs({ quick: args.quick, log });
    log(renderJobs(results.jobs));
  }
  if (args.sections.has('profile')) {
    log('\n## Hot spots (CPU profile of steady-state annotate, self time)');
    results.profile = await runProfile({ quick: args.quick, log });
    log(renderProfile(results.profile));
  }

  results.targets = evaluateTargets(results);
  results.totalSeconds = (now() - t0) / 1000;
  log('\n## Targets');
  log(renderTargets(results.targets));
  // results.json always holds what BENCHMARKS.md shows; a partial run not written there goes to results.partial.json.
  const resultsFile = join(OUT_DIR, args.write ? 'results.json' : 'results.partial.json');
  if (args.write && existsSync(resultsFile)) copyFileSync(resultsFile, join(OUT_DIR, 'results.previous.json'));
  if (args.write && args.sections.size < SECTIONS.length) mergePrevious(results, log);
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  if (args.write) {
    const written = writeReports(results);
    log(`\nwrote ${written.join(', ')}`);
  } else {
    log('\n(partial run: BENCHMARKS.md not rewritten; pass --write to force)');
  }
  log(`raw results: ${relative(ROOT, resultsFile)} — total ${fmt(results.totalSeconds, 0)} s`);
}

/** A partial run written with --write keeps the other sections of the last run (same mode), and says so. */
function mergePrevious(results: BenchResults, log: (s: string) => void): void {
  const file = join(OUT_DIR, 'results.previous.json');
  let prev: BenchResults;
  try {
    prev = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  } catch {
    return;
  }
  if (prev.machine.quick !== results.machine.quick) return;
  const kept: string[] = [];
  for (const key of ['throughput', 'cold', 'scaling', 'worst', 'jobs', 'profile'] as const) {
    if (results[key] === undefined && prev[key] !== undefined) {
      (results as unknown as Record<string, unknown>)[key] = prev[key];
      kept.push(key);
    }
  }
  if (kept.length === 0) return;
  results.merged = `${results.sections.join(', ')} measured ${results.machine.date}; ${kept.join(', ')} kept from the run of ${prev.machine.date}`;
  results.sections = [...results.sections, ...kept];
  results.targets = evaluateTargets(results);
  log(`merged with the previous run: ${results.merged}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
