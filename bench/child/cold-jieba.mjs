// Cold start of @node-rs/jieba: load + default dict + first cut (HMM off). argv: <sample text>
import { performance } from 'node:perf_hooks';
const t0 = performance.now();
try {
  const { Jieba } = await import('@node-rs/jieba');
  const { dict } = await import('@node-rs/jieba/dict.js');
  const jieba = Jieba.withDict(dict);
  const n = jieba.cut(process.argv[2], false).length;
  const t1 = performance.now();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ ms: t1 - t0, rss: m.rss, heap: m.heapUsed, tokens: n }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e).split('\n')[0] }));
}
