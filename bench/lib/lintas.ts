/** The library under test, from source (tsx), and its stages called one by one as run.ts calls them. */
import { createAnnotator, Lexicon, type Annotator, type Lang } from '../../src/index.js';
import type { EntityCandidate, RuleContext, TokenSpan } from '../../src/lang/adapter.js';
import { adapterFor } from '../../src/lang/index.js';
import type { LexiconMatch } from '../../src/pipeline/lexicon-match.js';
import { normalise, type NormalisedText } from '../../src/pipeline/normalise.js';
import { matchLexicon as matchLexiconStage } from '../../src/pipeline/run.js';

/** Used only when lexicons/dist/default.json is missing (and announced as such). */
const FALLBACK_ENTRIES = [
  { id: 'person/kihara-minoru', type: 'PERSON', names: { zh: ['木原稔'], en: ['Minoru Kihara'], vi: ['Minoru Kihara'], id: ['Minoru Kihara'] } },
  { id: 'person/joko-widodo', type: 'PERSON', names: { zh: ['佐科·维多多'], en: ['Joko Widodo'], id: ['Joko Widodo', 'Jokowi'] } },
  { id: 'place/japan', type: 'PLACE', names: { zh: ['日本'], en: ['Japan'], id: ['Jepang'], vi: ['Nhật Bản'] } },
  { id: 'place/russia', type: 'PLACE', names: { zh: ['俄罗斯'], en: ['Russia'], id: ['Rusia'], vi: ['Nga'] } },
  { id: 'place/vietnam', type: 'PLACE', names: { zh: ['越南'], en: ['Vietnam'], id: ['Vietnam'], vi: ['Việt Nam'] } },
  { id: 'place/china', type: 'PLACE', names: { zh: ['中国'], en: ['China'], id: ['Tiongkok', 'Cina'], vi: ['Trung Quốc'] } },
  { id: 'ministry/jp-defense', type: 'MINISTRY', names: { zh: ['日本防卫省'], en: ['Ministry of Defense of Japan'], id: ['Kementerian Pertahanan Jepang'], vi: ['Bộ Quốc phòng Nhật Bản'] } },
];

export interface LibraryUnderTest {
  annotator: Annotator;
  lexicon: Lexicon;
  /** How the lexicon was obtained (a warning when it is not the default one). */
  lexiconNote: string;
  defaultLexicon: boolean;
}

export function loadLibrary(): LibraryUnderTest {
  try {
    const annotator = createAnnotator();
    return { annotator, lexicon: annotator.lexicon, lexiconNote: `default lexicon, ${annotator.lexicon.size} entries`, defaultLexicon: true };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const annotator = createAnnotator({ lexicons: Lexicon.of(FALLBACK_ENTRIES) });
    return {
      annotator,
      lexicon: annotator.lexicon,
      lexiconNote: `WARNING: default lexicon unavailable (${msg.split('\n')[0]}); a ${FALLBACK_ENTRIES.length}-entry built-in lexicon is used instead — annotate and lexicon figures are NOT representative`,
      defaultLexicon: false,
    };
  }
}

/** Stage 3 exactly as annotate runs it (same key function, so the compiled index is the one annotate uses). */
export function matchLexicon(lexicon: Lexicon, lang: Lang, key: string, text: string): { matches: LexiconMatch[]; candidates: EntityCandidate[] } {
  return matchLexiconStage(lexicon, adapterFor(lang), key, text);
}

/** The lexicon matches alone. */
export function matchLayers(lexicon: Lexicon, lang: Lang, key: string, text: string): LexiconMatch[] {
  return matchLexicon(lexicon, lang, key, text).matches;
}

export interface Prepared {
  norms: NormalisedText[];
  tokens: TokenSpan[][];
  ctxs: RuleContext[];
}

/** Each stage's input, computed once, so a stage can be timed alone. */
export function prepare(docs: readonly string[], lang: Lang, lexicon: Lexicon): Prepared {
  const a = adapterFor(lang);
  const norms = docs.map((d) => normalise(d, a.fold, a.refine));
  const tokens = norms.map((n) => a.tokenise(n.text));
  const ctxs = norms.map((n, i): RuleContext => {
    const { matches, candidates } = matchLexicon(lexicon, lang, n.key, n.text);
    return { lang, text: n.text, key: n.key, tokens: tokens[i]!, lexiconMatches: matches, lexiconCandidates: candidates };
  });
  return { norms, tokens, ctxs };
}

export interface Stage {
  name: string;
  run: () => number;
}

/** The stages of the pipeline over prepared input (`rules` only when the adapter has rules). */
export function stages(docs: readonly string[], lang: Lang, lexicon: Lexicon, p: Prepared): Stage[] {
  const a = adapterFor(lang);
  const out: Stage[] = [
    { name: 'normalise', run: () => docs.reduce((n, d) => n + normalise(d, a.fold, a.refine).text.length, 0) },
    { name: 'tokenise', run: () => p.norms.reduce((n, t) => n + a.tokenise(t.text).length, 0) },
    { name: 'lexicon match', run: () => p.norms.reduce((n, t) => n + matchLexicon(lexicon, lang, t.key, t.text).candidates.length, 0) },
  ];
  const rules = a.rules;
  if (rules) out.push({ name: 'rules', run: () => p.ctxs.reduce((n, c) => n + (rules.call(a, c).entities?.length ?? 0), 0) });
  out.push({ name: 'dates', run: () => p.ctxs.reduce((n, c) => n + a.dates(c).length, 0) });
  return out;
}
