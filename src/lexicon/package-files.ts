import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A data file shipped with the package (under `lexicons/`), found from this module upwards, so the
 * same code works from `src/` (tests, tsx) and from the bundled `dist/`.
 */
export function packageFile(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`lintas: the data file ${relative} is missing from the package; run "npm run lexicons:build".`);
    dir = parent;
  }
}

/** A shipped word list: one entry per line; blank lines and `#` comment lines are skipped. */
export function readWordList(relative: string): string[] {
  return parseWordList(readFileSync(packageFile(relative), 'utf8'));
}

export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.push(w);
  }
  return out;
}
