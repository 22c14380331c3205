import { describe, expect, it } from 'vitest';
import { parseReferenceDate } from '../../src/dates/reference.js';
import { Lexicon } from '../../src/lexicon/lexicon.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { zh } from '../../src/lang/zh/index.js';
import { foldChars, foldTraditional } from '../../src/lang/zh/fold.js';
import { SpanIndex } from '../../src/lang/zh/rules/context.js';
import { WordList } from '../../src/lang/zh/rules/word-list.js';
import { readTable } from '../../eval/date-table.js';
import type { Annotation, LexiconEntry } from '../../src/types.js';

// A small lexicon so these tests do not depend on the shipped one.
const ENTRIES: LexiconEntry[] = [
  { id: 'place/ru', type: 'PLACE', names: { zh: ['俄罗斯'] } },
  { id: 'place/jp', type: 'PLACE', names: { zh: ['日本'] } },
  { id: 'place/kr', type: 'PLACE', names: { zh: ['韩国'] } },
  { id: 'place/vn', type: 'PLACE', names: { zh: ['越南'] } },
  { id: 'place/us', type: 'PLACE', names: { zh: ['美国'] } },
  { id: 'place/tokyo', type: 'PLACE', names: { zh: ['东京'] } },
  { id: 'place/th', type: 'PLACE', names: { zh: ['泰国'] } },
  { id: 'place/ph', type: 'PLACE', names: { zh: ['菲律宾'] } },
  { id: 'place/ph-sea', type: 'PLACE', names: { zh: ['菲律宾海'] } },
  { id: 'place/jp-sea', type: 'PLACE', names: { zh: ['日本海'] } },
  { id: 'place/shikoku', type: 'PLACE', names: { zh: ['四国'] } },
  { id: 'place/gangwon', type: 'PLACE', names: { zh: ['江原道'] } },
  { id: 'place/gyeonggi', type: 'PLACE', names: { zh: ['京畿道'] } },
  { id: 'place/kh', type: 'PLACE', names: { zh: ['柬埔寨'] } },
  { id: 'place/my', type: 'PLACE', names: { zh: ['马来西亚'] } },
  { id: 'place/id', type: 'PLACE', names: { zh: ['印尼'] } },
  { id: 'place/east-china-sea', type: 'PLACE', names: { zh: ['东海'] } },
  { id: 'place/vn-bien-hoa', type: 'PLACE', names: { zh: ['边和'] } },
  { id: 'place/paracel', type: 'PLACE', names: { zh: ['西沙群岛', '黄沙群岛'] } },
];
const lexicon = Lexicon.of(ENTRIES);
const run = (text: string, ref = '2013-02-12T04:30', prefer: 'news' | 'future' = 'news') =>
  runPipeline(text, zh, lexicon, { reference: parseReferenceDate(ref), prefer });
const spans = (text: string, type?: string) =>
  run(text)
    .annotations.filter((a) => !type || a.type === type)
    .map((a) => `${a.type}:${a.text}`);
/** The annotations of a news text over ENTRIES and a few more entries, at a fixed reference time. */
const annotateWith = (extra: LexiconEntry[], ref = '2013-02-12T04:30') => {
  const lex = Lexicon.of([...ENTRIES, ...extra]);
  return (text: string) => runPipeline(text, zh, lex, { reference: parseReferenceDate(ref), prefer: 'news' }).annotations;
};
/** type:text, then =value where the annotation has one. */
const withValue = (a: Annotation) => `${a.type}:${a.text}${'value' in a && a.value ? '=' + a.value : ''}`;

