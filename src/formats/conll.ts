import { InvalidArgumentError } from '../errors.js';
import type { AnnotatedDocument, Annotation, AnnotationType } from '../types.js';
import type { ReadSpan } from './spans.js';

export interface ConllOptions {
  /** Writes a `# id = …` comment line before the document's tokens. */
  id?: string | number;
}

/** One token line read back: the token's text and its BIO tag (`O`, `B-PERSON`, `I-DATE`, …). */
export interface ConllToken {
  text: string;
  tag: string;
}

export interface ConllDocument {
  id?: string;
  tokens: ConllToken[];
}

const TYPES: readonly AnnotationType[] = ['PERSON', 'MINISTRY', 'PLACE', 'DATE'];

/**
 * CoNLL-style BIO: one token per line, `token<TAB>tag`, tags `B-PERSON`/`I-PERSON`, `B-MINISTRY`, `B-PLACE`,
 * `B-DATE`… and `O`. The first token of an annotation is `B-`, the following ones `I-`.
 * A token that crosses an annotation's edge (the tokeniser and the date rules need not agree, e.g.
 * 日电 after 3月20日) is split there, so the tags rebuild every span exactly.
 * Tabs and line breaks inside a token (possible in a Vietnamese multi-syllable token) become spaces.
 * Each document block ends with a newline; join documents with one blank line (`toConll([...docs])` does).
 */
export function toConll(docs: AnnotatedDocument | readonly AnnotatedDocument[], options: ConllOptions = {}): string {
  if (Array.isArray(docs)) return (docs as readonly AnnotatedDocument[]).map((d) => toConll(d)).join('\n');
  const doc = docs as AnnotatedDocument;
  const lines: string[] = [];
  if (options.id !== undefined) lines.push(`# id = ${String(options.id).replace(/[\r\n]+/g, ' ')}`);
  const anns = doc.annotations;
  let a = 0;
  let current: Annotation | undefined;
  for (const [start, end] of piecesAtEdges(doc)) {
    while (a < anns.length && anns[a]!.end <= start) a++;
    const ann = anns[a];
    let tag = 'O';
    if (ann && ann.start < end) {
      tag = (current === ann ? 'I-' : 'B-') + ann.type;
      current = ann;
    }
    lines.push(`${doc.text.slice(start, end).replace(/[\t\r\n\u2028\u2029]+/g, ' ')}\t${tag}`);
  }
  return lines.join('\n') + '\n';
}

/** Token spans, cut at every annotation start or end that falls inside one (white space at a cut dropped). */
function piecesAtEdges(doc: AnnotatedDocument): Array<[number, number]> {
  const edges = doc.annotations.flatMap((x) => [x.start, x.end]);
  const out: Array<[number, number]> = [];
  let e = 0;
  for (const tok of doc.tokens) {
    while (e < edges.length && edges[e]! <= tok.start) e++;
    let from = tok.start;
    for (let i = e; i < edges.length && edges[i]! < tok.end; i++) {
      pushTrimmed(doc.text, from, edges[i]!, out);
      from = edges[i]!;
    }
    pushTrimmed(doc.text, from, tok.end, out);
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

/** Splits CoNLL text into documents (separated by blank lines), with their `# id = …` when present. */
export function readConll(conll: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | undefined;
  conll.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') {
      doc = undefined;
      return;
    }
    if (!doc) docs.push((doc = { tokens: [] }));
    const tab = line.lastIndexOf('\t');
    if (tab < 0) {
      const id = /^#\s*id\s*=\s*(.*)$/.exec(line);
      if (id) doc.id = id[1]!;
      else if (!line.startsWith('#')) throw new InvalidArgumentError(`CoNLL line ${i + 1}: expected "token<TAB>tag", got "${line}".`);
      return;
    }
    doc.tokens.push({ text: line.slice(0, tab), tag: line.slice(tab + 1) });
  });
  return docs.filter((d) => d.tokens.length > 0 || d.id !== undefined);
}

/**
 * Rebuilds entity spans from BIO-tagged tokens by finding each token in `text`, left to right.
 * An `I-` tag that does not continue a span of its type starts one (the usual lenient reading).
 */
export function spansFromBio(tokens: readonly ConllToken[], text: string): ReadSpan[] {
  const spans: ReadSpan[] = [];
  let open: ReadSpan | undefined;
  let cursor = 0;
  for (const tok of tokens) {
    const [start, end] = locate(text, tok.text, cursor);
    cursor = end;
    const m = /^([BI])-(.+)$/.exec(tok.tag);
    if (!m) {
      if (tok.tag !== 'O') throw new InvalidArgumentError(`Unknown BIO tag "${tok.tag}".`);
      open = undefined;
      continue;
    }
    const type = m[2] as AnnotationType;
    if (!TYPES.includes(type)) throw new InvalidArgumentError(`Unknown entity type in BIO tag "${tok.tag}".`);
    if (m[1] === 'I' && open && open.type === type) {
      open.end = end;
      open.text = text.slice(open.start, end);
    } else {
      open = { type, start, end, text: text.slice(start, end) };
      spans.push(open);
    }
  }
  return spans;
}

/** Where `token` next occurs in `text` at or after `from`; white space inside it may differ (see toConll). */
function locate(text: string, token: string, from: number): [number, number] {
  const exact = text.indexOf(token, from);
  if (exact >= 0 && /^\s*$/.test(text.slice(from, exact))) return [exact, exact + token.length];
  const pattern = new RegExp(token.split(/\s+/).map(escapeRegExp).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (m && (exact < 0 || m.index < exact)) return [m.index, m.index + m[0].length];
  if (exact >= 0) return [exact, exact + token.length];
  throw new InvalidArgumentError(`Token "${token}" not found in the text after offset ${from}.`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
