import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { type DocFacts, isCountry, SpanIndex } from './context.js';
import { TRANSLIT } from './names.js';

/** Administrative and geographic type words written onto a place's name. */
const SUFFIXES = ['边疆区', '自治区', '自治州', '群岛', '海峡', '半岛', '省', '市', '县', '州', '府', '岛', '道', '镇', '郡', '区', '乡'];
/** Suffixes only read right after another place (哈尔滨市南岗区): on their own they end too many common words (地区, 社区). */
const CHAINED_ONLY = new Set(['区', '乡']);
/** Kinds of zone, not names: 金刚山旅游区, 浦东开发区. */
const ZONE_WORDS = /(?:旅游|开发|经济|工业|保护|风景|自贸|示范|试验|产业|商业|住宅|生活|办公|居民|军事|边境|危险|受灾|灾|战|禁飞|缓冲|景|园|港|校|城|市|社|郊|山|林|地|部)$/u;
/** What cannot be a place's name before such a suffix (全省, 该市, 各县, 本岛, 城市…). */
const NOT_NAME = /[全该各本此这那每城都外我你他其某一两几多省市县州府岛道镇区体报知频通渠轨管跑街赛铁车隧航味难人王公霸政学首超股门上]|[的了在与和同对向将是为于也就并及或把被从到由以]/u;

/** What continues a word past a suffix: 市场, 道路, 州立. */
const NOT_AFTER_SUFFIX = charCodes('场路理德具歉立长委民政级内外部里上下中门口域');

function charCodes(chars: string): Set<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const SUFFIX_RE = new RegExp(`(?:${alt(SUFFIXES)})`, 'gu');

/**
 * X + suffix places: a known place with its type word (莫斯科州), the stretch right after another
 * place (泰国彭世洛府能玛巴廊县班梦镇, 2–5 characters), or a transliterated name (萨拉托夫州).
 */
export function findPlaces(ctx: RuleContext, facts: DocFacts): EntityCandidate[] {
  const { text } = ctx;
  const places: EntityCandidate[] = [];
  const placeEnds = new Set(facts.placeEnds);
  const placeStarts = facts.placeStarts;
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(text); m; m = SUFFIX_RE.exec(text)) {
    const end = m.index + m[0].length;
    // The suffix must end the word: 市场, 道路, 州立 are other words.
    if (end < text.length && NOT_AFTER_SUFFIX.has(text.charCodeAt(end))) continue;
    let found: number | undefined = CHAINED_ONLY.has(m[0]) ? undefined : facts.placesEndingAt(m.index).find((c) => c.end - c.start >= 2)?.start;
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
  places.push(...localPlaces(ctx, facts, places));
  places.push(...compoundPlaces(ctx, facts));
  places.push(...gulfRegion(text, facts));
  return places;
}

/** After 海湾, words that make it the (Persian) Gulf region: 海湾局势, 海湾国家, 海湾阿拉伯国家合作委员会. */
const GULF_AFTER = /^(?:局势|国家|各国|诸国|阿拉伯国家|合作委员会|危机|战争|产油国|君主国|盟友)/u;

/** 海湾 as the Gulf region, a common noun ("bay") elsewhere: only as a word of its own before GULF_AFTER. */
function gulfRegion(text: string, facts: DocFacts): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = text.indexOf('海湾'); i >= 0; i = text.indexOf('海湾', i + 2)) {
    if (!GULF_AFTER.test(text.slice(i + 2, i + 9))) continue;
    if (/\p{Script=Han}/u.test(text[i - 1] ?? '') && (!facts.edges.has(i) || facts.placeEnds.has(i))) continue;
    out.push({ type: 'PLACE', start: i, end: i + 2, source: 'rule', id: 'rule:place/海湾', canonical: '海湾', attrs: {}, priority: 4 });
  }
  return out;
}

/** Compass words written onto an ocean's or a continent's name: 南太平洋, 西南太平洋, 中南美洲, 东北亚洲. */
const COMPASS_TWO = new Set(['中南', '东南', '西南', '东北', '西北', '中西', '中东']);
const COMPASS_ONE = new Set(['东', '南', '西', '北']);
/** Before a compass word these make it a direction ("south of"), not part of a name: 以南, 偏北. */
const DIRECTION_BEFORE = /[以偏]/u;

