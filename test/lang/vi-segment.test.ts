import { describe, expect, it } from 'vitest';
import { foldViTones } from '../../src/lang/vi/fold.js';
import { isViSyllable, splitGlued } from '../../src/lang/vi/syllable.js';
import { isViWord, segmentVi } from '../../src/lang/vi/segment.js';
import { annotate } from '../../src/index.js';

/** The token strings of a segmentation. */
const words = (text: string, extra?: Iterable<string>): string[] =>
  segmentVi(text, extra).map(([s, e]) => text.slice(s, e));

function checkSpans(text: string, spans: Array<[number, number]>): void {
  let prev = 0;
  for (const [s, e] of spans) {
    expect(s).toBeGreaterThanOrEqual(prev);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
    prev = e;
  }
}

describe('foldViTones', () => {
  it('moves old-style tone placement to one canonical form', () => {
    expect(foldViTones('hoà')).toBe('hòa');
    expect(foldViTones('thuỷ')).toBe('thủy');
    expect(foldViTones('Uỷ ban')).toBe('Ủy ban');
    expect(foldViTones('khoẻ')).toBe('khỏe');
    expect(foldViTones('Khánh Hoà')).toBe('Khánh Hòa');
    expect(foldViTones('HOÀ BÌNH')).toBe('HÒA BÌNH');
  });
  it('puts the tone on the second vowel of a closed rime and leaves qu alone', () => {
    expect(foldViTones('hòang')).toBe('hoàng');
    expect(foldViTones('hoàng')).toBe('hoàng');
    expect(foldViTones('quý')).toBe('quý');
    expect(foldViTones('thuyết phục')).toBe('thuyết phục');
    expect(foldViTones('ngoài')).toBe('ngoài');
  });
  it('keeps the length of any string', () => {
    for (const s of ['hoà thuỷ khoẻ', 'Uỷ ban Nhân dân tỉnh Khánh Hoà', 'abc', '', 'thủy hòa']) {
      expect(foldViTones(s)).toHaveLength(s.length);
    }
  });
});

describe('isViSyllable', () => {
  it('accepts well-formed syllables', () => {
    for (const s of ['cấp', 'thứ', 'nghiêng', 'giữa', 'gì', 'quốc', 'khuya', 'người', 'Đồng', 'hòa', 'hoà', 'thuở', 'ngoằng', 'a']) {
      expect(isViSyllable(s), s).toBe(true);
    }
  });
  it('rejects foreign words and ill-formed syllables', () => {
    // ka (k before a), ghu (gh before u), bat (stop coda without sắc/nặng), two tone marks, no vowel
    for (const s of ['Siberia', 'Kuril', 'ka', 'ghu', 'bat', 'bàt', 'hóà', 'str', 'cấpthứ', 'Sergei']) {
      expect(isViSyllable(s), s).toBe(false);
    }
  });
});

describe('splitGlued', () => {
  it('splits runs glued by scrapers', () => {
    expect(splitGlued('cấpthứ')).toEqual([3]);
    expect(splitGlued('đồngthời')).toEqual([4]);
    expect(splitGlued('giữahai')).toEqual([4]);
    expect(splitGlued('tàinguyêntại')).toEqual([3, 9]);
    expect(splitGlued('TriềuTiên')).toEqual([5]);
    expect(splitGlued('NgaSergei')).toEqual([3]);
  });
  it('keeps foreign words and single syllables whole', () => {
    expect(splitGlued('Siberia')).toEqual([]);
    expect(splitGlued('Kuril')).toEqual([]);
    expect(splitGlued('Mátxcơva')).toEqual([]);
    expect(splitGlued('nghiêng')).toEqual([]);
    expect(splitGlued('online')).toEqual([]);
  });
});

