import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodePointOffsets,
  fromBrat,
  fromJsonl,
  fromTimeml,
  fromWebAnnotation,
  readConll,
  spansFromBio,
  toBrat,
  toConll,
  toJson,
  toJsonl,
  toTimeml,
  toWebAnnotation,
} from '../src/formats/index.js';
import type { AnnotatedDocument, Annotation, Token } from '../src/types.js';

/** Builds a document whose annotation texts and token texts are exactly what its offsets say. */
function makeDoc(text: string, spans: Array<Omit<Annotation, 'text' | 'source'> & { source?: 'lexicon' | 'rule' }>, tokens?: Array<[number, number]>): AnnotatedDocument {
  const annotations = spans.map((s) => ({ source: 'lexicon', ...s, text: text.slice(s.start, s.end) }) as Annotation);
  const toks: Token[] = (tokens ?? wordTokens(text)).map(([start, end]) => ({ text: text.slice(start, end), start, end, kind: 'word' }));
  return { text, lang: 'zh', referenceDate: '2017-03-20', tokens: toks, annotations };
}

function wordTokens(text: string): Array<[number, number]> {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
}

const person = (start: number, end: number, id = 'person/sergei-shoigu', canonical = 'Sergei Shoigu') =>
  ({ type: 'PERSON', start, end, id, canonical, attrs: {} }) as const;
const place = (start: number, end: number, id = 'place/jp', canonical = 'Japan') => ({ type: 'PLACE', start, end, id, canonical, attrs: { country: 'JP' } }) as const;
const ministry = (start: number, end: number) => ({ type: 'MINISTRY', start, end, id: 'ministry/ru-defence', canonical: 'Ministry of Defence of Russia', attrs: {} }) as const;
const date = (start: number, end: number, value: string, grain: 'day' | 'year' | 'part-of-day', extra: { mod?: 'END'; endValue?: string } = {}) =>
  ({ type: 'DATE', start, end, value, grain, source: 'rule', ...extra }) as const;

const ZH = '中新网3月20日电 据外媒报道，绍伊古与日本防卫大臣稻田朋美会谈。';
const zhDoc = makeDoc(
  ZH,
  [date(3, 8, '2017-03-20', 'day'), person(16, 19), place(20, 22), person(26, 30, 'person/tomomi-inada', 'Tomomi Inada')],
  [[0, 3], [3, 8], [8, 9], [10, 11], [11, 13], [13, 15], [15, 16], [16, 19], [19, 20], [20, 22], [22, 26], [26, 30], [30, 32], [32, 33]],
);

describe('toBrat / fromBrat', () => {
  it('writes T lines, normalisations and date notes (reference output)', () => {
    const { txt, ann } = toBrat(zhDoc);
    expect(txt).toBe(ZH);
    expect(ann).toBe(
      [
        'T1\tDATE 3 8\t3月20日',
        '#1\tAnnotatorNotes T1\tvalue=2017-03-20;grain=day',
        'T2\tPERSON 16 19\t绍伊古',
        'N1\tReference T2 lintas:person/sergei-shoigu\tSergei Shoigu',
        'T3\tPLACE 20 22\t日本',
        'N2\tReference T3 lintas:place/jp\tJapan',
        'T4\tPERSON 26 30\t稻田朋美',
        'N3\tReference T4 lintas:person/tomomi-inada\tTomomi Inada',
        '',
      ].join('\n'),
    );
  });

  it('counts code points, as brat (Python) does, after astral characters', () => {
    const text = '𠮷野家 绍伊古 😀 稻田';
    const doc = makeDoc(text, [person(5, 8), person(12, 14, 'person/tomomi-inada', 'Tomomi Inada')]);
    const { ann } = toBrat(doc);
    // UTF-16: 5–8 and 12–14; code points: one less before 绍伊古 (𠮷), two less before 稻田 (𠮷, 😀).
    expect(ann).toContain('T1\tPERSON 4 7\t绍伊古');
    expect(ann).toContain('T2\tPERSON 10 12\t稻田');
    // What Python's len() gives for the prefix.
    expect([...text.slice(0, 5)].length).toBe(4);
    const back = fromBrat(ann, text);
    expect(back.map((s) => [s.start, s.end, s.text])).toEqual([[5, 8, '绍伊古'], [12, 14, '稻田']]);
  });

  it('splits a span that crosses a line break into fragments and reads it back whole', () => {
    const text = 'Senin\n(4/11/2013) pagi';
    const doc = makeDoc(text, [date(0, 17, '2013-11-04', 'day', { endValue: '2013-11-05', mod: 'END' })]);
    const { ann } = toBrat(doc);
    expect(ann.split('\n')[0]).toBe('T1\tDATE 0 5;6 17\tSenin (4/11/2013)');
    const [span] = fromBrat(ann, text);
    expect(span).toMatchObject({ type: 'DATE', start: 0, end: 17, value: '2013-11-04', grain: 'day', mod: 'END', endValue: '2013-11-05' });
  });

  it('rejects an .ann whose text does not match the offsets', () => {
    expect(() => fromBrat('T1\tPERSON 0 3\tabc\n', 'xyz')).toThrow(/does not match/);
  });

  it('round-trips random spans over text with astral characters and line breaks', () => {
    const char = fc.constantFrom('a', 'b', ' ', '\n', '中', '国', '𠮷', '😀', 'ệ', '\t');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), (chars, cuts) => {
        const text = chars.join('');
        // Span boundaries at code-point boundaries; consecutive pairs become non-overlapping spans.
        const bounds = [...new Set(cuts.map((c) => boundary(text, c % (text.length + 1))))].sort((a, b) => a - b);
        const spans = [];
        for (let i = 0; i + 1 < bounds.length; i += 2) {
          const [s, e] = [bounds[i]!, bounds[i + 1]!];
          // Annotations never start or end with a line break (brat could not say so either).
          if (!/^[\r\n]|[\r\n]$/.test(text.slice(s, e))) spans.push(i % 4 === 0 ? person(s, e) : date(s, e, '2017', 'year'));
        }
        const doc = makeDoc(text, spans);
        const { txt, ann } = toBrat(doc);
        const back = fromBrat(ann, txt);
        expect(back.map((b) => [b.type, b.start, b.end])).toEqual(doc.annotations.map((a) => [a.type, a.start, a.end]));
      }),
      { numRuns: 300 },
    );
  });
});

