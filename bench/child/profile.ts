/**
 * CPU profile of steady-state annotate over the corpus sample of one language: warm up one pass,
 * then profile (node:inspector) for about `seconds`, so start-up and module loading are left out.
 * argv: <lang> <seconds> <capBytes> <output .cpuprofile>.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { Lang } from '../../src/index.js';
import { now } from '../lib/common.js';
import { loadSample } from '../lib/corpus.js';
import { loadLibrary } from '../lib/lintas.js';

const [lang, secondsArg, capArg, outFile] = process.argv.slice(2) as [Lang, string, string, string];
const docs = loadSample(lang, Number(capArg)).docs;
const lib = loadLibrary();
let n = 0;
for (const d of docs) n += lib.annotator.annotate(d, lang).tokens.length;

const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 500 });
await post('Profiler.start');
const until = now() + Number(secondsArg) * 1000;
do {
  for (const d of docs) n += lib.annotator.annotate(d, lang).tokens.length;
} while (now() < until);
const { profile } = (await post('Profiler.stop')) as { profile: unknown };
writeFileSync(outFile, JSON.stringify(profile));
session.disconnect();
process.stdout.write(JSON.stringify({ tokens: n }));
