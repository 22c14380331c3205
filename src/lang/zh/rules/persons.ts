import type { EntityCandidate, RuleContext } from '../../adapter.js';
import { type DocFacts, type Positions, SpanIndex } from './context.js';
import { LONG_SURNAMES, NAME_STOP, SINGLE_SURNAMES, TRANSLIT } from './names.js';
import { WordList } from './word-list.js';

/** LONG_SURNAMES by first character (the only ones that can start at a position). */
let longSurnamesByFirst: Map<string, string[]> | undefined;
const NO_SURNAMES: readonly string[] = [];

/** The long surnames whose first character is text[at], in LONG_SURNAMES order. */
function longSurnamesAt(text: string, at: number): readonly string[] {
  if (!longSurnamesByFirst) {
    longSurnamesByFirst = new Map();
    for (const s of LONG_SURNAMES) {
      const list = longSurnamesByFirst.get(s[0]!) ?? [];
      list.push(s);
      longSurnamesByFirst.set(s[0]!, list);
    }
  }
  return longSurnamesByFirst.get(text[at] ?? '') ?? NO_SURNAMES;
}

/** Titles and roles after which a name follows directly (国防部长董军, 总统普京, 大使阮明心). */
const TITLES = [
  '国防部长', '外交部长', '公安部长', '部长', '副部长', '防长', '外长', '外相', '防相', '外务相', '外务大臣', '防卫大臣', '大臣',
  '总统', '副总统', '总理', '副总理', '首相', '副首相', '主席', '副主席', '国家主席', '总书记', '书记', '委员长', '国务委员长', '国务卿',
  '议长', '秘书长', '发言人', '大使', '特使', '司令', '司令员', '参谋长', '将军', '上将', '大将', '中将', '少将', '国王', '女王', '王储',
  '亲王', '总督', '州长', '市长', '省长', '县长', '局长', '主任', '院长', '校长', '董事长', '总裁', '教授', '博士', '总长', '厅长',
  '外交大臣', '国防大臣', '代表', '顾问', '助理', '特朗普政府',
  // Korean and Japanese titles: 次官 (vice-minister), 长官 (minister, chief), 官房长官.
  // Roles a quoted expert's name follows (军事专家张军社, 研究员李明); 处长/署长/司长 head offices (入境事务处处长郭俊峰).
  '专家', '学者', '研究员', '处长', '副处长', '署长', '副署长', '司长', '副司长',
  '次官', '长官', '副长官', '次长', '政务次长', '常务次长', '官房长官', '事务次官', '审议官', '知事', '总参谋长', '总司令', '领导人', '创始人', '首席执行官', '伴侣', '妻子', '丈夫',
];
/** Bylines and credits: 记者李纯, 责任编辑:杨凡、李娜, 编辑丨刘莹. */
const CREDITS = ['责任编辑', '编辑', '记者', '排版', '审校', '监制', '校对', '作者', '撰稿', '摄影', '摄像', '通讯员', '实习生', '主编', '撰文', '文', '图'];
/** Credits that are also common verbs (翻译成十数种语言): read only with a separator (编译:王子涵, 翻译/李娜). */
const VERB_CREDITS = ['编译', '翻译', '整理'];
/**
 * 编译/王子涵, 图/赵小红: a credit word and a slash in brackets; what follows up to the bracket is names.
 * The opening bracket is consumed, not looked behind for: V8 then skips to bracket characters.
 */
const BRACKET_CREDIT_RE = new RegExp(
  `[(\\[【（]\\s*(?:${[...CREDITS, ...VERB_CREDITS, '特约记者', '实习记者', '译', '综合', '供图', '视频', '制图', '设计', '审核', '策划'].sort((a, b) => b.length - a.length).join('|')})\\s*(?:[/／:：丨|]\\s*|\\s+)((?:\\p{Script=Han}{2,4}(?:·\\p{Script=Han}{1,6})?(?:\\s*[、,，/／\\s]\\s*)?)+)(?=[)\\]】）])`,
  'gu',
);

/** Titles written after a name (普京总统, 佩通坦总理). */
const TITLES_AFTER_NAME = ['总统', '总理', '首相', '主席', '国务卿', '外长', '防长', '部长', '大使', '议长', '国王', '女王', '王储', '亲王', '将军', '大将', '上将', '总书记', '委员长', '先生', '女士', '夫人'];

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
/** Titles a surname alone is written before (林部长, 马总统, 王局长). */
const SURNAME_TITLES = ['部长', '次长', '局长', '院长', '署长', '司长', '处长', '总统', '副总统', '主席', '市长', '县长', '省长', '议长', '大使', '将军', '教授', '总理', '首相', '校长', '厅长', '董事长', '总裁', '主委', '发言人'];
/**
 * A surname character after a line start, a space, punctuation or a conjunction (not after another Han
 * character but 和与及、), then a title. Sticky: tried only where a title follows (see surnameTitleMatches).
 */
const SURNAME_TITLE_AT = new RegExp(`(?<!(?![和与及、])\\p{Script=Han})(\\p{Script=Han})(${alt(SURNAME_TITLES)})`, 'yu');
const SURNAME_TITLE_WORDS = new WordList(SURNAME_TITLES);

