import type { DateMatch } from '../dates/model.js';
import type { NormalisedText, SameLengthFold } from '../pipeline/normalise.js';
import type { LexiconMatch } from '../pipeline/lexicon-match.js';
import type { MappedText } from '../pipeline/offset-map.js';
import type { AnnotationType, EntityType, Lang, TokenKind } from '../types.js';

/** A token span over the normalised text. */
export interface TokenSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

/** An entity proposed by a lexicon match or a rule, over the normalised text. */
export interface EntityCandidate {
  type: EntityType;
  start: number;
  end: number;
  source: 'lexicon' | 'rule';
  /** Lexicon id, or `rule:<type>/<surface>` for names found by rules. */
  id: string;
  canonical: string;
  attrs: Record<string, unknown>;
  /** Breaks ties between overlapping candidates of equal length (higher wins). */
  priority: number;
}

/**
 * A span in which entities of the given types must not be proposed, e.g. a minister's title
 * (国防部长, Menteri Luar Negeri) that contains a ministry's name but is not a ministry.
 */
export interface Blocker {
  start: number;
  end: number;
  blocks: readonly AnnotationType[];
  reason: string;
}

/** What rules see: the normalised text, its tokens and the lexicon's matches. */
export interface RuleContext {
  readonly lang: Lang;
  /** Normalised text with its case. */
  readonly text: string;
  /** Normalised, case-folded text (same length as `text`). */
  readonly key: string;
  readonly tokens: readonly TokenSpan[];
  /** Lexicon matches, longest first at each start, before overlap resolution. */
  readonly lexiconMatches: readonly LexiconMatch[];
  /** The lexicon candidates made from those matches. */
  readonly lexiconCandidates: readonly EntityCandidate[];
}

export interface RuleOutput {
  entities?: EntityCandidate[];
  blockers?: Blocker[];
}

/**
 * A language adapter: the thin, language-specific part of the pipeline. Everything else
 * (normalising with an offset map, lexicon matching, date resolution, overlaps, offsets)
 * is shared.
 */
export interface LanguageAdapter {
  readonly lang: Lang;
  /** A same-length fold applied after NFC and width folding (Traditional→Simplified, tone placement). */
  readonly fold?: SameLengthFold;
  /** Extra normalisation that may insert or drop text (splitting glued words), with the offset map kept. */
  readonly refine?: (m: MappedText) => MappedText;
  /** Whether a lower→upper case transition inside a word is a word boundary (scraped, glued text). */
  readonly camelBoundaries?: boolean;
  /** Whether an entity spanning spaces becomes one token (vi words contain spaces). */
  readonly tokensSpanSpaces?: boolean;
  tokenise(text: string): TokenSpan[];
  rules?(ctx: RuleContext): RuleOutput;
  dates(ctx: RuleContext): DateMatch[];
}

export type { NormalisedText };
