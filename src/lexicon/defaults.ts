import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from './lexicon.js';
import { packageFile } from './package-files.js';

let defaults: Lexicon | undefined;

/** The shipped lexicon, read and validated once, on first use. */
export function defaultLexicon(): Lexicon {
  if (!defaults) {
    const data = JSON.parse(readFileSync(packageFile(join('lexicons', 'dist', 'default.json')), 'utf8')) as { entries: unknown };
    defaults = Lexicon.of(data.entries);
  }
  return defaults;
}
