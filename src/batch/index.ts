import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate, createAnnotator } from '../annotator.js';
import { detectLang, type DetectOptions } from '../detect/index.js';
import { InvalidArgumentError, LintasError, describe } from '../errors.js';
import { validateEntries } from '../lexicon/validate.js';
import { Lexicon } from '../lexicon/lexicon.js';
import type { AnnotateOptions, AnnotatedDocument, Annotator, LexiconEntry, Prefer } from '../types.js';
import type { StreamFormat } from '../formats/render.js';
import { isTask, renderResult, runTask, toTask, type BatchInput, type BatchResult, type BatchTask, type LangOrAuto, type RenderedResult } from './item.js';
import type { ChunkRequest } from './worker.js';
import { transferLexicon } from './lexicon-transfer.js';

export type { BatchInput, BatchResult, BatchError, LangOrAuto, RenderedResult } from './item.js';

export interface AnnotateManyOptions {
  /** Language of items that do not name one. Default `auto` (`detectLang` per item). */
  lang?: LangOrAuto;
  /** Worker threads. 1 (default) annotates in this thread; more uses a piscina pool. Output is identical. */
  jobs?: number;
  /** Reference date for items without their own `refDate`. */
  referenceDate?: string | Date;
  prefer?: Prefer;
  /** As `createAnnotator({ lexicons })`: entries added to the defaults, or a Lexicon used instead. */
  lexicons?: LexiconEntry[] | Lexicon;
  /** Chunks of items sent ahead of the one being yielded, per worker (default 4): bounds memory on huge inputs. */
  queuePerWorker?: number;
}

const CHUNK_ITEMS = 16;
const CHUNK_CHARS = 64_000;
const OPTION_KEYS = new Set(['lang', 'jobs', 'referenceDate', 'prefer', 'lexicons', 'queuePerWorker']);

/** The worker module, next to the built bundle that imports this file (`dist/worker.js`). */
function workerFile(): string {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!existsSync(path)) {
    throw new LintasError(
      'ERR_WORKER_MISSING',
      `annotateMany: jobs > 1 needs the built worker (${path}); run "npm run build" first, or use jobs: 1.`,
    );
  }
  return path;
}

function positiveInt(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError(`annotateMany: options.${name} must be a positive integer, got ${describe(value)}.`);
  }
  return value;
}

/**
 * Annotates a stream of documents, yielding one result per input item, in input order:
 * `{id, doc}`, or `{id, error: {code, message}}` for an item that could not be annotated (a bad item
 * never stops the stream). `id` is the item's own id, else its 0-based position.
 *
 * With `jobs > 1` items go to a piscina worker pool (from the built package, `dist/worker.js`) in
 * chunks of up to 16 items / 64k characters (one message per chunk, not per item: news sentences are
 * small and per-message overhead would dominate); at most `jobs × queuePerWorker` chunks are in
 * flight, and results are yielded in input order, so memory stays flat however long the input.
 * The pool is closed when the iteration ends, including on `break`. Output is identical for every `jobs`.
 */
export function annotateMany(
  items: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: AnnotateManyOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  return runBatch(items, options, undefined) as AsyncGenerator<BatchResult, void, undefined>;
}

/**
 * `annotateMany`, with each document rendered to its text in `format` (`renderDocument`) where it
 * was annotated: in the worker when `jobs > 1`, so threads exchange strings, not object graphs.
 * Used by the CLI; the same text as rendering `annotateMany`'s documents, for every `jobs`.
 */
export function annotateManyRendered(
  items: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: AnnotateManyOptions,
  format: StreamFormat,
): AsyncGenerator<RenderedResult, void, undefined> {
  return runBatch(items, options, format) as AsyncGenerator<RenderedResult, void, undefined>;
}