/** Moves an offset off the middle of a surrogate pair. */
function boundary(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

describe('CodePointOffsets', () => {
  it('maps both ways and is the identity without astral characters', () => {
    const plain = new CodePointOffsets('abc中');
    expect([plain.codePoint(3), plain.unit(3)]).toEqual([3, 3]);
    const astral = new CodePointOffsets('a😀b𠮷c');
    expect([0, 1, 3, 4, 6, 7].map((u) => astral.codePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((c) => astral.unit(c))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(() => astral.unit(6)).toThrow(RangeError);
  });
});

describe('toConll / readConll / spansFromBio', () => {
  it('tags tokens B-/I-/O (reference output)', () => {
    expect(toConll(zhDoc)).toBe(
      ['中新网\tO', '3月20日\tB-DATE', '电\tO', '据\tO', '外媒\tO', '报道\tO', '，\tO', '绍伊古\tB-PERSON', '与\tO', '日本\tB-PLACE', '防卫大臣\tO', '稻田朋美\tB-PERSON', '会谈\tO', '。\tO', ''].join('\n'),
    );
  });

  it('puts I- on the following tokens of a multi-token span and a blank line between documents', () => {
    const text = 'Kementerian Pertahanan Rusia dan Menhan Sergei Shoigu';
    const doc = makeDoc(text, [ministry(0, 28), person(40, 53)]);
    const out = toConll([doc, doc]);
    const blocks = out.split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.split('\n')).toEqual([
      'Kementerian\tB-MINISTRY',
      'Pertahanan\tI-MINISTRY',
      'Rusia\tI-MINISTRY',
      'dan\tO',
      'Menhan\tO',
      'Sergei\tB-PERSON',
      'Shoigu\tI-PERSON',
    ]);
    const docs = readConll(out);
    expect(docs).toHaveLength(2);
    const spans = spansFromBio(docs[1]!.tokens, text);
    expect(spans.map((s) => [s.type, s.start, s.end, s.text])).toEqual([
      ['MINISTRY', 0, 28, 'Kementerian Pertahanan Rusia'],
      ['PERSON', 40, 53, 'Sergei Shoigu'],
    ]);
  });

  it('two adjacent spans of one type stay two spans (the second starts with B-)', () => {
    const text = '杨凡 李娜';
    const doc = makeDoc(text, [person(0, 2, 'person:rule/a', '杨凡'), person(3, 5, 'person:rule/b', '李娜')]);
    const conll = toConll(doc, { id: 'byline' });
    expect(conll).toBe('# id = byline\n杨凡\tB-PERSON\n李娜\tB-PERSON\n');
    const [read] = readConll(conll);
    expect(read!.id).toBe('byline');
    expect(spansFromBio(read!.tokens, text).map((s) => s.text)).toEqual(['杨凡', '李娜']);
  });

  it('rebuilds the entity spans of the reference document', () => {
    const [read] = readConll(toConll(zhDoc));
    const spans = spansFromBio(read!.tokens, ZH);
    expect(spans.map((s) => [s.type, s.start, s.end])).toEqual(zhDoc.annotations.map((a) => [a.type, a.start, a.end]));
  });

  it('finds a multi-word Vietnamese token again even when its inner line break was flattened', () => {
    const text = 'Bộ trưởng Phan Văn\nGiang';
    const doc = makeDoc(text, [person(10, 24, 'person/phan-van-giang', 'Phan Văn Giang')], [[0, 2], [3, 9], [10, 24]]);
    const conll = toConll(doc);
    expect(conll.split('\n')[2]).toBe('Phan Văn Giang\tB-PERSON');
    const spans = spansFromBio(readConll(conll)[0]!.tokens, text);
    expect(spans).toEqual([{ type: 'PERSON', start: 10, end: 24, text: 'Phan Văn\nGiang' }]);
  });

  it('rejects unknown tags and lines without a tab', () => {
    expect(() => spansFromBio([{ text: 'a', tag: 'B-THING' }], 'a')).toThrow(/Unknown entity type/);
    expect(() => readConll('just words\n')).toThrow(/expected "token<TAB>tag"/);
  });
});

describe('toJson / toJsonl', () => {
  it('round-trips documents with their ids, one per line', () => {
    const jsonl = toJsonl([{ id: 'a', doc: zhDoc }, zhDoc]);
    const lines = jsonl.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]!.startsWith('{"id":"a","text":')).toBe(true);
    const back = fromJsonl(jsonl);
    expect(back[0]).toEqual({ id: 'a', ...zhDoc });
    expect(back[1]).toEqual(zhDoc);
    expect(JSON.parse(toJson(zhDoc))).toEqual(zhDoc);
    expect(toJson(zhDoc, { indent: 0 })).not.toContain('\n');
  });
});