describe('zh fold', () => {
  it('folds Traditional to Simplified at the same length', () => {
    const t = '國防部長勞埃德·奧斯汀週五在東京說';
    const f = foldTraditional(t);
    expect(f).toBe('国防部长劳埃德·奥斯汀周五在东京说');
    expect(f.length).toBe(t.length);
  });
  it('leaves Simplified text alone, including characters both scripts use', () => {
    for (const s of ['显著的成果', '他著有三本书', '什么', '国防部']) expect(foldTraditional(s)).toBe(s);
  });
  it('annotates a Traditional page like its Simplified form, with original offsets', () => {
    const trad = '美國國防部長勞埃德·奧斯汀週五在東京會見日本防衛大臣。';
    const simp = '美国国防部长劳埃德·奥斯汀周五在东京会见日本防卫大臣。';
    const a = run(trad).annotations.map((x) => [x.type, x.start, x.end]);
    const b = run(simp).annotations.map((x) => [x.type, x.start, x.end]);
    expect(a).toEqual(b);
    for (const x of run(trad).annotations) expect(trad.slice(x.start, x.end)).toBe(x.text);
    expect(spans(trad)).toContain('PERSON:勞埃德·奧斯汀');
  });
});

describe('zh fold, character by character', () => {
  it('converts only Traditional-only characters, keeps astral and unpaired code units, keeps the length', () => {
    const t = '国防部長在臺北說𠀀x\ud800';
    const f = foldChars(t);
    expect(f).toBe('国防部长在台北说𠀀x\ud800');
    expect(f.length).toBe(t.length);
    expect(foldChars('没有要转换的字')).toBe('没有要转换的字');
  });
});

describe('zh rules: span index', () => {
  it('finds the same overlapping spans as a scan of every span', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 200 }, () => {
      const start = random(300);
      return { start, end: start + random(6) };
    });
    const index = new SpanIndex(spans);
    for (let s = 0; s < 300; s++) {
      for (const len of [1, 2, 5]) {
        const e = s + len;
        const inside = (x: { start: number; end: number }) => x.start >= s;
        expect(index.some(s, e, inside)).toBe(spans.some((x) => x.start < e && s < x.end && inside(x)));
      }
    }
  });
});

describe('zh tokens', () => {
  it('keeps entities whole and numbers sensible', () => {
    const text = '俄罗斯国防部长绍伊古与日本防卫大臣中谷元会谈,热线0531-66661234,2017-03-20 14:05:03';
    const toks = run(text).tokens.map((t) => t.text);
    expect(toks).toContain('绍伊古');
    expect(toks).toContain('中谷元');
    expect(toks).toContain('0531-66661234');
    expect(toks).toContain('14:05:03');
    expect(run(text).tokens.find((t) => t.text === '2017-03-20')?.kind).toBe('number');
  });
});

describe('zh persons', () => {
  it('finds names after titles, roles and in credits', () => {
    expect(spans('国防部长董军与外长王毅会见总统普京', 'PERSON')).toEqual(['PERSON:董军', 'PERSON:王毅', 'PERSON:普京']);
    expect(spans('日本首相安倍晋三表示', 'PERSON')).toEqual(['PERSON:安倍晋三']);
    expect(spans('(记者胡晓光、赵博超)', 'PERSON')).toEqual(['PERSON:胡晓光', 'PERSON:赵博超']);
    expect(spans('[责任编辑:杨凡、李娜]', 'PERSON')).toEqual(['PERSON:杨凡', 'PERSON:李娜']);
    expect(spans('编辑丨刘莹\n排版丨陈翩翩', 'PERSON')).toEqual(['PERSON:刘莹', 'PERSON:陈翩翩']);
    expect(spans('顶峰一景。徐义摄', 'PERSON')).toEqual(['PERSON:徐义']);
    expect(spans('越南驻老挝大使阮明心在活动上发表讲话', 'PERSON')).toEqual(['PERSON:阮明心']);
  });
  it('reads dotted transliterations and surname-only repeats', () => {
    expect(spans('出席的有谢尔盖·绍伊古。', 'PERSON')).toEqual(['PERSON:谢尔盖·绍伊古']);
    expect(spans('关于凯山·丰威汉主席', 'PERSON')).toEqual(['PERSON:凯山·丰威汉']);
    const doc = run('日本防卫大臣稻田朋美称,稻田认为');
    const persons = doc.annotations.filter((a) => a.type === 'PERSON');
    expect(persons.map((p) => p.text)).toEqual(['稻田朋美', '稻田']);
    expect((persons[1] as { id: string }).id).toBe((persons[0] as { id: string }).id);
  });
  it('reads a transliterated name before its title at a clear edge', () => {
    expect(spans('主席对马克龙总统表示欢迎,并感谢佩通坦总理', 'PERSON')).toEqual(['PERSON:马克龙', 'PERSON:佩通坦']);
    expect(spans('意大利总理', 'PERSON')).toEqual([]);
  });
  it('reads photo captions, regnal numbers and Latin glosses', () => {
    expect(spans('尤雪松(右一)向游客教授鱼皮画制作', 'PERSON')).toEqual(['PERSON:尤雪松']);
    expect(spans('日本防卫大臣木原稔(Kihara Minoru)对越南进行访问', 'PERSON')).toEqual(['PERSON:木原稔', 'PERSON:Kihara Minoru']);
    expect(spans('奥地利皇帝弗朗茨·约瑟夫一世非常注重', 'PERSON')).toEqual(['PERSON:弗朗茨·约瑟夫一世']);
  });
  it('does not swallow titles or verbs', () => {
    expect(spans('这些领导人包括请愿书的作者', 'PERSON')).toEqual([]);
    expect(spans('总统表示,外长会见了记者', 'PERSON')).toEqual([]);
    expect(spans('部长们举行会谈', 'PERSON')).toEqual([]);
  });
});

