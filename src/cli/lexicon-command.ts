import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NAME_LANGS, type LexiconEntry } from '../types.js';
import { formatProblem, inFileOrder, readLexiconFile, validateLexiconEntries } from './lexicon-file.js';
import { UsageError } from './usage.js';

/** `lintas lexicon validate FILE` and `lintas lexicon stats [FILE]`. Returns the exit code. */
export async function lexiconCommand(argv: string[]): Promise<number> {
  const usage = (message: string) => new UsageError(message);
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (sub === 'validate') {
    if (positionals.length !== 1) throw usage('lexicon validate takes exactly one FILE');
    return validate(positionals[0]!, values.json);
  }
  if (sub === 'stats') {
    if (positionals.length > 1) throw usage('lexicon stats takes at most one FILE');
    return await stats(positionals[0], values.json, usage);
  }
  throw usage(sub === undefined ? 'lexicon needs a subcommand: validate or stats' : `unknown lexicon subcommand "${sub}" (validate, stats)`);
}

function validate(path: string, json: boolean): number {
  if (!existsSync(path)) {
    process.stderr.write(`lintas: no such file: ${path}\n`);
    return 2;
  }
  const read = readLexiconFile(path);
  const { valid, problems } = validateLexiconEntries(read.entries);
  const all = inFileOrder(read.problems, problems);
  if (json) {
    for (const p of all) process.stdout.write(JSON.stringify(p) + '\n');
  } else {
    for (const p of all) process.stdout.write(formatProblem(p) + '\n');
    const count = read.entries.length + read.problems.length;
    process.stdout.write(`${path}: ${count} entr${count === 1 ? 'y' : 'ies'}, ${valid.length} valid, ${all.length} error${all.length === 1 ? '' : 's'}\n`);
  }
  return all.length ? 1 : 0;
}

export interface LexiconStats {
  entries: number;
  byType: Record<string, number>;
  /** Entries with at least one name in the language, and the number of names. */
  byLanguage: Record<string, { entries: number; names: number }>;
  /** Entries per `attrs.country` (`(none)` when absent). */
  byCountry: Record<string, number>;
}

export function lexiconStats(entries: readonly LexiconEntry[]): LexiconStats {
  const byType: Record<string, number> = {};
  const byLanguage: Record<string, { entries: number; names: number }> = {};
  const byCountry: Record<string, number> = {};
  for (const lang of NAME_LANGS) byLanguage[lang] = { entries: 0, names: 0 };
  for (const e of entries) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    for (const lang of NAME_LANGS) {
      const names = e.names[lang]?.length ?? 0;
      if (names > 0) {
        byLanguage[lang]!.entries++;
        byLanguage[lang]!.names += names;
      }
    }
    const country = typeof e.attrs?.['country'] === 'string' ? (e.attrs['country'] as string) : '(none)';
    byCountry[country] = (byCountry[country] ?? 0) + 1;
  }
  const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return { entries: entries.length, byType: sorted(byType), byLanguage, byCountry: sorted(byCountry) };
}

async function stats(path: string | undefined, json: boolean, usage: (message: string) => Error): Promise<number> {
  let entries: readonly LexiconEntry[];
  let failed = false;
  if (path === undefined) {
    // The shipped lexicon, loaded on demand (see main.ts).
    const { defaultLexicon } = await import('../lexicon/defaults.js');
    entries = defaultLexicon().entries;
  } else {
    if (!existsSync(path)) throw usage(`no such file: ${path}`);
    const read = readLexiconFile(path);
    const { valid, problems } = validateLexiconEntries(read.entries);
    const all = inFileOrder(read.problems, problems);
    if (all.length) {
      // Count what is valid, but say what is not and exit 1.
      for (const p of all) process.stderr.write(formatProblem(p) + '\n');
      process.stderr.write(`${path}: ${all.length} bad entr${all.length === 1 ? 'y' : 'ies'} left out of the counts\n`);
      failed = true;
    }
    entries = valid;
  }
  const s = lexiconStats(entries);
  if (json) process.stdout.write(JSON.stringify(s, null, 2) + '\n');
  else printStats(s);
  return failed ? 1 : 0;
}

function printStats(s: LexiconStats): void {
  const out: string[] = [`entries  ${s.entries}`, '', 'by type'];
  for (const [t, n] of Object.entries(s.byType)) out.push(`  ${t.padEnd(10)} ${n}`);
  out.push('', 'by language (entries / names)');
  for (const [l, c] of Object.entries(s.byLanguage)) out.push(`  ${l.padEnd(10)} ${c.entries} / ${c.names}`);
  out.push('', 'by country');
  for (const [c, n] of Object.entries(s.byCountry)) out.push(`  ${c.padEnd(10)} ${n}`);
  process.stdout.write(out.join('\n') + '\n');
}
