/**
 * `npx tsx scripts/snapshot.ts --write FILE | --compare FILE [--lang zh|id|vi] [--max-bytes N] [--show K]`
 *
 * A regression oracle for optimisation work: annotates the shared news corpora
 * (`../shared/data/corpus/<lang>.txt`, a line is a document) with a fixed reference date and
 * stores one digest per document, or compares today's output with a stored snapshot and prints
 * the documents whose annotations or tokens changed, with the first differing items.
 * Without ../shared it says so and exits 0.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnnotator, type AnnotatedDocument, type Lang } from '../src/index.js';
import { sharedFile } from '../eval/shared.js';

const { values: opts } = parseArgs({
  options: {
    write: { type: 'string' },
    compare: { type: 'string' },
    lang: { type: 'string', multiple: true },
    'max-bytes': { type: 'string' },
    show: { type: 'string' },
  },
});
if (!opts.write === !opts.compare) {
  console.error('usage: snapshot.ts --write FILE | --compare FILE [--lang L] [--max-bytes N] [--show K]');
  process.exit(2);
}
const langs = (opts.lang ?? ['zh', 'id', 'vi']) as Lang[];
const maxBytes = Number(opts['max-bytes'] ?? Infinity);
const show = Number(opts.show ?? 10);
const annotator = createAnnotator();
const OPTIONS = { referenceDate: '2024-06-15' } as const;

interface Record_ {
  lang: Lang;
  n: number;
  digest: string;
  annotations: string[];
  tokens: string;
}

function describe(doc: AnnotatedDocument): { annotations: string[]; tokens: string } {
  const annotations = doc.annotations.map((a) =>
    [a.type, a.start, a.end, a.text, a.type === 'DATE' ? `${a.value}|${a.grain}|${a.mod ?? ''}|${a.endValue ?? ''}` : `${a.id}`].join('\t'),
  );
  const tokens = createHash('sha1')
    .update(doc.tokens.map((t) => `${t.start},${t.end},${t.kind}`).join(';'))
    .digest('hex');
  return { annotations, tokens };
}

const records: Record_[] = [];
let skipped = false;
for (const lang of langs) {
  const file = sharedFile('data', 'corpus', `${lang}.txt`);
  if (!file) {
    console.log(`${lang}: no ../shared/data/corpus/${lang}.txt — skipped`);
    skipped = true;
    continue;
  }
  let bytes = 0;
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const t0 = performance.now();
  let n = 0;
  for (const text of docs) {
    bytes += Buffer.byteLength(text);
    if (bytes > maxBytes) break;
    const d = describe(annotator.annotate(text, lang, OPTIONS));
    const digest = createHash('sha1').update(d.annotations.join('\n') + '\n' + d.tokens).digest('hex');
    records.push({ lang, n: n++, digest, ...d });
  }
  console.log(`${lang}: ${n} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (skipped && records.length === 0) process.exit(0);

if (opts.write) {
  writeFileSync(opts.write, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${records.length} documents to ${opts.write}`);
} else {
  const file = opts.compare!;
  if (!existsSync(file)) {
    console.error(`no snapshot ${file}`);
    process.exit(2);
  }
  const old = new Map<string, Record_>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Record_;
    old.set(`${r.lang}:${r.n}`, r);
  }
  let changed = 0;
  let tokenOnly = 0;
  const counts: Record<string, { gained: number; lost: number }> = {};
  for (const r of records) {
    const o = old.get(`${r.lang}:${r.n}`);
    if (!o || o.digest === r.digest) continue;
    changed++;
    const before = new Set(o.annotations);
    const after = new Set(r.annotations);
    const lost = o.annotations.filter((a) => !after.has(a));
    const gained = r.annotations.filter((a) => !before.has(a));
    const c = (counts[r.lang] ??= { gained: 0, lost: 0 });
    c.gained += gained.length;
    c.lost += lost.length;
    if (lost.length === 0 && gained.length === 0) tokenOnly++;
    if (changed <= show) {
      console.log(`\n${r.lang} document ${r.n}:${o.tokens !== r.tokens ? ' tokens changed' : ''}`);
      for (const a of lost.slice(0, 8)) console.log(`  - ${a}`);
      for (const a of gained.slice(0, 8)) console.log(`  + ${a}`);
    }
  }
  console.log(`\n${changed} of ${records.length} documents differ (${tokenOnly} in tokens only); annotations ${JSON.stringify(counts)}`);
  process.exit(changed === 0 ? 0 : 1);
}
