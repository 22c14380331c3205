import { describe, expect, it } from 'vitest';
import { createAnnotator, Lexicon } from '../../src/index.js';
import { tokenise, usePlainChunks } from '../../src/lang/id/tokenise.js';
import { findDates } from '../../src/lang/id/dates/index.js';
import { useLeads } from '../../src/lang/id/dates/vocab.js';
import { lintasValue, readTable } from '../../eval/date-table.js';
import type { AnnotatedDocument, DateAnnotation } from '../../src/types.js';

// A small stand-in lexicon, so the rules are tested on their own (not on what the default lexicon lists).
const lexicon = Lexicon.of([
  { id: 'place/jp', type: 'PLACE', names: { id: ['Jepang'] } },
  { id: 'place/ru', type: 'PLACE', names: { id: ['Rusia'] } },
  { id: 'place/us', type: 'PLACE', names: { id: ['AS', 'Amerika Serikat'] } },
  { id: 'place/id', type: 'PLACE', names: { id: ['Indonesia'] } },
  { id: 'place/jawa-barat', type: 'PLACE', names: { id: ['Jawa Barat'] } },
  { id: 'place/asia-pacific', type: 'PLACE', names: { id: ['Asia-Pasifik'] } },
]);
const annotator = createAnnotator({ lexicons: lexicon });
const annotate = (text: string, referenceDate = '2013-11-03'): AnnotatedDocument => annotator.annotate(text, 'id', { referenceDate });
const spans = (text: string, type: string) => annotate(text).annotations.filter((a) => a.type === type).map((a) => a.text);
const dates = (text: string, referenceDate = '2013-02-12') =>
  annotator
    .annotate(text, 'id', { referenceDate })
    .annotations.filter((a): a is DateAnnotation => a.type === 'DATE')
    .map((d) => [d.text, d.value + (d.endValue ? '..' + d.endValue : '') + (d.mod ? ' ' + d.mod : '')]);

/** Seeded pseudo-random texts made of `parts`, for comparing two ways of computing the same thing. */
function randomTexts(seed: number, count: number, parts: readonly string[]): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 1 + Math.floor(next() * 30); k > 0; k--) text += parts[Math.floor(next() * parts.length)]! + (next() < 0.5 ? ' ' : '');
    return text;
  });
}

describe('id date leads', () => {
  it('find the same dates as a scan of the whole text', () => {
    const texts = [
      'Senin (4/11/2013) pukul 10.00 WIB, tanggal 5 dan 6 Mei 2024, 28 Desember 2012 - 3 Januari 2013, tahun 1990-an, era 90-an.',
      'Pada 2013-11-04 dan sejak 2010 hingga 2014; tiga hari lalu, sepekan lagi, tadi malam, awal bulan depan, Idulfitri 2024.',
      ...randomTexts(11, 3000, ['1', '12', '2013', '123', '5', '31', '1990', '90', '-', '–', '/', ':', '.', ',', ' ', '\n', 'an', 'AN',
        'Januari', 'mei', 'Des', 'des.', 'tanggal', 'tgl.', 'tahun', 'thn', 'pada', 'sejak', 'hari', 'Senin', 'Minggu', 'minggu', 'lalu',
        'depan', 'ini', 'yang', 'akan', 'datang', 'pukul', 'jam', 'pk.', 'WIB', 'sampai', 'dan', 'kemarin', 'besok', 'tadi', 'malam',
        'pagi', 'dini', 'semalam', 'tiga', 'dua', 'belas', 'sepekan', 'bulan', 'kuartal', 'III', 'semester', 'musim', 'panas', 'awal',
        'akhir', 'era', 'Natal', 'HUT', 'RI', 'Idul', 'Fitri', 'Idulfitri', 'Lebaran', 'Imlek', 'baru', 'K', 'ſ', 'İ', '(', ')', '%',
        's.d.', 'silam', 'selama', "Jum'at", 'ke-3', '٣', 'é']),
    ];
    const find = (text: string, leads: boolean) => {
      useLeads(leads);
      try {
        return findDates({ text } as Parameters<typeof findDates>[0]);
      } finally {
        useLeads(true);
      }
    };
    for (const text of texts) expect(find(text, true), text).toEqual(find(text, false));
  });
});

