import type { AnnotatedDocument } from '../types.js';

/** A document with the caller's id, as one line of JSONL carries it: `{"id": …, "text": …, …}`. */
export type IdentifiedDocument = AnnotatedDocument & { id: string | number };

/** The document as JSON (pretty-printed with `indent` spaces, default 2; 0 for one line). */
export function toJson(doc: AnnotatedDocument, options: { indent?: number } = {}): string {
  const indent = options.indent ?? 2;
  return JSON.stringify(doc, null, indent > 0 ? indent : undefined);
}

/** One JSONL line (no trailing newline): the document, with `id` first when one is given. */
export function toJsonlLine(doc: AnnotatedDocument, id?: string | number): string {
  return JSON.stringify(id === undefined ? doc : { id, ...doc });
}

/**
 * Documents as JSON Lines, one per line, each ending in `\n`. Pass `{id, doc}` records to carry ids
 * (the line is then `{"id": …, …document}`).
 */
export function toJsonl(docs: Iterable<AnnotatedDocument | { id: string | number; doc: AnnotatedDocument }>): string {
  let out = '';
  for (const d of docs) out += ('doc' in d ? toJsonlLine(d.doc, d.id) : toJsonlLine(d)) + '\n';
  return out;
}

/** Reads JSON Lines written by `toJsonl` back into documents (blank lines skipped). */
export function fromJsonl(jsonl: string): Array<AnnotatedDocument | IdentifiedDocument> {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AnnotatedDocument | IdentifiedDocument);
}
