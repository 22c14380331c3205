import { describe, expect, it } from 'vitest';
import { detectLang, detectLangDetailed } from '../src/detect/index.js';
import { InvalidArgumentError } from '../src/errors.js';

describe('detectLang', () => {
  it('reads Han script as Chinese, also with Latin names and URLs inside', () => {
    expect(detectLang('俄罗斯国防部长绍伊古与日本防卫大臣稻田朋美在东京举行会谈。')).toBe('zh');
    expect(detectLang('来源：中国新闻网 www.chinanews.com 记者 John Smith 报道')).toBe('zh');
    expect(detectLang('據報道，紹伊古在東京會晤')).toBe('zh'); // Traditional
  });

  it('reads Vietnamese letters as Vietnamese, composed or decomposed', () => {
    const vi = 'Bộ trưởng Quốc phòng Phan Văn Giang tiếp Đại sứ Nhật Bản tại Hà Nội.';
    expect(detectLang(vi)).toBe('vi');
    expect(detectLang(vi.normalize('NFD'))).toBe('vi');
    expect(detectLang('Hà Nội')).toBe('vi');
  });

  it('reads Indonesian function words as Indonesian', () => {
    expect(detectLang('Menteri Pertahanan Rusia bertemu dengan Menlu Jepang di Tokyo pada hari Senin.')).toBe('id');
    expect(detectLang('Sampul resmi album itu dirilis pada bulan Juli')).toBe('id');
  });

  it('is not swayed by a few Vietnamese or Chinese names in an Indonesian text', () => {
    const text =
      'Presiden Joko Widodo menerima kunjungan Perdana Menteri Vietnam Phạm Minh Chính di Istana Bogor, ' +
      'dan keduanya membahas kerja sama perdagangan yang akan diperluas pada tahun depan untuk kedua negara.';
    expect(detectLangDetailed(text)).toMatchObject({ lang: 'id', reason: 'indonesian-words' });
    expect(detectLang('Pertemuan itu dihadiri oleh Duta Besar 王毅 dan pejabat dari Kementerian Luar Negeri.')).toBe('id');
  });

  it('has defined answers for text without cues', () => {
    expect(detectLangDetailed('')).toMatchObject({ lang: 'zh', reason: 'empty' });
    expect(detectLangDetailed('2017-03-20 14:05:03')).toMatchObject({ lang: 'zh', reason: 'empty' });
    expect(detectLang('', { fallback: 'vi' })).toBe('vi');
    // Latin letters, no cue: Indonesian is the language of the three written without diacritics.
    expect(detectLangDetailed('Jakarta Pusat')).toMatchObject({ lang: 'id', reason: 'latin-default' });
    // Few Vietnamese letters and no Indonesian word: still Vietnamese.
    expect(detectLangDetailed('Thanh Hoa Nghe An Ha Tinh Quang Binh Quang Tri Hue Vinh Da Lat Đà Nẵng')).toMatchObject({ lang: 'vi', reason: 'latin-default' });
  });

  it('is deterministic and rejects non-strings', () => {
    const text = 'Bộ Quốc phòng dan Kementerian Pertahanan 国防部';
    const first = detectLangDetailed(text);
    for (let i = 0; i < 5; i++) expect(detectLangDetailed(text)).toEqual(first);
    expect(() => detectLang(42 as unknown as string)).toThrow(InvalidArgumentError);
  });
});
