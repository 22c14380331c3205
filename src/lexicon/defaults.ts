import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon } from './lexicon.js';

const DEFAULT_LEXICON = join('lexicons', 'dist', 'default.json');

/** The package root: the nearest folder above this module that holds the compiled lexicon. */
function findLexiconFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, DEFAULT_LEXICON);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`lintas: the default lexicon (${DEFAULT_LEXICON}) is missing from the package; run "npm run lexicons:build".`);
    }
    dir = parent;
  }
}

let defaults: Lexicon | undefined;

/** The shipped lexicon, read and validated once, on first use. */
export function defaultLexicon(): Lexicon {
  if (!defaults) {
    const data = JSON.parse(readFileSync(findLexiconFile(), 'utf8')) as { entries: unknown };
    defaults = Lexicon.of(data.entries);
  }
  return defaults;
}