describe('toWebAnnotation', () => {
  it('writes W3C annotations with position and quote selectors (reference output)', () => {
    const page = toWebAnnotation(zhDoc, { source: 'https://example.org/news/1', context: 4 });
    expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(page.type).toBe('AnnotationPage');
    expect(page['lintas:positions']).toBe('utf16');
    expect(page.items).toHaveLength(4);
    expect(page.items[1]).toEqual({
      id: 'https://example.org/news/1#lintas-annotation-2',
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'PERSON' },
        { type: 'TextualBody', purpose: 'identifying', value: 'person/sergei-shoigu' },
        { type: 'TextualBody', purpose: 'describing', value: 'Sergei Shoigu' },
      ],
      target: {
        source: 'https://example.org/news/1',
        selector: [
          { type: 'TextPositionSelector', start: 16, end: 19 },
          { type: 'TextQuoteSelector', exact: '绍伊古', prefix: '媒报道，', suffix: '与日本防' },
        ],
      },
    });
    expect(page.items[0]!.body[1]).toEqual({ type: 'TextualBody', purpose: 'describing', value: 'value=2017-03-20;grain=day' });
  });

  it('quote selectors re-anchor: prefix + exact + suffix occurs in the text at the position', () => {
    for (const a of toWebAnnotation(zhDoc).items) {
      const [pos, quote] = a.target.selector;
      expect(ZH.slice(pos.start - quote.prefix.length, pos.end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix);
    }
  });

  it('can count code points instead, never splits a surrogate pair in context, and reads back', () => {
    const text = '😀绍伊古😀';
    const doc = makeDoc(text, [person(2, 5)]);
    const utf16 = toWebAnnotation(doc, { context: 1 });
    const cp = toWebAnnotation(doc, { positions: 'codepoint', context: 1 });
    expect(utf16.items[0]!.target.selector[0]).toMatchObject({ start: 2, end: 5 });
    expect(cp.items[0]!.target.selector[0]).toMatchObject({ start: 1, end: 4 });
    expect(utf16.items[0]!.target.selector[1]).toMatchObject({ prefix: '😀', suffix: '😀' });
    for (const page of [utf16, cp]) {
      expect(fromWebAnnotation(page, text)).toEqual([{ type: 'PERSON', start: 2, end: 5, text: '绍伊古', id: 'person/sergei-shoigu' }]);
    }
  });
});

