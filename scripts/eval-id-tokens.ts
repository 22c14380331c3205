/**
 * `npx tsx scripts/eval-id-tokens.ts [--errors]`: token F1 on UD Indonesian-GSD test (surface tokens,
 * ../shared/data/ud/id-test.jsonl) for plain wink-tokenizer, Intl.Segmenter and the lintas id tokeniser.
 * The data is read at run time only.
 */
import { readFileSync } from 'node:fs';
import winkTokenizer from 'wink-tokenizer';
import { sharedFile } from '../eval/shared.js';
import { tokenise } from '../src/lang/id/tokenise.js';

interface UdSentence {
  id: string;
  text: string;
  tokens: Array<[number, number]>;
}

type Segmenter = (text: string) => Array<[number, number]>;

const wink = winkTokenizer();

/** wink returns strings: locate each in the text, in order. */
const plainWink: Segmenter = (text) => {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const t of wink.tokenize(text)) {
    const at = text.indexOf(t.value, cursor);
    if (at < 0) continue;
    out.push([at, at + t.value.length]);
    cursor = at + t.value.length;
  }
  return out;
};

const segmenter = new Intl.Segmenter('id', { granularity: 'word' });
const intlWords: Segmenter = (text) =>
  [...segmenter.segment(text)].filter((s) => /\S/.test(s.segment)).map((s) => [s.index, s.index + s.segment.length]);

const lintas: Segmenter = (text) => tokenise(text).map((t) => [t.start, t.end]);

function main(): void {
  const path = sharedFile('data', 'ud', 'id-test.jsonl');
  if (!path) {
    console.log('eval-id-tokens: ../shared/data/ud/id-test.jsonl not found; skipping.');
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const sentences = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as UdSentence);
  const systems: Array<[string, Segmenter]> = [
    ['wink-tokenizer', plainWink],
    ['Intl.Segmenter', intlWords],
    ['lintas id', lintas],
  ];
  console.log(`UD Indonesian-GSD test: ${sentences.length} sentences`);
  console.log('system            P      R      F1');
  for (const [name, seg] of systems) {
    let tp = 0;
    let nGold = 0;
    let nSys = 0;
    const errors: string[] = [];
    for (const s of sentences) {
      const gold = new Set(s.tokens.map(([a, b]) => `${a}:${b}`));
      const got = seg(s.text);
      nGold += gold.size;
      nSys += got.length;
      for (const [a, b] of got) {
        if (gold.has(`${a}:${b}`)) tp++;
        else if (showErrors && name === 'lintas id') errors.push(`  ${s.id} extra ${JSON.stringify(s.text.slice(a, b))}`);
      }
    }
    const p = tp / nSys;
    const r = tp / nGold;
    const f = (2 * p * r) / (p + r);
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    console.log(`${name.padEnd(16)} ${pct(p)} ${pct(r)} ${pct(f)}`);
    if (showErrors) for (const e of errors) console.log(e);
  }
}

main();