describe('id tokens', () => {
  const words = (text: string) => tokenise(text).map((t) => text.slice(t.start, t.end));
  it('keeps clitics, reduplication, numbers, dates and abbreviations whole', () => {
    expect(words('satu-satunya bidang-bidang rumahnya, dialah apakah bagaimanapun')).toEqual([
      'satu-satunya', 'bidang-bidang', 'rumahnya', ',', 'dialah', 'apakah', 'bagaimanapun',
    ]);
    expect(words('naik 11,5 persen pukul 11.51 WIB pada 4/11/2013 (2+2)')).toEqual([
      'naik', '11,5', 'persen', 'pukul', '11.51', 'WIB', 'pada', '4/11/2013', '(', '2+2', ')',
    ]);
    expect(words('AS, RI, PBB dan TNI; ke-18 dan 1940-an; Prof. Dr. Budi')).toEqual([
      'AS', ',', 'RI', ',', 'PBB', 'dan', 'TNI', ';', 'ke-18', 'dan', '1940-an', ';', 'Prof.', 'Dr.', 'Budi',
    ]);
    expect(words('lihat https://kompas.com/a?b=1 atau a.b@c.id 10:15 33-36')).toEqual([
      'lihat', 'https://kompas.com/a?b=1', 'atau', 'a.b@c.id', '10:15', '33', '-', '36',
    ]);
  });
  it('gives exact offsets, also around odd spacing', () => {
    const text = '  Menlu\tJepang,\n\nFumio  Kishida… 2013 ';
    for (const t of tokenise(text)) expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
    expect(tokenise(text).map((t) => text.slice(t.start, t.end))).toEqual(['Menlu', 'Jepang', ',', 'Fumio', 'Kishida', '…', '2013']);
  });
  it('cuts plain chunks exactly as wink does', () => {
    const texts = [
      'JAKARTA (ANTARA) – Menlu RI, Retno: "Kita (pun) siap!" kata-nya… 2013, 10 am; 9: pm 5 hours 7 hrs 1.500.000 33-36',
      "Jum'at 4/11/2013 10:15 WIB :D ;) <3 #tag @nama a@b.id https://x.co/a 3rd 12th 10% 2+2 —— –",
      ...randomTexts(7, 3000, ['a', 'am', 'pm', 'p.m.', 'hrs', 'hours', 'H', 'P', 'kata', 'Ab', '1', '10', '2013', ' ', ' ', '  ', '\n', '\u00a0',
        '.', ',', ':', ';', '-', '–', '—', '(', ')', '[', '"', "'", '’', '“', '…', '%', '/', '@', '#', '<', '3', 'é', 'st', 'th', 'D', 'd', '😊', '!', '?', '*', '+']),
    ];
    const cut = (text: string, plain: boolean) => {
      usePlainChunks(plain);
      try {
        return tokenise(text);
      } finally {
        usePlainChunks(true);
      }
    };
    for (const text of texts) expect(cut(text, true), text).toEqual(cut(text, false));
  });
  it('splits tokens at entity edges (Jepang-Rusia)', () => {
    const doc = annotate('pertemuan Jepang-Rusia');
    expect(doc.tokens.map((t) => t.text)).toEqual(['pertemuan', 'Jepang', '-', 'Rusia']);
  });
});

describe('id persons', () => {
  it('finds names after titles and roles, titles outside', () => {
    expect(spans('Menhan Itsunori Onodera bertemu Menlu Jepang, Fumio Kishida.', 'PERSON')).toEqual(['Itsunori Onodera', 'Fumio Kishida']);
    expect(spans('Kata Presiden Susilo Bambang Yudhoyono dan Pak Harto.', 'PERSON')).toEqual(['Susilo Bambang Yudhoyono', 'Harto']);
    expect(spans('Menteri Luar Negeri AS Chuck Hagel tiba. Menlu Sugiono juga.', 'PERSON')).toEqual(['Chuck Hagel', 'Sugiono']);
    expect(spans('Laksamana TNI Yudo Margono dan Sdr. Sugiono hadir.', 'PERSON')).toEqual(['Yudo Margono', 'Sugiono']);
    expect(spans('Pewarta: Budi Santoso\nEditor: Ade Marboen', 'PERSON')).toEqual(['Budi Santoso', 'Ade Marboen']);
  });
  it('keeps particles inside names', () => {
    expect(spans('Pemimpin Osama bin Laden tewas.', 'PERSON')).toEqual(['Osama bin Laden']);
  });
  it('recognises foreign names by a given name compromise knows', () => {
    expect(spans('dua timpalannya dari Rusia, Sergey Lavrov dan Sergei Shoigu, hadir', 'PERSON')).toEqual(['Sergey Lavrov', 'Sergei Shoigu']);
  });
  it('links a surname repeat to the full name seen earlier', () => {
    const doc = annotate('Sergey Lavrov tiba. Kemudian Menlu Lavrov berkata, dan Lavrov pulang.');
    const persons = doc.annotations.filter((a) => a.type === 'PERSON');
    expect(persons.map((p) => p.text)).toEqual(['Sergey Lavrov', 'Lavrov', 'Lavrov']);
    expect(new Set(persons.map((p) => (p as { id: string }).id)).size).toBe(1);
    expect(persons.map((p) => (p as { canonical: string }).canonical)).toEqual(['Sergey Lavrov', 'Sergey Lavrov', 'Sergey Lavrov']);
  });
  it('does not take organisations, months, weekdays or sentence openers for persons', () => {
    const text =
      'Dan Rusia setuju. Para Menteri juga hadir. Ketua Fraksi Partai Demokrat bicara. Kementerian Pertahanan, Angkatan Laut Rusia, ' +
      'Forum kawasan ASEAN, Konferensi Asia Timur, Universitas Gadjah Mada dan Bank Mandiri. Presiden Senin lalu. Menteri Januari.';
    expect(spans(text, 'PERSON')).toEqual([]);
  });
});

