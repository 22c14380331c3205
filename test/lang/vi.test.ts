import { describe, expect, it } from 'vitest';
import { readTable, lintasValue } from '../../eval/date-table.js';
import { annotate, createAnnotator, Lexicon } from '../../src/index.js';
import type { Annotation, LexiconEntry } from '../../src/types.js';
import { parseBlocks, parseBlocksExhaustive } from '../../src/lang/vi/dates/components.js';
import { vi } from '../../src/lang/vi/index.js';
import { normalise } from '../../src/pipeline/normalise.js';

const ENTRIES: LexiconEntry[] = [
  { id: 'place/ru', type: 'PLACE', names: { vi: ['Nga'] } },
  { id: 'place/jp', type: 'PLACE', names: { vi: ['Nhật Bản'] } },
  { id: 'place/us', type: 'PLACE', names: { vi: ['Mỹ'] } },
  { id: 'place/kr', type: 'PLACE', names: { vi: ['Hàn Quốc'] } },
  { id: 'place/kp', type: 'PLACE', names: { vi: ['Triều Tiên'] } },
  { id: 'place/vn', type: 'PLACE', names: { vi: ['Việt Nam'] } },
  { id: 'place/moscow', type: 'PLACE', names: { vi: ['Mátxcơva'] } },
  { id: 'person/sergei-lavrov', type: 'PERSON', names: { vi: ['Sergei Lavrov'] } },
];
const annotator = createAnnotator({ lexicons: Lexicon.of(ENTRIES) });
const REF = { referenceDate: '2013-02-12' };
const run = (text: string) => annotator.annotate(text, 'vi', REF).annotations;
const spans = (text: string, type?: Annotation['type']) =>
  run(text)
    .filter((a) => !type || a.type === type)
    .map((a) => a.text);
const dates = (text: string) => run(text).filter((a) => a.type === 'DATE').map((a) => (a.type === 'DATE' ? `${a.text}=${a.value}` : ''));

/** Old-style tone placement (hòa → hoà, thủy → thuỷ, Ủy → Uỷ) on open rimes. */
const oldTones = (s: string) =>
  s.replace(/(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aAeEyY])(?![\p{L}])/gu, (_m, first: string, second: string) => {
    const [base, tone] = [first.normalize('NFD')[0]!, first.normalize('NFD').slice(1)];
    return base + (second + tone).normalize('NFC');
  });

describe('vi: Unicode forms and tone placement', () => {
  const page =
    'Ngày 2/3, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Ngoại giao Nhật Bản Kishida Fumio tại tỉnh Khánh Hòa. ' +
    'Chủ tịch Ủy ban Đỗ Văn Thủy cho biết ông Kishida sẽ tới Mátxcơva vào tháng 3 tới.';

  it('the test text really has old-style variants', () => {
    const old = oldTones(page);
    expect(old).not.toBe(page);
    expect(old).toContain('Hoà');
    expect(old).toContain('Uỷ');
    expect(old).toContain('Thuỷ');
  });

  it('gives the same annotations for NFC, NFD and old-style tone marks', () => {
    const view = (text: string) =>
      annotator.annotate(text, 'vi', REF).annotations.map((a) => {
        expect(text.slice(a.start, a.end)).toBe(a.text);
        return `${a.type}:${oldTones(a.text.normalize('NFC'))}:${a.type === 'DATE' ? a.value : a.id}`;
      });
    const base = view(page);
    expect(base.length).toBeGreaterThan(6);
    expect(view(page.normalize('NFD'))).toEqual(base);
    expect(view(oldTones(page))).toEqual(base);
    expect(view(oldTones(page).normalize('NFD'))).toEqual(base);
  });
});

