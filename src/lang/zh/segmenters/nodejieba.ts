import { createRequire } from 'node:module';
import type { Segmenter } from './segmenter.js';

interface NodeJiebaModule {
  load(options?: Record<string, string>): unknown;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): Array<{ word: string; tag: string }>;
}

/** nodejieba's `load` assigns these as implicit globals (sloppy-mode CommonJS); we remove the ones it adds. */
const LEAKED_GLOBALS = ['dict', 'hmmDict', 'userDict', 'idfDict', 'stopWordDict'] as const;

/**
 * nodejieba (C++ cppjieba, an optional dependency built from source). Loaded through a guarded
 * `createRequire`; returns undefined when it is not installed or its binding did not build.
 */
export function createNodeJieba(): Segmenter | undefined {
  let mod: NodeJiebaModule;
  try {
    const require = createRequire(import.meta.url);
    mod = require('nodejieba') as NodeJiebaModule;
    const g = globalThis as Record<string, unknown>;
    const before = new Set(LEAKED_GLOBALS.filter((k) => k in g));
    try {
      mod.load();
    } finally {
      for (const k of LEAKED_GLOBALS) if (!before.has(k)) delete g[k];
    }
  } catch {
    return undefined;
  }
  return { name: 'nodejieba', cut: (text) => mod.cut(text, true), tag: (text) => mod.tag(text) };
}
