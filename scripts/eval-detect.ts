/**
 * Accuracy of detectLang on the dev seeds and the UD test sentences.
 * Usage: npx tsx scripts/eval-detect.ts [--data DIR]   (DIR defaults to ../shared beside the repository, or $LINTAS_SHARED)
 * Data is read at run time only; a missing file is reported and skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectLangDetailed } from '../src/detect/index.js';
import { LANGS, type Lang } from '../src/types.js';
import { sharedDir } from '../eval/shared.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const root = values.data ?? sharedDir() ?? '../shared';

interface Sample {
  id: string;
  text: string;
  lang: Lang;
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function report(name: string, samples: Sample[]): { right: number; total: number } {
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  let right = 0;
  for (const s of samples) {
    const got = detectLangDetailed(s.text);
    if (got.lang === s.lang) right++;
    else if (misses.length < 5) misses.push(`    ${s.id}: ${s.lang} → ${got.lang} (${got.reason}) ${JSON.stringify(s.text.slice(0, 70))}`);
    const key = `${s.lang}→${got.lang}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  const pct = samples.length ? ((100 * right) / samples.length).toFixed(2) : '–';
  console.log(`${name.padEnd(16)} ${String(right).padStart(5)}/${String(samples.length).padEnd(5)} ${pct}%`);
  const wrong = [...confusion].filter(([k]) => {
    const [gold, guess] = k.split('→');
    return gold !== guess;
  });
  if (wrong.length) console.log(`  confusions: ${wrong.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const m of misses) console.log(m);
  return { right, total: samples.length };
}

let right = 0;
let total = 0;
const add = (r: { right: number; total: number }) => {
  right += r.right;
  total += r.total;
};

const seedsPath = join(root, 'dev', 'seeds.gold.jsonl');
if (existsSync(seedsPath)) {
  const seeds = readJsonl(seedsPath).map((d) => ({ id: String(d['id']), text: String(d['text']), lang: d['lang'] as Lang }));
  add(report('dev seeds', seeds));
} else {
  console.log(`dev seeds: skipped (${seedsPath} not found)`);
}

for (const lang of LANGS) {
  const path = join(root, 'data', 'ud', `${lang}-test.jsonl`);
  if (!existsSync(path)) {
    console.log(`ud ${lang}-test: skipped (${path} not found)`);
    continue;
  }
  const samples = readJsonl(path).map((d) => ({ id: String(d['id']), text: String(d['text']), lang }));
  add(report(`ud ${lang}-test`, samples));
}

if (total > 0) console.log(`${'overall'.padEnd(16)} ${String(right).padStart(5)}/${String(total).padEnd(5)} ${((100 * right) / total).toFixed(2)}%`);
else console.log('no evaluation data found');
