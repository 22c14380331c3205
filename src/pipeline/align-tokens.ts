import type { TokenSpan } from '../lang/adapter.js';

/**
 * Makes tokens respect entity boundaries: a token that crosses an entity's edge is split there,
 * and the pieces inside one entity become one token (joined across spaces only when the language
 * writes words with spaces inside them, as Vietnamese does).
 */
export function alignTokens(
  tokens: readonly TokenSpan[],
  entities: ReadonlyArray<{ start: number; end: number }>,
  text: string,
  joinAcrossSpaces: boolean,
): TokenSpan[] {
  if (entities.length === 0) return [...tokens];
  const out: TokenSpan[] = [];
  let e = 0;
  for (const t of tokens) {
    let start = t.start;
    while (start < t.end) {
      while (e < entities.length && entities[e]!.end <= start) e++;
      const ent = entities[e];
      if (!ent || ent.start >= t.end) {
        out.push({ start, end: t.end, kind: t.kind });
        break;
      }
      if (ent.start > start) {
        out.push({ start, end: ent.start, kind: t.kind });
        start = ent.start;
        continue;
      }
      // Inside the entity: this piece ends at the entity's end or the token's end.
      const end = Math.min(t.end, ent.end);
      out.push({ start, end, kind: 'word' });
      start = end;
    }
  }
  return mergeInside(out, entities, text, joinAcrossSpaces);
}

function mergeInside(
  tokens: TokenSpan[],
  entities: ReadonlyArray<{ start: number; end: number }>,
  text: string,
  joinAcrossSpaces: boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  let e = 0;
  for (const t of tokens) {
    while (e < entities.length && entities[e]!.end <= t.start) e++;
    const ent = entities[e];
    const prev = out[out.length - 1];
    const inside = ent !== undefined && t.start >= ent.start && t.end <= ent.end;
    if (inside && prev && prev.start >= ent.start && prev.end <= ent.end) {
      const gap = text.slice(prev.end, t.start);
      if (gap.length === 0 || (joinAcrossSpaces && /^\s+$/.test(gap))) {
        prev.end = t.end;
        prev.kind = 'word';
        continue;
      }
    }
    out.push({ ...t });
  }
  return out;
}
