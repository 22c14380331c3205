// Cold start of nodejieba (optional dependency): require + first cut. argv: <sample text>
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
const t0 = performance.now();
try {
  const nodejieba = createRequire(import.meta.url)('nodejieba');
  const n = nodejieba.cut(process.argv[2]).length;
  const t1 = performance.now();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ ms: t1 - t0, rss: m.rss, heap: m.heapUsed, tokens: n }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e).split('\n')[0] }));
}