/**
 * The matches of SURNAME_TITLE_AT as a global matchAll would find them (leftmost, non-overlapping), but tried
 * only one character (one code point) before a title: a scan of the whole text at every Han character costs more.
 */
function surnameTitleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let q = SURNAME_TITLE_WORDS.nextStart(text, 1); q >= 0; q = SURNAME_TITLE_WORDS.nextStart(text, q + 1)) {
    // The surname is the code point before the title: a surrogate pair for the rarer Han characters.
    const low = text.charCodeAt(q - 1);
    const s = low >= 0xdc00 && low <= 0xdfff && q >= 2 && (text.charCodeAt(q - 2) & 0xfc00) === 0xd800 ? q - 2 : q - 1;
    if (s < from) continue;
    SURNAME_TITLE_AT.lastIndex = s;
    const m = SURNAME_TITLE_AT.exec(text);
    if (!m) continue;
    out.push(m);
    from = s + m[0].length;
  }
  return out;
}
/** Surnames that before a title are more often something else: 全 (全部长…), 时, 成, 和, 从… */
const NOT_SURNAME_HERE = new Set('全时成何于向万文安明单'.split(''));
const TITLE_AFTER_NAME_RE = new RegExp(`(?:${alt(TITLES_AFTER_NAME)})`, 'gu');
const TITLE_WORDS = new WordList(TITLES);
const CREDIT_RE = new RegExp(`(?:${alt(CREDITS)})\\s*[::丨|/]?\\s*|(?:${alt(VERB_CREDITS)})\\s*[::丨|/]\\s*`, 'gu');
const HAN = /\p{Script=Han}/u;

/** 也 transliterates inside Russian surnames only as 也夫 (季诺维也夫, -耶夫/-也夫/-诺夫); elsewhere it is "also". */
function isTranslitAt(text: string, j: number): boolean {
  return text[j] === '也' && text[j + 1] === '夫' && j > 0 && TRANSLIT.has(text[j - 1]!);
}

/** Hyphens and dashes that join a double-barrelled transliterated surname (科西尼亚克-卡梅什). */
const HYPHEN = /[-‐‑－–]/u;
/** Whether a hyphen at `at` joins two transliterations of at least two characters each. */
function hyphenJoinsAt(text: string, at: number): boolean {
  return (
    HYPHEN.test(text[at] ?? '') &&
    TRANSLIT.has(text[at - 1] ?? '') &&
    TRANSLIT.has(text[at - 2] ?? '') &&
    TRANSLIT.has(text[at + 1] ?? '') &&
    TRANSLIT.has(text[at + 2] ?? '')
  );
}
/** The end of a hyphenated second surname after a name ending at `end` (…科西尼亚克|-卡梅什), or `end`. */
function hyphenTail(text: string, end: number): number {
  if (!hyphenJoinsAt(text, end)) return end;
  let j = end + 1;
  while (j < text.length && TRANSLIT.has(text[j]!) && j - end <= 8) j++;
  return j;
}

/** Endings of Russian and other Slavic surnames. */
const SLAVIC_END = /(?:夫|娃|斯基|茨基|维奇|耶维奇|科|克)$/u;

/** Endings that mark a transliterated surname on their own: -ov, -ova, -ski, -vich (not 科/克, common word ends). */
const STRONG_SLAVIC_END = /(?:[多诺耶也罗莫洛托索佐科列尼]夫|[多诺耶罗莫洛托索佐科列尼]娃|斯基|茨基|维奇)$/u;

/**
 * A 4–6 character run at `at` of Han characters outside NAME_STOP that ends in a strong Slavic ending, holds at
 * most one character outside TRANSLIT and ends where a name may end (赛义多夫|率团).
 */
function oneOffSlavicName(text: string, at: number, facts: DocFacts): number | undefined {
  let others = 0;
  let best: number | undefined;
  for (let j = at; j < text.length && j - at < 6; j++) {
    const c = text[j]!;
    if (!HAN.test(c) || NAME_STOP.has(c)) break;
    if (!TRANSLIT.has(c) && ++others > 1) break;
    const e = j + 1;
    if (e - at >= 4 && STRONG_SLAVIC_END.test(text.slice(at, e)) && endsNameHere(text, e, facts)) best = e;
  }
  return best;
}

/** A transliterated name at `at`: runs of transliteration characters, joined by middle dots. */
export function transliteratedName(text: string, at: number): number | undefined {
  let i = at;
  let parts = 0;
  for (;;) {
    let j = i;
    while (j < text.length && (TRANSLIT.has(text[j]!) || isTranslitAt(text, j)) && j - i < 8) j++;
    if (j - i < 1) break;
    parts++;
    i = j;
    if (/[·•・‧]/u.test(text[i] ?? '') && TRANSLIT.has(text[i + 1] ?? '')) i++;
    // 科西尼亚克-卡梅什: two transliterated surnames joined by a hyphen are one surname.
    else if (hyphenJoinsAt(text, i)) i++;
    else break;
  }
  // 绍伊古大将, 亚历山大使: a final 大 that starts a rank belongs to the rank.
  if (text[i - 1] === '大' && /[将使帝臣公]/u.test(text[i] ?? '')) i--;
  return parts > 0 && i - at >= 2 ? i : undefined;
}

