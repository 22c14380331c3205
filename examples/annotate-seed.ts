/**
 * Annotates one news page and prints what lintas found.
 *
 *   npm run example                         # a seed page from ../shared when present, else examples/sample.zh.txt
 *   npm run example -- page.txt vi 2011-03-02
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, type Lang } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const [fileArg, langArg, refArg] = process.argv.slice(2);

function pickInput(): { file: string; lang: Lang; ref: string | undefined } {
  if (fileArg) return { file: fileArg, lang: (langArg ?? 'zh') as Lang, ref: refArg };
  const seeds = join(here, '..', '..', 'shared', 'dev', 'seeds');
  const seed = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('002_')) : undefined;
  if (seed) return { file: join(seeds, seed), lang: 'zh', ref: '2024-08-06' };
  console.log('(../shared/dev/seeds not found: using the bundled sample page)');
  return { file: join(here, 'sample.zh.txt'), lang: 'zh', ref: undefined };
}

const { file, lang, ref } = pickInput();
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const doc = annotate(text, lang, ref ? { referenceDate: ref } : {});
const ms = performance.now() - t0;

console.log(`${file}\nlang ${lang}, reference date ${doc.referenceDate ?? '(none)'}: ${doc.tokens.length} tokens, ${doc.annotations.length} annotations in ${ms.toFixed(0)} ms\n`);
for (const a of doc.annotations) {
  const detail = a.type === 'DATE' ? `${a.value} (${a.grain}${a.mod ? ', ' + a.mod : ''}${a.endValue ? ', to ' + a.endValue : ''})` : `${a.id}  ${a.canonical}`;
  console.log(`${String(a.start).padStart(5)}-${String(a.end).padEnd(5)} ${a.type.padEnd(8)} ${a.text.padEnd(12)} ${a.source.padEnd(7)} ${detail}`);
}
