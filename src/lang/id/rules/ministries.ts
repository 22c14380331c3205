import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { isAllCaps, MINISTER_TITLE_HEADS, MONTHS, PERSON_TITLES, TITLE_COMPLEMENT, WEEKDAYS } from '../words.js';
import { ruleEntity, spaceBetween, type SpanIndex, type Word } from './view.js';

/**
 * Ministries as a grammar:
 *   Kementerian [Koordinator] <Portfolio words> [country | RI | AS]
 *   Departemen <portfolio> [country]            (Departemen Luar Negeri AS)
 *   Kem(en) + portfolio stem [Polhukam…] [RI]     (Kemlu, Kemhan RI, Kemenko Polhukam)
 * and the minister's title as a blocker: Menteri Luar Negeri, Menlu, Menko Polhukam are no ministry.
 */

/** Abbreviated portfolios written after `Kem`/`Kemen` (Kemlu, Kemenkeu, Kemendagri, Kemkominfo …). */
const PORTFOLIO_STEMS = [
  'lu', 'han', 'dag', 'keu', 'dagri', 'kes', 'dikbud', 'dikbudristek', 'dikti', 'dikdasmen', 'sos', 'hub', 'ag',
  'tan', 'perin', 'pora', 'par', 'parekraf', 'naker', 'kominfo', 'komdigi', 'kumham', 'pupr', 'des', 'despdtt',
  'ristek', 'ristekdikti', 'kop', 'kopukm', 'panrb', 'pan', 'lhk', 'esdm', 'bumn', 'atr', 'ppn', 'pppa', 'setneg',
  'sesneg', 'investasi', 'imipas', 'ham', 'kum', 'hut', 'kp', 'ko',
];
const ABBREVIATED = new RegExp(`^kem(?:en)?(?:${PORTFOLIO_STEMS.join('|')})$`);

/** Portfolio heads a `Departemen` needs before it counts as a ministry (not a university department). */
const DEPARTMENT_PORTFOLIOS = new Set([
  'luar', 'dalam', 'pertahanan', 'keuangan', 'perdagangan', 'kehakiman', 'keamanan', 'kesehatan', 'pendidikan',
  'energi', 'tenaga', 'pertanian', 'penerangan', 'agama', 'sosial', 'perhubungan', 'perindustrian', 'kehutanan',
  'hukum', 'negara', 'transportasi', 'perumahan', 'veteran',
]);

const COUNTRY_ABBREVIATIONS = new Set(['RI', 'AS', 'RRT', 'RRC', 'NKRI']);

/** Words that end a portfolio: dates, titles. */
const endsPortfolio = (w: Word): boolean => MONTHS.has(w.lower) || WEEKDAYS.has(w.lower) || PERSON_TITLES.has(w.lower);

export interface MinistryResult {
  entities: EntityCandidate[];
  blockers: Blocker[];
}

export function findMinistries(ctx: RuleContext, words: readonly Word[], known: SpanIndex): MinistryResult {
  const entities: EntityCandidate[] = [];
  const blockers: Blocker[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word' || !w.capitalised) continue;
    if (w.lower === 'kementerian' || w.lower === 'departemen') {
      const end = portfolioEnd(ctx, words, i + 1, w.lower === 'departemen', known);
      if (end === i + 1) continue;
      const withCountry = countryEnd(ctx, words, end, known);
      entities.push(ruleEntity(ctx, 'MINISTRY', w.start, words[withCountry - 1]!.end));
      i = withCountry - 1;
    } else if (ABBREVIATED.test(w.lower) && !isAllCaps(w.text)) {
      let end = i + 1;
      // Kemenko is followed by its field: Kemenko Polhukam, Kemenko Perekonomian
      if (w.lower.endsWith('ko')) {
        const next = words[end];
        if (next && next.capitalised && spaceBetween(ctx.text, w.end, next.start) && TITLE_COMPLEMENT.has(next.lower)) end++;
      }
      const withCountry = countryEnd(ctx, words, end, known);
      entities.push(ruleEntity(ctx, 'MINISTRY', w.start, words[withCountry - 1]!.end));
      i = withCountry - 1;
    } else if (MINISTER_TITLE_HEADS.has(w.lower)) {
      // The title with its portfolio (not the country after it) may hold no ministry.
      const end = w.lower === 'menteri' || w.lower === 'menko' || w.lower === 'wamen' ? portfolioEnd(ctx, words, i + 1, false, known) : i + 1;
      blockers.push({ start: w.start, end: words[end - 1]!.end, blocks: ['MINISTRY'], reason: 'minister title' });
    }
  }
  return { entities: withDefinedAcronyms(ctx, words, entities, known), blockers };
}

