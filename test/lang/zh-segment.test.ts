import { afterAll, describe, expect, it } from 'vitest';
import { segmenterByName, setZhSegmenter, type ZhSegmenterName } from '../../src/lang/zh/index.js';
import { tokenise } from '../../src/lang/zh/tokenise.js';

const TEXT = '俄罗斯国防部长绍伊古与日本防卫大臣在东京举行会谈,热线0531-66661234。';

describe('zh segmenters', () => {
  afterAll(() => setZhSegmenter('node-rs-jieba'));

  for (const name of ['node-rs-jieba', 'nodejieba', 'intl'] as ZhSegmenterName[]) {
    it(`${name}: tokens cover the text without gaps or overlaps`, () => {
      if (!segmenterByName(name)) return; // an optional native module that did not build here
      expect(setZhSegmenter(name)).toBe(name);
      const tokens = tokenise(TEXT);
      let last = 0;
      for (const t of tokens) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(TEXT.slice(last, t.start).trim()).toBe('');
        last = t.end;
      }
      expect(last).toBe(TEXT.length);
      expect(tokens.map((t) => TEXT.slice(t.start, t.end))).toContain('0531-66661234');
      expect(tokens.find((t) => TEXT.slice(t.start, t.end) === '东京')?.kind).toBe('word');
    });
  }

  it('leaves no implicit globals behind after loading nodejieba', () => {
    segmenterByName('nodejieba');
    const g = globalThis as Record<string, unknown>;
    for (const k of ['dict', 'hmmDict', 'userDict', 'idfDict', 'stopWordDict']) expect(k in g).toBe(false);
  });

  it('maps the words of several Han runs back onto their offsets', () => {
    // Two-character words: each run is cut on its own, the pieces between runs are kept.
    setZhSegmenter({ name: 'intl', cut: (text) => text.split('\n').flatMap((run, i) => [...(i > 0 ? ['\n'] : []), ...(run.match(/.{1,2}/gu) ?? [])]) });
    const text = '东京会谈, 2024年越南国防部𠀀';
    const tokens = tokenise(text).map((t) => text.slice(t.start, t.end));
    expect(tokens).toEqual(['东京', '会谈', ',', '2024', '年越', '南国', '防部', '𠀀']);
  });

  it('accepts a custom segmenter and falls back per character when words do not spell the text', () => {
    setZhSegmenter({ name: 'intl', cut: () => ['不对'] });
    const tokens = tokenise('东京');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