describe('segmentVi', () => {
  it('groups dictionary words and keeps function words apart', () => {
    const t = 'Chính phủ đã quyết định tăng cường hợp tác kinh tế với các nước láng giềng.';
    expect(words(t)).toEqual([
      'Chính phủ', 'đã', 'quyết định', 'tăng cường', 'hợp tác', 'kinh tế', 'với', 'các', 'nước',
      'láng giềng', '.',
    ]);
  });
  it('keeps numbers and dates whole and punctuation apart', () => {
    const t = 'Ngày 31/05/2019, giá gạo tăng 1,5% lên 1.000 đồng lúc 8h23...';
    expect(words(t)).toEqual([
      'Ngày', '31/05/2019', ',', 'giá', 'gạo', 'tăng', '1,5%', 'lên', '1.000', 'đồng', 'lúc', '8h23', '...',
    ]);
    expect(words('hômqua ngày2/3')).toEqual(['hômqua', 'ngày', '2/3']);
  });
  it('splits glued syllables and regroups them into words', () => {
    expect(words('hai bên bàytỏ quan ngại về tình hình')).toEqual(['hai', 'bên', 'bàytỏ', 'quan ngại', 'về', 'tình hình']);
    expect(words('vị thứtrưởng')).toEqual(['vị', 'thứtrưởng']);
  });
  it('groups capitalised names that are not sentence-initial', () => {
    expect(words('Hôm nay ông Trần Minh Khoa đến Đà Nẵng.')).toEqual([
      'Hôm nay', 'ông', 'Trần Minh Khoa', 'đến', 'Đà Nẵng', '.',
    ]);
    // Sentence-initial capital is an ordinary word, not part of a name.
    expect(words('Ông Khoa nói.')).toEqual(['Ông', 'Khoa', 'nói', '.']);
  });
  it('uses caller-supplied words', () => {
    const extra = ['Quỹ Tiền tệ Quốc tế'];
    expect(words('theo Quỹ Tiền tệ Quốc tế', extra)).toEqual(['theo', 'Quỹ Tiền tệ Quốc tế']);
    expect(words('theo Quỹ Tiền tệ Quốc tế')).not.toContain('Quỹ Tiền tệ Quốc tế');
  });
  it('reads the word list', () => {
    expect(isViWord('tuy nhiên')).toBe(true);
    expect(isViWord('đồng thời')).toBe(true);
    expect(isViWord('hòa bình')).toBe(true);
    expect(isViWord('hoà bình')).toBe(true);
    expect(isViWord('xanh lá')).toBe(false);
  });
  it('returns sorted, non-overlapping spans inside the text, covering every non-space character', () => {
    const texts = [
      'Bộ trưởng Bộ Ngoại giao cho biết: "Hai nước sẽ tiếp tục đối thoại."',
      '  khoảng   trắng\n\nnhiều dòng\t(ngoặc) — gạch…',
      'TP.HCM, TP. Hồ Chí Minh và H. Clinton; cà-rem; Việt-Nhật; 27-7; 1.500-2.000',
      '',
      '🙂 emoji và 中文 xen lẫn',
    ];
    for (const t of texts) {
      const spans = segmentVi(t);
      checkSpans(t, spans);
      const covered = new Array<boolean>(t.length).fill(false);
      for (const [s, e] of spans) for (let k = s; k < e; k++) covered[k] = true;
      for (let k = 0; k < t.length; k++) if (!/\s/.test(t[k]!)) expect(covered[k], `${JSON.stringify(t)}@${k}`).toBe(true);
    }
  });
  it('runs over 1 MB of repeated syllables and covers it', () => {
    const unit = 'kinh tế xã hội phát triển bền vững, ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const spans = segmentVi(text);
    checkSpans(text, spans);
    const reps = text.length / unit.length;
    expect(spans.length).toBe(reps * 5);
    expect(spans[spans.length - 1]![1]).toBe(text.length - 1);
  });
});

describe('places next to a lower-case syllable', () => {
  const places = (text: string): string[] =>
    annotate(text, 'vi').annotations.filter((a) => a.type === 'PLACE').map((a) => a.text);
  it('does not join a name\'s last syllable to the next word by ignoring case', () => {
    expect(places('Hai bên nối lại đối thoại với Việt Nam thông qua kênh ngoại giao.')).toEqual(['Việt Nam']);
    expect(places('Sáng nay, Việt Nam thông báo sẽ cử phái đoàn sang Lào.')).toEqual(['Việt Nam', 'Lào']);
    expect(places('Chính phủ Hàn Quốc thông báo kế hoạch mới.')).toEqual(['Hàn Quốc']);
    expect(places('Ông từng làm việc ở Nam Thông, tỉnh Giang Tô.')).toContain('Nam Thông');
  });
  it('keeps a place people write with a lower-case syllable', () => {
    expect(places('Tại Hy lạp, giá điện tăng mạnh.')).toEqual(['Hy lạp']);
  });
  it('reads a maritime service of a country as the country alone', () => {
    expect(places('Tàu của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Cam Ranh.')).toEqual(['Nhật Bản', 'Cam Ranh']);
    expect(places('Một tàu Cảnh sát biển Nhật Bản đã áp sát.')).toEqual(['Nhật Bản']);
    expect(places('Tên lửa rơi xuống Biển Nhật Bản sáng nay.')).toEqual(['Biển Nhật Bản']);
  });
});