/** A name written as surname + given name, at `at`; the given name has 1–2 characters that are not stop characters. */
export function surnameName(text: string, at: number, maxGiven = 2, boundaries?: Positions): number | undefined {
  let surnameEnd: number | undefined;
  for (const s of longSurnamesAt(text, at)) if (text.startsWith(s, at)) surnameEnd = Math.max(surnameEnd ?? 0, at + s.length);
  if (surnameEnd === undefined && SINGLE_SURNAMES.has(text[at] ?? '')) surnameEnd = at + 1;
  if (surnameEnd === undefined) return undefined;
  let end = surnameEnd;
  while (end - surnameEnd < maxGiven && HAN.test(text[end] ?? '') && !NAME_STOP.has(text[end]!)) end++;
  if (end === surnameEnd) return undefined;
  // Prefer a given name that ends where the segmenter ends a word (木原稔|交换, not 木原稔交).
  if (boundaries && !boundaries.has(end) && end - surnameEnd === 2 && boundaries.has(end - 1) && HAN.test(text[end] ?? '') && !NAME_STOP.has(text[end]!)) {
    return end - 1;
  }
  return end;
}

/** The name right after a title: dotted or long transliteration, then surname + given name, then a short transliteration. */
function nameAfterTitle(text: string, at: number, facts: DocFacts): number | undefined {
  const boundaries = facts.edges;
  const translit = onWordEdge(text, at, transliteratedName(text, at), facts);
  // 部长卡立·诺丁: after a title, a dotted sequence of Han runs is one name, whatever its characters.
  const dotted = dottedSequence(text, at, facts);
  if (dotted !== undefined && (translit === undefined || dotted > translit)) return dotted;
  if (translit !== undefined && /[·•・‧]/u.test(text.slice(at, translit))) return translit;
  const long = longSurnamesAt(text, at).find((s) => s.length > 1 && text.startsWith(s, at));
  if (long) return surnameName(text, at, 2, boundaries);
  // 季诺维也夫, 日里诺夫斯基: a Slavic surname whose first character is no transliteration character.
  if (translit === undefined && HAN.test(text[at] ?? '') && (text[at] === '日' || !NAME_STOP.has(text[at]!))) {
    const rest = transliteratedName(text, at + 1);
    if (rest !== undefined && rest - at >= 4 && SLAVIC_END.test(text.slice(at, rest))) return rest;
  }
  // 赛义多夫, 穆罕默多夫: a Slavic or Central Asian surname with one character outside the transliteration set
  // (义 of 赛义德) anywhere in it, ending on a word edge.
  if (translit === undefined || translit - at < 3) {
    const e = oneOffSlavicName(text, at, facts);
    if (e !== undefined) return e;
  }
  if (translit !== undefined && translit - at >= 3) return trimStop(text, at, translit);
  // 总统铁奥多罗: an undotted transliteration whose first character is no transliteration character.
  if (translit === undefined && HAN.test(text[at] ?? '') && !NAME_STOP.has(text[at]!) && !SINGLE_SURNAMES.has(text[at]!) && !longSurnamesAt(text, at).some((x) => text.startsWith(x, at))) {
    const rest = onWordEdge(text, at, transliteratedName(text, at + 1), facts);
    if (rest !== undefined && rest - at >= 4) return trimStop(text, at, rest);
    // 国防大臣狄西哈出席: three characters only when a name may end there (punctuation, or a dictionary word follows).
    if (rest !== undefined && rest - at === 3 && endsNameHere(text, rest, facts)) {
      // …and the tagger reads the three characters as one word it does not know or knows as a name (not 学|森林).
      const w = firstWordTag(text, at, facts);
      if (w && w.end === rest && NAME_TAG.test(w.tag)) return rest;
    }
  }
  const plain = surnameName(text, at, 2, boundaries);
  // 吴志中, 李文明: a given name may end in a character that usually stops one (中, 明, 文) when the tagger reads
  // the three characters as one personal name.
  if (plain !== undefined && plain === at + 2 && SINGLE_SURNAMES.has(text[at]!) && NAME_STOP.has(text[at + 2] ?? '')) {
    const w = firstWordTag(text, at, facts);
    if (w && w.end === at + 3 && NAME_TAG.test(w.tag)) return at + 3;
  }
  return plain ?? (translit !== undefined ? trimStop(text, at, translit) : undefined);
}

/**
 * After a credit word followed by a space or a separator (记者 南博一 , 编辑：欧文涛), a run of 2–3 Han characters that
 * stands alone (a space, punctuation or the end after it) and is no dictionary word other than a name.
 */
function setOffName(text: string, at: number, credit: string, facts: DocFacts): number | undefined {
  if (!/[\s::丨|/]$/u.test(credit)) return undefined;
  let e = at;
  while (e < text.length && HAN.test(text[e]!) && e - at < 4) e++;
  if (e - at < 2 || e - at > 3 || !/^(?:$|[\s\p{P}])/u.test(text.slice(e, e + 1))) return undefined;
  for (let k = at; k < e; k++) if (NAME_STOP.has(text[k]!)) return undefined;
  const t = facts.tag(text.slice(at, e));
  if (t && t.length === 1 && !NAME_TAG.test(t[0]!.tag)) return undefined;
  return e;
}

