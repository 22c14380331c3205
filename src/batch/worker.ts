/**
 * The piscina worker behind `annotateMany({ jobs > 1 })`. Built by tsup to `dist/worker.js`, next to
 * `dist/index.js` and `dist/cli.js`, which find it by that relative path.
 */
import { workerData } from 'node:worker_threads';
import { createAnnotator } from '../annotator.js';
import type { Annotator } from '../types.js';
import type { StreamFormat } from '../formats/render.js';
import { renderResult, runTask, type BatchResult, type BatchTask, type RenderedResult } from './item.js';
import { receiveLexicon, type LexiconTransfer } from './lexicon-transfer.js';

const transfer = (workerData as { lexicon: LexiconTransfer }).lexicon;
let annotator: Annotator | undefined;
const getAnnotator = (): Annotator => (annotator ??= createAnnotator({ lexicons: receiveLexicon(transfer) }));

/** A chunk of items, and the format to render them in when the caller wants text rather than documents. */
export interface ChunkRequest {
  tasks: BatchTask[];
  render?: StreamFormat;
}

/**
 * Annotates a chunk of items, in order (one message per chunk keeps the per-item overhead small).
 * Rendering here, when asked, sends back one string per document instead of a graph of objects.
 */
export default function annotateChunk({ tasks, render }: ChunkRequest): Array<BatchResult | RenderedResult> {
  return tasks.map((task) => renderResult(runTask(getAnnotator, task), render));
}
