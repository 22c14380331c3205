/**
 * `npx tsx scripts/eval-zh-segment.ts`: token F1 of each Chinese segmenter backend, and of the full
 * pipeline's tokens, on UD Chinese-GSDSimp test (../shared/data/ud/zh-test.jsonl, read at run time).
 * Note: GSDSimp segments finer than jieba (国防部长 → 国防 部长), so jieba scores are a lower bound.
 */
import { readFileSync } from 'node:fs';
import { sharedFile } from '../eval/shared.js';
import { parseReferenceDate } from '../src/dates/reference.js';
import { defaultLexicon } from '../src/lexicon/defaults.js';
import { runPipeline } from '../src/pipeline/run.js';
import { segmenterByName, setZhSegmenter, zh, type ZhSegmenterName } from '../src/lang/zh/index.js';
import { tokenise } from '../src/lang/zh/tokenise.js';

const file = sharedFile('data', 'ud', 'zh-test.jsonl');
if (!file) {
  console.log('eval-zh-segment: ../shared/data/ud/zh-test.jsonl not found (set LINTAS_SHARED); skipping.');
  process.exit(0);
}
const sentences = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { text: string; tokens: Array<[number, number]> });

function f1(predicted: (text: string) => Array<[number, number]>): { p: number; r: number; f1: number; ms: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const t0 = performance.now();
  for (const s of sentences) {
    const gold = new Set(s.tokens.map(([a, b]) => `${a}:${b}`));
    const pred = predicted(s.text);
    np += pred.length;
    ng += gold.size;
    for (const [a, b] of pred) if (gold.has(`${a}:${b}`)) tp++;
  }
  const p = tp / np;
  const r = tp / ng;
  return { p, r, f1: (2 * p * r) / (p + r), ms: performance.now() - t0 };
}

const fmt = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`UD zh-test: ${sentences.length} sentences (GSDSimp segments finer than jieba)`);
console.log('tokens from                P      R     F1     ms');
for (const name of ['node-rs-jieba', 'nodejieba', 'intl'] as ZhSegmenterName[]) {
  if (!segmenterByName(name)) {
    console.log(`${name.padEnd(22)} (not available here)`);
    continue;
  }
  setZhSegmenter(name);
  const s = f1((text) => tokenise(text).map((t) => [t.start, t.end]));
  console.log(`${('zh tokenise/' + name).padEnd(22)} ${fmt(s.p)} ${fmt(s.r)} ${fmt(s.f1)} ${s.ms.toFixed(0).padStart(6)}`);
}
setZhSegmenter('node-rs-jieba');
const lexicon = defaultLexicon();
const ref = parseReferenceDate('2017-03-20');
const s = f1((text) => runPipeline(text, zh, lexicon, { reference: ref, prefer: 'news' }).tokens.map((t) => [t.start, t.end]));
console.log(`${'annotate (default)'.padEnd(22)} ${fmt(s.p)} ${fmt(s.r)} ${fmt(s.f1)} ${s.ms.toFixed(0).padStart(6)}`);
