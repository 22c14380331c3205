import { describe, expect, it } from 'vitest';
import {
  annotate,
  createAnnotator,
  InvalidArgumentError,
  InvalidReferenceDateError,
  Lexicon,
  LexiconValidationError,
  LintasError,
  UnknownLanguageError,
  type Annotator,
  type LexiconEntry,
} from '../src/index.js';

const ZH = '俄罗斯国防部长绍伊古与日本防卫大臣稻田朋美在东京举行会谈。';

describe('annotate: bad input gets a clear, typed error', () => {
  it('rejects a text that is not a string', () => {
    expect(() => annotate(42 as unknown as string, 'zh')).toThrow(InvalidArgumentError);
    expect(() => annotate(null as unknown as string, 'zh')).toThrow(/text must be a string, got null/);
    expect(() => annotate(undefined as unknown as string, 'id')).toThrow(LintasError);
  });
  it('rejects an unknown language', () => {
    expect(() => annotate('x', 'en' as never)).toThrow(UnknownLanguageError);
    expect(() => annotate('x', 'ZH' as never)).toThrow(/Unknown language "ZH"/);
    expect(() => annotate('x', undefined as never)).toThrow(UnknownLanguageError);
  });
  it('rejects an invalid reference date', () => {
    expect(() => annotate('x', 'zh', { referenceDate: '2017-02-30' })).toThrow(InvalidReferenceDateError);
    expect(() => annotate('x', 'zh', { referenceDate: new Date(NaN) })).toThrow(InvalidReferenceDateError);
    expect(() => annotate('x', 'zh', { referenceDate: 'last Tuesday' })).toThrow(/Invalid referenceDate "last Tuesday"/);
  });
  it('rejects bad options', () => {
    expect(() => annotate('x', 'zh', { prefer: 'later' as never })).toThrow(InvalidArgumentError);
    expect(() => annotate('x', 'zh', { refDate: '2017-03-20' } as never)).toThrow(/Unknown option "refDate"/);
    expect(() => annotate('x', 'zh', 'news' as never)).toThrow(InvalidArgumentError);
  });
  it('carries a stable code on every error', () => {
    try {
      annotate('x', 'xx' as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LintasError);
      expect((e as LintasError).code).toBe('ERR_UNKNOWN_LANGUAGE');
    }
  });
});

