/**
 * annotateMany with a worker pool. Workers load a built file, so beforeAll bundles the batch API and
 * its worker with the project's tsup config (ESM, no .d.ts) into node_modules/.cache/lintas-test-pool-<pid> (per run),
 * the same layout as dist/ (the API finds ./worker.js next to itself), without touching dist/.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from './support/bundle.js';
import type * as BatchModule from '../src/batch/index.js';
import type { LexiconEntry } from '../src/types.js';

let batch: typeof BatchModule;
let bundle: Awaited<ReturnType<typeof bundleForTest>>;

beforeAll(async () => {
  bundle = await bundleForTest('pool', { batch: 'src/batch/index.ts', worker: 'src/batch/worker.ts' });
  batch = (await import(pathToFileURL(join(bundle.outDir, 'batch.js')).href)) as typeof BatchModule;
}, 120_000);
afterAll(() => bundle?.remove());

const TEXTS = [
  '中新网3月20日电 俄罗斯国防部长绍伊古与日本防卫大臣稻田朋美在东京举行会谈。',
  'JAKARTA - Menteri Pertahanan Rusia bertemu dengan Menlu Jepang di Tokyo pada Senin (20/3).',
  'Hôm qua, Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Đại sứ Nhật Bản tại Hà Nội.',
];

function items(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) =>
    i % 11 === 5 ? { id: `bad-${i}`, text: null } : { id: `d${i}`, text: `${TEXTS[i % 3]} ${i}`, refDate: `2017-03-${String((i % 27) + 1).padStart(2, '0')}` },
  );
}

async function serialise(it: AsyncIterable<unknown>): Promise<string> {
  let out = '';
  for await (const r of it) out += JSON.stringify(r) + '\n';
  return out;
}

describe('annotateMany with jobs > 1', () => {
  it('gives byte-for-byte the output of jobs 1, in input order', async () => {
    // More than two chunks of 16, with bad items inside chunks.
    const input = items(40);
    const one = await serialise(batch.annotateMany(input as never, { jobs: 1 }));
    const two = await serialise(batch.annotateMany(input as never, { jobs: 2 }));
    expect(two).toBe(one);
    const ids = one.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(input.map((x) => (x as { id: string }).id));
    expect(one).toContain('"code":"ERR_INVALID_ARGUMENT"');
  });

  // A Lexicon instance crosses as layers too (see batch.test.ts); an entry array is a layer over the defaults.
  it('gives the same output with entries layered over the default lexicon', async () => {
    const extra: LexiconEntry[] = [
      { id: 'person/x-one', type: 'PERSON', names: { id: ['Menlu Jepang'] } },
      { id: 'place/jp', type: 'PLACE', names: { zh: ['东京'], id: ['Tokyo'] } },
    ];
    const input = items(12);
    const one = await serialise(batch.annotateMany(input as never, { jobs: 1, lexicons: extra }));
    const two = await serialise(batch.annotateMany(input as never, { jobs: 2, lexicons: extra }));
    expect(two).toBe(one);
    expect(one).toContain('"id":"person/x-one"');
  });

  it('keeps a bounded number of items in flight and closes the pool on break', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let yielded = 0;
    function* source() {
      for (let i = 0; i < 400; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - yielded);
        yield { id: i, text: `${TEXTS[i % 3]} ${i}` };
      }
    }
    for await (const r of batch.annotateMany(source(), { jobs: 2, queuePerWorker: 3 })) {
      expect(r.id).toBe(yielded);
      if (++yielded === 40) break;
    }
    // jobs × queuePerWorker chunks of at most 16 items in flight, plus the chunk being filled.
    expect(maxAhead).toBeLessThanOrEqual(2 * 3 * 16 + 16);
    expect(pulled).toBeLessThan(400);
  });
});