/**
 * Places built on a lexicon place: a compass word before an ocean or a continent (南太平洋, 中南美洲; 中 alone only
 * before 太平洋), and a country or continent + 大陆 (中国大陆, 欧洲大陆; not 大陆架, the continental shelf).
 */
function compoundPlaces(ctx: RuleContext, facts: DocFacts): EntityCandidate[] {
  const { text } = ctx;
  const out: EntityCandidate[] = [];
  const add = (start: number, end: number) => {
    const surface = text.slice(start, end);
    out.push({ type: 'PLACE', start, end, source: 'rule', id: `rule:place/${surface}`, canonical: surface, attrs: {}, priority: 5 });
  };
  for (const c of facts.places) {
    const last = text[c.end - 1];
    if ((last === '洋' || last === '洲') && c.start > 0) {
      const name = text.slice(c.start, c.end);
      let s: number | undefined;
      if (COMPASS_TWO.has(text.slice(c.start - 2, c.start))) s = c.start - 2;
      else if (COMPASS_ONE.has(text[c.start - 1]!) || (text[c.start - 1] === '中' && name === '太平洋')) s = c.start - 1;
      // The compass word starts a word of its own: not 东 of 股东|欧洲.
      if (s !== undefined && !facts.inside.has(s) && !DIRECTION_BEFORE.test(text[s - 1] ?? '') && !COMPASS_ONE.has(text[s - 1] ?? '')) add(s, c.end);
    }
    if (text[c.end] === '大' && text[c.end + 1] === '陆' && !/[架桥]/u.test(text[c.end + 2] ?? '') && !facts.inside.has(c.end + 2) && (isCountry(c) || last === '洲')) {
      add(c.start, c.end + 2);
    }
  }
  return out;
}

/** What cannot name a county or a township (该郡, 全郡, 各邑, 这里). */
const NOT_LOCAL_NAME = /^[全该各本此这那每一两几多我你他其某同邻首诸]|[的了在与和同对向将是为于也就并及或把被从到由以个些]/u;
/** Korean and Japanese lower-level divisions, read only right after the division above them. */
const LOCAL_UNDER: Record<string, RegExp> = {
  面: /[郡市]$/u, // 铁原郡近东面
  邑: /[郡市]$/u, // 星州郡星州邑
  里: /[面邑]$/u, // 近东面大光里
  洞: /[区市]$/u, // 首尔市钟路区清云洞
  町: /[县郡市府道区]$/u, // 冲绳县嘉手纳町
  村: /[县郡市府道区镇]$/u,
};
/** 郡 and the divisions of LOCAL_UNDER, found by one scan. */
const LOCAL_DIVISION = /[郡面邑里洞町村]/gu;
/** jieba tags a county's two-character name may carry: a place, a name, or no dictionary word at all. */
const NAME_TAGS = /^(?:ns|nr|nrt|nz|x|j)$/u;

/**
 * 铁原郡, 涟川郡: a county (郡) named by two characters that stand as their own word, a name the tagger
 * reads as a place or does not know (not 名誉郡, 行政郡); 星州邑, 嘉手纳町: a township written right after
 * the division above it.
 */
function localPlaces(ctx: RuleContext, facts: DocFacts, found: readonly EntityCandidate[]): EntityCandidate[] {
  const { text } = ctx;
  const out: EntityCandidate[] = [];
  let all: SpanIndex<EntityCandidate> | undefined;
  let ends: Map<number, string> | undefined;
  // Characters of the places found here (every one is non-empty).
  const taken = new Uint8Array(text.length + 1);
  LOCAL_DIVISION.lastIndex = 2;
  for (let m = LOCAL_DIVISION.exec(text); m; m = LOCAL_DIVISION.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const county = ch === '郡';
    const under = county ? undefined : LOCAL_UNDER[ch];
    const end = i + 1;
    if (county && /[主县守城内民长王尉治界]/u.test(text[end] ?? '')) continue;
    if (!all || !ends) {
      const places = [...facts.places, ...found];
      all = new SpanIndex(places);
      ends = new Map<number, string>();
      for (const c of places) ends.set(c.end, text.slice(c.start, c.end));
    }
    const candidates = all;
    const covered = (s: number, e: number) => candidates.some(s, e, (c) => c.start <= s && c.end >= e) || taken.subarray(s, e).includes(1);
    for (const len of county ? [2] : [2, 3]) {
      const s = i - len;
      if (s < 0) continue;
      const name = text.slice(s, i);
      if (!/^\p{Script=Han}+$/u.test(name) || NOT_LOCAL_NAME.test(name) || /[郡县市省道区]/u.test(name)) continue;
      if (covered(s, end)) break;
      const upper = ends.get(s);
      if (under && !(upper && under.test(upper))) continue;
      if (county && !upper) {
        if (!facts.edges.has(s) || !facts.edges.has(i)) continue;
        const tags = facts.tag(name);
        if (!tags || tags.length !== 1 || !NAME_TAGS.test(tags[0]!.tag)) continue;
      }
      out.push({ type: 'PLACE', start: s, end, source: 'rule', id: `rule:place/${name}${ch}`, canonical: name + ch, attrs: {}, priority: 4 });
      taken.fill(1, s, end);
      ends.set(end, name + ch);
      break;
    }
  }
  return out;
}