describe('id ministries', () => {
  it('reads ministries as a grammar, with the country inside', () => {
    expect(spans('Kementerian Pertahanan Jepang dan Kemhan RI serta Kementerian Luar Negeri Indonesia', 'MINISTRY')).toEqual([
      'Kementerian Pertahanan Jepang',
      'Kemhan RI',
      'Kementerian Luar Negeri Indonesia',
    ]);
    expect(spans('Departemen Luar Negeri AS, Kemenko Polhukam, Kemendag, Kemenkeu dan Kementerian Hukum dan HAM', 'MINISTRY')).toEqual([
      'Departemen Luar Negeri AS',
      'Kemenko Polhukam',
      'Kemendag',
      'Kemenkeu',
      'Kementerian Hukum dan HAM',
    ]);
  });
  it('tags only the ministry inside a sub-agency name', () => {
    expect(spans('Badan Sarana Pertahanan Kemhan menyatakan', 'MINISTRY')).toEqual(['Kemhan']);
  });
  it('treats minister titles as no ministry', () => {
    const text = 'Menteri Luar Negeri (Menlu) dan Menteri Pertahanan (Menhan) Jepang-Rusia; Menko Polhukam hadir.';
    expect(spans(text, 'MINISTRY')).toEqual([]);
    expect(spans(text, 'PLACE')).toEqual(['Jepang', 'Rusia']);
  });
  it('does not read university departments or words like Kemarin as ministries', () => {
    expect(spans('Departemen Ilmu Politik dan Kemarin Kemudian', 'MINISTRY')).toEqual([]);
  });
  it('tags an acronym defined in brackets and its repeats', () => {
    expect(spans('Kementerian Lingkungan Hidup dan Kehutanan (KLHK) menyegel lahan. Menurut KLHK, api padam. Badan Pusat Statistik (BPS) mencatat.', 'MINISTRY')).toEqual([
      'Kementerian Lingkungan Hidup dan Kehutanan',
      'KLHK',
      'KLHK',
    ]);
  });
});

describe('id places', () => {
  it('keeps type words outside or inside as ANNOTATION.md says', () => {
    expect(spans('Provinsi Jawa Barat, Kepulauan Kuril, Kabupaten Sleman, Laut China Selatan dan Selat Malaka', 'PLACE')).toEqual([
      'Jawa Barat',
      'Kuril',
      'Sleman',
      'Laut China Selatan',
      'Selat Malaka',
    ]);
  });
  it('finds upper-case datelines', () => {
    expect(spans('SIDOARJO (ANTARA) - Banjir melanda.', 'PLACE')).toEqual(['SIDOARJO']);
    expect(spans('BANDA ACEH, KOMPAS.com - Gempa terjadi.', 'PLACE')).toEqual(['BANDA ACEH']);
  });
  it('splits hyphenated pairs, keeps a listed hyphenated region whole, and reads no sea in a navy', () => {
    expect(spans('Jepang-Rusia di Asia-Pasifik; Angkatan Laut Rusia', 'PLACE')).toEqual(['Jepang', 'Rusia', 'Asia-Pasifik', 'Rusia']);
  });
  it('stops a typed place before the person after it', () => {
    expect(spans('Gubernur Provinsi Jawa Barat Ahmad Heryawan', 'PERSON')).toEqual(['Ahmad Heryawan']);
  });
});

