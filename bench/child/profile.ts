/**
 * Annotates the corpus sample of one language for about `seconds` (run with --cpu-prof by the
 * profile section). argv: <lang> <seconds> <capBytes>.
 */
import type { Lang } from '../../src/index.js';
import { now } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';
import { loadLibrary } from '../lib/lintas.js';

const [lang, secondsArg, capArg] = process.argv.slice(2) as [Lang, string, string];
const docs = loadSample(lang, Number(capArg)).docs;
const lib = loadLibrary();
const until = now() + Number(secondsArg) * 1000;
let n = 0;
do {
  for (const d of docs) n += lib.annotator.annotate(d, lang).tokens.length;
} while (now() < until);
process.stdout.write(JSON.stringify({ tokens: n }));
