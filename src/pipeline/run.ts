import type { DateMatch } from '../dates/model.js';
import { formatReferenceDate, type ReferenceDate } from '../dates/reference.js';
import { resolveDate } from '../dates/resolve.js';
import type { EntityCandidate, LanguageAdapter, RuleContext } from '../lang/adapter.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnnotatedDocument, Annotation, DateAnnotation, EntityAnnotation, Prefer, Token } from '../types.js';
import { alignTokens } from './align-tokens.js';
import type { LexiconMatch } from './lexicon-match.js';
import { nameKey, normalise } from './normalise.js';
import { toOriginalSpan } from './offset-map.js';
import { resolveOverlaps, type SpanCandidate } from './overlaps.js';

/** Lexicon matches outrank rule guesses of the same length; newer lexicon layers outrank older ones. */
const LEXICON_PRIORITY = 10;
const TYPE_PRIORITY = { MINISTRY: 2, PLACE: 1, PERSON: 0 } as const;

export interface RunOptions {
  reference: ReferenceDate | undefined;
  prefer: Prefer;
}

interface DateCandidate extends SpanCandidate {
  type: 'DATE';
  match: DateMatch;
}

/**
 * The language-independent pipeline:
 * normalise → tokenise → match lexicons → rules → dates → resolve overlaps → map offsets back.
 */
export function runPipeline(original: string, adapter: LanguageAdapter, lexicon: Lexicon, options: RunOptions): AnnotatedDocument {
  const lang = adapter.lang;
  // 1. normalise, keeping a map to the caller's offsets
  const norm = normalise(original, adapter.fold, adapter.refine);
  // 2. tokenise
  const tokens = adapter.tokenise(norm.text);
  // 3. match lexicons (every layer; names redefined by a newer layer are dropped)
  const { matches, candidates: lexiconCandidates } = matchLexicon(lexicon, adapter, norm.key, norm.text);
  const ctx: RuleContext = { lang, text: norm.text, key: norm.key, tokens, lexiconMatches: matches, lexiconCandidates };
  // 4. rules
  const ruled = adapter.rules?.(ctx) ?? {};
  // 5. dates
  const dateMatches = adapter.dates(ctx);
  const reference = options.reference ?? inferReference(dateMatches);
  const dateCandidates: DateCandidate[] = dateMatches.map((m) => ({ start: m.start, end: m.end, type: 'DATE', priority: 0, match: m }));
  // 6. resolve overlaps
  const chosen = resolveOverlaps<EntityCandidate | DateCandidate>(
    [...firstOfEachReading(lexiconCandidates), ...(ruled.entities ?? []), ...dateCandidates],
    ruled.blockers,
  );
  // 7. map offsets back to the caller's string
  const annotations: Annotation[] = [];
  for (const c of chosen) {
    const [start, end] = toOriginalSpan(norm, c.start, c.end);
    if (end <= start) continue;
    const text = original.slice(start, end);
    if (c.type === 'DATE') {
      const d = c as DateCandidate;
      const resolved = resolveDate(d.match.expr, reference, options.prefer);
      const a: DateAnnotation = { type: 'DATE', text, start, end, source: 'rule', value: resolved.value, grain: resolved.grain };
      if (resolved.mod) a.mod = resolved.mod;
      if (resolved.endValue !== undefined) a.endValue = resolved.endValue;
      annotations.push(a);
    } else {
      const e = c as EntityCandidate;
      const a: EntityAnnotation = { type: e.type, text, start, end, source: e.source, id: e.id, canonical: e.canonical, attrs: e.attrs };
      annotations.push(a as Annotation);
    }
  }
  const entitySpans = chosen.filter((c) => c.type !== 'DATE');
  const aligned = alignTokens(tokens, entitySpans, norm.text, adapter.tokensSpanSpaces === true);
  const outTokens: Token[] = [];
  for (const t of aligned) {
    const [start, end] = toOriginalSpan(norm, t.start, t.end);
    if (end <= start) continue;
    outTokens.push({ text: original.slice(start, end), start, end, kind: t.kind });
  }
  const doc: AnnotatedDocument = { text: original, lang, tokens: outTokens, annotations };
  if (reference) doc.referenceDate = formatReferenceDate(reference);
  return doc;
}

/** Stage 3: every lexicon layer matched over the folded text (names a newer layer redefines are dropped). */
export function matchLexicon(
  lexicon: Lexicon,
  adapter: LanguageAdapter,
  key: string,
  text: string,
): { matches: LexiconMatch[]; candidates: EntityCandidate[] } {
  const matches: LexiconMatch[] = [];
  const candidates: EntityCandidate[] = [];
  const layers = lexicon.layers();
  const keyOf = (name: string) => nameKey(name, adapter.fold, adapter.refine);
  layers.forEach((layer, depth) => {
    const index = layer.ownIndex(adapter.lang, adapter.lang, keyOf);
    // Only a newer layer can redefine an entry: the newest one's hits need no check.
    const newest = depth === layers.length - 1;
    for (const m of index.match(key, text, adapter.camelBoundaries === true)) {
      const hits = newest ? m.hits : m.hits.filter((h) => !lexicon.isOverridden(h.entry.id, layer));
      if (hits.length === 0) continue;
      matches.push({ start: m.start, end: m.end, hits });
      for (const h of hits) {
        const e = h.entry;
        candidates.push({
          type: e.type,
          start: m.start,
          end: m.end,
          source: 'lexicon',
          id: e.id,
          canonical: e.names.en?.[0] ?? e.names[adapter.lang]?.[0] ?? Object.values(e.names)[0]![0]!,
          attrs: e.attrs ?? {},
          priority: LEXICON_PRIORITY + depth * 3 + TYPE_PRIORITY[e.type],
        });
      }
    }
  });
  return { matches, candidates };
}

/**
 * Lexicon candidates of one match that share span, type and priority (entries sharing a name): only
 * the first can win (overlap resolution sorts stably and blocks by span and type), so the others need
 * not be sorted at all — with many entries per name this keeps overlap resolution linear in matches.
 */
function firstOfEachReading(candidates: readonly EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  let groupOut = 0; // where the current span's candidates begin in `out`
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const prev = candidates[i - 1];
    if (!prev || prev.start !== c.start || prev.end !== c.end) groupOut = out.length;
    let seen = false;
    for (let j = groupOut; j < out.length && !seen; j++) seen = out[j]!.type === c.type && out[j]!.priority === c.priority;
    if (!seen) out.push(c);
  }
  return out;
}

/** With no reference date given, a news page's own first full date (its dateline or timestamp) serves. */
function inferReference(dates: readonly DateMatch[]): ReferenceDate | undefined {
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const p = d.expr.start;
    if (!p.relative && p.year !== undefined && !p.twoDigitYear && p.month !== undefined && p.day !== undefined) {
      return { year: p.year, month: p.month, day: p.day };
    }
  }
  return undefined;
}
