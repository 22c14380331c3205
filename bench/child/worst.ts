/**
 * One worst case in a fresh process, up a ladder of sizes: build the text, annotate it whole, print
 * one JSON line per size. Stops before a size whose predicted time (from the growth seen so far)
 * exceeds the budget, so superlinear behaviour is reported instead of hanging the run.
 * argv: <case> <lang> <sizes, comma-separated bytes> <budget ms>.
 */
import type { Lang } from '../../src/index.js';
import { median, now } from '../lib/common.js';
import { loadLibrary } from '../lib/lintas.js';
import { worstText } from '../lib/worst-texts.js';

const [kind, lang, sizesArg, budgetArg] = process.argv.slice(2) as [string, Lang, string, string];
const sizes = sizesArg.split(',').map(Number);
const budget = Number(budgetArg);
const lib = loadLibrary();
const full = worstText(kind, sizes[sizes.length - 1]!);
lib.annotator.annotate(full.slice(0, 2000), lang); // warm-up (lexicon load, JIT)
const emit = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
let prev: { bytes: number; ms: number } | undefined;
let last: { bytes: number; ms: number } | undefined;
for (const size of sizes) {
  if (last) {
    // Growth exponent seen between the last two sizes (at least linear).
    const e = prev ? Math.max(1, Math.log(last.ms / prev.ms) / Math.log(last.bytes / prev.bytes)) : 1;
    const predicted = last.ms * (size / last.bytes) ** e;
    if (predicted > budget) {
      emit({ bytes: size, skipped: true, predictedMs: predicted, exponent: e });
      break;
    }
  }
  const text = Buffer.from(full, 'utf8').subarray(0, size).toString('utf8').replace(/\uFFFD+$/u, '');
  const bytes = Buffer.byteLength(text, 'utf8');
  const reps = size <= 2_000_000 ? 3 : 1;
  const ms: number[] = [];
  let tokens = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = now();
    const doc = lib.annotator.annotate(text, lang);
    ms.push(now() - t0);
    tokens = doc.tokens.length;
    if (ms[0]! > budget / 4) break; // slow: one repetition is enough
  }
  prev = last;
  last = { bytes, ms: median(ms) };
  emit({ bytes, ms: last.ms, reps: ms.length, tokens });
}
