import type { EntityCandidate, RuleContext } from '../../adapter.js';
import { NOT_NAME_WORDS, PLACE_TYPES, PLACE_TYPES_INSIDE_FOR_ONE_SYLLABLE } from '../data/names.js';
import { alternationOf, foldedSet, isCapitalised, spaced, wordsOf } from './words.js';

/**
 * Places named after a type word, known or not: "tỉnh Quảng Trị" → Quảng Trị, "quần đảo Hoàng Sa"
 * → Hoàng Sa (the type word stays outside), while a one-syllable name keeps it ("biển Đông",
 * "châu Âu") and a type word written with a capital is part of the name ("Biển Đông", "Vịnh Bắc Bộ").
 */

const RULE_PRIORITY = 5;
const MAX_NAME_WORDS = 4;
// "TP.HCM" keeps its dot; any other type word before a full stop ends a sentence ("…ra đảo. Các…")
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:(${alternationOf(PLACE_TYPES)})[ \\u00a0]+|(tp)\\.[ \\u00a0]*)$`, 'u');
const INSIDE = foldedSet(PLACE_TYPES_INSIDE_FOR_ONE_SYLLABLE);
/** Type words that, written with a capital mid-sentence, begin the name itself. */
const NAME_TYPES = foldedSet(['biển', 'vịnh', 'eo biển', 'bán đảo', 'quần đảo']);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const DIRECTIONS = new Set(['Đông', 'Tây', 'Nam', 'Bắc', 'Trung']);

export function placeRules(ctx: RuleContext): EntityCandidate[] {
  const { text, key } = ctx;
  const words = wordsOf(text);
  const out: EntityCandidate[] = [];
  const lexiconCovers = (s: number, e: number) => ctx.lexiconCandidates.some((c) => c.start <= s && e <= c.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w.text) || NOT_NAME.has(w.text)) continue;
    const before = key.slice(Math.max(0, w.start - 16), w.start);
    const t = TYPE_BEFORE.exec(before);
    if (!t) continue;
    const typeStart = w.start - before.length + t.index;
    const typeWord = (t[1] ?? t[2]!).replace(/\s+/g, ' ');
    const typeCapital = isCapitalised(text[typeStart]!);
    const sentenceStart = /(?:^|[.!?\n]["”]?)[ \u00a0]*$/.test(text.slice(Math.max(0, typeStart - 3), typeStart));
    if (typeCapital && !sentenceStart && !NAME_TYPES.has(typeWord)) continue; // "Chủ tịch Hồ Chí Minh"
    let j = i + 1;
    while (j < words.length && j - i < MAX_NAME_WORDS && isCapitalised(words[j]!.text) && spaced(text, words[j - 1]!.end, words[j]!.start)) j++;
    const end = words[j - 1]!.end;
    const oneSyllable = j === i + 1 && !w.text.includes('-');
    // "châu Á", "châu Á-Thái Bình Dương"; "biển Đông", "miền Bắc": the bare name would not name it
    const inside =
      (typeCapital && !sentenceStart && NAME_TYPES.has(typeWord)) || typeWord === 'châu' || (oneSyllable && INSIDE.has(typeWord) && DIRECTIONS.has(w.text));
    const start = inside ? typeStart : w.start;
    // a name the lexicon already knows is left to it (its span may be longer: "vùng lãnh thổ phương Bắc")
    if (!inside && lexiconCovers(w.start, end)) continue;
    const surface = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ type: 'PLACE', start, end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
    i = j - 1;
  }
  return out;
}
