import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared data folder (gold sets, corpora) lives beside the repository as `../shared`, or
 * wherever LINTAS_SHARED points. A user's clone has none: callers say so and skip.
 */
export function sharedDir(): string | undefined {
  const fromEnv = process.env['LINTAS_SHARED'];
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : undefined;
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidate = join(repoRoot, '..', 'shared');
  return existsSync(candidate) ? candidate : undefined;
}

export function sharedFile(...parts: string[]): string | undefined {
  const dir = sharedDir();
  if (!dir) return undefined;
  const p = join(dir, ...parts);
  return existsSync(p) ? p : undefined;
}
