import { isKnownFirstName as isEnglishFirstName } from '../../shared/first-names.js';
import { foldViTones } from '../fold.js';
import { isViSyllable } from '../syllable.js';

/** A capitalised word of the text: "Sasae", "Jong-un", "Mátxcơva", "TP" (all caps allowed). */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*/gu;

/** Every letter word of the text with its offsets. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export const isCapitalised = (w: string): boolean => {
  const first = w[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/** Only spaces (one or more, no line break) between two words. */
export const spaced = (text: string, from: number, to: number): boolean => to > from && /^[ \u00a0]+$/.test(text.slice(from, to));

/** Every syllable of a (hyphenated) word is a Vietnamese syllable. */
export const isViWordForm = (w: string): boolean => w.split(/[-‐]/).every((s) => isViSyllable(s));

/** Whether compromise's English lexicon knows the word, written Capitalised, as a given name (Andrei, Sergei, John). */
export function isKnownFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isEnglishFirstName(word);
}

/** Case-folded, tone-folded forms of a word list, as a Set. */
export const foldedSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => foldViTones(w.normalize('NFC')).toLowerCase()));

/** Escaped alternation (longest first) of folded words; spaces match runs of spaces. */
export function alternationOf(words: readonly string[]): string {
  return [...foldedSet(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+'))
    .join('|');
}

/**
 * Whether some span covers [start, end), in O(1) per question after an O(n) build (a text may
 * hold many thousand lexicon matches: no scan per question).
 */
export function coverageOf(spans: ReadonlyArray<{ start: number; end: number }>, length: number): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const reach = new Int32Array(length + 1);
  for (const s of spans) if (s.start <= length && s.end > reach[s.start]!) reach[s.start] = s.end;
  for (let i = 1; i <= length; i++) if (reach[i - 1]! > reach[i]!) reach[i] = reach[i - 1]!;
  return (start, end) => start <= length && reach[start]! >= end;
}
