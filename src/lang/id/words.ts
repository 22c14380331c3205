/**
 * Closed-class Indonesian vocabulary the rules and date grammar share. These are grammar words
 * (months, weekdays, titles, organisation heads), not names: names live in the lexicon.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Month names and their newspaper abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['januari jan', 1],
      ['februari pebruari feb peb', 2],
      ['maret mar', 3],
      ['april apr', 4],
      ['mei', 5],
      ['juni jun', 6],
      ['juli jul', 7],
      ['agustus agu agt ags agus', 8],
      ['september sep sept', 9],
      ['oktober okt', 10],
      ['november nopember nov nop', 11],
      ['desember des', 12],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((w) => [w, n] as [string, number])),
);

/** Weekday names and abbreviations → ISO weekday (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['senin sen', 1],
      ['selasa sel', 2],
      ['rabu rab', 3],
      ['kamis kam', 4],
      ["jumat jum'at jum’at jum", 5],
      ['sabtu sab', 6],
      ['minggu ahad min', 7],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((w) => [w, n] as [string, number])),
);

/**
 * Titles, ranks, honorifics and roles written before a name (lower-case keys; multi-word titles
 * with spaces). They stay outside the PERSON span.
 */
export const PERSON_TITLES = set(`
  presiden wapres menteri menlu menhan menko mendagri menkeu mendag menkes menag menpora mensesneg
  menkumham menkominfo mentan menhub mensos mendikbud menaker menperin menpar menteri-menteri
  wamenlu wamenhan dubes kanselir raja ratu pangeran putri sultan paus kaisar perdana
  pm gubernur wagub bupati wabup walikota wali gubernur-jenderal
  jenderal letjen mayjen brigjen laksamana laksdya laksda laksma marsekal marsdya marsda marsma
  kolonel letkol mayor kapten letnan sersan kopral komisaris kombes akbp kompol ipda iptu aiptu bripka briptu
  panglima kapolri wakapolri kapolda kapolres kasad kasal kasau pangdam danrem dandim
  pak bu ibu bapak sdr sdri saudara saudari tuan nyonya nona mbak mas bung kak
  pewarta editor penulis fotografer wartawan reporter redaktur penyunting
  jubir juru ketua wakil sekjen kepala direktur dirut komisioner
  senator anggota pelatih hakim jaksa profesor prof dr drs dra ir kh kiai kyai ustaz ustad habib syekh
  dato datuk tun tan sri haji hajjah hj h mr mrs ms
  diplomat duta besar
`);

/** Titles built from a ministry's name: a minister is not a ministry (ANNOTATION.md). */
export const MINISTER_TITLE_HEADS = set('menteri menko wamen menlu menhan wamenlu wamenhan mendagri menkeu mendag');

/** Words that may follow a title before the name: portfolios and ranks (Menteri Luar Negeri, Wakil Ketua Umum). */
export const TITLE_COMPLEMENT = set(`
  luar dalam negeri pertahanan keuangan perdagangan perindustrian pertanian kesehatan pendidikan kebudayaan
  agama hukum ham sosial perhubungan kelautan perikanan energi sumber daya mineral pekerjaan umum perumahan
  rakyat ketenagakerjaan tenaga kerja komunikasi informatika lingkungan hidup kehutanan pariwisata ekonomi
  kreatif pemuda olahraga koperasi usaha kecil menengah sekretaris negara desa pembangunan daerah tertinggal
  transmigrasi agraria tata ruang riset teknologi tinggi investasi perencanaan nasional pemberdayaan perempuan
  perlindungan anak pendayagunaan aparatur reformasi birokrasi koordinator bidang politik keamanan
  perekonomian kemaritiman maritim kesejahteraan manusia badan milik bumn esdm polhukam pmk marves kesra
  penerangan kehakiman unifikasi urusan senior muda utama besar menteri presiden perdana jenderal bicara
  besar istimewa berkuasa penuh dan kepresidenan staf khusus kabinet hak asasi
`);

/** Heads of organisation names: a capitalised run starting here is no person (Partai X, Bank Y). */
export const ORGANISATION_HEADS = set(`
  kementerian kemenko departemen angkatan forum konferensi ktt pasukan partai universitas bank badan komisi
  dewan majelis mahkamah kantor jalan jl gedung rumah hotel bandara pelabuhan istana masjid gereja sekolah
  institut lembaga perusahaan pt cv grup kelompok yayasan asosiasi persatuan perhimpunan organisasi serikat
  front gerakan komando kodam polda polres korps tentara kepolisian kejaksaan pengadilan stasiun museum
  taman festival piala liga klub tim pusat balai dinas direktorat biro sekretariat kedutaan konsulat akademi
  kabinet pemerintah pemprov pemkab pemkot armada divisi brigade batalyon resimen skuadron pangkalan
  markas mabes kongres parlemen senat dprd dpr mpr kpk polri tni pbb asean uni nato
  museum teater stadion gelora harian koran majalah televisi radio kantor berita agensi program proyek operasi
  fraksi pansus panja satgas latihan perjanjian traktat deklarasi undang-undang uu piagam konvensi protokol
`);

/** Function words and sentence openers that are never part of a name, even capitalised. */
export const STOPWORDS = set(`
  dan atau tetapi namun serta dengan oleh untuk dari ke di pada dalam bagi tentang antara sejak hingga sampai
  yang ini itu tersebut ada adalah akan telah sudah sedang masih juga pun bahwa karena jika bila kalau saat
  ketika setelah sebelum selama sementara para sang si kami kita mereka dia ia beliau saya aku anda kamu
  tidak bukan belum apa siapa mengapa bagaimana kapan mana dimana menurut kata ujar tambah jelas ungkap
  sebagai seperti sehingga agar supaya maka lalu kemudian baru hanya semua setiap tiap beberapa banyak
  pihak kalangan warga rakyat negara pemerintah kawasan wilayah daerah sidang rapat
`);

/** Particles inside names (Osama bin Laden, Vincent van Gogh, al-Assad written apart). */
export const NAME_PARTICLES = set('bin binti van von der den de da di del della dos du le la al el ibn abu');

/** Words that make a capitalised run a place description, not a person (Jawa Barat). */
export const COMPASS_WORDS = set('utara selatan timur barat tengah tenggara barat laut barat daya timur laut');

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}]{2,}$/u.test(word) && /\p{L}/u.test(word);
