/**
 * The piscina worker behind `annotateMany({ jobs > 1 })`. Built by tsup to `dist/worker.js`, next to
 * `dist/index.js` and `dist/cli.js`, which find it by that relative path.
 */
import { workerData } from 'node:worker_threads';
import { createAnnotator } from '../annotator.js';
import type { Annotator } from '../types.js';
import { runTask, type BatchResult, type BatchTask } from './item.js';
import { receiveLexicon, type LexiconTransfer } from './lexicon-transfer.js';

const transfer = (workerData as { lexicon: LexiconTransfer }).lexicon;
let annotator: Annotator | undefined;
const getAnnotator = (): Annotator => (annotator ??= createAnnotator({ lexicons: receiveLexicon(transfer) }));

/** Annotates a chunk of items, in order (one message per chunk keeps the per-item overhead small). */
export default function annotateChunk(tasks: BatchTask[]): BatchResult[] {
  return tasks.map((task) => runTask(getAnnotator, task));
}
