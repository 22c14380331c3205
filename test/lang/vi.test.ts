import { describe, expect, it } from 'vitest';
import { readTable, lintasValue } from '../../eval/date-table.js';
import { createAnnotator, Lexicon } from '../../src/index.js';
import type { Annotation, LexiconEntry } from '../../src/types.js';

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
