import { identityMap, MappedTextBuilder, withSameLengthText, type MappedText } from './offset-map.js';

/**
 * The normalised views of one document. `text` keeps case (rules and dates need it);
 * `key` is `text` case-folded, for lexicon lookup. Both share one offset map.
 */
export interface NormalisedText extends MappedText {
  readonly key: string;
}

/** A same-length, per-unit fold a language adds (Traditional→Simplified, Vietnamese tone placement). */
export type SameLengthFold = (text: string) => string;

const COMBINING_CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** NFC-composes the text cluster by cluster, so each composed letter maps to its decomposed source. */
export function composeNfc(m: MappedText): MappedText {
  const text = m.text;
  // Fast path: most input is already NFC.
  if (!/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]/.test(text)) return m;
  if (text.normalize('NFC') === text) return m;
  const b = new MappedTextBuilder(m);
  COMBINING_CLUSTER.lastIndex = 0;
  let last = 0;
  for (let match = COMBINING_CLUSTER.exec(text); match; match = COMBINING_CLUSTER.exec(text)) {
    const from = match.index;
    const to = from + match[0].length;
    if (from > last) b.push(text.slice(last, from), last, from);
    const cluster = match[0];
    b.push(cluster.length > 1 ? cluster.normalize('NFC') : cluster, from, to);
    last = to;
  }
  if (last < text.length) b.push(text.slice(last), last, text.length);
  return b.build();
}

/** Full-width ASCII forms and the ideographic space become their half-width forms (same length). */
export function foldWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/**
 * True when no unit of the text has a case: ASCII other than letters, CJK symbols, Kana and Han
 * (U+3000–U+9FFF), Hangul syllables. Case mapping leaves such a text as it is, and is skipped (it is
 * costly on two-byte strings).
 */
export function isCaseless(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : c < 0x3000 || (c > 0x9fff && (c < 0xac00 || c > 0xd7af))) return false;
  }
  return true;
}

/** Lower-cases unit by unit, keeping a letter whose lower case would change the length (İ) as it is. */
export function foldCase(text: string): string {
  if (isCaseless(text)) return text;
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!.toLowerCase();
    out += l.length === 1 ? l : text[i];
  }
  return out;
}

/**
 * normalise: NFC (with offset map) → width fold → the language's same-length fold → the
 * language's refinement (which may insert text, e.g. spaces between glued words); plus a case-folded key.
 */
export function normalise(
  original: string,
  languageFold?: SameLengthFold,
  refine?: (m: MappedText) => MappedText,
): NormalisedText {
  let m = composeNfc(identityMap(original));
  m = withSameLengthText(m, foldWidth(m.text));
  if (languageFold) m = withSameLengthText(m, languageFold(m.text));
  if (refine) m = refine(m);
  return { ...m, key: foldCase(m.text) };
}

/**
 * True for text that NFC leaves as it is, found cheaply: every unit is below U+0300 (the first combining
 * mark: nothing there composes or decomposes) or a CJK unified ideograph (U+3400–U+9FFF, which neither
 * compose with what follows nor have another NFC form). False only means "not known": ask ICU.
 */
function isPlainlyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x3400 || c > 0x9fff)) return false;
  }
  return true;
}

/**
 * The matching key of a lexicon name: the name normalised exactly as a text in that language is
 * (so a name the refinement would split, like "ElBaradei", is split the same way on both sides).
 */
export function nameKey(
  name: string,
  languageFold?: SameLengthFold,
  refine?: (m: MappedText) => MappedText,
): string {
  if (refine) return normalise(name, languageFold, refine).key;
  // No refinement: the same folds on a plain string, without building an offset map.
  let t = isPlainlyNfc(name) ? name : name.normalize('NFC');
  t = foldWidth(t);
  if (languageFold) t = languageFold(t);
  return foldCase(t);
}
