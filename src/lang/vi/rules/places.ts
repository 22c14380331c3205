import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { BYLINE_NOT_NAME, FEATURE_TYPES_OUTSIDE, HONORIFIC_DUC, NOT_NAME_WORDS, PLACE_TYPES, PLACE_TYPES_INSIDE_FOR_ONE_SYLLABLE, SURNAMES } from '../data/names.js';
import { isViWord } from '../segment.js';
import { alternationOf, coverageOf, execAtWordEdge, foldedSet, isCapitalised, isKnownFirstName, isOwnUpperCase, isViWordForm, longestPlaceEnds, phraseBeforeGate, spaced, startsTitle, wordsOf } from './words.js';

/**
 * Places named after a type word, known or not: "tỉnh Quảng Trị" → Quảng Trị, "quần đảo Hoàng Sa"
 * → Hoàng Sa (the type word stays outside), while a one-syllable name keeps it ("biển Đông",
 * "châu Âu") and a type word written with a capital is part of the name ("Biển Đông", "Vịnh Bắc Bộ").
 */

const RULE_PRIORITY = 5;
const MAX_NAME_WORDS = 4;
// "TP.HCM" keeps its dot; any other type word before a full stop ends a sentence ("…ra đảo. Các…")
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:(${alternationOf(PLACE_TYPES)})[ \\u00a0]+|(tp)\\.[ \\u00a0]*)$`, 'u');
const mayFollowType = phraseBeforeGate(PLACE_TYPES);
/** Whether TYPE_BEFORE may match key.slice(from, to): spaces after a type word, or "tp." (then any spaces). */
function typeMayEndAt(key: string, from: number, to: number): boolean {
  if (mayFollowType(key, from, to)) return true;
  let end = to;
  while (end > from && (key[end - 1] === ' ' || key[end - 1] === '\u00a0')) end--;
  return end - 3 >= from && key.startsWith('tp.', end - 3);
}
const INSIDE = foldedSet(PLACE_TYPES_INSIDE_FOR_ONE_SYLLABLE);
/** "hòn Mê", "mũi Né", "cồn Cỏ": a feature whose name has one syllable keeps its type word. */
const FEATURES = foldedSet(FEATURE_TYPES_OUTSIDE);
/** Type words that, written with a capital mid-sentence, begin the name itself. */
const NAME_TYPES = foldedSet(['biển', 'vịnh', 'eo biển', 'bán đảo', 'quần đảo']);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Words that never open a name of two or more words (Đại Lãnh, Hải Vân may: Đại, Hải are only barred alone). */
const NOT_NAME_START = new Set(BYLINE_NOT_NAME);
const DIRECTIONS = new Set(['Đông', 'Tây', 'Nam', 'Bắc', 'Trung']);
const SURNAME = new Set(SURNAMES);

/**
 * Type words a lexicon name may be written with that stay outside when the rest still names the
 * place: the features', and rivers', mountains' and lakes' (sông Nile → Nile, núi Phú Sĩ → Phú Sĩ).
 */
const NATURAL_TYPES = [...FEATURE_TYPES_OUTSIDE, 'sông', 'núi', 'dãy núi', 'dãy', 'hồ'];
const SEA_WORD = /^[Bb]iển[ \u00a0]+(?=\p{Lu})/u;
/** Services named "… biển <country>": the self-defence force's and the coast guard's. */
const SERVICE_BEFORE = /(?<![\p{L}\p{M}])(?:phòng vệ|cảnh sát)[ \u00a0]+$/u;
const OPEN_TYPE = /^(biển|vùng)[ \u00a0]+(?=\p{Lu})/u;
const FEATURE_TYPE = new RegExp(`^(?:${alternationOf(NATURAL_TYPES)})[ \\u00a0]+(?=\\p{Lu})`, 'u');
/** At a word edge (execAtWordEdge). */
const HONORIFIC = new RegExp(`đức[ \\u00a0]+(?:${alternationOf(HONORIFIC_DUC)})(?![\\p{L}\\p{M}])`, 'gu');
const UPPER = /\p{Lu}/u;
const PLURAL_BEFORE = /(?<![\p{L}\p{M}])(?:các|những|nhiều|mọi|hai|ba)[ \u00a0]+$/u;
const NEXT_SYLLABLE = /^[ \u00a0]+(\p{Ll}+)(?![\p{L}\p{M}])/u;
const LAST_SYLLABLE = /(\p{Ll}+)$/u;

/** Whether the word ending at `end` could instead give its last syllable to the next word. */
function bindsRight(key: string, end: number): boolean {
  const last = LAST_SYLLABLE.exec(key.slice(Math.max(0, end - 10), end));
  const next = NEXT_SYLLABLE.exec(key.slice(end, end + 12));
  return last !== null && next !== null && isViWord(`${last[1]} ${next[1]}`);
}

/**
 * Where the last syllable of the name text[start, end) begins, when the name has two or more syllables,
 * opens with a capital and ends with a lower-case one (else -1).
 */
function lowerLastSyllable(text: string, start: number, end: number): number {
  if (end - start < 3 || !UPPER.test(text[start]!)) return -1;
  let i = end - 1;
  while (i > start && text[i] !== ' ' && text[i] !== '\u00a0' && text[i] !== '-') i--;
  if (i === start || !LOWER_START.test(text[i + 1] ?? '')) return -1;
  return i + 1;
}
const LOWER_START = /\p{Ll}/u;
/** A capitalised word right before (one space), not the sentence's first: the text continues a capitalised run. */
const CAPITAL_BEFORE = /[\p{L}\p{M},;:][ \u00a0]+\p{Lu}[\p{L}\p{M}]*[ \u00a0]$/u;

/**
 * Readings of a lexicon place the context rules out:
 * - a country's one-syllable short name that is only the first syllable of a common word the
 *   segmenter found ("Anh hùng", "Pháp luật", "Mỹ thuật", "Ý kiến": the rest is lower-case);
 * - "Đức" as an honorific (Đức Giáo hoàng, Đức Phật, Đức Đạt Lai Lạt Ma), not Germany;
 * and a lexicon name written with a feature's type word ("bãi Cỏ Mây", "đá Chữ Thập"): the type word
 * stays outside (ANNOTATION.md), so the bare name is proposed and the long reading blocked.
 */
function lexiconCorrections(ctx: RuleContext): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const { text, key, tokens } = ctx;
  const entities: EntityCandidate[] = [];
  const blockers: Blocker[] = [];
  /** End of the token starting at `at` (tokens are sorted and disjoint: a binary search, no index per text). */
  const tokenEnd = (at: number): number | undefined => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (t.start === at) return t.end;
      if (t.start < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const known = coverageOf(ctx.lexiconCandidates, text.length);
  for (const c of ctx.lexiconCandidates) {
    if (c.type !== 'PLACE') continue;
    const surface = text.slice(c.start, c.end);
    if (!/[ \u00a0-]/.test(surface)) {
      const tokEnd = tokenEnd(c.start) ?? 0;
      const rest = tokEnd > c.end ? text.slice(c.end, tokEnd) : '';
      // a lexicon name as long as the word ("Anh quốc") keeps it a name; and when the word's last
      // syllable also makes a word with the next one ("Ý | kiến trúc"), the split is uncertain
      if (rest !== '' && /^[ \u00a0]+\p{Ll}/u.test(rest) && !UPPER.test(rest) && !known(c.start, tokEnd) && !bindsRight(key, tokEnd)) {
        blockers.push({ start: c.start, end: c.end, blocks: ['PLACE'], reason: 'first syllable of a common word' });
      }
      continue;
    }
    // "Lực lượng Phòng vệ Biển Nhật Bản", "Cảnh sát biển Nhật Bản": a maritime service of the country,
    // not the Sea of Japan — the country alone is the place
    const sea = SEA_WORD.exec(surface);
    if (sea && SERVICE_BEFORE.test(key.slice(Math.max(0, c.start - 12), c.start))) {
      const start = c.start + sea[0].length;
      if (ctx.lexiconCandidates.some((o) => o.start === start && o.end === c.end && o.type === 'PLACE')) {
        blockers.push({ start: c.start - 1, end: start - 1, blocks: ['PLACE'], reason: "a maritime service's name" });
        continue;
      }
    }
    if (UPPER.test(surface[0]!) || c.start === 0) continue;
    const open = OPEN_TYPE.exec(surface);
    if (open) {
      // "biển Caspi" → Caspi: a sea's one foreign word that names nothing else; "vùng Vịnh" → Vịnh (the
      // Gulf, a capitalised type word); "biển Nhật Bản", "biển Java", "vùng Khabarovsk" keep the type word
      const start = c.start + open[0].length;
      const rest = text.slice(start, c.end);
      const bare = open[1] === 'vùng' ? NAME_TYPES.has(rest.toLowerCase()) : !/[ \u00a0-]/.test(rest) && rest.length >= 3 && !isViWordForm(rest) && !ctx.lexiconCandidates.some((o) => o.start === start && o.type === 'PLACE');
      if (bare) {
        blockers.push({ start: c.start - 1, end: start - 1, blocks: ['PLACE'], reason: 'a type word' });
        entities.push({ ...c, start, priority: c.priority });
      }
      continue;
    }
    const t = FEATURE_TYPE.exec(surface);
    if (!t) continue;
    const start = c.start + t[0].length;
    // one-syllable Vietnamese names keep their type word (sông Hồng, hòn Mê): the bare syllable would
    // not name the feature; a foreign one-word name does (sông Nile, sông Volga)
    const rest = text.slice(start, c.end);
    if (!/[ \u00a0-]/.test(rest) && (rest.length < 3 || isViWordForm(rest))) continue;
    blockers.push({ start: c.start - 1, end: start - 1, blocks: ['PLACE'], reason: "a feature's type word" });
    entities.push({ ...c, start, priority: c.priority });
  }
  HONORIFIC.lastIndex = 0;
  for (let m = execAtWordEdge(HONORIFIC, key); m; m = execAtWordEdge(HONORIFIC, key)) {
    if (UPPER.test(text[m.index]!)) blockers.push({ start: m.index, end: m.index + 3, blocks: ['PLACE'], reason: 'an honorific' });
  }
  return { entities, blockers };
}

/**
 * "Việt Nam thông qua": a capitalised name's last syllable followed by a lower-case one ("Nam thông")
 * matches a name the lexicon writes capitalised throughout (Nam Thông, Nantong) only by ignoring case;
 * a Vietnamese name capitalises every syllable, so the lower-case one belongs to the next word.
 */
function lowerSyllableBlockers(ctx: RuleContext, rules: readonly EntityCandidate[]): Blocker[] {
  const { text, key } = ctx;
  const out: Blocker[] = [];
  for (const m of ctx.lexiconMatches) {
    const last = lowerLastSyllable(text, m.start, m.end);
    if (last < 0) continue;
    let place = false;
    let lowerForm = false;
    for (const h of m.hits) {
      if (h.entry.type === 'PLACE') place = true;
      const f = h.form;
      const cut = Math.max(f.lastIndexOf(' '), f.lastIndexOf('\u00a0'), f.lastIndexOf('-'));
      if (cut < 0 || !UPPER.test(f[cut + 1] ?? '')) lowerForm = true;
    }
    // people write "Hy lạp", "Hà nội" for the place itself: only a name that begins inside a capitalised
    // run ("Việt Nam thông", "Nobel Hòa bình") or whose lower-case syllable makes a word with the next
    // one ("thông qua", "thông báo") gives the syllable away
    const inRun = CAPITAL_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
    if (!place || lowerForm || !(inRun || bindsRight(key, m.end))) continue;
    // a longer reading that ends with the name ("tỉnh Đông Nam bộ") keeps it
    const endsIt = (c: EntityCandidate) => c.type === 'PLACE' && c.start < m.start && c.end === m.end;
    if (rules.some(endsIt) || ctx.lexiconCandidates.some(endsIt)) continue;
    // (the blocker reaches one past the name: it cuts every reading that ends with the lower-case syllable)
    out.push({ start: last, end: m.end + 1, blocks: ['PLACE'], reason: 'a lower-case syllable of a capitalised name' });
  }
  return out;
}

const STATE_HEADS: Record<string, string[]> = { Cộng: ['hòa', 'hoà'], Vương: ['quốc'], Liên: ['bang'] };
const PARTY_WORDS = new Set(['đảng', 'phe', 'nghị', 'sĩ', 'viên', 'ứng', 'cử']);
const stateNameCache = new WeakMap<RuleContext, Array<{ start: number; end: number }>>();

/**
 * "Cộng hòa Dominicana", "Vương quốc Anh", "Liên bang Nga": a state named by its form of government and
 * a country the lexicon knows, or one foreign word (Cộng hòa Dominicana is not Dominica). Spans the
 * lexicon already knows whole ("Cộng hòa Congo") are left to it.
 */
export function stateNames(ctx: RuleContext): Array<{ start: number; end: number }> {
  const cached = stateNameCache.get(ctx);
  if (cached) return cached;
  const { text, key } = ctx;
  const out: Array<{ start: number; end: number }> = [];
  if (text.includes('Cộng') || text.includes('Vương') || text.includes('Liên')) {
    const words = wordsOf(text);
    let placeEnd: Map<number, number> | undefined;
    for (let i = 0; i + 2 < words.length; i++) {
      const heads = STATE_HEADS[words[i]!.text];
      if (!heads) continue;
      const second = words[i + 1]!;
      const name = words[i + 2]!;
      if (!heads.includes(key.slice(second.start, second.end)) || !spaced(text, words[i]!.end, second.start) || !spaced(text, second.end, name.start)) continue;
      if (!isCapitalised(name.text)) continue;
      // "đảng Cộng hòa", "phe Cộng hòa": the Republican party, not a state
      const prev = words[i - 1];
      if (prev && PARTY_WORDS.has(key.slice(prev.start, prev.end)) && spaced(text, prev.end, words[i]!.start)) continue;
      placeEnd ??= longestPlaceEnds(ctx.lexiconCandidates);
      if (placeEnd.has(words[i]!.start)) continue;
      const known = placeEnd.get(name.start);
      const end = known ?? (!isViWordForm(name.text) && !isOwnUpperCase(name.text) && !isKnownFirstName(name.text) ? name.end : -1);
      if (end > 0) out.push({ start: words[i]!.start, end });
    }
  }
  stateNameCache.set(ctx, out);
  return out;
}

export function placeRules(ctx: RuleContext): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const corrections = lexiconCorrections(ctx);
  const { text, key } = ctx;
  const words = wordsOf(text);
  const out: EntityCandidate[] = [];
  const lexiconCovers = coverageOf(ctx.lexiconCandidates, text.length);
  /**
   * "tỉnh Quảng Trị Võ Văn Hưng": after a name of two or more syllables, a family name opening a further
   * capitalised run starts the official's full name (the title before the province covers him).
   */
  const startsFullName = (j: number, i: number): boolean => {
    if (j - i < 2 || !SURNAME.has(words[j]!.text)) return false;
    const n = words[j + 1];
    return n !== undefined && isCapitalised(n.text) && spaced(text, words[j]!.end, n.start);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w.text) || NOT_NAME_START.has(w.text)) continue;
    const next = words[i + 1];
    const twoWords = next !== undefined && isCapitalised(next.text) && spaced(text, w.end, next.start);
    if (NOT_NAME.has(w.text) && !twoWords) continue;
    const from = Math.max(0, w.start - 16);
    if (!typeMayEndAt(key, from, w.start)) continue;
    const before = key.slice(from, w.start);
    const t = TYPE_BEFORE.exec(before);
    if (!t) continue;
    const typeStart = w.start - before.length + t.index;
    const typeWord = (t[1] ?? t[2]!).replace(/\s+/g, ' ');
    // "các nước ASEAN", "những nước EU", "nhiều nước NATO": a group of countries named by its organisation
    if (typeWord === 'nước' && w.text.length > 1 && isOwnUpperCase(w.text) && PLURAL_BEFORE.test(key.slice(Math.max(0, typeStart - 8), typeStart))) continue;
    const typeCapital = isCapitalised(text[typeStart]!);
    const sentenceStart = /(?:^|[.!?\n]["”]?)[ \u00a0]*$/.test(text.slice(Math.max(0, typeStart - 3), typeStart));
    if (typeCapital && !sentenceStart && !NAME_TYPES.has(typeWord)) continue; // "Chủ tịch Hồ Chí Minh"
    let j = i + 1;
    while (
      j < words.length && j - i < MAX_NAME_WORDS && isCapitalised(words[j]!.text) && spaced(text, words[j - 1]!.end, words[j]!.start) &&
      // a rank or title of two or more words after the name ("tỉnh Nghệ An Đại tá …") is not part of it
      !startsTitle(key, words[j]!.start) &&
      !startsFullName(j, i)
    )
      j++;
    const end = words[j - 1]!.end;
    const oneSyllable = j === i + 1 && !w.text.includes('-');
    // "châu Á", "châu Á-Thái Bình Dương"; "biển Đông", "miền Bắc": the bare name would not name it
    const inside =
      (typeCapital && !sentenceStart && NAME_TYPES.has(typeWord)) || typeWord === 'châu' || (oneSyllable && INSIDE.has(typeWord) && DIRECTIONS.has(w.text)) ||
      (oneSyllable && FEATURES.has(typeWord));
    const start = inside ? typeStart : w.start;
    // a name the lexicon already knows is left to it (its span may be longer: "vùng lãnh thổ phương Bắc")
    if (!inside && lexiconCovers(w.start, end)) continue;
    const surface = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ type: 'PLACE', start, end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
    i = j - 1;
  }
  // "Nam Thái Bình Dương", "Tây Thái Bình Dương": a capitalised direction before an ocean or region names a part of it
  const DIRECTION_BEFORE = /(?<![\p{L}\p{M}])(?:(?:Đông|Tây)[ \u00a0]+(?:Nam|Bắc)|Đông|Tây|Nam|Bắc)[ \u00a0]+$/u;
  for (const c of ctx.lexiconCandidates) {
    if (c.type !== 'PLACE' || (c.attrs.kind !== 'sea' && c.attrs.kind !== 'region')) continue;
    const d = DIRECTION_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (!d) continue;
    const start = c.start - d[0].length;
    if (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) continue;
    // after another capitalised word the direction is part of that name ("Ông Nam", "Hàn Quốc Nam")
    if (/\p{Lu}[\p{L}\p{M}]*[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    const surface = text.slice(start, c.end).replace(/\s+/g, ' ');
    out.push({ type: 'PLACE', start, end: c.end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
  }
  const blockers = corrections.blockers;
  blockers.push(...lowerSyllableBlockers(ctx, out));
  for (const st of stateNames(ctx)) {
    const surface = text.slice(st.start, st.end).replace(/\s+/g, ' ');
    out.push({ type: 'PLACE', start: st.start, end: st.end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
    blockers.push({ start: st.start, end: st.end, blocks: ['PERSON'], reason: "a state's name" });
  }
  return { entities: [...out, ...corrections.entities], blockers };
}
