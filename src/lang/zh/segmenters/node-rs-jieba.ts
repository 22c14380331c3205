import { createRequire } from 'node:module';
import type { Segmenter } from './segmenter.js';

interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): Array<{ word: string; tag: string }>;
}
interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance };
}

/**
 * @node-rs/jieba (Rust jieba, prebuilt native binaries). The dictionary (≈5 MB) is read on the
 * first cut, not at import, so annotating Indonesian or Vietnamese never pays for it.
 * Returns undefined when the native module cannot load on this platform.
 */
export function createNodeRsJieba(): Segmenter | undefined {
  let jieba: JiebaInstance;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('@node-rs/jieba') as JiebaModule;
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = mod.Jieba.withDict(dict);
  } catch {
    return undefined;
  }
  // HMM on: unknown names (绍伊古, 中谷元) come out as one word instead of single characters.
  return { name: 'node-rs-jieba', cut: (text) => jieba.cut(text, true), tag: (text) => jieba.tag(text, true) };
}
