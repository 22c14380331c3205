import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../types.js';
import { Lexicon, type PrecomputedKeys } from './lexicon.js';
import { packageFile } from './package-files.js';

let defaults: Lexicon | undefined;

/** The shipped lexicon, read and validated once, on first use. */
export function defaultLexicon(): Lexicon {
  if (!defaults) {
    const data = JSON.parse(readFileSync(packageFile(join('lexicons', 'dist', 'default.json')), 'utf8')) as { entries: unknown };
    defaults = Lexicon.shipped(data.entries, readNameKeys());
  }
  return defaults;
}

/** `lexicons/dist/name-keys.json`: per language, [name, key] pairs for the names whose key is not their case fold. */
function readNameKeys(): PrecomputedKeys {
  const data = JSON.parse(readFileSync(packageFile(join('lexicons', 'dist', 'name-keys.json')), 'utf8')) as { keys: Record<string, [string, string][]> };
  const keys: PrecomputedKeys = {};
  for (const lang of LANGS) {
    const pairs = data.keys[lang];
    if (!Array.isArray(pairs)) throw new Error(`lintas: lexicons/dist/name-keys.json has no keys for "${lang}"; run "npm run lexicons:build".`);
    keys[lang as Lang] = new Map(pairs);
  }
  return keys;
}
