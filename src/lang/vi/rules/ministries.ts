import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { stateNames } from './places.js';
import { PORTFOLIOS } from '../data/names.js';
import { alternationOf, execAtWordEdge, foldedSet, isCapitalised, longestPlaceEnds, spaced, wordsOf } from './words.js';

/**
 * Ministries by their grammar, "Bộ" + a portfolio (+ the country written after it): Bộ Thống
 * nhất Hàn Quốc, Bộ Công Thương, Bộ Y tế. A minister's title built on a portfolio ("Bộ trưởng
 * Quốc phòng", "Thứ trưởng Ngoại giao", "Ngoại trưởng") blocks MINISTRY, but a full ministry name
 * after a title stays one ("Thứ trưởng Bộ Quốc phòng" → Bộ Quốc phòng). "Bộ Chính trị" is a politburo.
 */

const RULE_PRIORITY = 5;
const PORTFOLIO = alternationOf(PORTFOLIOS);
/** At a word edge (execAtWordEdge); portfolios are matched case-insensitively on the key, "Bộ" with its capital on the text. */
const KEYED_MINISTRY = new RegExp(`bộ[ \\u00a0]+(?:${PORTFOLIO})(?![\\p{L}\\p{M}])`, 'gu');
/**
 * "Bộ Côngan", "Bộ Quốcphòng": a portfolio whose syllables a scraper glued together (the spaces
 * inside it dropped). Tried only where a glued word follows "Bộ" (no space inside the next word).
 */
const GLUED_PORTFOLIO = new RegExp(`^(?:${PORTFOLIO.replace(/\[ \\u00a0\]\+/g, '[ \\u00a0]*')})(?![\\p{L}\\p{M}])`, 'u');
const MINISTER_TITLE = new RegExp(
  `(?:phó[ \\u00a0]+)?(?:bộ[ \\u00a0]+trưởng|thứ[ \\u00a0]+trưởng|ngoại[ \\u00a0]+trưởng)(?:[ \\u00a0]+(?!bộ[ \\u00a0])(?:${PORTFOLIO}))?(?![\\p{L}\\p{M}])`,
  'gu',
);
const NOT_MINISTRY = /bộ[ \u00a0]+(?:chính[ \u00a0]+trị|tổng[ \u00a0]+tham[ \u00a0]+mưu|tư[ \u00a0]+lệnh|chỉ[ \u00a0]+huy|luật|quy[ \u00a0]+tắc)(?![\p{L}\p{M}])/gu;

const KNOWN = foldedSet(PORTFOLIOS);
/** Words that never sit inside a portfolio's name: verbs and function words of the sentence around it. */
const NOT_PORTFOLIO = foldedSet([
  'cho', 'biết', 'nói', 'cũng', 'đã', 'sẽ', 'đang', 'vừa', 'là', 'có', 'được', 'bị', 'của', 'tại', 'ở', 'với', 'trong', 'khi',
  'ngày', 'tháng', 'năm', 'hôm', 'này', 'đó', 'các', 'những', 'một', 'thì', 'mà', 'để', 'về', 'từ', 'đến', 'tới', 'theo', 'nước',
  'và', 'hoặc', 'cùng', 'đều', 'không', 'chưa', 'vẫn', 'lại', 'ra', 'vào', 'lên', 'tuyên', 'trưởng',
]);
/** "Bộ Chính trị", "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ Tham mưu": never a ministry. */
const NOT_FIRST = foldedSet(['chính', 'tư', 'chỉ', 'tham', 'đội', 'tổng', 'luật', 'quy']);
const MAX_PIECE_WORDS = 5;
const MAX_PIECES = 4;

/**
 * "Bộ Hàng hải và Nghề cá Indonesia", "Bộ Năng lượng và Tài nguyên khoáng sản Indonesia": a foreign
 * ministry with any portfolio, when a country the lexicon knows follows it. The portfolio is one or
 * more pieces joined by "và" or ",", each opening with a capital (then lower-case words).
 */