describe('zh persons (held-out error classes)', () => {
  it('reads bracketed bylines with a slash, whatever the given name', () => {
    expect(spans('(编译/李佳怡)', 'PERSON')).toEqual(['PERSON:李佳怡']);
    expect(spans('（图/孙小雨）', 'PERSON')).toEqual(['PERSON:孙小雨']);
    expect(spans('(文/周立波 陈晓)', 'PERSON')).toEqual(['PERSON:周立波', 'PERSON:陈晓']);
    expect(spans('（记者/郑大海）', 'PERSON')).toEqual(['PERSON:郑大海']);
    expect(spans('他的作品被翻译成十数种语言', 'PERSON')).toEqual([]);
  });
  it('links a later mention by the first part of a dotted name', () => {
    const doc = run('马来西亚国防部长穆罕默德·哈桑表示支持。穆罕默德说，双方');
    const persons = doc.annotations.filter((a) => a.type === 'PERSON');
    expect(persons.map((p) => p.text)).toEqual(['穆罕默德·哈桑', '穆罕默德']);
    expect((persons[1] as { id: string }).id).toBe((persons[0] as { id: string }).id);
    // Not inside another transliteration.
    expect(spans('歌手玛丽·莫莉出生。她就读于威廉玛丽学院', 'PERSON')).toEqual(['PERSON:玛丽·莫莉']);
  });
  it('ends a transliteration before a dictionary word and keeps -也夫 endings', () => {
    expect(spans('外长恩里克·马纳罗通电话', 'PERSON')).toEqual(['PERSON:恩里克·马纳罗']);
    expect(spans('总统巴博·博罗达通报了情况', 'PERSON')).toEqual(['PERSON:巴博·博罗达']);
    expect(spans('发言人库里也夫表示', 'PERSON')).toEqual(['PERSON:库里也夫']);
    expect(spans('大使日里诺夫斯基表示', 'PERSON')).toEqual(['PERSON:日里诺夫斯基']);
    expect(spans('总统马克龙也表示', 'PERSON')).toEqual(['PERSON:马克龙']);
  });
  it('reads names after Korean and Japanese titles', () => {
    expect(spans('韩国外交部第二次官金永浩会见', 'PERSON')).toEqual(['PERSON:金永浩']);
    expect(spans('统一部长官朴振表示', 'PERSON')).toEqual(['PERSON:朴振']);
    expect(spans('日本内阁官房长官松野博一说', 'PERSON')).toEqual(['PERSON:松野博一']);
  });
});