describe('id dates', () => {
  it('reads the seed forms with their spans', () => {
    expect(dates('pada Sabtu (2 November), dan pada tahun 2014', '2013-11-03')).toEqual([
      ['Sabtu (2 November)', '2013-11-02'],
      ['tahun 2014', '2014'],
    ]);
    expect(dates('sejak Senin (4/11/2013) hingga Kamis (16/5)', '2014-01-01')).toEqual([
      ['Senin (4/11/2013)', '2013-11-04'],
      ['Kamis (16/5)', '2013-05-16'],
    ]);
  });
  it('keeps prepositions and frames outside', () => {
    expect(dates('sekitar pukul 11.51 WIB waktu setempat')).toEqual([['pukul 11.51 WIB', '2013-02-12T11:51']]);
    expect(dates('pada kemarin sore dan pada 5-6 Agustus 2024')).toEqual([
      ['kemarin sore', '2013-02-11TAF'],
      ['5-6 Agustus 2024', '2024-08-05..2024-08-06'],
    ]);
  });
  it('reads timestamps as one span', () => {
    expect(dates('Senin, 13 Mei 2024 10:15 WIB')).toEqual([['Senin, 13 Mei 2024 10:15 WIB', '2024-05-13T10:15']]);
    expect(dates('13/05/2024 10:15')).toEqual([['13/05/2024 10:15', '2024-05-13T10:15']]);
  });
  it('computes moving holidays from their calendars', () => {
    expect(dates('Idul Fitri 2013 dan Imlek 2014')).toEqual([
      ['Idul Fitri 2013', '2013-08-08'],
      ['Imlek 2014', '2014-01-31'],
    ]);
  });
  it('leaves durations, recurring sets and vague words untagged', () => {
    for (const text of ['selama 3 hari', 'setiap tahun', 'empat tahun terakhir', 'selama dua minggu', 'setiap Senin', 'baru-baru ini', 'dalam tiga hari']) {
      expect(dates(text), text).toEqual([]);
    }
  });
  it('scores at least 95% on the date table under both policies', () => {
    const rows = readTable('id');
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const prefer of ['future', 'news'] as const) {
      const ok = rows.filter((r) => lintasValue(r.phrase, 'id', prefer) === (prefer === 'future' ? r.future : r.news)).length;
      expect(ok / rows.length, prefer).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('id error classes from held-out reading', () => {
  const persons = (text: string) =>
    annotate(text)
      .annotations.filter((a) => a.type === 'PERSON')
      .map((a) => [a.text, (a as { id: string }).id]);
  it('takes a byline name whole, up to a slash, a bracket, a line end or the next label', () => {
    expect(spans('Pewarta: Dewi Putri Anggraini\nEditor: Agus Setiawan', 'PERSON')).toEqual(['Dewi Putri Anggraini', 'Agus Setiawan']);
    expect(spans('Reporter: Rizky Ayu Lestari/Yoga Pratama (ant)', 'PERSON')).toEqual(['Rizky Ayu Lestari']);
    expect(spans('Penulis Galih Prasetyo | Editor Sri Wahyuni', 'PERSON')).toEqual(['Galih Prasetyo', 'Sri Wahyuni']);
  });
  it('links a given name or a surname alone to the full name seen earlier', () => {
    const p = persons('Menteri Keuangan Sri Mulyani Indrawati tiba di Bali. Mulyani mengatakan hal itu. Kemudian Menlu Hassan Wirajuda bicara; Hassan menambahkan.');
    expect(p.map(([t]) => t)).toEqual(['Sri Mulyani Indrawati', 'Mulyani', 'Hassan Wirajuda', 'Hassan']);
    expect(p[1]![1]).toBe(p[0]![1]);
    expect(p[3]![1]).toBe(p[2]![1]);
    // a common word is no short form, even capitalised at a sentence start
    expect(spans('Menlu Dino Patti Djalal hadir. Strategi baru dibahas.', 'PERSON')).toEqual(['Dino Patti Djalal']);
  });
  it('keeps initials without a full stop inside the name', () => {
    expect(spans('Kepala Staf TNI AD Jenderal R Soeprapto hadir.', 'PERSON')).toEqual(['R Soeprapto']);
    expect(spans('Mantan Kepala BIN Letjen A. M. Saleh hadir.', 'PERSON')).toEqual(['A. M. Saleh']);
  });
  it('reads no person in Title Case headlines of common words, agencies or sub-agency names', () => {
    expect(spans('Menlu Tinjau Persiapan Latihan Gabungan di Bali', 'PERSON')).toEqual([]);
    expect(spans('Kepala Basarnas Marsdya TNI Kusworo memimpin pencarian.', 'PERSON')).toEqual(['Kusworo']);
    expect(spans('Direktur Jenderal Potensi Pertahanan Kemhan Mayjen TNI Dadang Hendra hadir.', 'PERSON')).toEqual(['Dadang Hendra']);
  });
  it('takes no medium with a domain and no bare acronym for a place', () => {
    expect(spans('REPUBLIKA.CO.ID, SEMARANG -- Kapal itu keluar dari wilayah KEK.', 'PLACE')).toEqual(['SEMARANG']);
  });
  it('finds towns after di/ke and whole regency names after Kabupaten', () => {
    expect(spans('Latihan digelar di Pangalengan, Jawa Barat, lalu pindah ke Townsville.', 'PLACE')).toEqual(['Pangalengan', 'Jawa Barat', 'Townsville']);
    expect(spans('di Kabupaten Jawa Barat Daya', 'PLACE')).toEqual(['Jawa Barat Daya']);
    expect(spans('kapal itu terlihat di dekat Pulau Panjang.', 'PLACE')).toEqual(['Pulau Panjang']);
    expect(spans('Rapat di Gedung Sate dan di Twitter.', 'PLACE')).toEqual([]);
  });
  it('keeps multi-word ranks, corps and TNI/Polri outside the name', () => {
    expect(spans('Kepala Staf Angkatan Laut Laksamana Madya Gatot Wibisono tiba.', 'PERSON')).toEqual(['Gatot Wibisono']);
    expect(spans('Marsekal Pertama Ridwan Halim dan Laksamana Muda TNI Yosef Karlo hadir.', 'PERSON')).toEqual(['Ridwan Halim', 'Yosef Karlo']);
    expect(spans('Letnan Jenderal Bayu Anggoro, Mayor Jenderal Candra Wijaya dan Letnan Kolonel Darmawan.', 'PERSON')).toEqual([
      'Bayu Anggoro', 'Candra Wijaya', 'Darmawan',
    ]);
    expect(spans('Komisaris Jenderal Polisi Fikri Maulana dan Inspektur Jenderal Gilang Ramadhan bertemu.', 'PERSON')).toEqual(['Fikri Maulana', 'Gilang Ramadhan']);
    expect(spans('Brigadir Jenderal Polisi Irfan Kurnia dan Brigjen Pol. Joko Lelono hadir.', 'PERSON')).toEqual(['Irfan Kurnia', 'Joko Lelono']);
    expect(spans('Kolonel Laut (P) Kevin Manurung dan Kapten Laut Lukman Harahap tiba di kapal.', 'PERSON')).toEqual(['Kevin Manurung', 'Lukman Harahap']);
    expect(spans('Letkol Inf Maman Suherman, Kol. Nanang Kosim dan Mayjen TNI (Purn.) Oki Firmansyah.', 'PERSON')).toEqual([
      'Maman Suherman', 'Nanang Kosim', 'Oki Firmansyah',
    ]);
    expect(spans('Laksdya TNI Pandu Wicaksono, Marsda Qomar Zaman, Komjen Pol Rahmat Hidayat dan Irjen Pol. Sutan Batubara.', 'PERSON')).toEqual([
      'Pandu Wicaksono', 'Qomar Zaman', 'Rahmat Hidayat', 'Sutan Batubara',
    ]);
    expect(spans('Kolonel Laut (P) Kevin Manurung tiba.', 'PLACE')).toEqual([]);
  });
  it('takes a compass word after a listed place into a larger region', () => {
    const lex = Lexicon.of([
      { id: 'place/pacific', type: 'PLACE', names: { id: ['Pasifik'] } },
      { id: 'place/africa', type: 'PLACE', names: { id: ['Afrika'] } },
      { id: 'place/borneo', type: 'PLACE', names: { id: ['Kalimantan'] } },
      { id: 'place/iran', type: 'PLACE', names: { id: ['Iran'] } },
      { id: 'place/me', type: 'PLACE', names: { id: ['Timur Tengah'] } },
      { id: 'place/kr', type: 'PLACE', names: { id: ['Korea Selatan'] } },
    ]);
    const places = (text: string) =>
      createAnnotator({ lexicons: lex }).annotate(text, 'id', { referenceDate: '2024-01-01' }).annotations.filter((a) => a.type === 'PLACE').map((a) => a.text);
    expect(places('Patroli di Pasifik Barat dan Afrika Barat Daya, juga di Kalimantan Utara.')).toEqual(['Pasifik Barat', 'Afrika Barat Daya', 'Kalimantan Utara']);
    expect(places('Kapal itu ke Afrika Timur Laut.')).toEqual(['Afrika Timur Laut']);
    // a compass word opening another listed place, or after a place already ending in one
    expect(places('antara Iran Timur Tengah dan Korea Selatan Barat')).toEqual(['Iran', 'Timur Tengah', 'Korea Selatan']);
  });
  it('lists Indonesian regencies and cities in the default lexicon', () => {
    const doc = createAnnotator().annotate('Banjir melanda Kabupaten Bojonegoro dan Kota Bontang.', 'id', { referenceDate: '2024-01-01' });
    expect(doc.annotations.filter((a) => a.type === 'PLACE').map((a) => a.text)).toEqual(['Bojonegoro', 'Bontang']);
  });
  it('keeps qualifiers, drops the full stop, reads ranges and day lists', () => {
    expect(dates('pada Rabu (6/2) lalu.', '2013-02-12')).toEqual([['Rabu (6/2) lalu', '2013-02-06']]);
    expect(dates('digelar pada 3 Maret. Kemudian', '2013-02-12')).toEqual([['3 Maret', '2013-03-03']]);
    expect(dates('berlangsung 14-15 Januari lalu', '2013-02-12')).toEqual([['14-15 Januari lalu', '2013-01-14..2013-01-15']]);
    expect(dates('pada 8 dan 9 Februari', '2013-02-12')).toEqual([['8', '2013-02-08'], ['9 Februari', '2013-02-09']]);
  });
});

describe('id held-out classes (heldout3)', () => {
  it('reads Hijri dates and Hijri years (H, Hijriah) as the Indonesian Gregorian day', () => {
    expect(dates('Puasa dimulai 1 Ramadan 1440 H, dan Iduladha jatuh pada 10 Zulhijah 1445 Hijriah.', '2024-05-01')).toEqual([
      ['1 Ramadan 1440 H', '2019-05-06'],
      ['10 Zulhijah 1445 Hijriah', '2024-06-17'],
    ]);
    expect(dates('Mudik usai Lebaran 1444 H berjalan lancar.', '2023-05-01')).toEqual([['Lebaran 1444 H', '2023-04-22']]);
    expect(dates('Tahun Baru Islam 1 Muharam 1447 H.', '2025-06-01').map((d) => d[0])).toEqual(['1 Muharam 1447 H']);
    // a year marked H is never a Gregorian year; "awal" inside Syawal is no year cue
    expect(dates('pada tahun 1445 H lalu', '2024-05-01')).toEqual([]);
    expect(dates('sejak awal Syawal 1445 H', '2024-05-01')).toEqual([]);
    expect(dates('pada Rabiul Awal 1446 lalu', '2024-10-01')).toEqual([]);
    expect(dates('Ia tinggal di Teling-Manado.').length).toBe(0);
  });
  it('keeps the Haji honorific outside a name', () => {
    const lex = Lexicon.of([{ id: 'person/jk', type: 'PERSON', names: { id: ['Jusuf Kalla'] } }]);
    const persons = createAnnotator({ lexicons: lex }).annotate('Acara dihadiri H. M. Jusuf Kalla dan Hj. Mufidah.', 'id', { referenceDate: '2024-01-01' })
      .annotations.filter((a) => a.type === 'PERSON').map((a) => a.text);
    expect(persons).toContain('M. Jusuf Kalla');
    expect(persons).not.toContain('H. M. Jusuf Kalla');
  });
  it('joins a weekday, its part of day and its bracketed date', () => {
    expect(dates('Rombongan mendarat pada Kamis pagi (8/2) di Jakarta.', '2013-02-12')).toEqual([['Kamis pagi (8/2)', '2013-02-08TMO']]);
    expect(dates('Sidang digelar Senin sore (4 Februari).', '2013-02-12')).toEqual([['Senin sore (4 Februari)', '2013-02-04TAF']]);
  });
  it('keeps a qualifier after a modified month', () => {
    expect(dates('Kunjungan dijadwalkan pertengahan Maret ini.', '2013-02-12')).toEqual([['pertengahan Maret ini', '2013-03 MID']]);
    expect(dates('Proyek rampung akhir Januari lalu.', '2013-02-12')).toEqual([['akhir Januari lalu', '2013-01 END']]);
  });
  it('finds speakers after a speech verb closing a quote, and nicknames', () => {
    expect(spans('"Kami akan hadir," kata Wawan kepada wartawan.', 'PERSON')).toEqual(['Wawan']);
    expect(spans('"Semua sudah siap," ujar Tono. Acara dimulai pukul 09.00.', 'PERSON')).toEqual(['Tono']);
    expect(spans('"Kami perlu waktu," kata Tn. Harris.', 'PERSON')).not.toContain('Tn');
    expect(spans('"Itu sudah final," tegasDodi.', 'PERSON')).toEqual(['Dodi']);
    expect(spans('Pria yang akrab disapa Obet itu tersenyum.', 'PERSON')).toEqual(['Obet']);
    // no quote before the verb: no speaker
    expect(spans('Ia tidak tahu kata Inggris itu.', 'PERSON')).toEqual([]);
    // acronyms and roles before an organisation are no speakers
    expect(spans('"Ya," kata WHO. "Tidak," kata Sekretaris Perusahaan.', 'PERSON')).toEqual([]);
  });
  it('reads Sasak and Balinese name prefixes after a title', () => {
    expect(spans('Bupati Lalu Ahmad Fadli meninjau lokasi.', 'PERSON')).toEqual(['Lalu Ahmad Fadli']);
  });
  it('cuts a glued verb off a name', () => {
    expect(spans('Menteri Harjantomenjelaskan rencana itu.', 'PERSON')).toEqual(['Harjanto']);
  });
  it('does not take a ship named after a person for the person', () => {
    expect(spans('Kapal KRI Bung Tomo berlayar bersama KRI Frans Kaisiepo.', 'PERSON')).toEqual([]);
  });
  it('skips facilities, hyphenated name parts and stacked type words', () => {
    expect(spans('Pameran digelar di Riverside Centre, lalu di Rue-Royale.', 'PLACE')).toEqual([]);
    expect(spans('Ia tinggal di ibu kota Kabupaten Sleman.', 'PLACE')).toEqual(['Sleman']);
    // a pair of places joined by a hyphen stands
    expect(spans('Banjir di Bantul-Indonesia surut.', 'PLACE')).toEqual(['Bantul', 'Indonesia']);
  });
  it('splits words glued by a scraper at a lower→upper step for the lexicon', () => {
    expect(spans('Bantuan dikirim ke Jepang danRusia.', 'PLACE')).toEqual(['Jepang', 'Rusia']);
  });
});

describe('glued words in scraped text', () => {
  it('splits a lower-case word glued to a capitalised name, but not a brand with an inner capital', () => {
    expect(spans('Ia tiba diJepang kemarin dan bertemu danRusia.', 'PLACE')).toEqual(['Jepang', 'Rusia']);
    expect(spans('Maskapai AirAsia dan PetroJepang melayani rute itu.', 'PLACE')).toEqual([]);
  });
});

describe('id heldout4 classes', () => {
  const withPerson = createAnnotator({
    lexicons: Lexicon.of([
      { id: 'place/id', type: 'PLACE', names: { id: ['Indonesia'] } },
      { id: 'place/mm', type: 'PLACE', names: { id: ['Myanmar'] } },
      { id: 'place/sa', type: 'PLACE', names: { id: ['Arab Saudi'] } },
      { id: 'person/wiranto', type: 'PERSON', names: { id: ['Wiranto'] } },
    ]),
  });
  const persons = (text: string) =>
    withPerson.annotate(text, 'id', { referenceDate: '2021-03-01' }).annotations.filter((a) => a.type === 'PERSON').map((a) => a.text);
  it('reads Republika-style credit lines (Rep:, Red:) only before a colon', () => {
    expect(spans('Banjir Rob Melanda Pesisir\n\nRep: Rahmat Hidayat Red: Siti Aminah\n\nSEMARANG -- Air laut naik.', 'PERSON')).toEqual([
      'Rahmat Hidayat',
      'Siti Aminah',
    ]);
    expect(spans('Tim Red Bull tiba di Sentul.', 'PERSON')).toEqual([]);
  });
  it('reads names after numbered bodies, nominalised portfolios, a posting country and a ministry apposition', () => {
    expect(persons('Wakil Ketua Komisi IV DPR Rudi Hartono menolak usul itu.')).toEqual(['Rudi Hartono']);
    expect(persons('Kepala Penerangan WNI dan BHI Kemlu, Sari Wulandari, menjelaskan hal itu.')).toEqual(['Sari Wulandari']);
    expect(persons('Duta Besar Indonesia untuk Myanmar Dewi Kartika Sari hadir.')).toEqual(['Dewi Kartika Sari']);
    // an organisation's head word is no portfolio
    expect(persons('Ketua Persatuan Nelayan Indonesia (PNI) hadir.')).toEqual([]);
  });
  it('keeps a titled two-word name ending in a listed one-word name as another person', () => {
    expect(persons('Menteri Perhubungan Agus Wiranto meninjau pelabuhan. Menteri Pertahanan Wiranto hadir.')).toEqual(['Agus Wiranto', 'Wiranto']);
    expect(persons('Ketua Umum Hanura Wiranto hadir.')).toEqual(['Wiranto']);
  });
  it('starts a name glued onto the title at the camel step', () => {
    expect(persons('Juru bicara Menteri KeuanganSri Mulyani Indrawati menjelaskan.')).toEqual(['Sri Mulyani Indrawati']);
  });
  it('joins al-/el- particles glued by a hyphen into an Arabic name', () => {
    expect(persons('Duta Besar Arab Saudi untuk Indonesia, Khalid bin Faisal al-Harbi, tiba kemarin.')).toEqual(['Khalid bin Faisal al-Harbi']);
  });
  it('reads a typed place after a descriptor and no place in a numbered unit', () => {
    expect(spans('Pengungsi tiba di kota perbatasan Ban Rak Thai pada Senin.', 'PLACE')).toEqual(['Ban Rak Thai']);
    expect(spans('Komandan Komando Wilayah Laut II tiba.', 'PLACE')).toEqual([]);
  });
  it('dates: timestamps with a slash, half-years and quarters with a hyphenated year, recurring days', () => {
    expect(dates('Kamis, 4 Maret 2021 / 09:30 WIB JAKARTA')).toEqual([['Kamis, 4 Maret 2021 / 09:30 WIB', '2021-03-04T09:30']]);
    expect(dates('Pembayaran dimulai semester I-2022 dan laba kuartal III-2021 naik.')).toEqual([
      ['semester I-2022', '2022-H1'],
      ['kuartal III-2021', '2021-Q3'],
    ]);
    expect(dates('Hari itu diperingati setiap 17 Agustus dan tiap Oktober.')).toEqual([]);
  });
});

describe('heldout5 classes (own sentences)', () => {
  it('a lower-case "di" after a name is the preposition, not a particle', () => {
    expect(spans('Presiden Jepang Hiroshi Tanaka Morales di Osaka menerima tamu.', 'PERSON')).toEqual(['Hiroshi Tanaka Morales']);
    expect(spans('Menlu Rusia Pablo Ortega Ruiz di Sela pertemuan itu berbicara.', 'PERSON')).toEqual(['Pablo Ortega Ruiz']);
    // Acehnese names keep their "di"
    expect(spans('Kakeknya, Teungku Chik di Tiro, dikenang warga.', 'PERSON')).toEqual([]);
    expect(spans('Dosen Hasan Muhammad di Tiro menulis buku.', 'PERSON')).toEqual(['Hasan Muhammad di Tiro']);
  });
  it('a bare verb in a Title Case headline is no name', () => {
    expect(spans('Menlu Jepang dan Rusia Soroti Ketegangan Kawasan', 'PERSON')).toEqual([]);
    expect(spans('Menhan Jepang Jajaki Pembelian Kapal', 'PERSON')).toEqual([]);
  });
  it('a ship name after KN/KRI/KM holds no place', () => {
    expect(spans('Patroli dilakukan kapal KN Pulau Marore dan KRI Teluk Sibolga.', 'PLACE')).toEqual([]);
    expect(spans('Nelayan dari Pulau Marore ditangkap.', 'PLACE')).toEqual(['Marore']);
  });
  it('an unknown name after lower-case "perbatasan" is a place', () => {
    expect(spans('Antrean panjang terjadi di pos perbatasan Aruk pagi ini.', 'PLACE')).toEqual(['Aruk']);
  });
  it('ISO timestamps and fiscal years', () => {
    expect(dates('Diperbarui: 2024-11-05T08:15:30+07:00 oleh redaksi')).toEqual([['2024-11-05T08:15:30+07:00', '2024-11-05T08:15:30']]);
    expect(dates('Dibuat 2024-11-05T08:15Z.')).toEqual([['2024-11-05T08:15Z', '2024-11-05T08:15']]);
    expect(dates('Dana itu dialokasikan pada tahun anggaran 2026 dan tahun fiskal 2027.')).toEqual([
      ['tahun anggaran 2026', '2026'],
      ['tahun fiskal 2027', '2027'],
    ]);
  });
});

describe('a town named after a type word or "perbatasan", repeated bare', () => {
  it('is a place again elsewhere, not in a compound or as a language', () => {
    expect(spans('Truk menunggu di pos perbatasan Aruk. Barang dikirim melalui Aruk setiap hari.', 'PLACE')).toEqual(['Aruk', 'Aruk']);
    expect(spans('Warga Kecamatan Sajingan memakai bahasa Sajingan dan tinggal di Sajingan-Besar.', 'PLACE')).toEqual(['Sajingan']);
  });
});
