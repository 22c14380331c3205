import type { TokenSpan } from '../adapter.js';
import type { TokenKind } from '../../types.js';
import { zhSegmenter } from './segmenters/index.js';

/**
 * Runs of one kind: Chinese characters (segmented into words), numbers with their inner
 * separators (2017, 1.5, 14:05:03, 2017-03-20, 0531-66661234), Latin words, punctuation, symbols.
 */
const RUN =
  /([\p{Script=Han}〇々]+)|(\p{Nd}+(?:[.:/-]\p{Nd}+)*(?:,\p{Nd}{3}(?!\p{Nd}))*(?:\.\p{Nd}+)?)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\p{P})|([^\s\p{L}\p{M}\p{N}\p{P}]|\p{N})/gu;

/** A Han run: its offset in the text and where it sits in the joined string handed to the segmenter. */
interface HanRun {
  index: number;
  length: number;
  /** Its token's position in the first-pass token list (replaced by the run's words). */
  token: number;
}

export function tokenise(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  const hanRuns: HanRun[] = [];
  const hanTexts: string[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      hanRuns.push({ index: start, length: end - start, token: out.length });
      hanTexts.push(m[1]);
      out.push({ start, end, kind: 'word' });
      continue;
    }
    const kind: TokenKind = m[2] !== undefined ? 'number' : m[3] !== undefined ? 'word' : m[4] !== undefined ? 'punct' : 'symbol';
    out.push({ start, end, kind });
  }
  if (hanRuns.length === 0) return out;
  // One segmenter call per document: the runs joined by newlines, which every backend breaks at.
  const joined = hanTexts.length === 1 ? hanTexts[0]! : hanTexts.join('\n');
  const words = zhSegmenter().cut(joined);
  const result: TokenSpan[] = [];
  if (!wordsSpellRuns(joined, hanRuns, words)) {
    spliceRuns(out, hanRuns, result, (run) => perCharacter(text, run, result));
    return result;
  }
  // The words spell the runs exactly: each run's words follow one another in `words`.
  let w = 0;
  spliceRuns(out, hanRuns, result, (run) => {
    let pos = run.index;
    for (; w < words.length && words[w] !== '\n'; w++) {
      const len = words[w]!.length;
      result.push({ start: pos, end: pos + len, kind: 'word' });
      pos += len;
    }
    w++; // the newline between runs
  });
  return result;
}

/** Copies the first-pass tokens into `result`, each Han run's token replaced by what `emitRun` pushes. */
function spliceRuns(out: readonly TokenSpan[], runs: readonly HanRun[], result: TokenSpan[], emitRun: (run: HanRun) => void): void {
  let next = 0;
  for (const run of runs) {
    for (; next < run.token; next++) result.push(out[next]!);
    next = run.token + 1;
    emitRun(run);
  }
  for (; next < out.length; next++) result.push(out[next]!);
}

/** Whether the segmenter's words concatenate back to the joined runs, each run ending on a newline word. */
function wordsSpellRuns(joined: string, runs: readonly HanRun[], words: readonly string[]): boolean {
  let pos = 0;
  let run = 0;
  let runEnd = runs[0]!.length;
  for (const w of words) {
    if (w === '\n') {
      if (pos !== runEnd || run === runs.length - 1) return false;
      pos++;
      run++;
      runEnd = pos + runs[run]!.length;
      continue;
    }
    if (pos + w.length > runEnd || !joined.startsWith(w, pos)) return false;
    pos += w.length;
  }
  return run === runs.length - 1 && pos === runEnd;
}

function perCharacter(text: string, run: HanRun, result: TokenSpan[]): void {
  const end = run.index + run.length;
  for (let i = run.index; i < end; ) {
    const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
    result.push({ start: i, end: i + len, kind: 'word' });
    i += len;
  }
}
