import type { AnnotatedDocument, AnnotationType } from '../types.js';
import { CodePointOffsets } from './offsets.js';
import { decodeDateNote, encodeDateNote, type ReadSpan } from './spans.js';

export interface WebAnnotationOptions {
  /** IRI of the annotated text (the target `source`). Default `urn:lintas:document`. */
  source?: string;
  /**
   * Unit of `TextPositionSelector` offsets. Default `utf16` (JavaScript string indices, what lintas
   * reports everywhere). The W3C model says only "character"; use `codepoint` for tools that count
   * Unicode code points (Python). The two differ only after astral characters.
   */
  positions?: 'utf16' | 'codepoint';
  /** Characters of context in TextQuoteSelector `prefix`/`suffix`. Default 32. */
  context?: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'describing';
  value: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'identifying';
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextPositionSelector'; start: number; end: number },
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    ];
  };
}

export interface WebAnnotationPage {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationPage';
  /** Not a W3C term: how to count `TextPositionSelector` offsets (`utf16` or `codepoint`). */
  'lintas:positions': 'utf16' | 'codepoint';
  items: WebAnnotation[];
}

/**
 * W3C Web Annotation (JSON-LD): an `AnnotationPage` with one `Annotation` per span. Each target has a
 * `TextPositionSelector` (offsets in UTF-16 code units by default, see `positions`) and a
 * `TextQuoteSelector` (`exact` plus up to `context` characters of `prefix`/`suffix`). Bodies: a
 * `tagging` body with the type (`PERSON`, `MINISTRY`, `PLACE`, `DATE`); for entities an `identifying`
 * body with the lexicon id and a `describing` one with the canonical name; for dates a `describing`
 * body `value=2017-03-20;grain=day` (plus `;mod=…`, `;endValue=…`).
 */
export function toWebAnnotation(doc: AnnotatedDocument, options: WebAnnotationOptions = {}): WebAnnotationPage {
  const source = options.source ?? 'urn:lintas:document';
  const positions = options.positions ?? 'utf16';
  const context = options.context ?? 32;
  const cp = positions === 'codepoint' ? new CodePointOffsets(doc.text) : undefined;
  const items = doc.annotations.map((a, i): WebAnnotation => {
    const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.type }];
    if (a.type === 'DATE') body.push({ type: 'TextualBody', purpose: 'describing', value: encodeDateNote(a) });
    else {
      body.push({ type: 'TextualBody', purpose: 'identifying', value: a.id });
      body.push({ type: 'TextualBody', purpose: 'describing', value: a.canonical });
    }
    return {
      id: `${source}#lintas-annotation-${i + 1}`,
      type: 'Annotation',
      motivation: a.type === 'DATE' ? 'tagging' : 'identifying',
      body,
      target: {
        source,
        selector: [
          { type: 'TextPositionSelector', start: cp ? cp.codePoint(a.start) : a.start, end: cp ? cp.codePoint(a.end) : a.end },
          {
            type: 'TextQuoteSelector',
            exact: a.text,
            prefix: doc.text.slice(safeBoundary(doc.text, a.start - context, -1), a.start),
            suffix: doc.text.slice(a.end, safeBoundary(doc.text, a.end + context, 1)),
          },
        ],
      },
    };
  });
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: `${source}#lintas-annotations`, type: 'AnnotationPage', 'lintas:positions': positions, items };
}

/** Clamps to the text and steps outward off the middle of a surrogate pair, so context never splits a character. */
function safeBoundary(text: string, i: number, outward: -1 | 1): number {
  const clamped = Math.max(0, Math.min(text.length, i));
  const code = text.charCodeAt(clamped);
  return code >= 0xdc00 && code <= 0xdfff && clamped > 0 ? clamped + (outward < 0 ? -1 : 1) : clamped;
}

/** Reads spans back from a page written by `toWebAnnotation`, using the position selectors over `text`. */
export function fromWebAnnotation(page: WebAnnotationPage, text: string): ReadSpan[] {
  const cp = page['lintas:positions'] === 'codepoint' ? new CodePointOffsets(text) : undefined;
  return page.items.map((item) => {
    const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
    const start = cp ? cp.unit(pos.start) : pos.start;
    const end = cp ? cp.unit(pos.end) : pos.end;
    const type = item.body.find((b) => b.purpose === 'tagging')!.value as AnnotationType;
    const span: ReadSpan = { type, start, end, text: text.slice(start, end) };
    const id = item.body.find((b) => b.purpose === 'identifying');
    if (id) span.id = id.value;
    if (type === 'DATE') Object.assign(span, decodeDateNote(item.body.find((b) => b.purpose === 'describing')?.value ?? ''));
    return span;
  });
}
