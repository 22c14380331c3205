/** A Chinese word segmenter: cuts a run of text into words that concatenate back to it. */
export interface Segmenter {
  readonly name: ZhSegmenterName;
  cut(text: string): string[];
}

export type ZhSegmenterName = 'node-rs-jieba' | 'nodejieba' | 'intl';