describe('toTimeml / fromTimeml', () => {
  it('wraps dates in TIMEX3 and escapes the text (reference output)', () => {
    const text = 'A&B <i> pada 20 Maret 2017 pagi & akhir 2016.';
    const doc = makeDoc(text, [date(13, 31, '2017-03-20TMO', 'part-of-day'), date(34, 44, '2016', 'year', { mod: 'END' }), place(0, 1)]);
    doc.lang = 'id';
    const xml = toTimeml(doc, { id: 'x<1>' });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML>',
        '<DOCID>x&lt;1&gt;</DOCID>',
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2017-03-20" functionInDocument="CREATION_TIME">2017-03-20</TIMEX3></DCT>',
        '<TEXT>A&amp;B &lt;i&gt; pada <TIMEX3 tid="t1" type="TIME" value="2017-03-20TMO">20 Maret 2017 pagi</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="2016" mod="END">akhir 2016</TIMEX3>.</TEXT>',
        '</TimeML>',
        '',
      ].join('\n'),
    );
    const back = fromTimeml(xml);
    expect(back.text).toBe(text);
    expect(back.timexes.map((t) => [t.start, t.end, t.value, t.mod])).toEqual([
      [13, 31, '2017-03-20TMO', undefined],
      [34, 44, '2016', 'END'],
    ]);
  });

  it('keeps a range end in comment and round-trips any text', () => {
    const doc = makeDoc('8月5日至6日', [date(0, 7, '2024-08-05', 'day', { endValue: '2024-08-06' })]);
    const xml = toTimeml(doc);
    expect(xml).toContain('<TIMEX3 tid="t1" type="DATE" value="2024-08-05" comment="endValue=2024-08-06">8月5日至6日</TIMEX3>');
    expect(fromTimeml(xml).timexes[0]).toMatchObject({ endValue: '2024-08-06', text: '8月5日至6日' });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", '中', '\n', ' ', '😀') }), (text) => {
        const round = fromTimeml(toTimeml(makeDoc(text, text.length >= 2 ? [date(0, boundary(text, 2), '2017', 'year')] : [])));
        expect(round.text).toBe(text);
      }),
    );
  });

  it('replaces characters XML cannot hold', () => {
    expect(toTimeml(makeDoc('a\u0000b\ud800c', []))).toContain('<TEXT>a\ufffdb\ufffdc</TEXT>');
  });
});

describe('toConll with tokens that cross annotation edges', () => {
  it('splits the token at the edge so BIO rebuilds the span exactly', () => {
    const text = '中新网3月20日电 绍伊古';
    // The tokeniser glued 日电 although the date ends after 日.
    const doc = makeDoc(text, [date(3, 8, '2017-03-20', 'day'), person(10, 13)], [[0, 3], [3, 4], [4, 5], [5, 7], [7, 9], [10, 13]]);
    const conll = toConll(doc);
    expect(conll).toBe('中新网\tO\n3\tB-DATE\n月\tI-DATE\n20\tI-DATE\n日\tI-DATE\n电\tO\n绍伊古\tB-PERSON\n');
    const spans = spansFromBio(readConll(conll)[0]!.tokens, text);
    expect(spans.map((s) => [s.type, s.start, s.end])).toEqual([['DATE', 3, 8], ['PERSON', 10, 13]]);
  });
});

describe('BIO round trip (property)', () => {
  it('rebuilds every annotation span from toConll output over random tokenisations', () => {
    const char = fc.constantFrom('a', 'b', ' ', '中', '国', '😀', 'ệ', '-');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), (chars, tokenCuts, spanCuts) => {
        const text = chars.join('');
        // Tokens: the non-space runs, cut again at random code-point boundaries.
        const cuts = new Set(tokenCuts.map((c) => boundary(text, c % (text.length + 1))));
        const tokens: Array<[number, number]> = [];
        for (const m of text.matchAll(/\S+/g)) {
          let from = m.index;
          for (let i = m.index + 1; i < m.index + m[0].length; i++) {
            if (cuts.has(i) && boundary(text, i) === i) {
              tokens.push([from, i]);
              from = i;
            }
          }
          tokens.push([from, m.index + m[0].length]);
        }
        // Annotations: consecutive pairs of random boundaries, shrunk off white space like real spans.
        const bounds = [...new Set(spanCuts.map((c) => boundary(text, c % (text.length + 1))))].sort((x, y) => x - y);
        const spans = [];
        for (let i = 0; i + 1 < bounds.length; i += 2) {
          let [s, e] = [bounds[i]!, bounds[i + 1]!];
          while (s < e && text[s] === ' ') s++;
          while (e > s && text[e - 1] === ' ') e--;
          if (e > s) spans.push(i % 4 === 0 ? place(s, e) : date(s, e, '2017', 'year'));
        }
        const doc = makeDoc(text, spans, tokens);
        const back = spansFromBio(readConll(toConll(doc))[0]?.tokens ?? [], text);
        expect(back.map((b) => [b.type, b.start, b.end])).toEqual(doc.annotations.map((a) => [a.type, a.start, a.end]));
      }),
      { numRuns: 300 },
    );
  });
});
