import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, createAnnotator, LANGS, type AnnotatedDocument, type Lang } from '../src/index.js';

/** Strings that stress normalisation: combining marks, surrogates (paired and lone), controls, wide forms, mixed scripts. */
const oddChar = fc.constantFrom(
  'a', 'Z', ' ', '\n', '\t', '\u0000', '\u0007', '\u200b', '\ufeff', '\u0301', '\u0323', '\u0309', 'ạ', 'ờ', 'Ư', 'đ',
  '中', '國', '部', '长', '·', '\uff11', '\uff21', '\u3000', '年', '月', '日', '\ud83d', '\ude00', '😀', '👨‍👩‍👧', 'İ', 'ß',
  '1', '2', '/', '-', ':', '.', ',', '(', ')', '《', '》', 'Nga', 'Jepang', '日本', '2017年3月20日', 'ngày 2/3', 'Sabtu (2 November)',
);
const oddString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(oddChar, { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const lang = fc.constantFrom<Lang>(...LANGS);

function checkInvariants(text: string, doc: AnnotatedDocument): void {
  for (const t of doc.tokens) {
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  let lastEnd = 0;
  for (const a of doc.annotations) {
    expect(a.end).toBeGreaterThan(a.start);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = a.end;
  }
  // Tokens never cross an entity edge.
  for (const a of doc.annotations) {
    if (a.type === 'DATE') continue;
    for (const t of doc.tokens) {
      const crosses = (t.start < a.start && t.end > a.start) || (t.start < a.end && t.end > a.end);
      expect(crosses).toBe(false);
    }
  }
}

describe('invariants on any string', () => {
  it('annotates without throwing, with exact offsets and sorted non-overlapping spans', () => {
    fc.assert(
      fc.property(oddString, lang, (text, l) => {
        checkInvariants(text, annotate(text, l, { referenceDate: '2017-03-20' }));
      }),
      { numRuns: 300 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(oddString, lang, (text, l) => {
        const a = JSON.stringify(annotate(text, l, { referenceDate: '2013-02-12' }));
        const b = JSON.stringify(createAnnotator().annotate(text, l, { referenceDate: '2013-02-12' }));
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  });
  it('NFD input gives the same annotations as NFC, offsets into the NFD string', () => {
    const texts = ['Ngày 2/3, Nhật Bản và Nga đã tiến hành đối thoại tại Tokyo.', 'Bộ Quốc phòng Việt Nam và ông Nguyễn Văn Hùng'];
    for (const nfc of texts) {
      const nfd = nfc.normalize('NFD');
      const a = annotate(nfc, 'vi', { referenceDate: '2011-03-02' });
      const b = annotate(nfd, 'vi', { referenceDate: '2011-03-02' });
      checkInvariants(nfd, b);
      expect(b.annotations.map((x) => [x.type, x.text.normalize('NFC')])).toEqual(a.annotations.map((x) => [x.type, x.text]));
    }
  });
});

describe('edge inputs', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['white space', ' \n\t\u3000 '],
    ['emoji', '😀👍🏽👨‍👩‍👧 日本 😀'],
    ['lone surrogates', '\ud800日本\udc00Nga\ud83d'],
    ['control characters', '\u0000\u0001日本\u0007\u001b[31mJepang\u007f'],
  ];
  for (const [name, text] of cases) {
    it(`annotates ${name}`, () => {
      for (const l of LANGS) checkInvariants(text, annotate(text, l));
    });
  }
  it('stays linear on 1 MB of one repeated character', () => {
    for (const [l, ch] of [['zh', '日'], ['id', 'a'], ['vi', 'ạ']] as const) {
      const text = ch.repeat(1_000_000);
      const doc = annotate(text, l);
      expect(doc.tokens.length).toBeGreaterThan(0);
      expect(doc.tokens.at(-1)!.end).toBe(text.length);
      checkInvariants(text, doc);
    }
  });
});
