import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { type DocFacts, isCountry } from './context.js';

/** Ministry names as states write them (China, Japan, Korea, Vietnam, the US, Russia…). */
const MINISTRY_NAMES = [
  '国防部', '外交部', '公安部', '国家安全部', '商务部', '财政部', '司法部', '内政部', '内务部', '教育部', '卫生部', '能源部', '农业部',
  '交通部', '国土安全部', '战争部', '紧急情况部', '外交与国际合作部', '外交和国际合作部', '统一部', '产业通商资源部', '外交通商部',
  '企划财政部', '行政安全部', '国土交通部', '外务省', '防卫省', '经济产业省', '财务省', '法务省', '总务省', '文部科学省', '厚生劳动省',
  '国土交通省', '农林水产省', '环境省', '国防省', '外务部', '国防与安全部', '工贸部', '计划投资部', '信息传媒部',
];
/** 国务院 is a ministry only as the US Department of State. */
const US_ONLY = ['国务院'];
/** One-character country abbreviations written onto a ministry's name (韩国防部, 美国防部, 俄外交部). */
const COUNTRY_ABBR = '中美俄日韩朝越英法德印澳加泰老柬菲马缅乌以伊';

const isAbbr = (c: string | undefined): boolean => c !== undefined && c.length === 1 && COUNTRY_ABBR.includes(c);
/**
 * One-character abbreviations of smaller states, read only before 国防部 and 外交部 and only as a word of their
 * own (塞国防部 Serbia's, 哈外交部 Kazakhstan's, 沙外交部 Saudi Arabia's, 土国防部 Turkey's): before other
 * portfolios, or inside a longer word, these characters are too often something else.
 */
const MORE_ABBR = '塞哈吉塔土巴沙荷葡意希波瑞芬挪丹蒙埃叙黎约卡科捷匈罗保克立拉爱白格孟墨智秘古委斯';
const CORE_MINISTRIES = new Set(['国防部', '外交部']);

/**
 * Portfolio words: a ministry is [country] + one or more of these (joined by 与/和/及/、) + 部
 * (柬埔寨商业部, 越南工贸部, 印尼海洋事务与渔业部). Without a country these are read only when listed above.
 */
const PORTFOLIOS = [
  '商业', '商务', '贸易', '工贸', '工商', '工业', '农业', '农村发展', '农林', '林业', '渔业', '水产', '畜牧', '海洋事务', '海洋', '能源',
  '矿产资源', '矿产', '矿业', '石油', '电力', '交通', '运输', '交通运输', '公共工程', '建设', '住房', '卫生', '保健', '教育', '培训', '高等教育',
  '劳工', '劳动', '人力', '人力资源', '旅游', '文化', '体育', '艺术', '信息', '通信', '通讯', '传媒', '新闻', '数字', '科技', '科学技术', '科学',
  '技术', '创新', '环境', '自然资源', '资源', '水利', '水资源', '土地', '计划', '投资', '规划', '经济', '财政', '国防', '外交', '内政', '内务',
  '司法', '法律', '公安', '安全', '移民', '宗教事务', '社会事务', '社会福利', '社会', '福利', '妇女', '儿童', '青年', '家庭', '老兵', '荣军',
  '合作社', '中小企业', '国有企业', '投资与贸易', '国家发展', '城市发展', '农村', '民政', '国际合作', '数字经济', '电信', '邮电', '粮食',
  '国际关系', '对外关系', '合作', '国际贸易', '对外贸易', '外贸', '外事', '国际事务', '对外事务', '基础设施', '公共服务', '地方政府', '国土',
];
const PORTFOLIO = `(?:${[...PORTFOLIOS].sort((a, b) => b.length - a.length).join('|')})`;
/** [country] + portfolio(s) + 部: built only where a country (a lexicon place or an abbreviation) is written right before. */
const PORTFOLIO_RE = new RegExp(`${PORTFOLIO}(?:[与和及、]?${PORTFOLIO}){0,3}部`, 'gu');

/** An abbreviation must start its word: not 越 inside 超越, 中 inside 其中. */
const HAN_BEFORE_ABBR = /[超跨卓优其集空之]$/u;
/** A one-character abbreviation right before `at` that starts its word. */
const abbrBefore = (text: string, at: number): boolean => isAbbr(text[at - 1]) && !HAN_BEFORE_ABBR.test(text.slice(Math.max(0, at - 2), at - 1));

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
const MINISTRY_RE = new RegExp(`(?:${alt([...MINISTRY_NAMES, ...US_ONLY])})`, 'gu');
/**
 * After a ministry's name these make it a minister's title: 国防部长, 外交部长 (but 国防部部长 keeps the ministry,
 * and so does Korean 国防部长官: the ministry, then 长官, its minister).
 */
const TITLE_AFTER = /长(?!官)/uy;

/** Whether the text at `at` reads as a pattern (sticky): no copy of the rest of the text. */
function readsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
/** After a portfolio's 部: 部门 (department), 部队 (troops), 部署 (deploy). */
const PORTFOLIO_NOT_BEFORE = /[门队署]/uy;
/** Titles built on a ministry's name or standing for one; they are never ministries. */
const TITLE_WORDS = /(?:国防部长|外交部长|公安部长)(?!官)|防长|外长|防卫大臣|外务大臣|外务相|防卫相|外相|防相|国防大臣|外交大臣/gu;