describe('vi: glued words', () => {
  it('finds entities and dates inside glued words at the exact characters', () => {
    const text = 'người đồngcấp NgaSergei Lavrov gặp cấpthứ trưởng ngày2/3 tại bán đảo TriềuTiên.';
    const doc = annotator.annotate(text, 'vi', REF);
    const by = (t: string) => doc.annotations.find((a) => a.text === t);
    for (const [surface, type] of [
      ['Nga', 'PLACE'],
      ['Sergei Lavrov', 'PERSON'],
      ['ngày2/3', 'DATE'],
      ['TriềuTiên', 'PLACE'],
    ] as const) {
      const a = by(surface);
      expect(a?.type, surface).toBe(type);
      expect(text.slice(a!.start, a!.end)).toBe(surface);
    }
    expect(doc.annotations.find((a) => a.text === 'ngày2/3')).toMatchObject({ start: text.indexOf('ngày2/3'), value: '2013-03-02' });
    // tokens never cross a glue point the refinement split
    expect(doc.tokens.some((t) => t.text === 'cấpthứ')).toBe(false);
  });

  it('leaves foreign names and model codes whole', () => {
    expect(spans('Ông ấy bay từ Mátxcơva tới Siberia trên chiếc A320.', 'PLACE')).toContain('Mátxcơva');
    expect(spans('Ông ấy bay từ Mátxcơva tới Siberia trên chiếc A320.', 'DATE')).toEqual([]);
  });
});

describe('vi: persons', () => {
  it('takes names after titles and roles, leaving the title outside', () => {
    expect(spans('Đại tướng Phan Văn Giang tiếp Thượng tướng Hoàng Xuân Chiến.', 'PERSON')).toEqual(['Phan Văn Giang', 'Hoàng Xuân Chiến']);
    expect(spans('Ngoại trưởng Nhật Bản Seiji Maehara và người đồng cấp Nga Andrei Denisov hội đàm.', 'PERSON')).toEqual([
      'Seiji Maehara',
      'Andrei Denisov',
    ]);
    expect(spans('Chủ tịch Tập Cận Bình tiếp Bộ trưởng Ngụy Phượng Hòa.', 'PERSON')).toEqual(['Tập Cận Bình', 'Ngụy Phượng Hòa']);
    expect(spans('Chánh văn phòng Nội các Nhật Bản Yukio Edano phát biểu.', 'PERSON')).toEqual(['Yukio Edano']);
  });

  it('finds names by their shape without a title', () => {
    expect(spans('Hôm qua Nguyễn Phú Trọng phát biểu.', 'PERSON')).toEqual(['Nguyễn Phú Trọng']);
    expect(spans('Nhà lãnh đạo Kim Jong-un thị sát; Kim Jong-un nói.', 'PERSON')).toEqual(['Kim Jong-un', 'Kim Jong-un']);
    expect(spans('Sau đó, Kishida Fumio lên tiếng.', 'PERSON')).toEqual(['Kishida Fumio']);
    expect(spans('Theo tin từ Shoigu Sergey Kuzhugetovich, cuộc tập trận kết thúc.', 'PERSON')).toEqual(['Shoigu Sergey Kuzhugetovich']);
  });

  it('links later mentions to the full name', () => {
    const doc = run('Thứ trưởng Andrei Denisov tới Tokyo. Ông Denisov nói rằng Denisov sẽ ở lại.');
    const persons = doc.filter((a) => a.type === 'PERSON');
    expect(persons.map((p) => p.text)).toEqual(['Andrei Denisov', 'Denisov', 'Denisov']);
    expect(new Set(persons.map((p) => (p.type === 'PERSON' ? p.id : '')))).toEqual(new Set(['rule:person/Andrei Denisov']));
  });

  it('does not tag role nouns, places, months or sentence-initial words', () => {
    expect(spans('Người phát ngôn cho biết người đồng cấp đã tới.', 'PERSON')).toEqual([]);
    expect(spans('Tháng Hai là tháng lạnh. Tại Việt Nam, Hai bên ký kết.', 'PERSON')).toEqual([]);
    expect(spans('Thủ tướng Chính phủ và Bộ trưởng Quốc phòng họp.', 'PERSON')).toEqual([]);
    expect(spans('Ông Nhật Bản', 'PERSON')).toEqual([]);
  });
});