describe('lexicon entries are validated, naming the entry and the field', () => {
  const good: LexiconEntry = { id: 'person/test-person', type: 'PERSON', names: { en: ['Test Person'] } };
  const cases: Array<[unknown, RegExp]> = [
    [{ ...good, id: 'Not An Id' }, /"Not An Id", field "id"/],
    [{ ...good, type: 'ORG' }, /field "type"/],
    [{ ...good, names: { en: [''] } }, /field "names.en\[0\]": must not be empty/],
    [{ ...good, names: { en: [' padded'] } }, /names.en\[0\]/],
    [{ ...good, names: { fr: ['x'] } }, /field "names.fr": unknown language/],
    [{ ...good, names: {} }, /field "names": must list at least one name/],
    [{ ...good, names: { en: 'Test' } }, /names.en": must be an array/],
    [{ ...good, attrs: { country: 'jp' } }, /attrs.country/],
    [{ ...good, name: ['x'] }, /field "name": unknown field/],
    [{ ...good, attrs: { f: () => 1 } }, /field "attrs.f": must be plain JSON data/],
    ['just a string', /entry #0, field "\(entry\)"/],
  ];
  for (const [entry, message] of cases) {
    it(`rejects ${JSON.stringify(entry)?.slice(0, 60)}`, () => {
      expect(() => createAnnotator({ lexicons: [entry as LexiconEntry] })).toThrow(LexiconValidationError);
      expect(() => createAnnotator({ lexicons: [entry as LexiconEntry] })).toThrow(message);
    });
  }
  it('rejects duplicate ids in one list and a non-array', () => {
    expect(() => Lexicon.of([good, good])).toThrow(/duplicate id/);
    expect(() => createAnnotator({ lexicons: 'x' as never })).toThrow(InvalidArgumentError);
    expect(() => createAnnotator().extend('x' as never)).toThrow(InvalidArgumentError);
  });
});

describe('attrs are copied as JSON would copy them, and frozen', () => {
  const entry = (attrs: unknown) => ({ id: 'place/xx-town', type: 'PLACE', names: { id: ['Kotaxyz'] }, attrs }) as LexiconEntry;
  it('keeps plain data, turns -0 into 0 and holes into null, keeps a "__proto__" key as data', () => {
    const shared = { k: 1 };
    // eslint-disable-next-line no-sparse-arrays
    const attrs = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    Object.assign(attrs, { zero: -0, list: [1, , 'a'], a: shared, b: shared, deep: { n: [{ m: null, t: true }] } });
    const copy = Lexicon.of([entry(attrs)]).get('place/xx-town')!.attrs!;
    expect(JSON.stringify(copy)).toBe(JSON.stringify(attrs));
    expect(Object.is(copy['zero'], 0)).toBe(true);
    expect(copy['list']).toEqual([1, null, 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toContain('__proto__');
    expect(copy['a']).not.toBe(shared);
    expect(Object.isFrozen(copy['deep']) && Object.isFrozen((copy['deep'] as { n: object[] }).n[0])).toBe(true);
  });
  it('names the field of the first problem, also deep down', () => {
    let deep: Record<string, unknown> = { bad: Number.NaN };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(() => Lexicon.of([entry(deep)])).toThrow(/field "attrs(\.d){100}\.bad": numbers must be finite/);
    const cyclic: Record<string, unknown> = { list: [] };
    (cyclic['list'] as unknown[]).push(cyclic);
    expect(() => Lexicon.of([entry(cyclic)])).toThrow(/field "attrs.list\[0\]": must not contain cycles/);
    expect(() => Lexicon.of([entry({ when: new Date(0) })])).toThrow(/field "attrs.when": must be plain JSON data/);
    expect(() => Lexicon.of([entry({ u: undefined })])).toThrow(/field "attrs.u": must be plain JSON data, not undefined/);
  });
  it('a name with a line break, a tab or padding is refused with its problem', () => {
    const named = (name: string) => ({ id: 'person/x-y', type: 'PERSON', names: { en: [name] } }) as LexiconEntry;
    expect(() => Lexicon.of([named('A\nB')])).toThrow(/names.en\[0\]": must not contain control characters/);
    expect(() => Lexicon.of([named('A\u2028B')])).toThrow(/must not contain control characters/);
    expect(() => Lexicon.of([named('A B\u3000')])).toThrow(/must not start or end with white space/);
    expect(() => Lexicon.of([named('\ufeffAB')])).toThrow(/must not start or end with white space/);
    expect(() => Lexicon.of([named(' \t ')])).toThrow(/must not be empty/);
    expect(Lexicon.of([named('A\u00a0B')]).size).toBe(1);
  });
});

describe('extension isolation', () => {
  const extra: LexiconEntry = { id: 'person/zz-testname', type: 'PERSON', names: { zh: ['张三丰'], id: ['Zaraz Qux'], vi: ['Zaraz Qux'] } };
  it('extending one annotator changes neither the defaults nor another annotator', () => {
    const before = JSON.stringify(annotate('张三丰访问东京。', 'zh'));
    const a = createAnnotator();
    const b = a.extend([extra]);
    const c = createAnnotator({ lexicons: [extra] });
    expect(b.annotate('张三丰访问东京。', 'zh').annotations.some((x) => x.type === 'PERSON' && x.text === '张三丰' && x.id === extra.id)).toBe(true);
    expect(c.annotate('Zaraz Qux tiba di Tokyo.', 'id').annotations.some((x) => x.type !== "DATE" && x.id === extra.id)).toBe(true);
    expect(JSON.stringify(a.annotate('张三丰访问东京。', 'zh'))).toBe(before);
    expect(JSON.stringify(annotate('张三丰访问东京。', 'zh'))).toBe(before);
    expect(a.lexicon.get(extra.id)).toBeUndefined();
    expect(b.lexicon.get(extra.id)?.id).toBe(extra.id);
  });
  it('an entry with an existing id overrides it in the extension only', () => {
    const base = createAnnotator({ lexicons: Lexicon.of([{ id: 'place/xx-town', type: 'PLACE', names: { id: ['Kotaxyz'] } }]) });
    const over = base.extend([{ id: 'place/xx-town', type: 'PLACE', names: { id: ['Kotaabc'] }, attrs: { kind: 'city' } }]);
    const linked = (a: Annotator) =>
      a.annotate('di Kotaxyz dan Kotaabc', 'id').annotations.filter((x) => x.type !== 'DATE' && x.id === 'place/xx-town').map((x) => x.text);
    expect(linked(over)).toEqual(['Kotaabc']);
    expect(linked(base)).toEqual(['Kotaxyz']);
    expect(over.lexicon.size).toBe(1);
  });
  it('attrs handed out cannot be used to edit the lexicon', () => {
    const a = createAnnotator({ lexicons: Lexicon.of([{ id: 'place/xx-town', type: 'PLACE', names: { id: ['Kotaxyz'] }, attrs: { tags: ['a'] } }]) });
    const ann = a.annotate('di Kotaxyz', 'id').annotations[0]!;
    expect(() => (ann as unknown as { attrs: { tags: string[] } }).attrs.tags.push('b')).toThrow();
    expect(a.lexicon.get('place/xx-town')!.attrs).toEqual({ tags: ['a'] });
  });
});

describe('the annotated document', () => {
  it('has the shared shape, sorted non-overlapping spans and exact offsets', () => {
    const doc = annotate(ZH, 'zh', { referenceDate: '2017-03-20' });
    expect(doc.lang).toBe('zh');
    expect(doc.text).toBe(ZH);
    expect(doc.referenceDate).toBe('2017-03-20');
    for (const t of doc.tokens) expect(ZH.slice(t.start, t.end)).toBe(t.text);
    let last = 0;
    for (const a of doc.annotations) {
      expect(ZH.slice(a.start, a.end)).toBe(a.text);
      expect(a.start).toBeGreaterThanOrEqual(last);
      last = a.end;
    }
  });
  it('finds entities through the default lexicon', () => {
    const doc = annotate(ZH, 'zh');
    const places = doc.annotations.filter((a) => a.type === 'PLACE').map((a) => a.text);
    expect(places).toContain('日本');
    expect(places).toContain('东京');
  });
  it('uses a page date as the reference when none is given, and says which', () => {
    const doc = annotate('2017-03-20 14:05:03\n本月20日，会谈举行。', 'zh');
    expect(doc.referenceDate).toBe('2017-03-20');
  });
});
