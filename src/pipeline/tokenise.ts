import type { TokenSpan } from '../lang/adapter.js';
import type { TokenKind } from '../types.js';

/**
 * The script-agnostic baseline tokeniser: letter runs, number runs (with inner `.,:/` between
 * digits), and one token per punctuation mark or symbol. Adapters refine it.
 */
const TOKEN = /(\p{N}+(?:[.,:/]\p{N}+)*)|([\p{L}\p{M}]+)|(\p{P})|([^\s\p{L}\p{M}\p{N}\p{P}])/gu;

export function scanTokens(text: string, from = 0, to = text.length): TokenSpan[] {
  const out: TokenSpan[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'punct' : 'symbol';
    out.push({ start: m.index, end: Math.min(m.index + m[0].length, to), kind });
  }
  return out;
}

/** The kind of a token's text (for tokens produced by other segmenters). */
export function kindOf(token: string): TokenKind {
  if (/^\p{N}+(?:[.,:/]\p{N}+)*$/u.test(token)) return 'number';
  if (/[\p{L}\p{M}]/u.test(token)) return 'word';
  if (/^\p{P}+$/u.test(token)) return 'punct';
  return 'symbol';
}
