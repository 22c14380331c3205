import { readFileSync } from 'node:fs';
import { LexiconValidationError } from '../errors.js';
import { validateEntry } from '../lexicon/validate.js';
import type { LexiconEntry } from '../types.js';

/** One raw entry from a lexicon file and where it came from (for messages). */
export interface RawEntry {
  /** `line 3` for JSONL, `entry #2` (0-based) for a JSON array. */
  where: string;
  /** The line number or array index, to report problems in file order. */
  position: number;
  raw: unknown;
}

export interface LexiconProblem {
  where: string;
  position: number;
  id?: string;
  field: string;
  problem: string;
}

/**
 * Reads a lexicon file: a JSON array of entries, a compiled lexicon `{version, entries}`, or JSONL
 * (one entry per line; blank lines skipped). Lines that are not JSON come back as problems.
 */
export function readLexiconFile(path: string): { entries: RawEntry[]; problems: LexiconProblem[] } {
  const content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const first = content.trimStart()[0];
  const problems: LexiconProblem[] = [];
  if (first === '[' || (first === '{' && looksLikeWholeDocument(content))) {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (err) {
      return { entries: [], problems: [{ where: 'file', position: 0, field: '(json)', problem: `not valid JSON: ${(err as Error).message}` }] };
    }
    const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
    if (!Array.isArray(list)) return { entries: [], problems: [{ where: 'file', position: 0, field: 'entries', problem: 'expected an array of entries' }] };
    return { entries: list.map((raw, i) => ({ where: `entry #${i}`, position: i, raw })), problems };
  }
  const entries: RawEntry[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push({ where: `line ${i + 1}`, position: i + 1, raw: JSON.parse(line) });
    } catch (err) {
      problems.push({ where: `line ${i + 1}`, position: i + 1, field: '(json)', problem: `not valid JSON: ${(err as Error).message}` });
    }
  });
  return { entries, problems };
}

/** A `{…}` file is one JSON document (compiled lexicon) when it parses whole; JSONL otherwise. */
function looksLikeWholeDocument(content: string): boolean {
  try {
    const data = JSON.parse(content) as unknown;
    return typeof data === 'object' && data !== null && Array.isArray((data as { entries?: unknown }).entries);
  } catch {
    return false;
  }
}

/** Validates every entry (not stopping at the first error) and checks ids are unique. */
export function validateLexiconEntries(raws: readonly RawEntry[]): { valid: LexiconEntry[]; problems: LexiconProblem[] } {
  const valid: LexiconEntry[] = [];
  const problems: LexiconProblem[] = [];
  const firstSeen = new Map<string, string>();
  raws.forEach(({ where, position, raw }, i) => {
    try {
      const entry = validateEntry(raw, i);
      const earlier = firstSeen.get(entry.id);
      if (earlier !== undefined) {
        problems.push({ where, position, id: entry.id, field: 'id', problem: `duplicate id (first at ${earlier})` });
        return;
      }
      firstSeen.set(entry.id, where);
      valid.push(entry);
    } catch (err) {
      if (!(err instanceof LexiconValidationError)) throw err;
      const marker = `field "${err.field}": `;
      const at = err.message.indexOf(marker);
      const problem = (at >= 0 ? err.message.slice(at + marker.length) : err.message).replace(/\.$/, '');
      const p: LexiconProblem = { where, position, field: err.field, problem };
      if (err.entryId !== undefined) p.id = err.entryId;
      problems.push(p);
    }
  });
  return { valid, problems };
}

/** Problems from reading and from validating, in file order. */
export function inFileOrder(...lists: LexiconProblem[][]): LexiconProblem[] {
  return lists.flat().sort((a, b) => a.position - b.position);
}

export function formatProblem(p: LexiconProblem): string {
  return `${p.where}${p.id !== undefined ? ` (id "${p.id}")` : ''}: field "${p.field}": ${p.problem}`;
}
