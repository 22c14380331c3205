#!/usr/bin/env node
/**
 * The `lintas` command line: `lintas annotate …`, `lintas lexicon validate|stats …`.
 * Exit codes: 0 all inputs annotated, 1 some input failed (each failure reported on stderr), 2 usage error.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnnotator } from '../annotator.js';
import { annotateMany, type BatchInput, type LangOrAuto } from '../batch/index.js';
import { LintasError } from '../errors.js';
import { Lexicon } from '../lexicon/lexicon.js';
import type { LexiconEntry, Prefer } from '../types.js';
import { formatProblem, readLexiconFile, validateLexiconEntries } from './lexicon-file.js';
import { lexiconCommand } from './lexicon-command.js';
import { directorySink, FORMATS, stdoutSink, type Format, type Sink } from './output.js';
import { Progress } from './progress.js';

const LANG_CHOICES = ['zh', 'id', 'vi', 'auto'] as const;
const PREFER_CHOICES: readonly Prefer[] = ['news', 'past', 'future', 'nearest'];

export const HELP = `lintas — annotate Chinese, Indonesian and Vietnamese news: persons, ministries, places, ISO-8601 dates.

Usage:
  lintas annotate [FILE…] [options]     annotate plain-text files (one document each) or stdin
  lintas annotate --jsonl [FILE…]       annotate JSON Lines: {"id","text","lang"?,"refDate"?} per line
  lintas lexicon validate FILE          check a lexicon (JSON array, {entries}, or JSONL); exit 1 on errors
  lintas lexicon stats [FILE] [--json]  counts per type, language and country (default lexicon without FILE)
  lintas --help | --version

Options for annotate:
  --lang zh|id|vi|auto   language of the input (default auto: detected per document); a JSONL "lang" wins
  --ref YYYY-MM-DD       reference (publication) date for relative dates; a JSONL "refDate" wins
  --prefer news|past|future|nearest   how to resolve dates without a year or tense (default news)
  --format FORMAT        json | jsonl (default) | conll | brat | webanno | timeml
  --out DIR|-            write files into DIR (brat needs a DIR: one .txt + .ann per document); - is stdout
  --jobs N               worker threads (default 1); the output is identical for every N
  --jsonl                read JSON Lines instead of plain text
  --lexicon FILE         add lexicon entries to the defaults (repeatable)

Bad input lines are reported on stderr as {"line":N,"error":"…","code":"…"} and the run goes on;
every input line gives exactly one output document or one error record. Exit status: 0 all ok,
1 some input failed, 2 usage error. A progress line is drawn on stderr only when it is a terminal.

Examples:
  lintas annotate article.txt --lang zh --ref 2017-03-20
  cat news.jsonl | lintas annotate --jsonl --jobs 4 > annotated.jsonl
  lintas annotate --jsonl news.jsonl --format brat --out brat/
`;

class UsageError extends Error {}

function version(): string {
  // dist/cli.js and src/cli/main.ts both sit below the package root.
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'lintas' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      process.stderr.write(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(version() + '\n');
      return 0;
    }
    if (command === 'annotate') return await annotateCommand(rest);
    if (command === 'lexicon') return lexiconCommand(rest, (m) => new UsageError(m));
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`lintas: ${(err as Error).message}\nRun "lintas --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

interface InputMeta {
  line?: number;
  file?: string;
  bytes: number;
}

async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'auto' },
      ref: { type: 'string' },
      prefer: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      out: { type: 'string', default: '-' },
      jobs: { type: 'string', default: '1' },
      jsonl: { type: 'boolean', default: false },
      lexicon: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const lang = oneOf('--lang', values.lang, LANG_CHOICES) as LangOrAuto;
  const format = oneOf('--format', values.format, FORMATS) as Format;
  const prefer = values.prefer === undefined ? undefined : (oneOf('--prefer', values.prefer, PREFER_CHOICES) as Prefer);
  if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`--jobs must be a positive integer, got "${values.jobs}"`);
  const jobs = Number(values.jobs);
  if (values.ref !== undefined) checkReferenceDate(values.ref);
  const toStdout = values.out === '-';
  if (format === 'brat' && toStdout) throw new UsageError('--format brat writes a .txt and an .ann file per document: give --out DIR');
  const files = positionals.length ? positionals : ['-'];
  for (const f of files) {
    if (f !== '-' && (!existsSync(f) || !statSync(f).isFile())) throw new UsageError(`no such file: ${f}`);
  }
  if (files.includes('-') && process.stdin.isTTY) throw new UsageError('no input: give FILE… or pipe text on stdin');
  const lexicons = values.lexicon ? loadLexicons(values.lexicon) : undefined;

  const sink: Sink = toStdout ? stdoutSink(format as Exclude<Format, 'brat'>) : directorySink(format, values.out);
  const knownSize = files.includes('-') ? undefined : files.reduce((n, f) => n + statSync(f).size, 0);
  const progress = Progress.forStderr(knownSize);
  let failures = 0;
  const reportError = (record: Record<string, unknown>) => {
    failures++;
    progress?.clear();
    process.stderr.write(JSON.stringify(record) + '\n');
  };

  // Items go to annotateMany in order; their line/file/size wait here until their result comes back.
  const pending: InputMeta[] = [];
  async function* items(): AsyncGenerator<BatchInput> {
    for (const file of files) {
      const fileField = file === '-' ? {} : { file };
      if (!values.jsonl) {
        const text = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
        pending.push({ ...fileField, bytes: Buffer.byteLength(text) });
        yield { id: file, text };
        continue;
      }
      const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        const bytes = Buffer.byteLength(line) + 1;
        if (line.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch (err) {
          reportError({ line: lineNo, ...fileField, error: `invalid JSON: ${(err as Error).message}`, code: 'ERR_INVALID_JSON' });
          progress?.advance(bytes);
          continue;
        }
        pending.push({ line: lineNo, ...fileField, bytes });
        const isRecord = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        // Lines without an id are known by their line number.
        yield (isRecord && (parsed as { id?: unknown }).id === undefined ? { ...(parsed as object), id: lineNo } : parsed) as BatchInput;
      }
    }
  }

  const options: Parameters<typeof annotateMany>[1] = { lang, jobs };
  if (values.ref !== undefined) options.referenceDate = values.ref;
  if (prefer !== undefined) options.prefer = prefer;
  if (lexicons !== undefined) options.lexicons = lexicons;
  for await (const result of annotateMany(items(), options)) {
    const meta = pending.shift()!;
    if ('error' in result) {
      const where = meta.line !== undefined ? { line: meta.line } : {};
      reportError({ ...where, ...(meta.file !== undefined ? { file: meta.file } : {}), id: result.id, error: result.error.message, code: result.error.code });
    } else {
      const source = meta.file !== undefined && !values.jsonl ? pathToFileURL(resolve(meta.file)).href : `urn:lintas:doc:${encodeURIComponent(String(result.id))}`;
      const out: Parameters<Sink['write']>[0] = { id: result.id, doc: result.doc, source };
      if (meta.file !== undefined && !values.jsonl) out.file = meta.file;
      await sink.write(out);
    }
    progress?.advance(meta.bytes);
  }
  await sink.close();
  progress?.finish();
  return failures > 0 ? 1 : 0;
}

function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${choices.join(', ')}; got "${value}"`);
  return value as T;
}

/** The annotator's own reference-date check, so a bad --ref is a usage error before any work. */
function checkReferenceDate(ref: string): void {
  try {
    createAnnotator({ lexicons: Lexicon.empty() }).annotate('', 'id', { referenceDate: ref });
  } catch (err) {
    if (err instanceof LintasError) throw new UsageError(`--ref: ${err.message}`);
    throw err;
  }
}

/** Entries from every --lexicon file; an id repeated in a later file replaces the earlier entry. */
function loadLexicons(paths: string[]): LexiconEntry[] {
  const entries = new Map<string, LexiconEntry>();
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`--lexicon: no such file: ${path}`);
    const read = readLexiconFile(path);
    const { valid, problems } = validateLexiconEntries(read.entries);
    const all = [...read.problems, ...problems];
    if (all.length) throw new UsageError(`--lexicon ${path} has ${all.length} bad entr${all.length === 1 ? 'y' : 'ies'}:\n  ${all.slice(0, 10).map(formatProblem).join('\n  ')}`);
    for (const e of valid) entries.set(e.id, e);
  }
  return [...entries.values()];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// A closed pipe (`lintas … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`lintas: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
