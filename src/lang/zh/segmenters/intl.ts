import type { Segmenter } from './segmenter.js';

/** The zero-dependency fallback: ICU's dictionary-based word breaking through `Intl.Segmenter`. */
export function createIntlSegmenter(): Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return {
    name: 'intl',
    cut: (text) => Array.from(segmenter.segment(text), (s) => s.segment),
  };
}
