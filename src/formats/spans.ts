import type { AnnotationType, DateGrain, DateMod } from '../types.js';

/**
 * A span read back from one of the output formats: enough to compare with the annotations that
 * were written (type and UTF-16 offsets always; the fields the format carries when it has them).
 */
export interface ReadSpan {
  type: AnnotationType;
  /** UTF-16 offset into the document text, inclusive. */
  start: number;
  /** UTF-16 offset into the document text, exclusive. */
  end: number;
  text: string;
  /** Entity id (brat normalisation, web annotation identifying body). */
  id?: string;
  value?: string;
  grain?: DateGrain;
  mod?: DateMod;
  endValue?: string;
}

/** `value=2017-03-20;grain=day;mod=END;endValue=2017-03-21`: how brat notes and web annotation bodies carry a date. */
export function encodeDateNote(d: { value: string; grain: string; mod?: string; endValue?: string }): string {
  let note = `value=${d.value};grain=${d.grain}`;
  if (d.mod) note += `;mod=${d.mod}`;
  if (d.endValue !== undefined) note += `;endValue=${d.endValue}`;
  return note;
}

export function decodeDateNote(note: string): Pick<ReadSpan, 'value' | 'grain' | 'mod' | 'endValue'> {
  const out: Pick<ReadSpan, 'value' | 'grain' | 'mod' | 'endValue'> = {};
  for (const part of note.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (key === 'value') out.value = val;
    else if (key === 'grain') out.grain = val as DateGrain;
    else if (key === 'mod') out.mod = val as DateMod;
    else if (key === 'endValue') out.endValue = val;
  }
  return out;
}
