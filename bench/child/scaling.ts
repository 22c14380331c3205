/**
 * One lexicon size, in a fresh process (clean heap): build an annotator with N synthetic entries
 * through the public extension API, then time lexicon matching and annotate against the plain scan.
 * argv: <entries> <quick 0|1>. Prints one JSON object.
 */
import { createAnnotator, Lexicon, type Lang } from '../../src/index.js';
import { normalise } from '../../src/pipeline/normalise.js';
import { adapterFor } from '../../src/lang/index.js';
import { consume, enableGc, gc, interleave, mbps, now, referenceScan, utf8Bytes } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';
import { matchLayers } from '../lib/lintas.js';
import { syntheticEntries } from '../lib/synthetic.js';

const n = Number(process.argv[2]);
const quick = process.argv[3] === '1';
await enableGc();

const LANGS_USED: Lang[] = ['zh', 'id'];
const samples = Object.fromEntries(LANGS_USED.map((l) => [l, loadSample(l, quick ? 60_000 : 200_000).docs])) as Record<Lang, string[]>;
// Warm the pipeline (tokeniser dictionaries, rules, JIT) so the figures below are the lexicon's own.
const warm = createAnnotator({ lexicons: Lexicon.empty() });
for (const lang of LANGS_USED) for (const d of samples[lang]!.slice(0, 20)) warm.annotate(d, lang);
const entries = syntheticEntries(n);
gc();
const m0 = process.memoryUsage();
const t0 = now();
const annotator = createAnnotator({ lexicons: Lexicon.empty() }).extend(entries);
const extendMs = now() - t0;
const compileMs: Record<string, number> = {};
for (const lang of LANGS_USED) {
  const t = now();
  annotator.annotate(samples[lang]![0]!.slice(0, 200), lang); // first match compiles this language's index
  compileMs[lang] = now() - t;
}
gc();
const m1 = process.memoryUsage();

const out: Record<string, unknown> = {
  entries: n,
  extendMs,
  compileMs,
  rssDeltaMb: (m1.rss - m0.rss) / 1e6,
  heapDeltaMb: (m1.heapUsed - m0.heapUsed) / 1e6,
};
const perLang: Record<string, unknown> = {};
for (const lang of LANGS_USED) {
  const docs = samples[lang]!;
  const bytes = docs.reduce((s, d) => s + utf8Bytes(d), 0);
  const a = adapterFor(lang);
  const norms = docs.map((d) => normalise(d, a.fold, a.refine));
  let hits = 0;
  for (const nt of norms) hits += matchLayers(annotator.lexicon, lang, nt.key, nt.text).length;
  const res = interleave(
    [
      { name: 'scan', run: () => consume(docs.reduce((s, d) => s + referenceScan(d), 0)) },
      { name: 'match', run: () => consume(norms.reduce((s, t) => s + matchLayers(annotator.lexicon, lang, t.key, t.text).length, 0)) },
      { name: 'annotate', run: () => consume(docs.reduce((s, d) => s + annotator.annotate(d, lang).annotations.length, 0)) },
    ],
    { rounds: quick ? 3 : 5, roundMs: quick ? 50 : 150 },
  );
  perLang[lang] = {
    bytes,
    matches: hits,
    matchMbps: mbps(bytes, res[1]!.ms),
    matchRatio: res[1]!.ratio,
    annotateMbps: mbps(bytes, res[2]!.ms),
    annotateRatio: res[2]!.ratio,
    error: res.find((r) => r.error)?.error,
  };
}
out.perLang = perLang;
process.stdout.write(JSON.stringify(out));
