/**
 * `lintas annotate`: reads plain-text files / stdin or JSON Lines, streams them through annotateMany,
 * writes one output per good input and one error record on stderr per bad one.
 * Loaded on demand by main.ts, so `--help`, usage errors and `lexicon validate` start fast.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { annotateMany, annotateManyRendered, type BatchInput } from '../batch/index.js';
import { documentUrn } from '../formats/render.js';
import type { AnnotateCliOptions } from './annotate-options.js';
import type { StreamFormat } from '../formats/render.js';
import { directorySink, stdoutSink, type Sink } from './output.js';
import { Progress } from './progress.js';

interface InputMeta {
  line?: number;
  file?: string;
  bytes: number;
}

/** Runs `lintas annotate` with checked options; returns the exit code (0 all ok, 1 some input failed). */
export async function runAnnotate(opts: AnnotateCliOptions): Promise<number> {
  const { files } = opts;
  const toStdout = opts.out === '-';
  const sink: Sink = toStdout ? stdoutSink(opts.format as StreamFormat) : directorySink(opts.format, opts.out);
  const knownSize = files.includes('-') ? undefined : files.reduce((n, f) => n + statSync(f).size, 0);
  const progress = Progress.forStderr(knownSize);
  let failures = 0;
  const reportError = (record: Record<string, unknown>) => {
    failures++;
    progress?.clear();
    process.stderr.write(JSON.stringify(record) + '\n');
  };

  // Items go to annotateMany in order; their line/file/size wait here until their result comes back.
  const pending: InputMeta[] = [];
  async function* items(): AsyncGenerator<BatchInput> {
    for (const file of files) {
      const fileField = file === '-' ? {} : { file };
      if (!opts.jsonl) {
        const text = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
        pending.push({ ...fileField, bytes: Buffer.byteLength(text) });
        yield { id: file, text };
        continue;
      }
      const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        const bytes = Buffer.byteLength(line) + 1;
        if (line.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch (err) {
          reportError({ line: lineNo, ...fileField, error: `invalid JSON: ${(err as Error).message}`, code: 'ERR_INVALID_JSON' });
          progress?.advance(bytes);
          continue;
        }
        pending.push({ line: lineNo, ...fileField, bytes });
        const isRecord = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        // Lines without an id are known by their line number.
        yield (isRecord && (parsed as { id?: unknown }).id === undefined ? { ...(parsed as object), id: lineNo } : parsed) as BatchInput;
      }
    }
  }

  const options: Parameters<typeof annotateMany>[1] = { lang: opts.lang, jobs: opts.jobs };
  if (opts.ref !== undefined) options.referenceDate = opts.ref;
  if (opts.prefer !== undefined) options.prefer = opts.prefer;
  if (opts.lexicons !== undefined) options.lexicons = opts.lexicons;
  const fail = (result: { id: string | number; error: { code: string; message: string } }, meta: InputMeta) => {
    const where = meta.line !== undefined ? { line: meta.line } : {};
    reportError({ ...where, ...(meta.file !== undefined ? { file: meta.file } : {}), id: result.id, error: result.error.message, code: result.error.code });
  };
  if (sink.render !== undefined && opts.jsonl) {
    // Records named by id (their source IRI is their URN): rendered where annotated, in the workers with --jobs.
    for await (const result of annotateManyRendered(items(), options, sink.render)) {
      const meta = pending.shift()!;
      if ('error' in result) fail(result, meta);
      else await sink.writeRendered(result.output);
      progress?.advance(meta.bytes);
    }
  } else {
    for await (const result of annotateMany(items(), options)) {
      const meta = pending.shift()!;
      if ('error' in result) fail(result, meta);
      else {
        const source = meta.file !== undefined && !opts.jsonl ? pathToFileURL(resolve(meta.file)).href : documentUrn(result.id);
        const out: Parameters<Sink['write']>[0] = { id: result.id, doc: result.doc, source };
        if (meta.file !== undefined && !opts.jsonl) out.file = meta.file;
        await sink.write(out);
      }
      progress?.advance(meta.bytes);
    }
  }
  await sink.close();
  progress?.finish();
  return failures > 0 ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

