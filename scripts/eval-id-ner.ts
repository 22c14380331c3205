/**
 * `npx tsx scripts/eval-id-ner.ts [--errors]`: PERSON and PLACE precision/recall on idner-news-2k test
 * (../shared/data/ner/id-test.jsonl, read at run time only). Its conventions differ from ANNOTATION.md
 * (no MINISTRY; ORG has no equivalent; facilities and offices count as LOC), so this is a rough signal:
 * our MINISTRY spans are not scored, and a PLACE of ours inside a gold ORG span is not counted as wrong.
 */
import { readFileSync } from 'node:fs';
import { sharedFile } from '../eval/shared.js';
import { annotate } from '../src/index.js';

interface NerSpan {
  type: 'PERSON' | 'PLACE' | 'ORG';
  start: number;
  end: number;
  text: string;
}
interface NerSentence {
  id: string;
  text: string;
  spans: NerSpan[];
}

function main(): void {
  const path = sharedFile('data', 'ner', 'id-test.jsonl');
  if (!path) {
    console.log('eval-id-ner: ../shared/data/ner/id-test.jsonl not found; skipping.');
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const sentences = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NerSentence);
  const counts = { PERSON: { tp: 0, fp: 0, fn: 0 }, PLACE: { tp: 0, fp: 0, fn: 0 } };
  const errors: string[] = [];
  for (const s of sentences) {
    const doc = annotate(s.text, 'id');
    for (const type of ['PERSON', 'PLACE'] as const) {
      const gold = s.spans.filter((g) => g.type === type);
      const orgs = s.spans.filter((g) => g.type === 'ORG');
      const got = doc.annotations.filter((a) => a.type === type);
      const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
      const goldKeys = new Set(gold.map(key));
      const gotKeys = new Set(got.map(key));
      for (const g of got) {
        if (goldKeys.has(key(g))) counts[type].tp++;
        else if (type === 'PLACE' && orgs.some((o) => o.start <= g.start && g.end <= o.end)) continue;
        else {
          counts[type].fp++;
          errors.push(`  spurious ${type} ${JSON.stringify(g.text)}  ${s.id}`);
        }
      }
      for (const g of gold) {
        if (!gotKeys.has(key(g))) {
          counts[type].fn++;
          errors.push(`  missed   ${type} ${JSON.stringify(g.text)}  ${s.id}`);
        }
      }
    }
  }
  console.log(`idner-news-2k test: ${sentences.length} sentences (rough: conventions differ from ANNOTATION.md)`);
  console.log('type       tp   fp   fn      P      R     F1');
  for (const [type, c] of Object.entries(counts)) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
    console.log(`${type.padEnd(8)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f)}`);
  }
  if (showErrors) for (const e of errors) console.log(e);
}

main();
