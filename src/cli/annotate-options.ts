import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LangOrAuto } from '../batch/item.js';
import { parseReferenceDate } from '../dates/reference.js';
import { LintasError } from '../errors.js';
import type { LexiconEntry, Prefer } from '../types.js';
import { formatProblem, inFileOrder, readLexiconFile, validateLexiconEntries } from './lexicon-file.js';
import { FORMATS, type Format } from './output.js';
import { UsageError } from './usage.js';

const LANG_CHOICES: readonly LangOrAuto[] = ['zh', 'id', 'vi', 'auto'];
const PREFER_CHOICES: readonly Prefer[] = ['news', 'past', 'future', 'nearest'];

/** `lintas annotate` arguments, checked. Everything here is cheap: no annotator is loaded yet. */
export interface AnnotateCliOptions {
  help: boolean;
  lang: LangOrAuto;
  format: Format;
  prefer: Prefer | undefined;
  ref: string | undefined;
  /** `-` for stdout, else a directory. */
  out: string;
  jobs: number;
  jsonl: boolean;
  /** Input files; `-` is stdin. */
  files: string[];
  lexicons: LexiconEntry[] | undefined;
}

export function parseAnnotateArgs(argv: string[]): AnnotateCliOptions {
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
  const files = positionals.length ? positionals : ['-'];
  const parsed: AnnotateCliOptions = {
    help: values.help,
    lang: oneOf('--lang', values.lang, LANG_CHOICES),
    format: oneOf('--format', values.format, FORMATS),
    prefer: values.prefer === undefined ? undefined : oneOf('--prefer', values.prefer, PREFER_CHOICES),
    ref: values.ref,
    out: values.out,
    jobs: 1,
    jsonl: values.jsonl,
    files,
    lexicons: undefined,
  };
  if (parsed.help) return parsed;
  if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`--jobs must be a positive integer, got "${values.jobs}"`);
  parsed.jobs = Number(values.jobs);
  if (values.ref !== undefined) {
    try {
      parseReferenceDate(values.ref);
    } catch (err) {
      if (err instanceof LintasError) throw new UsageError(`--ref: ${err.message}`);
      throw err;
    }
  }
  if (parsed.format === 'brat' && parsed.out === '-') throw new UsageError('--format brat writes a .txt and an .ann file per document: give --out DIR');
  for (const f of files) {
    if (f !== '-' && (!existsSync(f) || !statSync(f).isFile())) throw new UsageError(`no such file: ${f}`);
  }
  if (files.includes('-') && process.stdin.isTTY) throw new UsageError('no input: give FILE… or pipe text on stdin');
  if (values.lexicon) parsed.lexicons = loadLexicons(values.lexicon);
  return parsed;
}

function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${choices.join(', ')}; got "${value}"`);
  return value as T;
}

/** Entries from every --lexicon file; an id repeated in a later file replaces the earlier entry. */
function loadLexicons(paths: string[]): LexiconEntry[] {
  const entries = new Map<string, LexiconEntry>();
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`--lexicon: no such file: ${path}`);
    const read = readLexiconFile(path);
    const { valid, problems } = validateLexiconEntries(read.entries);
    const all = inFileOrder(read.problems, problems);
    if (all.length) throw new UsageError(`--lexicon ${path} has ${all.length} bad entr${all.length === 1 ? 'y' : 'ies'}:\n  ${all.slice(0, 10).map(formatProblem).join('\n  ')}`);
    for (const e of valid) entries.set(e.id, e);
  }
  return [...entries.values()];
}
