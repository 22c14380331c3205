import { readFileSync } from 'node:fs';
import { annotate } from '../src/index.js';
import type { Annotation, AnnotationType, Lang } from '../src/types.js';

/** One gold span as `seeds.gold.jsonl` writes it. */
export interface GoldSpan {
  type: AnnotationType;
  start: number;
  end: number;
  text: string;
  optional?: boolean;
  value?: string;
  grain?: string;
  mod?: string;
  endValue?: string;
}

export interface GoldDoc {
  id: string;
  lang: Lang;
  refDate: string;
  text: string;
  spans: GoldSpan[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** DATE only: matched spans whose value, endValue and mod are all right. */
  valueOk: number;
}

export interface Miss {
  doc: string;
  kind: 'missed' | 'spurious' | 'wrong-value';
  type: AnnotationType;
  text: string;
  start: number;
  end: number;
  detail?: string;
  context: string;
}

export interface Score {
  /** key: `${lang}/${type}` */
  counts: Map<string, Counts>;
  misses: Miss[];
}

export function readGold(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldDoc);
}

const spanKey = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 12), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + 12)).replace(/\s+/g, ' ');
}

/**
 * Scores predictions against gold exactly as ANNOTATION.md says: exact span and type; for DATE
 * also value, endValue and mod. Optional gold spans are neither required nor penalised.
 */
export function scoreDocs(docs: readonly GoldDoc[], predict: (doc: GoldDoc) => Annotation[] = defaultPredict): Score {
  const counts = new Map<string, Counts>();
  const misses: Miss[] = [];
  const bucket = (lang: string, type: string): Counts => {
    const k = `${lang}/${type}`;
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { tp: 0, fp: 0, fn: 0, valueOk: 0 }));
    return c;
  };
  for (const doc of docs) {
    const predicted = predict(doc);
    const gold = new Map(doc.spans.map((s) => [spanKey(s), s]));
    const seen = new Set<string>();
    for (const p of predicted) {
      const k = spanKey(p);
      const g = gold.get(k);
      if (!g) {
        bucket(doc.lang, p.type).fp++;
        misses.push({ doc: doc.id, kind: 'spurious', type: p.type, text: p.text, start: p.start, end: p.end, context: context(doc.text, p.start, p.end), ...(p.type === 'DATE' ? { detail: p.value } : {}) });
        continue;
      }
      seen.add(k);
      if (g.optional) continue;
      const c = bucket(doc.lang, p.type);
      c.tp++;
      if (p.type === 'DATE') {
        const ok = p.value === g.value && (p.endValue ?? undefined) === (g.endValue ?? undefined) && (p.mod ?? undefined) === (g.mod ?? undefined);
        if (ok) c.valueOk++;
        else {
          misses.push({
            doc: doc.id,
            kind: 'wrong-value',
            type: 'DATE',
            text: p.text,
            start: p.start,
            end: p.end,
            detail: `got ${p.value}${p.endValue ? '..' + p.endValue : ''}${p.mod ? ' ' + p.mod : ''}, want ${g.value}${g.endValue ? '..' + g.endValue : ''}${g.mod ? ' ' + g.mod : ''}`,
            context: context(doc.text, p.start, p.end),
          });
        }
      }
    }
    for (const g of doc.spans) {
      if (g.optional || seen.has(spanKey(g))) continue;
      bucket(doc.lang, g.type).fn++;
      misses.push({ doc: doc.id, kind: 'missed', type: g.type, text: g.text, start: g.start, end: g.end, context: context(doc.text, g.start, g.end), ...(g.value ? { detail: g.value } : {}) });
    }
  }
  return { counts, misses };
}

function defaultPredict(doc: GoldDoc): Annotation[] {
  return annotate(doc.text, doc.lang, { referenceDate: doc.refDate }).annotations;
}

export function prf(c: Counts): { p: number; r: number; f1: number; valueAcc: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, valueAcc: c.tp === 0 ? 0 : c.valueOk / c.tp };
}
