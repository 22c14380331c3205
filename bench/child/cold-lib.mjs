// Cold start of the library: import + first annotate in one language.
// argv: <module URL> <lang> <sample text>
import { performance } from 'node:perf_hooks';
const t0 = performance.now();
const [url, lang, text] = process.argv.slice(2);
try {
  const lib = await import(url);
  const tImport = performance.now();
  const doc = lib.annotate(text, lang);
  const t1 = performance.now();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ ms: t1 - t0, importMs: tImport - t0, rss: m.rss, heap: m.heapUsed, annotations: doc.annotations.length, tokens: doc.tokens.length }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e).split('\n')[0] }));
}
