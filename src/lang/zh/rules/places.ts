import type { EntityCandidate, RuleContext } from '../../adapter.js';
import { TRANSLIT } from './names.js';

/** Administrative and geographic type words written onto a place's name. */
const SUFFIXES = ['边疆区', '自治区', '自治州', '群岛', '海峡', '半岛', '省', '市', '县', '州', '府', '岛', '道', '镇', '郡', '区', '乡'];
/** Suffixes only read right after another place (哈尔滨市南岗区): on their own they end too many common words (地区, 社区). */
const CHAINED_ONLY = new Set(['区', '乡']);
/** Kinds of zone, not names: 金刚山旅游区, 浦东开发区. */
const ZONE_WORDS = /(?:旅游|开发|经济|工业|保护|风景|自贸|示范|试验|产业|商业|住宅|生活|办公|居民|军事|边境|危险|受灾|灾|战|禁飞|缓冲|景|园|港|校|城|市|社|郊|山|林|地|部)$/u;
/** What cannot be a place's name before such a suffix (全省, 该市, 各县, 本岛, 城市…). */
const NOT_NAME = /[全该各本此这那每城都外我你他其某一两几多省市县州府岛道镇区体报知频通渠轨管跑街赛铁车隧航味难人王公霸政学首超股门上]|[的了在与和同对向将是为于也就并及或把被从到由以]/u;

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const SUFFIX_RE = new RegExp(`(?:${alt(SUFFIXES)})`, 'gu');

/**
 * X + suffix places: a known place with its type word (莫斯科州), the stretch right after another
 * place (泰国彭世洛府能玛巴廊县班梦镇, 2–5 characters), or a transliterated name (萨拉托夫州).
 */
export function findPlaces(ctx: RuleContext): EntityCandidate[] {
  const { text } = ctx;
  const places: EntityCandidate[] = [];
  const lexPlaces = ctx.lexiconCandidates.filter((c) => c.type === 'PLACE');
  const placeEnds = new Set(lexPlaces.map((c) => c.end));
  const placeStarts = new Set(lexPlaces.map((c) => c.start));
  for (const m of text.matchAll(SUFFIX_RE)) {
    const end = m.index + m[0].length;
    // The suffix must end the word: 市场, 道路, 州立 are other words.
    if (/[场路理德具歉立长委民政级内外部里上下中门口域]/u.test(text[end] ?? '')) continue;
    let found: number | undefined = CHAINED_ONLY.has(m[0]) ? undefined : lexPlaces.find((c) => c.end === m.index && c.end - c.start >= 2)?.start;
    if (found === undefined) {
      for (let len = 2; len <= 5 && found === undefined; len++) {
        const s = m.index - len;
        if (s >= 0 && placeEnds.has(s) && isName(text.slice(s, m.index)) && !(CHAINED_ONLY.has(m[0]) && (ZONE_WORDS.test(text.slice(s, m.index)) || placeStarts.has(s)))) found = s;
      }
    }
    if (found === undefined && !CHAINED_ONLY.has(m[0])) {
      let s = m.index;
      while (s > 0 && TRANSLIT.has(text[s - 1]!) && !placeEnds.has(s) && m.index - s < 8) s--;
      // 圣 opens transliterated saints' names: 圣克鲁斯, 圣彼得堡.
      if (s > 0 && text[s - 1] === '圣' && !placeEnds.has(s)) s--;
      if (m.index - s >= 2 && isName(text.slice(s, m.index))) found = s;
    }
    if (found === undefined) continue;
    const surface = text.slice(found, end);
    places.push({ type: 'PLACE', start: found, end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: 5 });
    placeEnds.add(end);
  }
  return places;
}

function isName(x: string): boolean {
  return /^\p{Script=Han}+$/u.test(x) && !NOT_NAME.test(x);
}
