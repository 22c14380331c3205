/**
 * `npm run eval:dates [-- zh|id|vi] [-- --errors]`: the fixed-reference date tables in eval/dates/<lang>.tsv,
 * scored for lintas and, side by side, for chrono-node's parser of the same language.
 *
 * Table format (TSV, `#` lines are comments, first non-comment line is the header `phrase	future	news`):
 *   phrase  — the text annotated alone (context words like 将于 or "lalu" may stand around the date)
 *   future  — the expected value with `prefer: 'future'`; `news` — with `prefer: 'news'`
 * A value is `VALUE`, `VALUE..ENDVALUE` for a range, optionally followed by ` START|MID|END` (mod);
 * `-` means: no date here (non-dates such as durations and recurring sets).
 * Reference: 2013-02-12T04:30, a Tuesday.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { annotate } from '../src/index.js';
import type { DateAnnotation, Lang } from '../src/types.js';

export const TABLE_REFERENCE = '2013-02-12T04:30';
const TABLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'dates');

export interface TableRow {
  phrase: string;
  future: string;
  news: string;
  line: number;
}

export function readTable(lang: Lang): TableRow[] {
  const rows: TableRow[] = [];
  const lines = readFileSync(join(TABLE_DIR, `${lang}.tsv`), 'utf8').split('\n');
  let header = false;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = true;
      return;
    }
    if (cells.length < 3) throw new Error(`eval/dates/${lang}.tsv:${i + 1}: expected 3 tab-separated cells`);
    rows.push({ phrase: cells[0]!, future: cells[1]!.trim(), news: cells[2]!.trim(), line: i + 1 });
  });
  return rows;
}

export function tableLangs(): Lang[] {
  return readdirSync(TABLE_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => f.replace('.tsv', '') as Lang);
}

/** lintas's reading of a phrase, in the table's notation. */
export function lintasValue(phrase: string, lang: Lang, prefer: 'future' | 'news'): string {
  const dates = annotate(phrase, lang, { referenceDate: TABLE_REFERENCE, prefer }).annotations.filter(
    (a): a is DateAnnotation => a.type === 'DATE',
  );
  if (dates.length === 0) return '-';
  if (dates.length > 1) return `(${dates.length} dates: ${dates.map((d) => d.value).join(', ')})`;
  const d = dates[0]!;
  return `${d.value}${d.endValue ? '..' + d.endValue : ''}${d.mod ? ' ' + d.mod : ''}`;
}

const CHRONO: Record<Lang, chrono.Chrono | undefined> = {
  zh: (chrono as unknown as { zh?: { hans?: chrono.Chrono; casual?: chrono.Chrono } }).zh?.hans ?? (chrono as any).zh?.casual,
  id: (chrono as any).id?.casual,
  vi: (chrono as any).vi?.casual,
};

/** chrono-node's reading, cut to the precision of the expected value so both are judged alike. */
export function chronoValue(phrase: string, lang: Lang, prefer: 'future' | 'news', expected: string): string {
  const parser = CHRONO[lang];
  if (!parser) return '(no parser)';
  const ref = new Date(2013, 1, 12, 4, 30);
  const results = parser.parse(phrase, { instant: ref, timezone: undefined as unknown as string }, { forwardDate: prefer === 'future' });
  if (results.length === 0) return '-';
  const r = results[0]!;
  const cut = (c: chrono.ParsedComponents): string => {
    const [value] = expected.split(/\.\.| /);
    const y = String(c.get('year')).padStart(4, '0');
    const m = String(c.get('month')).padStart(2, '0');
    const d = String(c.get('day')).padStart(2, '0');
    const hh = String(c.get('hour')).padStart(2, '0');
    const mm = String(c.get('minute')).padStart(2, '0');
    const ss = String(c.get('second')).padStart(2, '0');
    if (/^\d{4}$/.test(value ?? '')) return y;
    if (/^\d{4}-\d{2}$/.test(value ?? '')) return `${y}-${m}`;
    if (/T\d{2}:\d{2}:\d{2}$/.test(value ?? '')) return `${y}-${m}-${d}T${hh}:${mm}:${ss}`;
    if (/T\d{2}:\d{2}$/.test(value ?? '')) return `${y}-${m}-${d}T${hh}:${mm}`;
    if (/T\d{2}$/.test(value ?? '')) return `${y}-${m}-${d}T${hh}`;
    return `${y}-${m}-${d}`;
  };
  const start = cut(r.start);
  const end = r.end && expected.includes('..') ? '..' + cut(r.end) : '';
  return start + end;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const langs = (args.filter((a) => !a.startsWith('--')) as Lang[]).length ? (args.filter((a) => !a.startsWith('--')) as Lang[]) : tableLangs();
  console.log(`date tables, reference ${TABLE_REFERENCE} (Tuesday)`);
  console.log('lang  policy  phrases  lintas   chrono');
  for (const lang of langs) {
    const rows = readTable(lang);
    for (const prefer of ['future', 'news'] as const) {
      let ours = 0;
      let theirs = 0;
      const errors: string[] = [];
      for (const row of rows) {
        const want = prefer === 'future' ? row.future : row.news;
        const got = lintasValue(row.phrase, lang, prefer);
        const wantNoMod = want.replace(/ (START|MID|END)$/, '');
        if (got === want) ours++;
        else errors.push(`  ${lang}:${row.line} ${prefer} ${JSON.stringify(row.phrase)} want ${want} got ${got}`);
        if (chronoValue(row.phrase, lang, prefer, want) === wantNoMod && !/ (START|MID|END)$/.test(want)) theirs++;
      }
      const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`.padStart(7);
      console.log(`${lang.padEnd(5)} ${prefer.padEnd(7)} ${String(rows.length).padStart(7)} ${pct(ours)}  ${pct(theirs)}`);
      if (showErrors) for (const e of errors) console.log(e);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
