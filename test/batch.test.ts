import { describe, expect, it } from 'vitest';
import { annotateAuto, annotateMany, type BatchResult } from '../src/batch/index.js';
import { receiveLexicon, transferLexicon } from '../src/batch/lexicon-transfer.js';
import { InvalidArgumentError, InvalidReferenceDateError } from '../src/errors.js';
import { Lexicon } from '../src/lexicon/lexicon.js';
import type { LexiconEntry } from '../src/types.js';

const entries: LexiconEntry[] = [
  { id: 'person/sergei-shoigu', type: 'PERSON', names: { zh: ['绍伊古'], id: ['Sergei Shoigu', 'Shoigu'], en: ['Sergei Shoigu'] } },
  { id: 'place/jp', type: 'PLACE', names: { zh: ['日本'], id: ['Jepang'], vi: ['Nhật Bản'], en: ['Japan'] }, attrs: { country: 'JP' } },
];
const lexicon = Lexicon.of(entries);

async function collect(it: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('annotateMany (in-process, jobs 1)', () => {
  it('yields one result per item in input order, errors in place, the stream going on', async () => {
    const results = await collect(
      annotateMany(
        [
          '绍伊古访问日本。',
          { id: 'id-1', text: 'Shoigu tiba di Jepang pada 20 Maret.', refDate: '2017-03-21' },
          { id: 'bad-text', text: 42 } as never,
          { id: 'bad-lang', text: 'x', lang: 'en' } as never,
          null as never,
          { id: 7, text: 'Nhật Bản', refDate: 'someday' },
          { text: 'Bộ trưởng tới Nhật Bản', lang: 'vi' },
        ],
        { lexicons: lexicon },
      ),
    );
    expect(results.map((r) => [r.id, 'doc' in r ? r.doc.lang : r.error.code])).toEqual([
      [0, 'zh'],
      ['id-1', 'id'],
      ['bad-text', 'ERR_INVALID_ARGUMENT'],
      ['bad-lang', 'ERR_UNKNOWN_LANGUAGE'],
      [4, 'ERR_INVALID_ARGUMENT'],
      [7, 'ERR_INVALID_REFERENCE_DATE'],
      [6, 'vi'],
    ]);
    const first = results[0] as { doc: { annotations: Array<{ id?: string; text: string }> } };
    expect(first.doc.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['绍伊古', '日本']));
    const second = results[1] as { doc: { referenceDate?: string } };
    expect(second.doc.referenceDate).toBe('2017-03-21');
  });

  it('reads async iterables lazily and applies options.lang and referenceDate as defaults', async () => {
    let pulled = 0;
    async function* source() {
      for (const text of ['Jepang', 'Jepang', 'Jepang']) {
        pulled++;
        yield { text };
      }
    }
    const seen: number[] = [];
    for await (const r of annotateMany(source(), { lang: 'id', referenceDate: '2020-01-02', lexicons: lexicon })) {
      seen.push(pulled);
      expect('doc' in r && r.doc.lang === 'id' && r.doc.referenceDate === '2020-01-02').toBe(true);
    }
    // One item pulled per result: nothing is read ahead in-process.
    expect(seen).toEqual([1, 2, 3]);
  });

  it('rejects bad options before reading any item', async () => {
    await expect(collect(annotateMany(['x'], { jobs: 0 }))).rejects.toThrow(InvalidArgumentError);
    await expect(collect(annotateMany(['x'], { lang: 'en' as never }))).rejects.toThrow(InvalidArgumentError);
    await expect(collect(annotateMany(['x'], { referenceDate: 'soon' }))).rejects.toThrow(InvalidReferenceDateError);
    await expect(collect(annotateMany(['x'], { colour: 'red' } as never))).rejects.toThrow(/unknown option "colour"/);
    await expect(collect(annotateMany(42 as never))).rejects.toThrow(InvalidArgumentError);
    await expect(collect(annotateMany(['x'], { lexicons: [{ id: 'bad' }] as never }))).rejects.toThrow(/field "id"/);
  });

  it('says how to get the worker when jobs > 1 runs from source (the pool needs the built dist/worker.js)', async () => {
    // From src/, ./worker.js does not exist next to this module; batch-pool.test.ts runs the built one.
    await expect(collect(annotateMany(['x'], { jobs: 2 }))).rejects.toMatchObject({ code: 'ERR_WORKER_MISSING', message: expect.stringContaining('npm run build') });
  });

  it('annotateAuto detects the language', () => {
    const doc = annotateAuto('Bộ trưởng Quốc phòng Phan Văn Giang tiếp Đại sứ Nhật Bản tại Hà Nội.', { referenceDate: '2024-08-06' });
    expect(doc.lang).toBe('vi');
    expect(doc.referenceDate).toBe('2024-08-06');
    expect(annotateAuto('日本防卫大臣').lang).toBe('zh');
  });
});

describe('lexicon transfer to workers', () => {
  it('keeps every layer and the order of entries within it', () => {
    const extra: LexiconEntry[] = [
      { id: 'place/zz', type: 'PLACE', names: { id: ['Zeta'] } },
      { id: 'place/aa', type: 'PLACE', names: { id: ['Alfa'] } },
      { id: 'place/jp', type: 'PLACE', names: { id: ['Nippon'] } },
    ];
    const layered = Lexicon.of(entries).extend(extra);
    const transfer = transferLexicon(layered);
    // Through structured clone, as workerData travels.
    const rebuilt = receiveLexicon(structuredClone(transfer));
    expect(transfer).toMatchObject({ kind: 'layers', base: entries.map((e) => expect.objectContaining({ id: e.id })) });
    expect((transfer as { layers: LexiconEntry[][] }).layers.map((l) => l.map((e) => e.id))).toEqual([['place/zz', 'place/aa', 'place/jp']]);
    expect(rebuilt.layers()).toHaveLength(2);
    expect(rebuilt.entries).toEqual(layered.entries);
    expect(rebuilt.get('place/jp')?.names.id).toEqual(['Nippon']);
  });

  it('sends entry arrays as a layer over the defaults and nothing for the defaults', () => {
    expect(transferLexicon(undefined)).toEqual({ kind: 'default' });
    expect(transferLexicon(entries)).toEqual({ kind: 'layers', base: 'default', layers: [entries] });
    expect(() => transferLexicon('nope' as never)).toThrow(InvalidArgumentError);
  });
});