/** Before 记者 in a wire dateline: an opening bracket, or a news agency (中央社记者, 新华社记者). */
const DATELINE_BEFORE_CREDIT = /(?:[(（]|[(（]?(?:中央社|新华社|中新社|法新社|路透社|美联社|共同社|韩联社|塔斯社|安塔拉社|越通社))$/u;
/** A wire dateline's place + day + 电 (金门15日电), read after a reporter's name. */
const DATELINE_AFTER_NAME = /^(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日电/u;

/**
 * A reporter's name in a wire dateline whatever its surname: 2–3 Han characters (no stop characters) up to a list
 * separator or the closing bracket (（记者亓宏、卜佳宁）), or up to a place followed by the day and 电 (记者亓芳金门15日电).
 */
function datelineName(text: string, at: number, facts: DocFacts): number | undefined {
  for (let e = at + 2; e <= at + 3; e++) {
    if (!HAN.test(text[e - 1] ?? '') || NAME_STOP.has(text[e - 1]!)) return undefined;
    if (/^[、,，)）]/u.test(text[e] ?? '')) return e;
    const place = facts.placesStartingAt(e)[0];
    if (place && DATELINE_AFTER_NAME.test(text.slice(place.end, place.end + 6))) return e;
  }
  return undefined;
}

/** Whether a name may end at `end`: not inside a Han word, and what follows is not Han or starts a dictionary word. */
function endsNameHere(text: string, end: number, facts: DocFacts): boolean {
  if (!HAN.test(text[end] ?? '')) return true;
  if (!facts.edges.has(end)) return false;
  const w = firstWordTag(text, end, facts);
  return w !== undefined && w.end >= end + 2 && NOT_NAME_WORD.test(w.tag);
}

/**
 * A transliteration ends where the segmenter ends a word: 特奥多罗|通电话, not 特奥多罗通|电话 (a word that
 * starts inside the run and runs past it takes its first characters back). The last part keeps 2 characters.
 */
export function onWordEdge(text: string, at: number, end: number | undefined, facts: DocFacts): number | undefined {
  const boundaries = facts.edges;
  if (end === undefined || boundaries.has(end) || !HAN.test(text[end] ?? '')) return end;
  // The last part starts after the last dot in the name (looking back no further than its start).
  let partStart = at;
  for (let k = end - 1; k >= at; k--) {
    if (isDot(text.charCodeAt(k))) {
      partStart = k + 1;
      break;
    }
  }
  let e = end - 1;
  while (e > partStart && !boundaries.has(e)) e--;
  if (e - partStart < 2) return end;
  // Only a dictionary word takes characters back (通电话, 希望, 本人); the segmenter's guesses (曼对, 古玛出) do not.
  const word = firstWordTag(text, e, facts);
  return word && word.end > end && word.tag !== 'x' ? e : end;
}

const DOT = /[·•・‧]/u;
/** Written right after a dotted name, these make it an organisation's or a ship's name (洛克希德·马丁公司, 里根号). */
const ORGANISATION_AFTER = /^(?:公司|集团|财团|银行|基金会|大学|学院|研究所|研究院|事务所|控股|号(?![召称令码])|舰|艦)/u;
/** A caption's position mark: (右一), （左二）. */
const CAPTION_MARK = /[((](?:左|右|中|前排|后排)[一二三四五六七八九]?[))]/u;
/** The middle dots of DOT, by code unit: · • ・ ‧. */
function isDot(c: number): boolean {
  return c === 0xb7 || c === 0x2022 || c === 0x30fb || c === 0x2027;
}
/** jieba tags of a personal name, or of a word it does not know. */
const NAME_TAG = /^(?:nr|nrfg|nrt|x)$/u;
/** Tags of dictionary words that end a name written before them or after it (verbs, common nouns, adverbs…). */
const NOT_NAME_WORD = /^(?:v|vd|vn|vg|d|c|p|u|uj|ul|uz|ug|uv|ud|r|m|q|f|t|a|ad|an|y|e|o|l|i|z|b|n|ng|nt)$/u;

/**
 * A dotted sequence of Han runs at `at` (夏夫里·夏姆苏丁, 卡立·诺丁, 鲁斯兰·阿·卡迪罗夫): every part before a dot
 * whole, whatever its characters; the last part word by word up to a dictionary word that is no name
 * (表示, 强调, 访问) or anything but Han. At least two parts; each part at most 6 characters.
 */
export function dottedSequence(text: string, at: number, facts: DocFacts): number | undefined {
  const boundaries = facts.edges;
  let i = at;
  let parts = 0;
  for (;;) {
    let j = i;
    while (j < text.length && HAN.test(text[j]!) && text[j] !== '丨' && j - i <= 6) j++;
    if (j === i) return undefined;
    if (!DOT.test(text[j] ?? '') || !HAN.test(text[j + 1] ?? '')) break;
    if (j - i > 6) return undefined;
    // A part before a dot holds no title or function character (署部长法立·…): 大 of 亚历山大 transliterates.
    for (let k = i; k < j; k++) if (NAME_STOP.has(text[k]!) && !TRANSLIT.has(text[k]!)) return undefined;
    parts++;
    i = j + 1;
  }
  if (parts === 0) return undefined;
  // The last part: the first word always, then words while they are no common dictionary words.
  let e = i;
  while (e < text.length && HAN.test(text[e]!) && text[e] !== '丨' && !(e > i && NAME_STOP.has(text[e]!)) && e - i < 6) {
    let next = e + 1;
    while (next < text.length && !boundaries.has(next) && HAN.test(text[next]!)) next++;
    if (e > i) {
      const w = firstWordTag(text, e, facts);
      if (w && w.end >= e + 2 && NOT_NAME_WORD.test(w.tag)) break;
      if (w && w.end === e + 1 && FUNCTION_TAGS.test(w.tag)) break;
    }
    if (next - i > 6) break;
    e = next;
  }
  return e - i >= 1 ? hyphenTail(text, e) : undefined;
}

function trimStop(text: string, at: number, end: number): number | undefined {
  let e = end;
  while (e > at && NAME_STOP.has(text[e - 1]!)) e--;
  return e - at >= 2 ? e : undefined;
}

/** jieba tags that a name's first word never carries: verbs, adverbs, conjunctions, prepositions, pronouns, numerals… */
const NOT_NAME_TAGS = /^(?:v|vd|vn|vg|d|c|p|u|uj|ul|uz|ug|uv|ud|r|m|q|f|t|a|ad|an|y|e|o|l|i|z|b)$/u;

/** One-character function words (和, 对, 向) that also are surnames. */
const FUNCTION_TAGS = /^(?:c|p|u|uj|ul|uz|ug|uv|ud|r|d)$/u;

/**
 * The tagged first word of the Han run at `at`, tagged in a short window (a whole-text tagging
 * pass would cost as much as segmenting again). Undefined when the segmenter has no tagger.
 */
function firstWordTag(text: string, at: number, facts: DocFacts): { tag: string; end: number } | undefined {
  const window = /^\p{Script=Han}{1,8}/u.exec(text.slice(at, at + 8));
  if (!window) return undefined;
  const tags = facts.tag(window[0]);
  if (!tags) return undefined;
  const first = tags[0];
  return first ? { tag: first.tag, end: at + first.word.length } : undefined;
}

/** 弗朗茨·约瑟夫一世: a regnal number belongs to the name. */
function withRegnalNumber(text: string, end: number): number {
  // 恩史瓦帝三世: the name may run one or two characters past the transliteration before its number.
  const m = /^(\p{Script=Han}{0,2}?)[一二三四五六七八九十]{1,3}世(?![纪界代])/u.exec(text.slice(end, end + 6));
  if (!m || [...m[1]!].some((c) => NAME_STOP.has(c))) return end;
  return end + m[0].length;
}

const person = (text: string, start: number, end: number, rule: string): EntityCandidate => ({
  type: 'PERSON',
  start,
  end,
  source: 'rule',
  id: `rule:person/${text.slice(start, end)}`,
  canonical: text.slice(start, end),
  attrs: { rule },
  priority: 5,
});

/** Persons found by context: titles, credits, photo credits, bracketed bylines, dotted names; then their repeats. */
export function findPersons(ctx: RuleContext, facts: DocFacts): EntityCandidate[] {
  const { text } = ctx;
  const found: EntityCandidate[] = [];
  const boundaries = facts.edges;
  /** Whether text[s, e) reads as surname + given name exactly. */
  const isName = (s: number, e: number) => {
    for (let g = 1; g <= 2; g++) if (surnameName(text, s, g) === e) return true;
    return false;
  };
  // A lexicon match crossing the span, or covering it, knows better; one inside it is a partial match (拉布 in 杰西卡·拉布罗卡).
  const lexiconCovers = (s: number, e: number) => facts.lexicon.some(s, e, (c) => c.start < s || c.end > e || (c.start === s && c.end === e));

  // 洛克希德·马丁公司, 约翰·霍普金斯大学, 罗纳德·里根号: a dotted name that names a company, a school or a ship; its
  // other mentions in the document are no person either.
  const organisations = new Set<string>();
  const organisationSpans: Array<[number, number]> = [];
  const add = (s: number, e: number | undefined, rule: string) => {
    if (e === undefined || e - s < 2 || lexiconCovers(s, e)) return;
    if ((rule === 'dotted' || rule === 'dotted-any') && ORGANISATION_AFTER.test(text.slice(e, e + 4))) {
      organisations.add(text.slice(s, e));
      organisationSpans.push([s, e]);
      return;
    }
    // 领导人包括…: a first word the tagger reads as a verb, adverb, preposition… is no name.
    if ((rule === 'title' || rule === 'credit') && (SINGLE_SURNAMES.has(text[s]!) || !TRANSLIT.has(text[s]!))) {
      const t = firstWordTag(text, s, facts);
      if (t && NOT_NAME_TAGS.test(t.tag) && (t.end >= s + 2 || FUNCTION_TAGS.test(t.tag))) return;
    }
    e = withRegnalNumber(text, e);
    found.push(person(text, s, e, rule));
  };

  const titleMatches = TITLE_WORDS.matches(text);
  for (const m of titleMatches) {
    let at = m.index + m.word.length;
    // 国防部长官, 统一部长官: Korean 长官 (the minister) after a ministry's name.
    if (m.word.endsWith('长') && text[at] === '官') at++;
    // The title word must end a word: 部长们, 总统府 are not followed by a name.
    if (/[们府级制]/u.test(text[at] ?? '')) continue;
    add(at, nameAfterTitle(text, at, facts), 'title');
  }
  for (const m of text.matchAll(CREDIT_RE)) {
    // A credit word starts a line, a bracket or follows a news agency: not 文 inside 文化.
    const before = text[m.index - 1];
    if (m[0].length <= 1 && before !== undefined && HAN.test(before)) continue;
    let at = m.index + m[0].length;
    // 记者 南博一 2025-03-06: a byline set off by spaces or a separator holds a name even when its first character is
    // no common surname.
    let known: number | undefined = surnameName(text, at, 2, boundaries) === undefined ? setOffName(text, at, m[0], facts) : undefined;
    // （记者亓宏、卜佳宁）, 中央社记者亓芳金门15日电: a wire dateline's reporter list holds names even with rare surnames.
    const dateline = m[0].startsWith('记者') && DATELINE_BEFORE_CREDIT.test(text.slice(Math.max(0, m.index - 4), m.index));
    for (;;) {
      const end = known ?? surnameName(text, at, 2, boundaries) ?? (dateline ? datelineName(text, at, facts) : undefined);
      known = undefined;
      if (end === undefined) break;
      add(at, end, 'credit');
      if (/[、,,/]/u.test(text[end] ?? '')) {
        at = end + 1;
        continue;
      }
      // 记者王海涛 林晓雯: a byline list separated by spaces; the next name must stand alone (before a space,
      // punctuation, the end, or 报道/摄/发自).
      const spaced = /^[ \u3000\t]+/u.exec(text.slice(end, end + 3));
      if (!spaced) break;
      const next = end + spaced[0].length;
      const alone = (e: number | undefined) => e !== undefined && e - next >= 2 && /^(?:$|[\s\p{P}]|报道|摄|发自|综合)/u.test(text.slice(e, e + 2));
      const nextEnd = [surnameName(text, next, 2), surnameName(text, next, 1)].find(alone);
      if (nextEnd === undefined) break;
      at = next;
      known = nextEnd;
    }
  }
  // (编译/王子涵), (图/赵小红): a bracketed credit holds names only, so the given name may use any character.
  for (const m of text.matchAll(BRACKET_CREDIT_RE)) {
    const list = m[1]!;
    const base = m.index + m[0].length - list.length;
    for (const n of list.matchAll(/\p{Script=Han}+(?:·\p{Script=Han}+)?/gu)) {
      const s = base + n.index;
      const e = s + n[0].length;
      const dotted = n[0].includes('·');
      const longSurname = longSurnamesAt(n[0], 0).some((x) => x.length > 1 && n[0].startsWith(x));
      const starts = longSurname || SINGLE_SURNAMES.has(n[0][0]!) || TRANSLIT.has(n[0][0]!);
      if (!dotted && (n[0].length > 4 || (n[0].length === 4 && !longSurname))) continue;
      if (starts && !found.some((c) => c.start < e && s < c.end)) add(s, e, 'bracket-credit');
    }
  }
  // 徐义摄: a photo credit; 【郭鹏飞】 a bracketed byline.
  // Each of these patterns holds a character few texts have: looked for first, so most texts skip the scan.
  for (const m of text.includes('摄') ? text.matchAll(/(?<=^|[\s。,,、;;)）\]】]|记者)(\p{Script=Han}{2,4}?)摄/gmu) : []) {
    const s = m.index;
    const e = s + m[1]!.length;
    if (isName(s, e)) add(s, e, 'photo-credit');
  }
  for (const m of text.includes('】') ? text.matchAll(/(?<=^|[\s【\[])(\p{Script=Han}{2,4})】/gmu) : []) {
    const e = m.index + m[1]!.length;
    if (isName(m.index, e)) add(m.index, e, 'bracket-byline');
  }
  // A transliterated name before a title: 对马克龙总统, 与佩通坦总理 (the run must start at a clear edge).
  for (const m of text.matchAll(TITLE_AFTER_NAME_RE)) {
    if (!boundaries.has(m.index)) continue;
    let left = m.index;
    while (left > 0 && TRANSLIT.has(text[left - 1]!) && m.index - left < 8) left--;
    // The leftmost word edge in the run that follows a clear edge (感谢|佩通坦: 谢 is no part of the name).
    for (let s = left; s <= m.index - 2; s++) {
      if (!boundaries.has(s)) continue;
      const before = text.slice(Math.max(0, s - 2), s);
      if (s === 0 || !HAN.test(before.slice(-1)) || /(?:[对与和同向及跟、]|会见|会晤|感谢|邀请)$/u.test(before)) {
        add(s, m.index, 'before-title');
        break;
      }
    }
  }
  // 林部长, 马总统: a surname alone before a title is that person (a surname alone counts). It must stand as its own
  // word after a clear edge (not 全部长期, 各部长), and not be a character that more often is a function word (向部长).
  for (const m of surnameTitleMatches(text)) {
    const s = m.index;
    const surname = m[1]!;
    if (!SINGLE_SURNAMES.has(surname) || NAME_STOP.has(surname) || NOT_SURNAME_HERE.has(surname)) continue;
    if (!boundaries.has(s + 1) || facts.inside.has(s + 1 + m[2]!.length)) continue;
    if (lexiconCovers(s, s + 1) || found.some((c) => c.start <= s && s < c.end)) continue;
    found.push(person(text, s, s + 1, 'surname-title'));
  }
  // Photo captions: 尤雪松(右一), 王芳(左二).
  for (const m of CAPTION_MARK.test(text) ? text.matchAll(/(\p{Script=Han}{2,4})[((](?:左|右|中|前排|后排)[一二三四五六七八九]?[))]/gu) : []) {
    for (let s = m.index; s < m.index + m[1]!.length - 1; s++) {
      if (isName(s, m.index + m[1]!.length)) {
        add(s, m.index + m[1]!.length, 'caption');
        break;
      }
    }
  }
  // Dotted transliterations stand alone: 克里斯托弗·迪基, 本通·吉玛尼; each side of a dot is a run of transliteration characters.
  for (const m of text.matchAll(/[·•・‧]/gu)) {
    let s = m.index;
    while (s > 0 && TRANSLIT.has(text[s - 1]!) && m.index - s < 8) s--;
    if (m.index - s < 1 || found.some((c) => c.start <= s && m.index < c.end)) continue;
    let e = transliteratedName(text, s);
    // 约翰·霍普金斯大学: the whole run names an organisation, even where the segmenter cuts it (霍|普金斯大学).
    // The word may start inside the run: 大 of 大学 transliterates too.
    if (e !== undefined && (ORGANISATION_AFTER.test(text.slice(e, e + 4)) || (text[e - 1] === '大' && text[e] === '学'))) {
      if (text[e - 1] === '大' && text[e] === '学') e--;
      organisations.add(text.slice(s, e));
      organisationSpans.push([s, e]);
      continue;
    }
    // End on a word edge: 安赛密尔|尤其, not 安赛密尔尤.
    while (e !== undefined && e > m.index + 2 && !boundaries.has(e) && HAN.test(text[e] ?? '')) e--;
    if (e !== undefined && e > m.index + 1) add(s, e, 'dotted');
  }
  // Dotted names with other characters (卡立·诺丁, 夏夫里·夏姆苏丁): the whole dotted sequence, from a clean left edge.
  const titleEnds = new Set(titleMatches.map((m) => m.index + m.word.length));
  const placeEnds = facts.placeEnds;
  for (const m of text.matchAll(/[·•・‧]/gu)) {
    let l = m.index;
    while (l > 0 && HAN.test(text[l - 1]!) && !NAME_STOP.has(text[l - 1]!) && m.index - l < 6 && !titleEnds.has(l) && !placeEnds.has(l)) l--;
    if (l === m.index) continue;
    let s: number | undefined;
    for (let k = l; k < m.index; k++) {
      if (!boundaries.has(k)) continue;
      const w = firstWordTag(text, k, facts);
      // A common word lying wholly before the dot (欢迎, 球员) is no part of the name.
      if (w && w.end < m.index && w.end - k >= 2 && NOT_NAME_WORD.test(w.tag)) continue;
      if (w && w.end === k + 1 && (FUNCTION_TAGS.test(w.tag) || /^v[dg]?$/u.test(w.tag)) && m.index - k > 2) continue;
      s = k;
      break;
    }
    if (s === undefined || (s > 0 && DOT.test(text[s - 1]!))) continue;
    const e = dottedSequence(text, s, facts);
    if (e === undefined || e < m.index + 2) continue;
    // Already found, or known to the lexicon: no need to tag the parts. Read as an organisation's name above: no person.
    if (found.some((c) => c.start <= s! && c.end >= e) || lexiconCovers(s, e)) continue;
    if (organisationSpans.some(([os, oe]) => os < e && s! < oe) || ORGANISATION_AFTER.test(text.slice(e - 1, e + 3))) continue;
    // Without a title the parts must not read as common words or places (文化·旅游, 东盟·中国, 新华·视点).
    const parts = text.slice(s, e).split(DOT);
    const commonWord = parts.some((part, i) => {
      const t = facts.tag(part);
      return t && t.length === 1 && (NOT_NAME_WORD.test(t[0]!.tag) || (i === 0 && /^(?:ns|nt|j)$/u.test(t[0]!.tag)));
    });
    if (commonWord) continue;
    add(s, e, 'dotted-any');
  }
  if (organisations.size > 0) {
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i]!;
      if ((c.attrs.rule === 'dotted' || c.attrs.rule === 'dotted-any') && organisations.has(text.slice(c.start, c.end))) found.splice(i, 1);
    }
  }
  found.push(...extendedLexiconNames(ctx, facts));
  return withLatinGlosses(ctx, withRepeats(ctx, facts, found));
}

