import type { TokenSpan } from '../adapter.js';
import type { TokenKind } from '../../types.js';
import { zhSegmenter } from './segmenters/index.js';

/**
 * Runs of one kind: Chinese characters (segmented into words), numbers with their inner
 * separators (2017, 1.5, 14:05:03, 2017-03-20, 0531-66661234), Latin words, punctuation, symbols.
 */
const RUN =
  /([\p{Script=Han}〇々]+)|(\p{Nd}+(?:[.:/-]\p{Nd}+)*(?:,\p{Nd}{3}(?!\p{Nd}))*(?:\.\p{Nd}+)?)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\p{P})|([^\s\p{L}\p{M}\p{N}\p{P}]|\p{N})/gu;

export function tokenise(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  const hanRuns: Array<{ index: number; token: number; text: string }> = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (m[1]) {
      hanRuns.push({ index: m.index, token: out.length, text: m[1] });
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'word' });
      continue;
    }
    const kind: TokenKind = m[2] ? 'number' : m[3] ? 'word' : m[4] ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  if (hanRuns.length === 0) return out;
  // One segmenter call per document: the runs joined by newlines, which every backend breaks at.
  const words = zhSegmenter().cut(hanRuns.map((r) => r.text).join('\n'));
  const pieces = splitWords(hanRuns, words);
  const result: TokenSpan[] = [];
  let next = 0;
  hanRuns.forEach((run, i) => {
    for (; next < run.token; next++) result.push(out[next]!);
    next = run.token + 1;
    for (const [start, end] of pieces[i]!) result.push({ start, end, kind: 'word' });
  });
  for (; next < out.length; next++) result.push(out[next]!);
  return result;
}

/** Maps the segmenter's words back onto each run's offsets; a run the words do not spell is cut per character. */
function splitWords(runs: ReadonlyArray<{ index: number; text: string }>, words: readonly string[]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = runs.map(() => []);
  let run = 0;
  let pos = 0;
  let ok = true;
  for (const w of words) {
    if (w === '\n') {
      if (pos !== runs[run]?.text.length) ok = false;
      run++;
      pos = 0;
      continue;
    }
    const r = runs[run];
    if (!r || r.text.slice(pos, pos + w.length) !== w) {
      ok = false;
      break;
    }
    out[run]!.push([r.index + pos, r.index + pos + w.length]);
    pos += w.length;
  }
  if (ok && run === runs.length - 1 && pos === runs[run]!.text.length) return out;
  return runs.map(perCharacter);
}

function perCharacter(run: { index: number; text: string }): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  for (const ch of run.text) {
    spans.push([run.index + i, run.index + i + ch.length]);
    i += ch.length;
  }
  return spans;
}