/**
 * Lexicon names that are also common words need their context: 四国 (Shikoku, or "four countries"),
 * 海防 (Haiphong, or coastal defence), 果敢 (Kokang, or "brave").
 */
const AMBIGUOUS: Record<string, { before?: RegExp; after?: RegExp }> = {
  四国: { before: /日本(?:的)?$|(?:本州|九州|北海道)[、,，和与及]$/u, after: /^(?:[(（]?(?:岛|地区|地方)|电力|各县|四县|[、,，和与及](?:本州|九州|北海道)|的(?:香川|爱媛|高知|德岛))/u },
  海防: { before: /越南(?:北部)?(?:的)?$|[在到赴抵往]$/u, after: /^(?:市|港|省|和河内|、)/u },
  果敢: { before: /缅甸(?:的)?$|缅北$/u, after: /^(?:地区|自治区|同盟军|老街|特区)/u },
};
/** Sea names built on a country's name: 菲律宾海警 is the Philippine coast guard, 日本海上自卫队 Japan's navy. */
const NOT_SEA_AFTER = /^(?:[警军事关空陆洋岸巡监]|上(?:自卫队|保安厅|力量|安全|执法|保安|民兵|丝绸之路))/u;

export function placeBlockers(ctx: RuleContext, facts: DocFacts): Blocker[] {
  const { text } = ctx;
  const out: Blocker[] = [];
  const places = facts.places;
  for (const c of places) {
    const name = text.slice(c.start, c.end);
    const rule = Object.hasOwn(AMBIGUOUS, name) ? AMBIGUOUS[name] : undefined;
    if (rule) {
      const before = text.slice(Math.max(0, c.start - 6), c.start);
      const after = text.slice(c.end, c.end + 6);
      // Standing alone (a heading, a list item between punctuation) the name is read as the place.
      const alone = !/\p{Script=Han}$/u.test(before) && !/^\p{Script=Han}/u.test(after);
      if (!alone && !(rule.before?.test(before) || rule.after?.test(after))) out.push({ start: c.start, end: c.end, blocks: ['PLACE'], reason: 'ambiguous place name' });
    }
    if (isCountry(c) && pairBeforeNationalWord(text, c.start, c.end)) {
      out.push({ start: c.start, end: c.end, blocks: ['PLACE'], reason: 'pair of abbreviations + 国… word' });
    }
    // 长白山舰, 井冈山舰 (and 冈山 inside it), 辽宁号航母: a place right before 舰/号 names a ship.
    if (namesShip(text, c.end) && !isCountry(c)) out.push({ start: c.start, end: c.end, blocks: ['PLACE'], reason: 'ship named after a place' });
    // 美国防部长: the abbreviation 美 + the title 国防部长, not 美国 + 防部长.
    if (isCountry(c) && c.end - c.start === 2 && text[c.end - 1] === '国' && text[c.end] === '防' && text[c.end + 1] === '部' && text[c.end + 2] === '长' && text[c.end + 3] !== '官') {
      out.push({ start: c.start, end: c.end, blocks: ['PLACE'], reason: 'abbreviation + 国防部长' });
    }
    if (name.endsWith('海') && places.some((p) => p.start === c.start && p.end === c.end - 1) && NOT_SEA_AFTER.test(text.slice(c.end, c.end + 6))) {
      out.push({ start: c.end - 1, end: c.end + 1, blocks: ['PLACE'], reason: 'country + 海警/海军, not a sea' });
    }
  }
  out.push(...straddleBlockers(ctx, facts));
  return out;
}

/** One-character function words that a name does not end or start with across a cut word. */
const FUNCTION_CHAR = /[和与及同在的了对向将是为于也就并或把被从到由以]/u;

/**
 * A short lexicon name (≤ 2 characters) whose start and end both fall strictly inside the segmenter's words
 * cuts two words and is no entity: 北海 in 以北|海域, 边和 in 双边|和|多边. Country names stand (美国 in 中美|国…
 * is rare and costly to lose).
 */
function straddleBlockers(ctx: RuleContext, facts: DocFacts): Blocker[] {
  const { inside } = facts;
  const wordAt = (at: number) => facts.tokenAt(at);
  const out: Blocker[] = [];
  for (const c of ctx.lexiconCandidates) {
    if (c.end - c.start > 2) continue;
    // Only a cut word matters: leave the text alone unless an edge falls inside one.
    if (!inside.has(c.start) && !inside.has(c.end)) continue;
    if (!/^\p{Script=Han}+$/u.test(ctx.text.slice(c.start, c.end))) continue;
    // Both edges cut a word (以北|海域), or one does and the rest is a function word of its own (双边|和).
    const cutsBoth = inside.has(c.start) && inside.has(c.end);
    const cutsOne =
      (inside.has(c.start) && !inside.has(c.end) && wordAt(c.end - 1)?.start === c.end - 1 && wordAt(c.end - 1)?.end === c.end && FUNCTION_CHAR.test(ctx.text[c.end - 1]!)) ||
      (inside.has(c.end) && !inside.has(c.start) && wordAt(c.start)?.end === c.start + 1 && FUNCTION_CHAR.test(ctx.text[c.start]!));
    if (!cutsBoth && !cutsOne) continue;
    if (c.type === 'PLACE' && isCountry(c)) continue;
    // A blocker removes every overlapping candidate of its type: leave it out where it would cut another name (越|南海|警).
    if (facts.lexicon.some(c.start, c.end, (o) => o.type === c.type && (o.start !== c.start || o.end !== c.end))) continue;
    out.push({ start: c.start, end: c.end, blocks: [c.type], reason: 'lexicon match cuts two words' });
  }
  return out;
}

/** After 舰 these make a common noun (舰艇, 舰队, 舰载机…), not a ship's name. */
const NOT_SHIP_AFTER_JIAN = /[艇队船机载只长员炮艏尾桥体群种型]/u;
/** After 号 these make it a word (号召, 号称, 号令), not a ship's name; a ship's 号 is followed by its type or ends the name. */
const SHIP_AFTER_HAO = /^(?:航母|航空母舰|[舰轮船艇]|$|[\s\p{P}、等和与及在的于将已])/u;

/** Whether a ship's type word 舰/艦 or 号 follows at `at`: 长白山舰、, 辽宁舰航母, 山东号航母 (not 美国舰艇, 中国号召). */
function namesShip(text: string, at: number): boolean {
  const c = text[at];
  if (c === '舰' || c === '艦') return !NOT_SHIP_AFTER_JIAN.test(text[at + 1] ?? '');
  if (c === '号') return SHIP_AFTER_HAO.test(text.slice(at + 1, at + 4));
  return false;
}

/** One-character country abbreviations that pair up (中美, 俄美, 日韩). */
const PAIR_ABBR = /[中美俄日韩朝越英法德印澳欧]/u;
/**
 * 中美|国防政策, 俄美|国际: a country name ending in 国 that is really the second half of a pair of abbreviations
 * plus a word starting with 国 (国防, 国际, 国务, 国家, 国会, 国内). The ministry rule still reads 美国防部.
 */
function pairBeforeNationalWord(text: string, start: number, end: number): boolean {
  return end - start === 2 && text[end - 1] === '国' && PAIR_ABBR.test(text[start - 1] ?? '') && /[防际务家会内土]/u.test(text[end] ?? '');
}

function isName(x: string): boolean {
  return /^\p{Script=Han}+$/u.test(x) && !NOT_NAME.test(x);
}
