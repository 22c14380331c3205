import { InvalidArgumentError } from '../errors.js';
import type { AnnotatedDocument, AnnotationType } from '../types.js';
import { CodePointOffsets } from './offsets.js';
import { decodeDateNote, encodeDateNote, type ReadSpan } from './spans.js';

/** The database name on brat normalisation lines (`N1\tReference T1 lintas:place/jp\tJapan`). */
const NORMALISATION_DB = 'lintas';
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;

/**
 * brat standoff: the text as `.txt` and the annotations as `.ann`.
 *
 * - `T` lines hold each span: `T1\tPERSON 10 13\t绍伊古`. brat counts offsets in Unicode code points
 *   (Python `str` indices), so UTF-16 offsets are converted; they differ only after astral characters.
 *   A span that crosses a line break is written as fragments (`0 5;6 10`), as brat requires.
 * - Entities get a normalisation line to their lexicon id: `N1\tReference T1 lintas:person/sergei-shoigu\tSergei Shoigu`.
 * - Dates get a note: `#1\tAnnotatorNotes T2\tvalue=2017-03-20;grain=day` (plus `;mod=…`, `;endValue=…`).
 */
export function toBrat(doc: AnnotatedDocument): { txt: string; ann: string } {
  const offsets = new CodePointOffsets(doc.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let note = 0;
  for (const a of doc.annotations) {
    const tid = `T${++t}`;
    const fragments = splitAtLineBreaks(doc.text, a.start, a.end);
    const where = fragments.map(([s, e]) => `${offsets.codePoint(s)} ${offsets.codePoint(e)}`).join(';');
    const surface = fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ');
    lines.push(`${tid}\t${a.type} ${where}\t${surface}`);
    if (a.type === 'DATE') {
      lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${encodeDateNote(a)}`);
    } else {
      lines.push(`N${++n}\tReference ${tid} ${NORMALISATION_DB}:${a.id}\t${oneLine(a.canonical)}`);
    }
  }
  return { txt: doc.text, ann: lines.length ? lines.join('\n') + '\n' : '' };
}

/** The pieces of [start, end) between line breaks (brat spans may not contain one). */
function splitAtLineBreaks(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(slice); m; m = LINE_BREAK.exec(slice)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  if (from < slice.length) out.push([start + from, end]);
  return out.length ? out : [[start, end]];
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * Reads a brat `.ann` back into spans over `txt` (UTF-16 offsets, sorted by start). Reads the T, N and
 * AnnotatorNotes lines `toBrat` writes and ignores other annotation kinds. Throws `InvalidArgumentError`
 * on a malformed T line or one whose text does not match `txt` at its offsets.
 */
export function fromBrat(ann: string, txt: string): ReadSpan[] {
  const offsets = new CodePointOffsets(txt);
  const byTid = new Map<string, ReadSpan>();
  const notes: Array<[string, string]> = [];
  const refs: Array<[string, string]> = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    // ID, annotation, and the text (which may itself hold a tab), separated by the first two tabs.
    const tab1 = line.indexOf('\t');
    const tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    const head = tab1 < 0 ? line : line.slice(0, tab1);
    const middle = tab1 < 0 ? '' : tab2 < 0 ? line.slice(tab1 + 1) : line.slice(tab1 + 1, tab2);
    const rest = tab2 < 0 ? '' : line.slice(tab2 + 1);
    if (head.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle);
      if (!m) throw new InvalidArgumentError(`brat line ${i + 1}: cannot read text-bound annotation "${line}".`);
      const fragments = m[2]!.split(';').map((f) => f.split(' ').map((x) => offsets.unit(Number(x))) as [number, number]);
      const start = fragments[0]![0];
      const end = fragments[fragments.length - 1]![1];
      const surface = fragments.map(([s, e]) => txt.slice(s, e)).join(' ');
      if (surface !== rest) throw new InvalidArgumentError(`brat line ${i + 1}: text "${rest}" does not match "${surface}" at its offsets.`);
      byTid.set(head, { type: m[1] as AnnotationType, start, end, text: txt.slice(start, end) });
    } else if (head.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(middle);
      if (m) notes.push([m[1]!, rest]);
    } else if (head.startsWith('N')) {
      const m = /^Reference (\S+) ([^:\s]+):(\S+)$/.exec(middle);
      if (m && m[2] === NORMALISATION_DB) refs.push([m[1]!, m[3]!]);
    }
  });
  for (const [tid, note] of notes) {
    const span = byTid.get(tid);
    if (span?.type === 'DATE') Object.assign(span, decodeDateNote(note));
  }
  for (const [tid, id] of refs) {
    const span = byTid.get(tid);
    if (span) span.id = id;
  }
  return [...byTid.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
