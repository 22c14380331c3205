import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Options } from 'tsup';
import config from '../../tsup.config.js';

/**
 * Bundles the given entries with the project's tsup config (ESM only, no .d.ts) into a per-run folder
 * under node_modules/.cache, the same layout as dist/ (the batch API finds ./worker.js beside itself),
 * without touching dist/. Per process id, so concurrent test runs never rebuild each other's bundle.
 */
export async function bundleForTest(name: string, entry: Record<string, string>): Promise<{ outDir: string; remove(): void }> {
  const outDir = join(resolve(__dirname, '..', '..'), 'node_modules', '.cache', `lintas-test-${name}-${process.pid}`);
  await build({ ...(config as Options), entry, format: ['esm'], dts: false, sourcemap: false, outDir, silent: true, config: false });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
