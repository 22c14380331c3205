import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { toBrat, toConll, toJson, toTimeml, toWebAnnotation } from '../formats/index.js';
import { renderDocument, separatorBefore, streamEnd, type StreamFormat } from '../formats/render.js';
import type { AnnotatedDocument } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'conll', 'brat', 'webanno', 'timeml'] as const;
export type Format = (typeof FORMATS)[number];

/** What the CLI knows about a document besides its annotations. */
export interface OutputDoc {
  id: string | number;
  doc: AnnotatedDocument;
  /** The input file for plain-text inputs (names the output files and the web annotation source). */
  file?: string;
  /** IRI of the text for web annotations. */
  source: string;
}

/** Writes documents in one format, to stdout or as files in a directory. */
export interface Sink {
  write(d: OutputDoc): Promise<void>;
  /**
   * Stream formats only (see `render`): a document already rendered by `renderDocument`, e.g. in a
   * worker thread. Written exactly as `write` would have written that document.
   */
  writeRendered(text: string): Promise<void>;
  /** The stream format a worker may render in, or undefined when this sink needs the documents. */
  readonly render: StreamFormat | undefined;
  close(): Promise<void>;
}

/** Writes to a stream, waiting when it is full (so a slow consumer bounds memory). */
async function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export function stdoutSink(format: StreamFormat, out: NodeJS.WritableStream = process.stdout): Sink {
  let count = 0;
  const writeRendered = (text: string) => writeTo(out, separatorBefore(format, count++ === 0) + text);
  return {
    render: format,
    writeRendered,
    write: ({ id, doc, source }) => writeRendered(renderDocument(doc, id, format, source)),
    async close() {
      const end = streamEnd(format, count);
      if (end) await writeTo(out, end);
    },
  };
}

/** One file (or a .txt/.ann pair) per document, named after the input file or the id; jsonl goes to one file. */
export function directorySink(format: Format, dir: string): Sink {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let jsonl: WriteStream | undefined;
  const nameFor = (d: OutputDoc): string => {
    const raw = d.file !== undefined ? basename(d.file, extname(d.file)) : String(d.id);
    const stem = raw.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'doc';
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
    used.add(name);
    return name;
  };
  const writeJsonl = (text: string) => writeTo((jsonl ??= createWriteStream(join(dir, 'annotations.jsonl'))), text);
  return {
    render: format === 'jsonl' ? 'jsonl' : undefined,
    async writeRendered(text) {
      if (format !== 'jsonl') throw new Error(`internal: --format ${format} into a directory writes documents, not rendered text`);
      return writeJsonl(text);
    },
    async write(d) {
      if (format === 'jsonl') return writeJsonl(renderDocument(d.doc, d.id, 'jsonl'));
      const name = join(dir, nameFor(d));
      switch (format) {
        case 'json':
          writeFileSync(`${name}.json`, toJson({ id: d.id, ...d.doc } as AnnotatedDocument) + '\n');
          return;
        case 'conll':
          writeFileSync(`${name}.conll`, toConll(d.doc, { id: d.id }));
          return;
        case 'brat': {
          const { txt, ann } = toBrat(d.doc);
          writeFileSync(`${name}.txt`, txt);
          writeFileSync(`${name}.ann`, ann);
          return;
        }
        case 'webanno':
          writeFileSync(`${name}.jsonld`, JSON.stringify(toWebAnnotation(d.doc, { source: d.source }), null, 2) + '\n');
          return;
        case 'timeml':
          writeFileSync(`${name}.tml`, toTimeml(d.doc, { id: d.id }));
          return;
      }
    },
    async close() {
      if (jsonl) {
        jsonl.end();
        await once(jsonl, 'finish');
      }
    },
  };
}