/**
 * A lexicon name inside a longer transliteration is that longer name (唐纳德特朗普, 佐科维, 拉布罗卡):
 * the whole run is proposed, and being longer it wins over the partial lexicon match.
 */
function extendedLexiconNames(ctx: RuleContext, facts: DocFacts): EntityCandidate[] {
  const { text } = ctx;
  const { placeEnds, placeStarts, edges: boundaries } = facts;
  const out: EntityCandidate[] = [];
  for (const c of ctx.lexiconCandidates) {
    if (c.type !== 'PERSON') continue;
    let s = c.start;
    while (s > 0 && c.end - s < 8 && TRANSLIT.has(text[s - 1]!) && !placeEnds.has(s) && text[s - 1] !== '大') s--;
    let e = c.end;
    while (e < text.length && e - s < 8 && TRANSLIT.has(text[e]!) && !placeStarts.has(e) && text[e] !== '大') e++;
    // Stay on the segmenter's word edges: 佐科维|希望, not 佐科维希.
    while (e > c.end && !boundaries.has(e)) e--;
    while (s < c.start && !boundaries.has(s)) s++;
    if (s === c.start && e === c.end) continue;
    // The lexicon covers this span, so build the candidate directly.
    out.push(person(text, s, e, 'lexicon-extended'));
  }
  return out;
}

