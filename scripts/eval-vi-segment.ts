/**
 * Token F1 of the Vietnamese word segmenter on the UD Vietnamese-VTB gold
 * (../shared/data/ud/vi-{test,dev}.jsonl, read at run time only; CC BY-SA, not copied).
 * Compares a syllable baseline (every space-separated unit a token) with segmentVi, and
 * reports throughput on the vi benchmark corpus.
 *
 *   npx tsx scripts/eval-vi-segment.ts [--data DIR] [--errors N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldViTones } from '../src/lang/vi/fold.js';
import { segmentVi, type ViSegmentOptions } from '../src/lang/vi/segment.js';
import { sharedDir } from '../eval/shared.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const DATA = argOf('--data') ?? join(sharedDir() ?? join('..', 'shared'), 'data');
const SHOW_ERRORS = Number(argOf('--errors') ?? 0);

interface Row {
  id: string;
  text: string;
  tokens: Array<[number, number]>;
}

if (!existsSync(join(DATA, 'ud', 'vi-test.jsonl'))) {
  console.log(`no gold data under ${DATA}/ud (vi-test.jsonl missing); nothing to evaluate`);
  process.exit(0);
}

function load(split: string): Row[] {
  return readFileSync(join(DATA, 'ud', `vi-${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

type Segmenter = (text: string) => Array<[number, number]>;

/** Every maximal non-space run is a token (the syllable baseline). */
const syllables: Segmenter = (text) => {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
};

const ours =
  (opts: ViSegmentOptions = {}): Segmenter =>
  (text) =>
    segmentVi(foldViTones(text.normalize('NFC')), undefined, opts);

interface Score {
  p: number;
  r: number;
  f: number;
  missed: Map<string, number>;
  extra: Map<string, number>;
}

function score(rows: Row[], seg: Segmenter): Score {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const missed = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const r of rows) {
    const gold = new Set(r.tokens.map(([s, e]) => `${s},${e}`));
    const pred = seg(r.text);
    const predSet = new Set(pred.map(([s, e]) => `${s},${e}`));
    np += pred.length;
    ng += gold.size;
    for (const [s, e] of pred) {
      if (gold.has(`${s},${e}`)) tp++;
      else {
        const t = r.text.slice(s, e);
        extra.set(t, (extra.get(t) ?? 0) + 1);
      }
    }
    for (const [s, e] of r.tokens) {
      if (!predSet.has(`${s},${e}`)) {
        const t = r.text.slice(s, e);
        missed.set(t, (missed.get(t) ?? 0) + 1);
      }
    }
  }
  const p = tp / np;
  const rr = tp / ng;
  return { p, r: rr, f: (2 * p * rr) / (p + rr), missed, extra };
}

const splits = ['test', 'dev'] as const;
const systems: Array<[string, Segmenter]> = [
  ['(a) syllables', syllables],
  ['(b) segmentVi', ours()],
  ['    without names', ours({ names: false })],
  ['    without redup.', ours({ reduplication: false })],
];

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
console.log('Vietnamese word segmentation, token F1 (exact spans), UD Vietnamese-VTB');
console.log(`${'system'.padEnd(20)} ${'split'.padEnd(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
const data = Object.fromEntries(splits.map((s) => [s, load(s)]));
for (const [name, seg] of systems) {
  for (const split of splits) {
    const sc = score(data[split]!, seg);
    console.log(`${name.padEnd(20)} ${split.padEnd(5)} ${pct(sc.p)} ${pct(sc.r)} ${pct(sc.f)}`);
    if (SHOW_ERRORS > 0 && name.startsWith('(b)') && split === 'dev') {
      const top = (m: Map<string, number>): string =>
        [...m].sort((a, b) => b[1] - a[1]).slice(0, SHOW_ERRORS).map(([t, c]) => `${t}:${c}`).join(' | ');
      console.log(`  missed: ${top(sc.missed)}`);
      console.log(`  extra:  ${top(sc.extra)}`);
    }
  }
}

const corpusPath = join(DATA, 'corpus', 'vi.txt');
if (existsSync(corpusPath)) {
  const corpus = foldViTones(readFileSync(corpusPath, 'utf8').normalize('NFC'));
  const bytes = Buffer.byteLength(corpus, 'utf8');
  segmentVi('khởi động từ điển'); // load the word list outside the timing
  const t0 = performance.now();
  let tokens = 0;
  for (const line of corpus.split('\n')) tokens += segmentVi(line).length;
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `throughput: ${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens in ${secs.toFixed(2)} s = ${(bytes / 1e6 / secs).toFixed(2)} MB/s`,
  );
}
