/** A Chinese word segmenter: cuts a run of text into words that concatenate back to it. */
export interface Segmenter {
  readonly name: ZhSegmenterName;
  cut(text: string): string[];
  /** Words with part-of-speech tags (jieba's: nr person, ns place, v verb…), where the backend has them. */
  tag?(text: string): Array<{ word: string; tag: string }>;
}

export type ZhSegmenterName = 'node-rs-jieba' | 'nodejieba' | 'intl';
