import type { EntityCandidate, RuleContext } from '../../adapter.js';
import type { EntityType } from '../../../types.js';
import { scanTokens } from '../../../pipeline/tokenise.js';

/** A token with its text, as the rules read it. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: string;
  /** Index in the word list. */
  index: number;
}

/**
 * The text as fine-grained words (letter runs, number runs, single marks): rules work below the
 * token level, so that Jepang-Rusia or al-Assad show their parts.
 */
export function wordsOf(ctx: RuleContext): Word[] {
  const out: Word[] = [];
  for (const t of scanTokens(ctx.text)) {
    const text = ctx.text.slice(t.start, t.end);
    out.push({ start: t.start, end: t.end, text, lower: text.toLowerCase(), kind: t.kind, index: out.length });
  }
  return out;
}

/** Spans already claimed by candidates of the given types (lexicon or earlier rules). */
export class SpanIndex {
  private readonly spans: EntityCandidate[] = [];
  add(cands: readonly EntityCandidate[]): this {
    this.spans.push(...cands);
    return this;
  }
  /** The longest candidate of one of `types` starting at `start`. */
  startingAt(start: number, types: readonly EntityType[]): EntityCandidate | undefined {
    let best: EntityCandidate | undefined;
    for (const c of this.spans) if (c.start === start && types.includes(c.type) && (!best || c.end > best.end)) best = c;
    return best;
  }
  overlaps(start: number, end: number, types?: readonly EntityType[]): boolean {
    return this.spans.some((c) => c.start < end && start < c.end && (!types || types.includes(c.type)));
  }
  all(): readonly EntityCandidate[] {
    return this.spans;
  }
}

export const RULE_PRIORITY = 5;

export function ruleEntity(ctx: RuleContext, type: EntityType, start: number, end: number, canonical?: string, id?: string): EntityCandidate {
  const surface = ctx.text.slice(start, end);
  return {
    type,
    start,
    end,
    source: 'rule',
    id: id ?? `rule:${type.toLowerCase()}/${surface}`,
    canonical: canonical ?? surface,
    attrs: {},
    priority: RULE_PRIORITY,
  };
}

/** The index of the first word starting at or after `offset`. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether only spaces (no line break, no punctuation) separate two offsets. */
export const spaceBetween = (text: string, a: number, b: number): boolean => /^[ \t\u00a0]+$/.test(text.slice(a, b));