function freeFormMinistries(ctx: RuleContext): EntityCandidate[] {
  const { text, key } = ctx;
  if (!text.includes('Bộ')) return [];
  const words = wordsOf(text);
  let placeAt: Map<number, number> | undefined; // built at the first "Bộ"
  const out: EntityCandidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.text !== 'Bộ' || !spaced(text, words[i]!.end, words[i + 1]!.start)) continue;
    placeAt ??= longestPlaceEnds(ctx.lexiconCandidates);
    let j = i + 1;
    let end = -1;
    // a list of portfolios joined by commas closes with "và" ("Bộ Văn hóa, Thể thao và Du lịch"); a
    // comma with no "và" after it ends the ministry's clause ("Theo Bộ Ngoại giao, Hội nghị … Mỹ")
    let openComma = false;
    for (let piece = 0; piece < MAX_PIECES && j < words.length; piece++) {
      const first = words[j]!;
      const firstKey = key.slice(first.start, first.end);
      if (!isCapitalised(first.text) || placeAt.has(first.start) || NOT_PORTFOLIO.has(firstKey) || (piece === 0 && NOT_FIRST.has(firstKey))) break;
      const from = j;
      j++;
      while (j < words.length && j - from < MAX_PIECE_WORDS && spaced(text, words[j - 1]!.end, words[j]!.start) && !placeAt.has(words[j]!.start)) {
        const k = key.slice(words[j]!.start, words[j]!.end);
        if (NOT_PORTFOLIO.has(k)) break;
        j++;
      }
      const pieceText = key.slice(first.start, words[j - 1]!.end).replace(/\s+/g, ' ');
      // a known portfolio with more words after it is that portfolio and the sentence ("Bộ Quốc phòng cảnh báo Mỹ")
      if (!KNOWN.has(pieceText) && [...KNOWN].some((p) => pieceText.startsWith(`${p} `))) break;
      const next = words[j];
      if (!next) break;
      const gap = key.slice(words[j - 1]!.end, next.start);
      if (/^[ \u00a0]+$/.test(gap) && placeAt.has(next.start)) {
        if (!openComma) end = placeAt.get(next.start)!;
        break;
      }
      if (/^[ \u00a0]*,[ \u00a0]*$/.test(gap)) {
        openComma = true;
        continue;
      }
      if (/^[ \u00a0]+$/.test(gap) && key.slice(next.start, next.end) === 'và' && words[j + 1] && spaced(text, next.end, words[j + 1]!.start)) {
        openComma = false;
        j++;
        continue;
      }
      break;
    }
    if (end < 0) continue;
    const start = words[i]!.start;
    const surface = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ type: 'MINISTRY', start, end, source: 'rule', id: `rule:ministry/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
  }
  return out;
}


const QUOC_GIA = /^quốc[ \u00a0]+gia[ \u00a0]/u;
/**
 * The first lexicon place (in list order) that starts after `end` with only spaces between, as
 * `find((c) => c.type === 'PLACE' && c.start > end && spaced(text, end, c.start))` would give,
 * without a scan of every candidate per ministry.
 */
function firstPlaceAfter(ctx: RuleContext): (end: number) => { start: number; end: number } | undefined {
  const { text, lexiconCandidates } = ctx;
  let firstAtStart: Map<number, number> | undefined;
  const firstPlaceAfterRaw = (end: number): EntityCandidate | undefined => {
    let best = -1;
    for (let s = end + 1; s - 1 < text.length && (text[s - 1] === ' ' || text[s - 1] === '\u00a0'); s++) {
      const k = firstAtStart!.get(s);
      if (k !== undefined && (best < 0 || k < best)) best = k;
    }
    return best < 0 ? undefined : lexiconCandidates[best];
  };
  return (end) => {
    if (!firstAtStart) {
      firstAtStart = new Map();
      lexiconCandidates.forEach((c, k) => {
        if (c.type === 'PLACE' && !firstAtStart!.has(c.start)) firstAtStart!.set(c.start, k);
      });
    }
    const place = firstPlaceAfterRaw(end);
    if (place) return place;
    // "Bộ Ngoại giao Cộng hòa Dominicana": a state named with its form of government
    for (const st of stateNames(ctx)) if (st.start > end && spaced(text, end, st.start)) return { ...st };
    // "Bộ Quốc phòng Quốc gia Hàn Quốc": "National" between the portfolio and the country
    let s = end;
    while (text[s] === ' ' || text[s] === '\u00a0') s++;
    if (s > end && text[s] === 'Q' && QUOC_GIA.test(ctx.key.slice(s, s + 10))) {
      const after = firstPlaceAfterRaw(s + 8);
      if (after) return { ...after, start: s };
    }
    return undefined;
  };
}

export function ministryRules(ctx: RuleContext): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const { text, key } = ctx;
  const entities: EntityCandidate[] = [];
  KEYED_MINISTRY.lastIndex = 0;
  const placeAfter = firstPlaceAfter(ctx);
  for (let m = execAtWordEdge(KEYED_MINISTRY, key); m; m = execAtWordEdge(KEYED_MINISTRY, key)) {
    if (text[m.index] !== 'B') continue;
    let end = m.index + m[0].length;
    // the country written right after belongs to the span
    const country = placeAfter(end);
    if (country) end = country.end;
    const surface = text.slice(m.index, end).replace(/\s+/g, ' ');
    entities.push({ type: 'MINISTRY', start: m.index, end, source: 'rule', id: `rule:ministry/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
  }
  // glued portfolios: "Bộ Côngan", where the keyed grammar (spaces inside the portfolio) found nothing
  const keyedAt = new Set(entities.map((e) => e.start));
  for (let at = key.indexOf('bộ'); at >= 0; at = key.indexOf('bộ', at + 2)) {
    if (text[at] !== 'B' || keyedAt.has(at) || (at > 0 && /[\p{L}\p{M}]/u.test(key[at - 1]!))) continue;
    let p = at + 2;
    while (key[p] === ' ' || key[p] === '\u00a0') p++;
    if (p === at + 2) continue;
    const g = GLUED_PORTFOLIO.exec(key.slice(p, p + 48));
    if (!g) continue;
    let end = p + g[0].length;
    const country = placeAfter(end);
    if (country) end = country.end;
    const surface = text.slice(at, end).replace(/\s+/g, ' ');
    entities.push({ type: 'MINISTRY', start: at, end, source: 'rule', id: `rule:ministry/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
  }
  entities.push(...freeFormMinistries(ctx));
  const blockers: Blocker[] = [];
  for (const re of [MINISTER_TITLE, NOT_MINISTRY]) {
    re.lastIndex = 0;
    for (let m = execAtWordEdge(re, key); m; m = execAtWordEdge(re, key)) {
      blockers.push({ start: m.index, end: m.index + m[0].length, blocks: ['MINISTRY'], reason: re === MINISTER_TITLE ? "a minister's title" : 'not a ministry' });
    }
  }
  return { entities, blockers };
}
