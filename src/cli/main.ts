#!/usr/bin/env node
/**
 * The `lintas` command line: `lintas annotate …`, `lintas lexicon validate|stats …`.
 * Exit codes: 0 all inputs annotated, 1 some input failed (each failure reported on stderr), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../lexicon/package-files.js';
import { parseAnnotateArgs } from './annotate-options.js';
import { lexiconCommand } from './lexicon-command.js';
import { UsageError } from './usage.js';

// Only light modules are imported statically: the annotator (and its NLP dependencies) is loaded
// on demand, so --help, --version, usage errors and `lexicon validate` answer at once.

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

function version(): string {
  // dist/cli.js and src/cli/main.ts both sit below the package root.
  try {
    const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
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
    if (command === 'annotate') {
      const options = parseAnnotateArgs(rest);
      if (options.help) {
        process.stdout.write(HELP);
        return 0;
      }
      const { runAnnotate } = await import('./annotate-command.js');
      return await runAnnotate(options);
    }
    if (command === 'lexicon') return await lexiconCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`lintas: ${(err as Error).message}\nRun "lintas --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
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