describe('vi: ministries', () => {
  it('tags Bộ + portfolio (+ country) and keeps ministers’ titles out', () => {
    expect(spans('Bộ Thống nhất Hàn Quốc và Bộ Công Thương ra thông báo.', 'MINISTRY')).toEqual(['Bộ Thống nhất Hàn Quốc', 'Bộ Công Thương']);
    expect(spans('Thứ trưởng Bộ Quốc phòng Việt Nam tiếp đoàn.', 'MINISTRY')).toEqual(['Bộ Quốc phòng Việt Nam']);
    expect(spans('Bộ trưởng Quốc phòng Mỹ và Thứ trưởng Ngoại giao Nhật Bản gặp nhau.', 'MINISTRY')).toEqual([]);
    expect(spans('Bộ trưởng Quốc phòng Mỹ và Thứ trưởng Ngoại giao Nhật Bản gặp nhau.', 'PLACE')).toEqual(['Mỹ', 'Nhật Bản']);
    expect(spans('Bộ Chính trị họp; hai Bộ phối hợp.', 'MINISTRY')).toEqual([]);
  });
});

describe('vi: places with type words', () => {
  it('keeps type words outside unless the name needs them', () => {
    expect(spans('Bão đổ bộ tỉnh Quảng Trị và quần đảo Hoàng Sa, huyện Lý Sơn.', 'PLACE')).toEqual(['Quảng Trị', 'Hoàng Sa', 'Lý Sơn']);
    expect(spans('Tàu cá hoạt động ở Biển Đông và Vịnh Bắc Bộ.', 'PLACE')).toEqual(['Biển Đông', 'Vịnh Bắc Bộ']);
    expect(spans('Hợp tác ở châu Âu và biển Đông.', 'PLACE')).toEqual(['châu Âu', 'biển Đông']);
    expect(spans('Quan hệ Nga-Mỹ căng thẳng.', 'PLACE')).toEqual(['Nga', 'Mỹ']);
    expect(spans('Chủ tịch Hồ Chí Minh', 'PLACE')).toEqual([]);
  });
});

