import type { AnnotatedDocument } from '../types.js';
import { toConll } from './conll.js';
import { toJson, toJsonlLine } from './json.js';
import { toTimeml } from './timeml.js';
import { toWebAnnotation } from './webanno.js';

/** Formats written as one stream (stdout, or one annotations.jsonl file): each document renders to a string alone. */
export const STREAM_FORMATS = ['json', 'jsonl', 'conll', 'webanno', 'timeml'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];

/** The IRI a web annotation names a document by when it has no file of its own. */
export function documentUrn(id: string | number): string {
  return `urn:lintas:doc:${encodeURIComponent(String(id))}`;
}

/**
 * One document's part of a stream, without what separates it from its neighbours (see
 * `separatorBefore`): the same string whichever thread renders it, so a worker can render and send
 * back a string instead of the document (structured-cloning annotation objects costs more).
 * `source` is the web annotation's source IRI (default: the document's URN).
 */
export function renderDocument(doc: AnnotatedDocument, id: string | number, format: StreamFormat, source = documentUrn(id)): string {
  switch (format) {
    case 'jsonl':
      return toJsonlLine(doc, id) + '\n';
    case 'json':
      // One pretty element of a streamed JSON array.
      return toJson({ id, ...doc } as AnnotatedDocument).replace(/^/gm, '  ');
    case 'conll':
      return toConll(doc, { id });
    case 'webanno':
      return JSON.stringify(toWebAnnotation(doc, { source })) + '\n';
    case 'timeml':
      return toTimeml(doc, { id });
  }
}

/** What goes before a rendered document in the stream (`first`: nothing was written before it). */
export function separatorBefore(format: StreamFormat, first: boolean): string {
  if (format === 'json') return first ? '[\n' : ',\n';
  if (format === 'conll') return first ? '' : '\n';
  return '';
}

/** What closes the stream after `count` documents. */
export function streamEnd(format: StreamFormat, count: number): string {
  if (format === 'json') return count === 0 ? '[]\n' : '\n]\n';
  return '';
}
