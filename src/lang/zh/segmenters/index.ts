import { createIntlSegmenter } from './intl.js';
import { createNodeJieba } from './nodejieba.js';
import { createNodeRsJieba } from './node-rs-jieba.js';
import type { Segmenter, ZhSegmenterName } from './segmenter.js';

export type { Segmenter, ZhSegmenterName } from './segmenter.js';

const FACTORIES: Record<ZhSegmenterName, () => Segmenter | undefined> = {
  'node-rs-jieba': createNodeRsJieba,
  nodejieba: createNodeJieba,
  intl: createIntlSegmenter,
};

/** Without a choice: @node-rs/jieba, else Intl.Segmenter (nodejieba only when asked for). */
const DEFAULT_ORDER: readonly ZhSegmenterName[] = ['node-rs-jieba', 'intl'];

let chosen: ZhSegmenterName | Segmenter | undefined;
let active: Segmenter | undefined;
const built = new Map<ZhSegmenterName, Segmenter | undefined>();

function build(name: ZhSegmenterName): Segmenter | undefined {
  if (!built.has(name)) built.set(name, FACTORIES[name]());
  return built.get(name);
}

/**
 * Chooses the Chinese segmenter: a backend by name, or any object with `cut`. A named backend that
 * cannot load here (native module missing) falls back to the default order. Returns the one in use.
 */
export function setZhSegmenter(choice: ZhSegmenterName | Segmenter): ZhSegmenterName {
  chosen = choice;
  active = undefined;
  return zhSegmenter().name;
}

/** The segmenter in use, created on first Chinese text. */
export function zhSegmenter(): Segmenter {
  if (active) return active;
  if (chosen && typeof chosen === 'object') return (active = chosen);
  const order = chosen ? [chosen, ...DEFAULT_ORDER.filter((n) => n !== chosen)] : DEFAULT_ORDER;
  for (const name of order) {
    const s = build(name);
    if (s) return (active = s);
  }
  // Intl.Segmenter is in every supported Node; this is only reached on a stripped ICU build.
  return (active = { name: 'intl', cut: (text) => Array.from(text) });
}

/** A backend by name, or undefined when it cannot load here (for comparisons and tests). */
export function segmenterByName(name: ZhSegmenterName): Segmenter | undefined {
  return build(name);
}