describe('zh persons (heldout2 error classes)', () => {
  it('takes the whole dotted sequence after a title, whatever its characters', () => {
    expect(spans('马来西亚首相署部长法立·阿兹米今天表示', 'PERSON')).toEqual(['PERSON:法立·阿兹米']);
    expect(spans('印尼总统府秘书长普拉迪·拉哈尔佐强调', 'PERSON')).toEqual(['PERSON:普拉迪·拉哈尔佐']);
    expect(spans('副总统甄德·丽瓦兰与代表团会谈', 'PERSON')).toEqual(['PERSON:甄德·丽瓦兰']);
  });
  it('reads dotted names with other characters standing alone, not the common word before them', () => {
    expect(spans('欢迎法立·阿兹米到访', 'PERSON')).toEqual(['PERSON:法立·阿兹米']);
    expect(spans('印尼球员夏法·纳西尔进球', 'PERSON')).toEqual(['PERSON:夏法·纳西尔']);
  });
  it('reads an undotted transliteration after a title that starts with another character', () => {
    expect(spans('國防部長鐵諾維多表示', 'PERSON')).toEqual(['PERSON:鐵諾維多']);
    expect(spans('总统府发言人表示', 'PERSON')).toEqual([]);
  });
  it('reads byline lists separated by spaces', () => {
    expect(spans('新华社记者张立新 周春报道', 'PERSON')).toEqual(['PERSON:张立新', 'PERSON:周春']);
    expect(spans('记者张立新 今天表示', 'PERSON')).toEqual(['PERSON:张立新']);
  });
});

describe('zh ministries', () => {
  it('reads a country + portfolio words + 部', () => {
    expect(spans('柬埔寨商业部与越南工贸部、印尼海洋事务与渔业部会谈', 'MINISTRY')).toEqual(['MINISTRY:柬埔寨商业部', 'MINISTRY:越南工贸部', 'MINISTRY:印尼海洋事务与渔业部']);
    expect(spans('泰国旅游与体育部和马来西亚交通部', 'MINISTRY')).toEqual(['MINISTRY:泰国旅游与体育部', 'MINISTRY:马来西亚交通部']);
    expect(spans('公司商业部经理', 'MINISTRY')).toEqual([]);
    expect(spans('泰国卫生部长', 'MINISTRY')).toEqual([]);
    expect(spans('美国贸易部门官员', 'MINISTRY')).toEqual([]);
    expect(spans('其中商务部表示', 'MINISTRY')).toEqual(['MINISTRY:商务部']);
  });
  it('reads Korean ministry + 长官 as the ministry, then the title', () => {
    expect(spans('韩国国防部长官金容显说')).toEqual(['MINISTRY:韩国国防部', 'PERSON:金容显']);
    expect(spans('外交部长官赵成宇表示', 'MINISTRY')).toEqual(['MINISTRY:外交部']);
    expect(spans('韩国统一部长官', 'MINISTRY')).toEqual(['MINISTRY:韩国统一部']);
    expect(spans('韩国国防部长称', 'MINISTRY')).toEqual([]);
  });
  it('reads country + ministry names and the title rule', () => {
    expect(spans('俄罗斯国防部长绍伊古')).toEqual(['PLACE:俄罗斯', 'PERSON:绍伊古']);
    expect(spans('越南国防部部长', 'MINISTRY')).toEqual(['MINISTRY:越南国防部']);
    expect(spans('外交部副部长', 'MINISTRY')).toEqual(['MINISTRY:外交部']);
    expect(spans('韩国防部评朝鲜', 'MINISTRY')).toEqual(['MINISTRY:韩国防部']);
    expect(spans('美国国务院发言人', 'MINISTRY')).toEqual(['MINISTRY:美国国务院']);
    expect(spans('国务院副总理', 'MINISTRY')).toEqual([]);
    expect(spans('五角大楼称', 'MINISTRY')).toEqual(['MINISTRY:五角大楼']);
    expect(spans('日本防卫大臣', 'MINISTRY')).toEqual([]);
  });
});