describe('vi: dates', () => {
  it('reads dates in running text with prepositions outside', () => {
    expect(dates('Hội nghị diễn ra vào ngày 2/3, từ ngày 5 đến 6/8/2024 tại Hà Nội.')).toEqual([
      'ngày 2/3=2013-03-02',
      'ngày 5 đến 6/8/2024=2024-08-05',
    ]);
    expect(dates('Cuộc gặp hồi tháng 2 vừa qua và tối qua.')).toEqual(['tháng 2 vừa qua=2013-02', 'tối qua=2013-02-11TEV']);
    expect(dates('Thứ Bảy (2/11), khoảng 10h sáng nay.')).toEqual(['Thứ Bảy (2/11)=2013-11-02', '10h sáng nay=2013-02-12T10']);
  });

  it('leaves non-dates untagged', () => {
    expect(dates('Sau 3 ngày, lần thứ hai, hằng năm, 4 năm qua, trong hai tuần, 2/3 số phiếu, tỷ số 2-1.')).toEqual([]);
  });

  it('scores at least 95% on the date table, under both policies', () => {
    const rows = readTable('vi');
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const prefer of ['future', 'news'] as const) {
      const ok = rows.filter((r) => lintasValue(r.phrase, 'vi', prefer) === (prefer === 'future' ? r.future : r.news)).length;
      expect(ok / rows.length).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('vi: date grammar tried only where its start words stand', () => {
  const blocksBothWays = (text: string) => {
    const norm = normalise(text, vi.fold, vi.refine);
    const input = { key: norm.key, text: norm.text };
    return [parseBlocks(input), parseBlocksExhaustive(input)];
  };

  it('finds the same blocks as scanning the whole text with every parser', () => {
    const phrases = readTable('vi').map((r) => r.phrase);
    const tricky = [
      'xngày 5, 12/2024/0345//7, 8h23, 2019-05-31, ngày2/3, Thứ Bảy (2/11), những năm 60, 6 tháng đầu năm 2020',
      'Tết Nguyên đán, Quốc khánh 2/9, thượng tuần tháng Chạp, quý I/2013, 3 ngày trước, cách đây 5 năm, sáng sớm nay',
      '\u{1d400}ngày 5 \u00a0tháng\u00a011 năm 2011–2012; buổi chiều, xế chiều, nửa đêm, mùa thu năm ngoái',
    ];
    for (const text of [...phrases, phrases.join(' . '), phrases.join(''), ...tricky]) {
      const [gated, exhaustive] = blocksBothWays(text);
      expect(gated).toEqual(exhaustive);
    }
  });
});

describe('vi: bylines and credits', () => {
  const persons = (text: string) => spans(text, 'PERSON');

  it('takes a pen name before its source, after a sentence or alone on a line', () => {
    expect(persons('Hai bên nhất trí tăng cường hợp tác. Quang Vinh (Theo AP, Bloomberg)')).toEqual(['Quang Vinh']);
    expect(persons('Hội nghị bế mạc chiều nay.\n\nDiệu Linh (P/v TTXVN tại Jakarta)')).toEqual(['Diệu Linh']);
    expect(persons('Hội nghị bế mạc chiều nay.\n\nBảo Ngọc/VOV.VN')).toEqual(['Bảo Ngọc']);
    expect(persons('Hội nghị bế mạc chiều nay.\nHải Đăng/TTXVN\n\nTin liên quan\nTriều Tiên thử tên lửa')).toEqual(['Hải Đăng']);
    expect(persons('Hội nghị bế mạc chiều nay.\n\nKhánh Vy\n')).toEqual(['Khánh Vy']);
    expect(persons('Hội nghị bế mạc chiều nay.\n\nLan Phương (Yonhap)')).toEqual(['Lan Phương']);
  });

  it('reads credit labels, in any case, with several names', () => {
    expect(persons('Bài và ảnh: Đức Thịnh')).toEqual(['Đức Thịnh']);
    expect(persons('Tàu cập cảng sáng nay.\n\nTin, ảnh: TUẤN KIỆT - HOÀNG LONG')).toEqual(['TUẤN KIỆT', 'HOÀNG LONG']);
    expect(persons('Đoàn tàu rời cảng. Ảnh: Minh Quyết/TTXVN')).toEqual(['Minh Quyết']);
  });

  it('does not take media, datelines, places or page furniture for bylines', () => {
    expect(persons('Mátxcơva (TTXVN) - Ngày 2/3, hai bên hội đàm.')).toEqual([]);
    expect(persons('Ảnh: Reuters. Ảnh: TTXVN. Ảnh: Getty Images. Ảnh: Hải quân Mỹ.')).toEqual([]);
    expect(persons('Hai bên hội đàm.\n(TTXVN/Vietnam+)')).toEqual([]);
    expect(persons('Hai bên hội đàm.\n\nTIN LIÊN QUAN\nViệt Nam\nHàn Quốc')).toEqual([]);
  });
});

describe('vi: capitalised words that are not persons or places', () => {
  const more = createAnnotator({
    lexicons: Lexicon.of([
      ...ENTRIES,
      { id: 'place/gb', type: 'PLACE', names: { vi: ['Anh', 'Anh quốc'] } },
      { id: 'place/fr', type: 'PLACE', names: { vi: ['Pháp'] } },
      { id: 'place/de', type: 'PLACE', names: { vi: ['Đức'] } },
      { id: 'place/it', type: 'PLACE', names: { vi: ['Ý'] } },
      { id: 'person/ronald-reagan', type: 'PERSON', names: { vi: ['Ronald Reagan'] } },
      { id: 'place/mischief-reef', type: 'PLACE', names: { vi: ['đá Vành Khăn', 'Vành Khăn'] } },
    ]),
  });
  const of = (text: string, type: Annotation['type']) =>
    more
      .annotate(text, 'vi', REF)
      .annotations.filter((a) => a.type === type)
      .map((a) => a.text);

  it('numbered units and commands are not persons', () => {
    expect(of('Bộ Tư lệnh Vùng 2 Hải quân và Quân khu 9 tổ chức diễn tập.', 'PERSON')).toEqual([]);
    expect(of('Phó Tư lệnh Vùng 5 Hải quân, Chuẩn đô đốc Lê Văn Đạo phát biểu.', 'PERSON')).toEqual(['Lê Văn Đạo']);
  });

  it('ships, aircraft and weapons named like people are not persons', () => {
    expect(of('Tàu sân bay USS Ronald Reagan và tàu khu trục HMS Edward Grey tới Đà Nẵng.', 'PERSON')).toEqual([]);
    expect(of('Tổng thống Ronald Reagan từng thăm Nhật Bản.', 'PERSON')).toEqual(['Ronald Reagan']);
  });

  it('a country short name opening a common word is not the country', () => {
    expect(of('Lễ tuyên dương các Anh hùng lao động; Pháp luật quy định rõ; Ý kiến các bên.', 'PLACE')).toEqual([]);
    expect(of('Đức Giáo hoàng tới thăm Đức; Nga, Anh và Pháp hội đàm.', 'PLACE')).toEqual(['Đức', 'Nga', 'Anh', 'Pháp']);
    expect(of('Cô sang Anh quốc du học.', 'PLACE')).toEqual(['Anh quốc']);
  });

  it('feature type words stay outside multi-syllable names, inside one-syllable ones', () => {
    expect(of('Tàu cá neo gần đá Vành Khăn và bãi Tư Chính, đá Lồi, đèo Ngang.', 'PLACE')).toEqual(['Vành Khăn', 'Tư Chính', 'đá Lồi', 'đèo Ngang']);
    expect(of('Tàu tuần tra quanh rạn Én Đất và mũi Đại Lãnh.', 'PLACE')).toEqual(['Én Đất', 'Đại Lãnh']);
  });
});

describe('vi: tense cues far back in the clause', () => {
  it('a "sẽ" earlier in the sentence makes a month future, unless a new clause intervenes', () => {
    expect(dates('Bộ Quốc phòng sẽ cử đoàn sĩ quan trẻ tham dự diễn đàn hợp tác quốc phòng khu vực tại Hà Nội vào tháng 1.')).toEqual([
      'tháng 1=2014-01',
    ]);
    expect(dates('Hai bên dự kiến bàn về vụ tàu cá bị đâm hôm 10/2.')).toEqual(['hôm 10/2=2013-02-10']);
  });
});

describe('vi: organisations after a title, foreign ministries, bracketed datelines', () => {
  const full = createAnnotator();
  const ann = (text: string) => full.annotate(text, 'vi', { referenceDate: '2013-06-17' }).annotations;
  const of = (text: string, type: Annotation['type']) => ann(text).filter((a) => a.type === type).map((a) => a.text);

  it('skips a unit or agency named after a title and finds the person after it', () => {
    expect(of('Thiếu tướng Phạm Văn Hùng, Tư lệnh Lực lượng Phòng không, cho biết.', 'PERSON')).toEqual(['Phạm Văn Hùng']);
    expect(of('Đại tá Lê Minh Tuấn, Chính ủy Vùng Hải quân 2, phát biểu.', 'PERSON')).toEqual(['Lê Minh Tuấn']);
    expect(of('Tư lệnh Cảnh sát biển Trung tướng Đỗ Văn Khánh dự lễ.', 'PERSON')).toEqual(['Đỗ Văn Khánh']);
    expect(of('Tư lệnh Vùng Cảnh sát biển 1 Đại tá Trần Quốc Bảo chủ trì.', 'PERSON')).toEqual(['Trần Quốc Bảo']);
    expect(of('Giám đốc Học viện Quốc phòng Trung tướng Lương Quốc Hưng phát biểu.', 'PERSON')).toEqual(['Lương Quốc Hưng']);
    const police = ann('Giám đốc Công an tỉnh Nghệ An Đại tá Võ Đình Long báo cáo.');
    expect(police.filter((a) => a.type === 'PERSON').map((a) => a.text)).toEqual(['Võ Đình Long']);
    expect(police.filter((a) => a.type === 'PLACE').map((a) => a.text)).toEqual(['Nghệ An']);
    expect(of('Chỉ huy trưởng Bộ đội Biên phòng tỉnh Kiên Giang Đại tá Ngô Thanh Sơn cho biết.', 'PERSON')).toEqual(['Ngô Thanh Sơn']);
  });

  it('reads a foreign ministry with any capitalised portfolio before its country', () => {
    expect(of('Bộ trưởng Bộ Hàng hải và Nghề cá Indonesia nói.', 'MINISTRY')).toEqual(['Bộ Hàng hải và Nghề cá Indonesia']);
    expect(of('Bộ Năng lượng và Tài nguyên khoáng sản Indonesia công bố.', 'MINISTRY')).toEqual(['Bộ Năng lượng và Tài nguyên khoáng sản Indonesia']);
    expect(of('Bộ Kinh tế và Tài chính Pháp cho biết.', 'MINISTRY')).toEqual(['Bộ Kinh tế và Tài chính Pháp']);
    expect(of('Bộ Quốc phòng cảnh báo Mỹ.', 'MINISTRY')).toEqual(['Bộ Quốc phòng']);
    expect(of('Bộ Chính trị Trung Quốc họp. Bộ Tư lệnh Hải quân Mỹ cho biết. Bộ Tổng tham mưu Nga.', 'MINISTRY')).toEqual([]);
  });

  it('keeps a clock time with a relative day and its bracketed date; reads a dateline in brackets', () => {
    const d = (text: string) => ann(text).filter((a) => a.type === 'DATE').map((a) => (a.type === 'DATE' ? `${a.text}=${a.value}` : ''));
    expect(d('Lễ khai mạc lúc 8h15 sáng mai (18/6) tại Huế.')).toEqual(['8h15 sáng mai (18/6)=2013-06-18T08:15']);
    expect(d('Đà Nẵng (TTXVN 16/6) - Sáng nay.')[0]).toBe('16/6=2013-06-16');
    expect(d('Cần Thơ (QĐND Online, 15/6) - Chiều qua.')[0]).toBe('15/6=2013-06-15');
  });

  it('takes a time zone after a clock time into the date, not into its value', () => {
    const d = (text: string) => ann(text).filter((a) => a.type === 'DATE').map((a) => (a.type === 'DATE' ? `${a.text}=${a.value}` : ''));
    expect(d('Cập nhật Thứ ba, 11/6/2013, 14:20 (GMT+7) Hải quân hai nước diễn tập.')[0]).toBe('Thứ ba, 11/6/2013, 14:20 (GMT+7)=2013-06-11T14:20');
    expect(d('Tin bài 12/06/2013 09:05 GMT+7 Phóng viên tường thuật.')[0]).toBe('12/06/2013 09:05 GMT+7=2013-06-12T09:05');
    expect(d('Vệ tinh phóng lúc 03:15:20 UTC hôm qua.')[0]).toBe('03:15:20 UTC=2013-06-17T03:15:20');
    expect(d('Ngày 5/6/2013 GMT là tên một tờ báo.')[0]).toBe('Ngày 5/6/2013=2013-06-05');
  });

  it('reads a short clock time after "từ" and a named period after "trong"', () => {
    const d = (text: string) => ann(text).filter((a) => a.type === 'DATE').map((a) => (a.type === 'DATE' ? `${a.text}=${a.value}` : ''));
    expect(d('Cửa khẩu mở cho du khách từ 14h, theo thông báo.')).toEqual(['14h=2013-06-17T14']);
    expect(d('Giờ làm giảm từ 9 giờ xuống 8 giờ.')).toEqual([]);
    expect(d('Đoàn sẽ sang Lào trong tháng 8 và trong tuần này sẽ họp.')).toEqual(['tháng 8=2013-08', 'tuần này=2013-W25']);
    expect(d('Nhà máy dự kiến hoạt động trong năm tới.')).toEqual(['năm tới=2014']);
    expect(d('Thành lập năm 1998. Cũng trong năm này, công ty mở chi nhánh.')).toEqual(['năm 1998=1998']);
    expect(d('Kim ngạch tăng mạnh trong năm qua.')).toEqual([]);
  });

  it('keeps name particles inside foreign names; a city-named given name after a titled country opens the name', () => {
    expect(of('Thủ tướng Hà Lan gặp ông Pieter van Dijk tại La Haye.', 'PERSON')).toEqual(['Pieter van Dijk']);
    expect(of('Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.', 'PERSON')).toEqual(['Ursula von der Leyen']);
    expect(of('Tướng Charles de Gaulle từng tới đây.', 'PERSON')).toEqual(['Charles de Gaulle']);
    expect(of('Thành phố Rio de Janeiro đón khách.', 'PERSON')).toEqual([]);
    expect(of('Ngoại trưởng Nhật Bản Tokyo Sato nói.', 'PERSON')).toEqual(['Tokyo Sato']);
    expect(of('Ngoại trưởng Nhật Bản Kishida nói.', 'PERSON')).toEqual(['Kishida']);
  });

  it('reads co-authors on a byline line', () => {
    const text = 'Hải quân hai nước tuần tra chung.\n\nNội dung bài viết ở đây.\n\nThanh Hà - Minh Đức\n\nXem thêm';
    expect(of(text, 'PERSON')).toEqual(['Thanh Hà', 'Minh Đức']);
    expect(of('Tin chính.\n\nQuan hệ hai nước.\n\nViệt Nam - Nhật Bản\n', 'PERSON')).toEqual([]);
  });

  it('leaves foreign river names bare and organisations after "các nước" untagged', () => {
    expect(of('Tàu chạy dọc sông Volga và sông Hồng.', 'PLACE')).toEqual(['Volga', 'sông Hồng']);
    expect(of('Lãnh đạo các nước ASEAN và nước Lào họp.', 'PLACE')).toEqual(['Lào']);
  });

  it('finds whole region names', () => {
    const p = of('Tàu qua Nam Thái Bình Dương, Đông Nam Á và đồng bằng sông Cửu Long.', 'PLACE');
    expect(p).toEqual(['Nam Thái Bình Dương', 'Đông Nam Á', 'đồng bằng sông Cửu Long']);
  });
});

describe('vi: ministry clauses, glued portfolios, desk bylines, accented given names, border gates', () => {
  const full = createAnnotator();
  const ann = (text: string) => full.annotate(text, 'vi', REF).annotations;
  const of = (text: string, type: Annotation['type']) => ann(text).filter((a) => a.type === type).map((a) => a.text);

  it('ends a ministry at a comma that no "và" closes', () => {
    expect(of('Theo Bộ Công an, Đại hội thể thao Nhật Bản sẽ diễn ra.', 'MINISTRY')).toEqual(['Bộ Công an']);
    expect(of('Theo Bộ Công an, Đại hội thể thao Nhật Bản sẽ diễn ra.', 'PLACE')).toEqual(['Nhật Bản']);
    expect(of('Đoàn của Bộ Giáo dục, Khoa học và Công nghệ Hàn Quốc tới thăm.', 'MINISTRY')).toEqual(['Bộ Giáo dục, Khoa học và Công nghệ Hàn Quốc']);
  });

  it('reads a portfolio whose syllables were glued by a scraper', () => {
    expect(of('Hôm qua Bộ Ngoạigiao đã lên tiếng.', 'MINISTRY')).toEqual(['Bộ Ngoạigiao']);
    expect(of('Bộ Quốcphòng Nhật Bản cho biết.', 'MINISTRY')).toEqual(['Bộ Quốcphòng Nhật Bản']);
    expect(of('Bộ Côngbố kết quả.', 'MINISTRY')).toEqual([]);
  });

  it('takes the reporter before a desk or team on the last line', () => {
    const text = 'Hai nước ký thỏa thuận.\n\nNội dung chính ở đây.\n\nMinh Anh - Nhóm phóng viên';
    expect(of(text, 'PERSON')).toEqual(['Minh Anh']);
    expect(of(text, 'PLACE')).toEqual([]);
    expect(of('Tin chính.\n\nNội dung.\n\nThu Trang - Ban Thời sự', 'PERSON')).toEqual(['Thu Trang']);
  });

  it('knows accented European given names, and not a name cut at an initial', () => {
    expect(of('Tổng thư ký José Fernández phát biểu tại hội nghị.', 'PERSON')).toEqual(['José Fernández']);
    expect(of('Nhà văn André Kowalczyk đã tới Huế.', 'PERSON')).toEqual(['André Kowalczyk']);
    expect(of('Cuốn sách của Robert K. Jameson vừa ra mắt.', 'PERSON')).not.toContain('Robert K');
  });

  it('reads the town after a border gate or port as no person', () => {
    expect(of('Hàng hóa đi qua cửa khẩu Mae Sot mỗi ngày.', 'PERSON')).toEqual([]);
    expect(of('Tàu cập cảng Port Blair sáng nay.', 'PERSON')).toEqual([]);
  });
});

describe('heldout5 classes (h5 round)', () => {
  it('ends a province before an official’s full name', () => {
    const a = annotate('Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Phúc đã tiếp đoàn.', 'vi', REF).annotations;
    expect(a.filter((x) => x.type === 'PLACE').map((x) => x.text)).toContain('Nghệ An');
    expect(a.filter((x) => x.type === 'PERSON').map((x) => x.text)).toContain('Trần Văn Phúc');
  });
  it('reads "Cộng hòa X" as a state, also after a ministry and before a titled name', () => {
    const text = 'Thủ tướng Cộng hòa Moldovana Ion Petrescu tới thăm. Bộ Ngoại giao Cộng hòa Moldovana ra tuyên bố.';
    expect(spans(text, 'PLACE')).toContain('Cộng hòa Moldovana');
    expect(spans(text, 'PERSON')).toEqual(['Ion Petrescu']);
    expect(spans(text, 'MINISTRY')).toEqual(['Bộ Ngoại giao Cộng hòa Moldovana']);
  });
  it('keeps "Quốc gia" between a portfolio and its country', () => {
    expect(spans('Đại diện Bộ Quốc phòng Quốc gia Hàn Quốc đã tới.', 'MINISTRY')).toEqual(['Bộ Quốc phòng Quốc gia Hàn Quốc']);
  });
  it('reads "đầu giờ" / "cuối giờ" before a part of day as its start or end', () => {
    expect(dates('Đầu giờ sáng nay, đoàn tới.')).toEqual(['Đầu giờ sáng nay=2013-02-12TMO']);
    expect(run('Cuối giờ chiều 3/2, tàu rời cảng.').find((a) => a.type === 'DATE')).toMatchObject({ text: 'Cuối giờ chiều 3/2', value: '2013-02-03TAF', mod: 'END' });
  });
});
