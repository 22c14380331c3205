/**
 * `npm run eval [-- --errors] [-- --lang zh] [-- --gold FILE]`: P/R/F1 per language and type on the dev gold
 * (../shared/dev/seeds.gold.jsonl) or another gold file, DATE value accuracy, and with --errors every miss.
 */
import { prf, readGold, scoreDocs } from './score.js';
import { sharedFile } from './shared.js';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
// --gold FILE scores another gold file of the same format (e.g. eval/heldout/*.jsonl, our own texts).
const goldArg = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : undefined;
const goldPath = goldArg ?? sharedFile('dev', 'seeds.gold.jsonl');
if (!goldPath) {
  console.log('eval: ../shared/dev/seeds.gold.jsonl not found (set LINTAS_SHARED to the shared folder); nothing to score, skipping.');
  process.exit(0);
}
const docs = readGold(goldPath).filter((d) => !langArg || d.lang === langArg);
const t0 = performance.now();
const { counts, misses } = scoreDocs(docs);
const ms = performance.now() - t0;
const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`${goldArg ?? 'dev gold'}: ${docs.length} documents, scored in ${ms.toFixed(0)} ms`);
console.log('lang/type        tp   fp   fn      P      R     F1   value');
for (const [k, c] of rows) {
  const s = prf(c);
  const value = k.endsWith('/DATE') ? pct(s.valueAcc) : '     -';
  console.log(`${k.padEnd(14)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)} ${value}`);
}
const total = rows.reduce((a, [, c]) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, valueOk: a.valueOk + c.valueOk }), { tp: 0, fp: 0, fn: 0, valueOk: 0 });
const t = prf(total);
console.log(`${'all'.padEnd(14)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)} ${pct(t.p)} ${pct(t.r)} ${pct(t.f1)}`);
if (showErrors) {
  console.log('\nerrors:');
  for (const m of misses) console.log(`  ${m.kind.padEnd(11)} ${m.doc.replace(/_[0-9a-f]{16}$/, "")} ${m.type.padEnd(8)} ${JSON.stringify(m.text)}${m.detail ? ' (' + m.detail + ')' : ''}   …${m.context}…`);
}