describe('zh places', () => {
  it('reads suffixed names after a place and transliterations, not common words', () => {
    expect(spans('泰国彭世洛府能玛巴廊县班梦镇', 'PLACE')).toEqual(['PLACE:泰国', 'PLACE:彭世洛府', 'PLACE:能玛巴廊县', 'PLACE:班梦镇']);
    expect(spans('位于俄罗斯萨拉托夫州', 'PLACE')).toEqual(['PLACE:俄罗斯', 'PLACE:萨拉托夫州']);
    expect(spans('全省各县和该市的城市建设', 'PLACE')).toEqual([]);
    expect(spans('泰国曼谷府巴吞旺区发生火灾', 'PLACE')).toEqual(['PLACE:泰国', 'PLACE:曼谷府', 'PLACE:巴吞旺区']);
    expect(spans('泰国旅游区和经济区', 'PLACE')).toEqual(['PLACE:泰国']);
  });
  it('reads counties and townships, not common words before 郡', () => {
    expect(spans('事发地点位于京畿道涟川郡一带', 'PLACE')).toEqual(['PLACE:京畿道', 'PLACE:涟川郡']);
    expect(spans('江原道杨口郡', 'PLACE')).toEqual(['PLACE:江原道', 'PLACE:杨口郡']);
    expect(spans('该郡居民和名誉郡、行政郡', 'PLACE')).toEqual([]);
  });
  it('needs context for ambiguous lexicon names and splits country + 海警/海军', () => {
    expect(spans('欢迎四国加强海上合作', 'PLACE')).toEqual([]);
    expect(spans('日本四国地区', 'PLACE')).toEqual(['PLACE:日本', 'PLACE:四国']);
    expect(spans('菲律宾海警船只', 'PLACE')).toEqual(['PLACE:菲律宾']);
    expect(spans('日本海上自卫队', 'PLACE')).toEqual(['PLACE:日本']);
    expect(spans('在日本海上空', 'PLACE')).toEqual(['PLACE:日本海']);
    expect(spans('菲律宾海发生地震', 'PLACE')).toEqual(['PLACE:菲律宾海']);
  });
  it('drops a short lexicon name that cuts the segmenter words around it', () => {
    expect(spans('船只在该岛以东海域活动', 'PLACE')).toEqual([]);
    expect(spans('推进多边和区域合作', 'PLACE')).toEqual([]);
    expect(spans('东海局势和边和市', 'PLACE')).toEqual(['PLACE:东海', 'PLACE:边和市']);
    expect(spans('越南海警船', 'PLACE')).toEqual(['PLACE:越南']);
  });
  it('reads the Vietnamese-side names of the Paracels', () => {
    expect(spans('黄沙群岛(西沙群岛)', 'PLACE')).toEqual(['PLACE:黄沙群岛', 'PLACE:西沙群岛']);
  });
});