/** Yields `BatchResult`s when `render` is undefined, else `RenderedResult`s. */
async function* runBatch(
  items: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: AnnotateManyOptions,
  render: StreamFormat | undefined,
): AsyncGenerator<BatchResult | RenderedResult, void, undefined> {
  if (items === null || typeof items !== 'object' || !(Symbol.iterator in items || Symbol.asyncIterator in items)) {
    throw new InvalidArgumentError(`annotateMany(items): items must be an iterable or async iterable, got ${describe(items)}.`);
  }
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(`annotateMany(items, options): options must be an object, got ${describe(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new InvalidArgumentError(`annotateMany: unknown option "${key}" (known: ${[...OPTION_KEYS].join(', ')}).`);
  }
  const jobs = positiveInt('jobs', options.jobs, 1);
  const queuePerWorker = positiveInt('queuePerWorker', options.queuePerWorker, 4);
  const lang = options.lang ?? 'auto';
  if (lang !== 'auto' && lang !== 'zh' && lang !== 'id' && lang !== 'vi') {
    throw new InvalidArgumentError(`annotateMany: options.lang must be 'zh', 'id', 'vi' or 'auto', got ${describe(lang)}.`);
  }
  const defaults = { lang, referenceDate: options.referenceDate, prefer: options.prefer };
  // Check options once, up front: a bad reference date or prefer is the caller's error, not an item's.
  validateAnnotateOptions(defaults.referenceDate, defaults.prefer);
  if (Array.isArray(options.lexicons)) validateEntries(options.lexicons);
  if (jobs === 1) {
    let annotator: Annotator | undefined;
    const getAnnotator = () => (annotator ??= createAnnotator(options.lexicons === undefined ? {} : { lexicons: options.lexicons }));
    let index = 0;
    for await (const item of items) {
      const task = toTask(item, index++, defaults);
      yield isTask(task) ? renderResult(runTask(getAnnotator, task), render) : task;
    }
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ChunkRequest, Array<BatchResult | RenderedResult>>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    workerData: { lexicon: transferLexicon(options.lexicons) },
    // Workers sleep on a message instead of spinning on Atomics between chunks.
    atomics: 'disabled',
  });
  // Chunks in input order; an item already known to be bad rides in its chunk as a ready result.
  const window: Array<Promise<Array<BatchResult | RenderedResult>>> = [];
  const limit = jobs * queuePerWorker;
  let chunk: Array<BatchTask | BatchResult> = [];
  let chunkChars = 0;
  const send = (): void => {
    const items = chunk;
    chunk = [];
    chunkChars = 0;
    const tasks = items.filter(isTask);
    const request: ChunkRequest = render === undefined ? { tasks } : { tasks, render };
    const done = tasks.length === 0 ? Promise.resolve([]) : pool.run(request).catch((err: unknown) => tasks.map((t) => ({ id: t.id, error: workerFailure(err) })));
    window.push(
      done.then((results) => {
        let next = 0;
        return items.map((item) => (isTask(item) ? results[next++]! : item));
      }),
    );
  };
  try {
    let index = 0;
    for await (const item of items) {
      const task = toTask(item, index++, defaults);
      chunk.push(task);
      if (isTask(task)) chunkChars += task.text.length;
      if (chunk.length >= CHUNK_ITEMS || chunkChars >= CHUNK_CHARS) send();
      while (window.length >= limit) yield* await window.shift()!;
    }
    if (chunk.length > 0) send();
    while (window.length > 0) yield* await window.shift()!;
  } finally {
    // Results still pending after an early break are abandoned; their rejections are already caught.
    await pool.destroy();
  }
}

function workerFailure(err: unknown): { code: string; message: string } {
  return { code: 'ERR_WORKER', message: err instanceof Error ? err.message : String(err) };
}

function validateAnnotateOptions(referenceDate: string | Date | undefined, prefer: Prefer | undefined): void {
  const options: AnnotateOptions = {};
  if (referenceDate !== undefined) options.referenceDate = referenceDate;
  if (prefer !== undefined) options.prefer = prefer;
  // The annotator's own option checks, on an empty text with an empty lexicon: cheap, and independent of the defaults.
  optionChecker ??= createAnnotator({ lexicons: Lexicon.empty() });
  optionChecker.annotate('', 'id', options);
}
let optionChecker: Annotator | undefined;

/**
 * Annotates `text` in the language `detectLang` finds, with the default lexicon.
 * `annotate(text, lang)` is unchanged; this is the `lang: 'auto'` form.
 */
export function annotateAuto(text: string, options?: AnnotateOptions & DetectOptions): AnnotatedDocument {
  if (typeof text !== 'string') throw new InvalidArgumentError(`annotateAuto(text): text must be a string, got ${describe(text)}.`);
  const { fallback, ...annotateOptions } = options ?? {};
  return annotate(text, detectLang(text, fallback === undefined ? {} : { fallback }), options === undefined ? undefined : annotateOptions);
}
