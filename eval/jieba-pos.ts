/**
 * `npm run eval:jieba`: jieba's POS tags as an entity tagger, side by side with lintas on the zh dev gold.
 * nr → PERSON, ns → PLACE, nt (organisation) ending in 部/省 or 五角大楼 → MINISTRY; jieba has no dates
 * (its `t` tag marks time words: 3月20日 is tagged piecewise), so `t`/`m`+`t` runs are read as DATE spans
 * without values. Both run with HMM on and off; lintas runs with its defaults.
 */
import { createRequire } from 'node:module';
import { prf, readGold, scoreDocs, type GoldDoc } from './score.js';
import { sharedFile } from './shared.js';
import type { Annotation } from '../src/types.js';

interface Tagged {
  tag: string;
  word: string;
}
interface JiebaLike {
  tag(text: string, hmm: boolean): Tagged[];
}

const goldPath = sharedFile('dev', 'seeds.gold.jsonl');
if (!goldPath) {
  console.log('eval:jieba: ../shared/dev/seeds.gold.jsonl not found; skipping.');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaLike } };
const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);

function jiebaEntities(doc: GoldDoc, hmm: boolean): Annotation[] {
  const out: Annotation[] = [];
  let at = 0;
  let run: { start: number; end: number } | undefined;
  const flushDate = () => {
    if (run) out.push({ type: 'DATE', start: run.start, end: run.end, text: doc.text.slice(run.start, run.end), source: 'rule', value: '', grain: 'day' });
    run = undefined;
  };
  for (const { tag, word } of jieba.tag(doc.text, hmm)) {
    const start = doc.text.indexOf(word, at);
    if (start < 0) continue;
    const end = start + word.length;
    at = end;
    const base = { start, end, text: word, source: 'lexicon' as const, id: 'jieba', canonical: word, attrs: {} };
    if (tag === 't' || (tag === 'm' && run && run.end === start)) {
      if (run && run.end === start) run.end = end;
      else {
        flushDate();
        run = { start, end };
      }
      continue;
    }
    flushDate();
    if (tag === 'nr') out.push({ ...base, type: 'PERSON' });
    else if (tag === 'ns') out.push({ ...base, type: 'PLACE' });
    else if (tag === 'nt' && /(部|省|五角大楼)$/.test(word)) out.push({ ...base, type: 'MINISTRY' });
  }
  flushDate();
  return out;
}

const docs = readGold(goldPath).filter((d) => d.lang === 'zh');
const systems: Array<[string, ((d: GoldDoc) => Annotation[]) | undefined]> = [
  ['lintas', undefined],
  ['jieba POS, HMM off', (d) => jiebaEntities(d, false)],
  ['jieba POS, HMM on', (d) => jiebaEntities(d, true)],
];
console.log('zh dev gold: span F1 (exact span + type) per type; jieba dates carry no value');
console.log('system                PERSON  PLACE  MINISTRY  DATE');
for (const [name, predict] of systems) {
  const { counts } = scoreDocs(docs, predict);
  const f = (t: string) => {
    const c = counts.get(`zh/${t}`);
    return c ? (100 * prf(c).f1).toFixed(1).padStart(6) : '     -';
  };
  console.log(`${name.padEnd(20)} ${f('PERSON')} ${f('PLACE')} ${f('MINISTRY').padStart(9)} ${f('DATE').padStart(5)}`);
}