describe('zh dates', () => {
  const value = (text: string, ref?: string) => run(text, ref).annotations.filter((a) => a.type === 'DATE').map((a) => ('value' in a ? `${a.text}=${a.value}` : ''));
  it('reads dates in context', () => {
    expect(value('中新网3月20日电 据外媒报道,本月20日', '2017-03-20')).toEqual(['3月20日=2017-03-20', '本月20日=2017-03-20']);
    expect(value('他将于当地时间20日中午抵达', '2017-03-20')).toEqual(['20日中午=2017-03-20TMI']);
    expect(value('8月5日至6日,日本防卫大臣', '2024-08-06')).toEqual(['8月5日至6日=2024-08-05']);
  });
  it('reads tense cues before a weekday or day, not ranks ending in 将', () => {
    expect(value('外相将出席周日举行的会议')).toEqual(['周日=2013-02-17']);
    expect(value('外相將於週日抵達')).toEqual(['週日=2013-02-17']);
    expect(value('代表团预计周五抵达')).toEqual(['周五=2013-02-15']);
    expect(value('陆军上将8日在河内主持会议')).toEqual(['8日=2013-02-08']);
  });
  it('reads holidays, including lunar ones, and timestamps with a spaced clock', () => {
    expect(value('今年春节期间', '2024-05-15')).toEqual(['今年春节=2024-02-10']);
    expect(value('2020年中秋节', '2024-05-15')).toEqual(['2020年中秋节=2020-10-01']);
    expect(value('2024年5月14日 10:35 来源', '2024-05-15')).toEqual(['2024年5月14日 10:35=2024-05-14T10:35']);
  });
  it('reads a day before 前往 and a relative day with its bracketed date', () => {
    expect(value('代表团15日前往河内', '2013-02-16')).toEqual(['15日=2013-02-15']);
    expect(value('15日前已完成', '2013-02-16')).toEqual(['15日前=2013-02-01']);
    expect(value('昨天（15日）抵达', '2013-02-16')).toEqual(['昨天（15日）=2013-02-15']);
    expect(value('明日(17日)举行', '2013-02-16')).toEqual(['明日(17日)=2013-02-17']);
  });
  it('leaves durations, recurring sets, vague and anaphoric words alone', () => {
    for (const t of ['四年以来的首次', '每年3月都会', '为期三天', '近期', '此前', '3天', '1号机组', '每周一', '当天下午', '三年来']) expect(value(t)).toEqual([]);
  });
  it('passes the date table at 95% or more', () => {
    const rows = readTable('zh');
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const prefer of ['future', 'news'] as const) {
      let ok = 0;
      for (const r of rows) {
        const d = run(r.phrase, '2013-02-12T04:30', prefer).annotations.filter((a) => a.type === 'DATE');
        const got =
          d.length === 0 ? '-' : d.length > 1 ? 'many' : `${(d[0] as { value: string }).value}${'endValue' in d[0]! && d[0].endValue ? '..' + d[0].endValue : ''}${'mod' in d[0]! && d[0].mod ? ' ' + d[0].mod : ''}`;
        if (got === (prefer === 'future' ? r.future : r.news)) ok++;
      }
      expect(ok / rows.length).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('zh heldout3 error classes', () => {
  const annotate = annotateWith([
    { id: 'place/cn', type: 'PLACE', names: { zh: ['中国'] } },
    { id: 'place/pacific', type: 'PLACE', names: { zh: ['太平洋'] } },
    { id: 'place/americas', type: 'PLACE', names: { zh: ['美洲'] } },
    { id: 'place/europe', type: 'PLACE', names: { zh: ['欧洲'] } },
  ]);
  const all = (text: string) => annotate(text).map((a) => `${withValue(a)}${'endValue' in a && a.endValue ? '..' + a.endValue : ''}`);
  it('reads a relative weekday with its bracketed day as one date', () => {
    expect(all('双方上周三(6日)举行会谈')).toEqual(['DATE:上周三(6日)=2013-02-06']);
    expect(all('代表團下週五(15日)出發')).toEqual(['DATE:下週五(15日)=2013-02-15']);
  });
  it("reads Taiwan's 今(12)日 and 昨(11)日 with times and ranges", () => {
    expect(all('国防部昨(11)日表示')).toEqual(['MINISTRY:国防部', 'DATE:昨(11)日=2013-02-11']);
    expect(all('自昨(11)日上午8时至今(12)日上午8时')).toEqual(['DATE:昨(11)日上午8时至今(12)日上午8时=2013-02-11T08..2013-02-12T08']);
    expect(all('代表团今晚9时抵达')).toEqual(['DATE:今晚9时=2013-02-12T21']);
  });
  it('reads Minguo years: 民国 + year, and a three-digit year before a month', () => {
    expect(all('部會已於102年3月5日函覆')).toEqual(['DATE:102年3月5日=2013-03-05']);
    expect(all('民國101年')).toEqual(['DATE:民國101年=2012']);
    expect(all('有120人参加')).toEqual([]);
  });
  it('reads lunar dates with 农历 or a lunar month name, and not 月初 inside them', () => {
    expect(all('农历腊月二十八')).toEqual(['DATE:农历腊月二十八=2013-02-08']);
    expect(all('他将在正月初五返回')).toEqual(['DATE:正月初五=2013-02-14']);
  });
  it('reads 第N季 after a year; 中 before a country abbreviation is no MID', () => {
    expect(all('明年第二季将完成')).toEqual(['DATE:明年第二季=2014-Q2']);
    expect(all('2013年1月中美两国')).toEqual(['DATE:2013年1月=2013-01']);
  });
  it('reads country + long portfolio ministries and a bracketed acronym after a ministry', () => {
    expect(all('马来西亚国际贸易及工业部副部长')).toEqual(['MINISTRY:马来西亚国际贸易及工业部']);
    expect(all('泰国对外贸易部(DTN)发言人')).toEqual(['MINISTRY:泰国对外贸易部', 'MINISTRY:DTN']);
  });
  it('keeps hyphenated double surnames, surname + title, 次长 and regnal names', () => {
    expect(all('总理阿列克谢·诺维科夫-普里博伊表示。诺维科夫-普里博伊还说')).toEqual(['PERSON:阿列克谢·诺维科夫-普里博伊', 'PERSON:诺维科夫-普里博伊']);
    expect(all('。 陈部长也表示')).toEqual(['PERSON:陈']);
    expect(all('全部长期')).toEqual([]);
    expect(all('国王恩卢瓦帝二世')).toEqual(['PERSON:恩卢瓦帝二世']);
  });
  it('reads compass + ocean/continent and country + 大陆 as one place', () => {
    expect(all('前往南太平洋和中南美洲')).toEqual(['PLACE:南太平洋', 'PLACE:中南美洲']);
    expect(all('中国大陆国台办')).toEqual(['PLACE:中国大陆']);
    expect(all('股东欧洲航务')).toEqual(['PLACE:欧洲']);
    expect(all('中美国防政策对话')).toEqual([]);
  });
});

describe('zh heldout4 error classes', () => {
  const annotate = annotateWith([
    { id: 'place/cn', type: 'PLACE', names: { zh: ['中国'] } },
    { id: 'place/cn-taishan', type: 'PLACE', names: { zh: ['泰山'] } },
    { id: 'place/jp-okayama', type: 'PLACE', names: { zh: ['冈山'] } },
    { id: 'place/cn-liaoning', type: 'PLACE', names: { zh: ['辽宁'] } },
    { id: 'person/zhang-jun', type: 'PERSON', names: { zh: ['王强'] } },
  ]);
  const all = (text: string) => annotate(text).map(withValue);
  it('reads a place before 舰/号 as a ship, not a place (nor a place inside the ship name)', () => {
    expect(all('泰山舰与青冈山舰编队返航')).toEqual([]);
    expect(all('辽宁号航母驶过海峡')).toEqual([]);
    expect(all('中国舰艇在泰山附近')).toEqual(['PLACE:中国', 'PLACE:泰山']);
    expect(all('中国号召各方克制')).toEqual(['PLACE:中国']);
  });
  it('reads a three-character name after an expert, an office head or a minister', () => {
    expect(all('海军专家王强华20日对记者说')).toEqual(['PERSON:王强华', 'DATE:20日=2013-01-20']);
    expect(all('海关处处长刘建峯表示')).toEqual(['PERSON:刘建峯']);
    expect(all('印尼国防部长普拉博沃与老挝国防大臣占西蒙会谈').filter((x) => x.startsWith('PERSON'))).toContain('PERSON:占西蒙');
    expect(all('跟李教授学森林生态学')).toEqual([]);
  });
  it('reads a byline name set off by spaces even without a common surname', () => {
    expect(all('新华网记者 南明远 2024-05-06').filter((x) => x.startsWith('PERSON'))).toEqual(['PERSON:南明远']);
    expect(all('本报记者 报道')).toEqual([]);
  });
  it('does not read a dotted company, university or ship name as a person', () => {
    expect(all('通用·动力公司宣布，通用·动力表示')).toEqual([]);
    expect(all('他毕业于约翰·霍普金斯大学')).toEqual([]);
  });
  it('reads 首季 after a year as the first quarter', () => {
    expect(all('今年首季出口增长')).toEqual(['DATE:今年首季=2013-Q1']);
    expect(all('2012年首季度')).toEqual(['DATE:2012年首季度=2012-Q1']);
  });
  it('keeps a written year before 以来 as a date, a count as no date', () => {
    expect(all('自1998年以来两国关系')).toEqual(['DATE:1998年=1998']);
    expect(all('三年以来两国关系')).toEqual([]);
    expect(all('2010年来华访问')).toEqual(['DATE:2010年=2010']);
  });
  it('reads 美国防部长 as 美 + a title, not 美国', () => {
    expect(all('美国防部长表示')).toEqual([]);
    expect(all('美国国防部长表示')).toEqual(['PLACE:美国']);
    expect(all('美国防部表示')).toEqual(['MINISTRY:美国防部']);
  });
});

describe('zh WordList', () => {
  it('finds what a longest-first regex alternation finds: leftmost, non-overlapping, longest at a position', () => {
    const words = ['部长', '副部长', '国防部长', '长官', '总统', '副总统', '文'];
    const re = new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
    const list = new WordList(words);
    for (const text of ['国防部长官表示', '副总统和副部长长官', '部长部长文化', '𠀋部长', '', '无']) {
      expect(list.matches(text).map((m) => [m.index, m.word])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
  });
});

describe('zh held-out 5 classes', () => {
  const annotate = annotateWith(
    [
      { id: 'place/cn-beijing', type: 'PLACE', names: { zh: ['北京'] } },
      { id: 'place/tw-taipei', type: 'PLACE', names: { zh: ['台北'] } },
      { id: 'place/uz', type: 'PLACE', names: { zh: ['乌兹别克斯坦'] } },
    ],
    '2024-06-10',
  );
  const sp = (text: string) => annotate(text).map((a) => `${a.type}:${a.text}${a.type === 'DATE' ? '=' + a.value : ''}`);
  it('reads reporters with rare surnames in wire datelines', () => {
    expect(sp('新华社北京6月9日电（记者亓明、卜文清）会议开幕。')).toEqual(expect.arrayContaining(['PERSON:亓明', 'PERSON:卜文清']));
    expect(sp('（中央社记者亓立台北9日电）会议开幕。')).toContain('PERSON:亓立');
    expect(sp('（记者会上，他说）').filter((x) => x.startsWith('PERSON'))).toEqual([]);
  });
  it('reads a Central Asian surname with one character outside the transliteration set after a title', () => {
    const out = sp('乌兹别克斯坦外长赛义多夫率团访问。赛义多夫说，合作很好。');
    expect(out.filter((x) => x === 'PERSON:赛义多夫')).toHaveLength(2);
  });
  it('keeps a one-character country abbreviation on 国防部 and 外交部', () => {
    expect(sp('报道称，塞国防部在声明中说。')).toContain('MINISTRY:塞国防部');
    expect(sp('据哈外交部消息。')).toContain('MINISTRY:哈外交部');
    expect(sp('国防部队正在集结。').filter((x) => x.startsWith('MINISTRY'))).toEqual([]);
  });
  it('reads decades of a named century and year parts before 以来, and skips recurring sets', () => {
    expect(sp('两国关系迎来上世纪80年代末以来的转折。')).toContain('DATE:上世纪80年代末=198');
    expect(sp('年初以来，局势紧张。')).toContain('DATE:年初=2024');
    expect(sp('三年以来，局势紧张。今年以来也是。').filter((x) => x.startsWith('DATE'))).toEqual([]);
    expect(sp('口岸每年夏季会关闭，节目每周星期三21:00播出。').filter((x) => x.startsWith('DATE'))).toEqual([]);
  });
  it('reads 海湾 as the Gulf region only before region words', () => {
    expect(sp('近来海湾国家纷纷表态。')).toContain('PLACE:海湾');
    expect(sp('这个海湾风景优美。').filter((x) => x.startsWith('PLACE'))).toEqual([]);
  });
});