/** 木原稔(Kihara Minoru): a Latin name in brackets right after a person is the same person. */
function withLatinGlosses(ctx: RuleContext, persons: EntityCandidate[]): EntityCandidate[] {
  const out = [...persons];
  const all = [...persons, ...ctx.lexiconCandidates.filter((c) => c.type === 'PERSON')];
  const GLOSS = /^\s?[((]\s?(?:(?:King|Queen|Prince|Princess|President|General|Sir|Dr|Mr|Mrs|Ms)\.? )?([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){1,3})\s?[))]/u;
  for (const c of all) {
    const m = GLOSS.exec(ctx.text.slice(c.end, c.end + 60));
    if (!m) continue;
    // (King Salman): the title word stays outside.
    const s = c.end + m[0].indexOf(m[1]!) + (/^(?:King|Queen|Prince|Princess|President|General|Sir|Dr|Mr|Mrs|Ms)\.? /u.exec(m[1]!)?.[0].length ?? 0);
    const e = c.end + m[0].indexOf(m[1]!) + m[1]!.length;
    if (e - s < 2) continue;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    out.push(person(ctx.text, s, e, 'latin-gloss'));
  }
  return out;
}

/** Later mentions of a name found once: the full name, a Japanese surname alone, the last part of a dotted name. */
function withRepeats(ctx: RuleContext, facts: DocFacts, found: EntityCandidate[]): EntityCandidate[] {
  const { text } = ctx;
  const forms = new Map<string, EntityCandidate>();
  const firstParts = new Set<string>();
  const sources = [...found, ...ctx.lexiconCandidates.filter((c) => c.type === 'PERSON')];
  for (const c of sources) {
    const surface = text.slice(c.start, c.end);
    if (c.source === 'rule') {
      forms.set(surface, c);
      firstParts.delete(surface);
    }
    const dotted = surface.split(/[·•・‧]/u);
    if (dotted.length > 1 && dotted[dotted.length - 1]!.length >= 2) {
      forms.set(dotted[dotted.length - 1]!, c);
      firstParts.delete(dotted[dotted.length - 1]!);
    }
    // 占沙蒙·占雅拉 … 占沙蒙: Southeast Asian (and some other) names are repeated by their first part.
    if (dotted.length > 1 && dotted[0]!.length >= 2 && !forms.has(dotted[0]!)) {
      forms.set(dotted[0]!, c);
      firstParts.add(dotted[0]!);
    }
    // 科西尼亚克-卡梅什 … 科西尼亚克: a double surname is also repeated by its first half.
    const lastPart = dotted[dotted.length - 1]!;
    const hyphen = dotted.length > 1 ? lastPart.search(HYPHEN) : -1;
    if (hyphen >= 2 && !forms.has(lastPart.slice(0, hyphen))) forms.set(lastPart.slice(0, hyphen), c);
    const jp = longSurnamesAt(surface, 0).find((s) => s.length >= 2 && surface.startsWith(s) && surface.length > s.length);
    if (jp) forms.set(jp, c);
  }
  const { edges } = facts;
  const out = [...found];
  // Characters covered by a person found so far (every one is non-empty), and the lexicon's persons.
  const covered = new Uint8Array(text.length + 1);
  const cover = (c: EntityCandidate) => covered.fill(1, c.start, c.end);
  for (const c of found) cover(c);
  const lexiconPersons = new SpanIndex(ctx.lexiconCandidates.filter((c) => c.type === 'PERSON'));
  const taken = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i] === 1) return true;
    return lexiconPersons.some(s, e, () => true);
  };
  // Longer forms first: 普拉斯科-弗莱克斯曼 before another person's 普拉斯.
  for (const [form, origin] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const e = i + form.length;
      if (taken(i, e)) continue;
      // A surname alone must stand as its own word (稻田 in 稻田里 is a rice field).
      // A hyphenated double surname (科西尼亚克-卡梅什) is distinctive enough: it only must not run on into more transliteration.
      const hyphenated = HYPHEN.test(form);
      if (form.length < origin.end - origin.start && !hyphenated && !(edges.has(i) && edges.has(e))) continue;
      if (hyphenated && (TRANSLIT.has(text[i - 1] ?? '') || TRANSLIT.has(text[e] ?? ''))) continue;
      // A first name alone must not run on into another transliteration (比尔 in 兰比尔, 玛丽 in 威廉玛丽, 伊莉沙白).
      if (firstParts.has(form) && (TRANSLIT.has(text[i - 1] ?? '') || TRANSLIT.has(text[e] ?? '') || /[·•・‧]/u.test(text[e] ?? ''))) continue;
      const repeat: EntityCandidate = { ...origin, source: 'rule', priority: 5, start: i, end: e, attrs: { rule: 'repeat' } };
      out.push(repeat);
      cover(repeat);
    }
  }
  return out;
}