/** An all-capitals Latin acronym in brackets (DIRCO, MOFA, MITI), read where a ministry's name ends. */
const ACRONYM_IN_BRACKETS = /[((]([A-Z]{2,8})[))]/uy;

export function findMinistries(ctx: RuleContext, facts: DocFacts): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const { text } = ctx;
  const entities: EntityCandidate[] = [];
  const blockers: Blocker[] = [];
  for (const m of text.matchAll(TITLE_WORDS)) {
    blockers.push({ start: m.index, end: m.index + m[0].length, blocks: ['MINISTRY'], reason: 'minister title' });
  }
  // 贸易部门, 商务部门: 部门 is "department(s)", not a ministry's name.
  for (const c of ctx.lexiconCandidates) {
    if (c.type === 'MINISTRY' && text[c.end - 1] === '部' && text[c.end] === '门') {
      blockers.push({ start: c.end - 1, end: c.end + 1, blocks: ['MINISTRY'], reason: '部门 is no ministry' });
    }
  }
  for (const m of text.matchAll(MINISTRY_RE)) {
    // 部门 (department), 国防部队 (defence troops), 部署 (deploy): no ministry's name.
    if (readsAt(PORTFOLIO_NOT_BEFORE, text, m.index + m[0].length)) continue;
    const nameStart = m.index;
    const nameEnd = nameStart + m[0].length;
    if (readsAt(TITLE_AFTER, text, nameEnd)) continue;
    let start = nameStart;
    // A country written directly before: a lexicon place ending here, or a one-character abbreviation.
    const place = facts.placesEndingAt(nameStart)[0];
    if (place) start = place.start;
    else if (abbrBefore(text, nameStart)) start = nameStart - 1;
    else if (CORE_MINISTRIES.has(m[0]) && abbrWordBefore(text, nameStart, facts)) start = nameStart - 1;
    // 韩国防部: the abbreviation 韩 + 国防部 (not the country 韩国 + 防部).
    if (m[0] === '国防部' && text[nameStart - 1] === '国' && isAbbr(text[nameStart - 2]) && !place) start = nameStart - 1;
    const surface = text.slice(start, nameEnd);
    if (US_ONLY.includes(m[0]) && !/^美(国)?/u.test(surface)) continue;
    entities.push(ministry(surface, start, nameEnd));
  }
  // 柬埔寨商业部, 印尼海洋事务与渔业部: a country + known portfolio words + 部.
  // Portfolio ministries all end in 部: a text without it skips the long portfolio pattern.
  const hasBu = text.includes('部');
  for (const m of hasBu ? text.matchAll(PORTFOLIO_RE) : []) {
    const nameStart = m.index;
    const nameEnd = nameStart + m[0].length;
    if (readsAt(TITLE_AFTER, text, nameEnd) || readsAt(PORTFOLIO_NOT_BEFORE, text, nameEnd)) continue;
    const place = facts.placesEndingAt(nameStart).find(isCountry);
    const start = place ? place.start : abbrBefore(text, nameStart) ? nameStart - 1 : undefined;
    if (start === undefined) continue;
    entities.push(ministry(text.slice(start, nameEnd), start, nameEnd));
  }
  // 韩国防部, 美国防部: 国防部 found above with 国 read as the country's; also the abbreviation before 国.
  for (const m of hasBu ? text.matchAll(/([中美俄日韩朝越英法德印澳])(国防部)(?!长(?!官))/gu) : []) {
    const before = facts.placesStartingAt(m.index).find((c) => c.end === m.index + 2);
    if (before) entities.push(ministry(m[0], m.index, m.index + m[0].length));
  }
  // 五角大楼: the Pentagon stands for the US defence department.
  for (const m of text.matchAll(/五角大楼/gu)) entities.push(ministry(m[0], m.index, m.index + m[0].length));
  // 南非国际关系与合作部(DIRCO), 外交部(MOFA): a Latin acronym in brackets right after a ministry's name is its name too.
  if (text.includes('(') || text.includes('(')) {
    const ends = new Set<number>();
    for (const e of entities) ends.add(e.end);
    for (const c of ctx.lexiconCandidates) if (c.type === 'MINISTRY') ends.add(c.end);
    for (const end of ends) {
      ACRONYM_IN_BRACKETS.lastIndex = end;
      const m = ACRONYM_IN_BRACKETS.exec(text);
      if (m) entities.push(ministry(m[1]!, end + 1, end + 1 + m[1]!.length));
    }
  }
  return { entities, blockers };
}

/** A one-character abbreviation of MORE_ABBR right before `at`, standing as a word of its own (after no Han or a word edge). */
function abbrWordBefore(text: string, at: number, facts: DocFacts): boolean {
  const c = text[at - 1];
  if (c === undefined || !MORE_ABBR.includes(c)) return false;
  const before = text[at - 2];
  if (before === undefined || !/\p{Script=Han}/u.test(before)) return true;
  // 据塞国防部, 与塞外交部: a preposition or conjunction before it; not 要塞|国防部 or another word ending in it.
  return /[据与和及同对向在从由称、]/u.test(before) && !facts.placesEndingAt(at).length;
}

function ministry(surface: string, start: number, end: number): EntityCandidate {
  return { type: 'MINISTRY', start, end, source: 'rule', id: `rule:ministry/${surface}`, canonical: surface, attrs: {}, priority: 5 };
}