/**
 * A ministry's own acronym defined in brackets after its name (Kementerian Kelautan dan Perikanan
 * (KKP), Kementerian Lingkungan Hidup dan Kehutanan (KLHK)) is the ministry too, there and
 * wherever the text repeats it.
 */
function withDefinedAcronyms(ctx: RuleContext, words: readonly Word[], entities: EntityCandidate[], known: SpanIndex): EntityCandidate[] {
  const ministries = [...entities, ...known.all().filter((c) => c.type === 'MINISTRY')];
  if (ministries.length === 0) return entities;
  const defined = new Map<string, EntityCandidate>();
  const byEnd = new Map<number, number>();
  words.forEach((w, i) => byEnd.set(w.end, i + 1));
  for (const e of ministries) {
    const k = byEnd.get(e.end);
    if (k === undefined) continue;
    const open = words[k];
    const acr = words[k + 1];
    const close = words[k + 2];
    if (open?.text !== '(' || !acr || close?.text !== ')' || acr.kind !== 'word') continue;
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,9}$/u.test(acr.text) || acr.text.replace(/\P{Lu}/gu, '').length < 2) continue;
    if (!/^\s*$/u.test(ctx.text.slice(e.end, open.start))) continue;
    if (!defined.has(acr.text)) defined.set(acr.text, e);
  }
  if (defined.size === 0) return entities;
  const out = [...entities];
  const taken = (a: number, b: number) => out.some((o) => o.start < b && a < o.end);
  for (const w of words) {
    const e = w.kind === 'word' ? defined.get(w.text) : undefined;
    if (!e || taken(w.start, w.end) || known.overlaps(w.start, w.end)) continue;
    out.push(ruleEntity(ctx, 'MINISTRY', w.start, w.end, e.canonical, e.id));
  }
  return out;
}

/** After the head word: capitalised portfolio words, `dan` or a comma between them (Hukum dan HAM). */
function portfolioEnd(ctx: RuleContext, words: readonly Word[], from: number, needKnownHead: boolean, known: SpanIndex): number {
  let end = from;
  for (let j = from; j < words.length; j++) {
    const w = words[j]!;
    const prev = words[j - 1]!;
    if (!spaceBetween(ctx.text, prev.end, w.start)) break;
    if (j === from && needKnownHead && !DEPARTMENT_PORTFOLIOS.has(w.lower)) break;
    // a country or a person after the portfolio is not part of it
    if (known.startingAt(w.start, ['PLACE', 'PERSON'])) break;
    if (w.lower === 'koordinator' || (w.capitalised && w.kind === 'word' && !endsPortfolio(w))) {
      if (COUNTRY_ABBREVIATIONS.has(w.text)) break;
      end = j + 1;
      continue;
    }
    if ((w.lower === 'dan' || w.text === ',') && end === j) {
      const next = words[j + 1];
      if (next && next.capitalised && TITLE_COMPLEMENT.has(next.lower)) continue;
    }
    break;
  }
  return end;
}

/** A country (lexicon place) or RI/AS written right after the ministry belongs to it. */
function countryEnd(ctx: RuleContext, words: readonly Word[], end: number, known: SpanIndex): number {
  const next = words[end];
  const last = words[end - 1]!;
  if (!next || !spaceBetween(ctx.text, last.end, next.start)) return end;
  if (COUNTRY_ABBREVIATIONS.has(next.text)) return end + 1;
  const place = known.startingAt(next.start, ['PLACE']);
  if (place && place.attrs['kind'] !== 'city') {
    let j = end;
    while (j < words.length && words[j]!.end <= place.end) j++;
    return j;
  }
  return end;
}
