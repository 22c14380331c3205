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

/** Month names written out (and the short full names Mei, Juni, Juli), not abbreviations (Agus is also a given name). */
export const FULL_MONTH_NAMES: readonly string[] = [...MONTHS.keys()].filter((m) => m.length >= 5 || m === 'mei' || m === 'juni' || m === 'juli');

/** A roman numeral up to XV: a numbered unit (Komisi IV, Wilayah Pertahanan I). */
export const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,3}|XIV|XV)$/u;

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
  komjen irjen kol kapt lettu letda serma serka sertu serda kopka koptu kopda praka pratu prada inspektur
  brigadir brigpol bripda bharada bharatu bharaka aipda akp ajun jend
  panglima kapolri wakapolri kapolda kapolres kasad kasal kasau pangdam danrem dandim
  pak bu ibu bapak sdr sdri saudara saudari tuan nyonya nona mbak mas bung kak
  pewarta editor penulis fotografer wartawan reporter redaktur penyunting
  jubir juru ketua wakil sekjen kepala direktur dirut komisioner
  senator anggota pelatih hakim jaksa profesor prof dr drs dra ir kh kiai kyai ustaz ustad habib syekh
  dato datuk tun tan sri haji hajjah hj h mr mrs ms
  diplomat duta besar
`);

/**
 * Military and police ranks: a rank may run on over several words (Laksamana Madya, Marsekal
 * Pertama, Brigadir Jenderal Polisi, Kolonel Laut (P), Letkol Inf, Brigjen Pol., Mayjen TNI (Purn.)),
 * all of it outside the PERSON span.
 */
export const RANK_HEADS = set(`
  jenderal jend letjen mayjen brigjen laksamana laksdya laksda laksma marsekal marsdya marsda marsma kolonel kol
  letkol mayor kapten kapt letnan lettu letda sersan serma serka sertu serda kopral kopka koptu kopda praka pratu
  prada komisaris komjen kombes akbp kompol akp inspektur irjen ipda iptu aipda aiptu brigadir brigpol bripka
  briptu bripda bharada bharatu bharaka ajun
`);
/** Words that continue a rank after its head (Madya, Jenderal, Polisi, Laut, TNI, Satu). */
export const RANK_PARTS = set(`
  madya muda pertama utama jenderal kolonel besar mayor kepala satu dua tiga polisi pol tni polri laut udara darat
  ajun komisaris inspektur brigadir purn purnawirawan
`);
/** Corps abbreviations written after a rank (Letkol Inf, Kapten Czi, Mayor Pnb, Kolonel Laut (P)). */
export const RANK_CORPS = set(`
  inf kav arm arh czi chb cpl cpm cku ckm cba cpn caj chk cke ctp mar pnb tek nav kal lek adm pas sus kes
  p t e s m kh pm purn
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
  besar istimewa berkuasa penuh dan kepresidenan staf khusus kabinet hak asasi pelindungan
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
/** Ship prefixes: the name after them is a vessel's, neither a person nor a place (KRI Usman Harun, KN Pulau Dana). */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['KRI', 'KM', 'KMP', 'MV', 'USS', 'HMS', 'HMAS', 'KD', 'RSS', 'BRP', 'INS', 'HTMS', 'JS', 'ROKS', 'KN']);
export const NAME_PARTICLES = set('bin binti van von der den de da di del della dos du le la al el ibn abu');

/** Words that make a capitalised run a place description, not a person (Jawa Barat). */
export const COMPASS_WORDS = set('utara selatan timur barat tengah tenggara barat laut barat daya timur laut');

const UPPER_START = /^\p{Lu}/u;
/** Whether the word starts with a capital letter (ASCII answered without a regex: rules ask this of every word). */
export const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
};
const CAPITALS_AND_DIGITS = /^[\p{Lu}\p{N}]{2,}$/u;
const LETTER = /\p{L}/u;
/** Whether the word is two or more capitals and digits with a letter among them (TNI, G20). */
export const isAllCaps = (word: string): boolean => {
  if (word.length < 2) return false;
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAPITALS_AND_DIGITS.test(word) && LETTER.test(word);
    if (c >= 65 && c <= 90) letter = true;
    else if (c < 48 || c > 57) return false;
  }
  return letter;
};

/**
 * Frequent Indonesian content words (verbs, nouns, adjectives) that Title Case headlines and
 * organisation names capitalise. A capitalised run made of them is no person (Terima Delegasi,
 * Strategi Pertahanan). Words that are also common given names or surnames (Budi, Karya, Jaya,
 * Putra, Indah, Bagus, Teguh, Slamet …) are left out on purpose.
 */
export const COMMON_WORDS = set(`
  terima menerima diterima bahas membahas dibahas gelar menggelar digelar tinjau meninjau ditinjau kunjungi mengunjungi
  dikunjungi kunjungan usir mengusir diusir tolak menolak ditolak kecam mengecam dikecam desak mendesak didesak
  minta meminta diminta sebut menyebut disebut tegaskan menegaskan ditegaskan ungkap mengungkap diungkap
  bantah membantah dibantah tanggapi menanggapi ditanggapi sambut menyambut disambut lantik melantik dilantik
  resmikan meresmikan diresmikan tandatangani menandatangani ditandatangani sepakat sepakati menyepakati disepakati
  dukung mendukung didukung perkuat memperkuat diperkuat tingkatkan meningkatkan ditingkatkan jaga menjaga dijaga
  kirim mengirim dikirim serahkan menyerahkan diserahkan hadiri menghadiri dihadiri buka membuka dibuka tutup
  menutup ditutup resmi pimpin memimpin dipimpin ajak mengajak diajak temui menemui ditemui bertemu pertemuan
  panggil memanggil dipanggil protes memprotes diprotes tangkap menangkap ditangkap serang menyerang diserang
  bangun membangun dibangun beli membeli dibeli jual menjual dijual borong latih melatih dilatih
  siapkan menyiapkan disiapkan rencanakan merencanakan direncanakan luncurkan meluncurkan diluncurkan
  umumkan mengumumkan diumumkan tunjuk menunjuk ditunjuk copot mencopot dicopot ganti mengganti diganti
  bicara berbicara bicarakan membicarakan jelaskan menjelaskan dijelaskan pastikan memastikan dipastikan
  soroti menyoroti disoroti dorong mendorong didorong serukan menyerukan diserukan jajaki menjajaki dijajaki
  teken meneken diteken perketat memperketat diperketat akui mengakui diakui peringatkan memperingatkan
  kutuk mengutuk dikutuk tuding menuding dituding klaim mengklaim diklaim kerahkan mengerahkan dikerahkan
  tunda menunda ditunda batalkan membatalkan dibatalkan tawarkan menawarkan ditawarkan bidik membidik dibidik
  genjot menggenjot digenjot incar mengincar diincar bahas rampungkan merampungkan dirampungkan
  waspadai mewaspadai antisipasi ingatkan mengingatkan diingatkan minta respons tanggapan pernyataan
  delegasi sarana prasarana strategi pertahanan keamanan kerja sama kerjasama kemitraan hubungan bilateral
  multilateral regional internasional nasional latihan gabungan bersama militer sipil perang damai perdamaian
  konflik sengketa perbatasan batas kedaulatan wilayah perairan kapal pesawat jet tank rudal senjata alutsista
  peralatan anggaran industri ekspor impor ekonomi politik diplomasi diplomatik kebijakan keputusan kesepakatan
  perjanjian nota kesepahaman rapat sidang debat krisis ancaman serangan insiden kecelakaan bencana banjir
  gempa tsunami kebakaran patroli penjaga pantai nelayan pengungsi bantuan kemanusiaan pembangunan investasi
  perdagangan pasar harga bahan bakar listrik energi pangan beras pupuk kesehatan vaksin pendidikan
  teknologi digital siber data informasi berita terkait terbaru populer utama lainnya baca juga simak lihat video
  foto galeri opini editorial analisis wawancara laporan khusus sorotan fokus headline topik terpopuler
  pemilu pilkada pilpres kampanye koalisi oposisi kabinet reshuffle rekrutmen seleksi pelantikan upacara
  peringatan perayaan hari ulang tahun kemerdekaan nasional tingkat tinggi puncak menengah bawah atas
  penguatan peningkatan percepatan pengamanan pengawasan penegakan pencegahan penanganan penanggulangan
  pemberantasan penyelidikan penyidikan pemeriksaan penangkapan penahanan pengadaan pembelian penjualan
  pengembangan pembahasan penandatanganan penutupan pembukaan peresmian kunjungan lawatan pertemuan
  dialog forum komite komisi panitia tim satuan tugas gugus kerja misi operasi pasukan personel prajurit
  tentara perwira jenderal kepala staf komandan juru bicara pejabat petugas aparat warga masyarakat publik
  rakyat pemerintah negara bangsa dunia global kawasan zona ekonomi eksklusif
  laut udara darat angkatan matra maritim kelautan perikanan pulau pantai pesisir selat teluk samudra
  baru lama besar kecil tinggi rendah kuat lemah penting strategis ketat serius tegas keras aman siaga darurat
  waspada siap gagal sukses berhasil lanjut lanjutan tindak terus kembali segera mulai akhir awal pekan bulan
  tahun hari minggu jam menit detik kali pertama kedua ketiga terakhir semua seluruh sejumlah ribuan ratusan
  jutaan miliar triliun persen rupiah dolar panjang pendek luas sempit potensi sumber daya keraton kompleks lapangan aula ruang ruangan pendopo wisma graha
`);

/** pe(N)-…-an and ke-…-an nouns (Pertahanan, Pemenangan, Pembinaan, Keamanan, Pemerintahan) are no names. */
export const NOMINALISATION = /^(?:pe[mnr]|peng|peny|pe|ke)\p{L}{3,}an$/u;

/** Agency and unit acronyms written as words (Bakamla, Basarnas): organisations, never persons. */
export const AGENCY_WORDS = set(`
  bakamla basarnas bnpb bpbd bnpt bssn bais lemhannas wantannas bappenas bappeda bulog bawaslu kpu kpk ojk bpk
  bpkp bpom bmkg lapan batan brin bkkbn bps bnn bnp2tki bp2mi kostrad kopassus brimob densus bareskrim baintelkam
  kodam korem kodim koramil lanal lantamal lanud kogabwilhan koarmada kopasgat paspampres puspen kapuspen dispen
  mabes setjen itjen ditjen kemhan kemlu polri polda polres polsek mapolda mapolres mapolsek mako makodam lapas
  rutan rsud rsup puskesmas bais bakorkamla kormar marinir pasmar kopaska denjaka koopsud koarmabar koarmatim
  satgas setneg setkab ksp wantimpres bumn pertamina pln
`);

/** Byline labels: the name after them is one person, all its capitalised parts (Pewarta: Nadia Putri Rahmani). */
export const BYLINE_LABELS = set(`
  pewarta editor penulis reporter redaktur penyunting fotografer foto kontributor penerjemah wartawan
  koresponden penyusun rep red
`);
/** Short labels (Republika's `Rep: … Red: …`) that are common words elsewhere: labels only before a colon. */
export const COLON_ONLY_LABELS = set('rep red');

/** Media and platform names a preposition may precede (di Twitter, di Kompas): no places. */
export const MEDIA_WORDS = set(`
  facebook twitter instagram youtube tiktok whatsapp telegram google linkedin threads kompas tempo detik antara
  republika liputan metro cnn bbc reuters afp ap xinhua kyodo bernama vietnamplus okezone sindonews
`);

let lowerOf: { text: string; lower: string | undefined } | undefined;
/**
 * The text in lower case, when a word's lower case is the same slice of it (computed once per text:
 * the rules and the date index both read it). Undefined when lower-casing changes the length (İ) or
 * depends on context (Σ: final or not), so that a slice could differ from the word lower-cased alone.
 */
export function lowerCaseText(text: string): string | undefined {
  if (lowerOf?.text !== text) {
    const lower = text.toLowerCase();
    lowerOf = { text, lower: lower.length === text.length && !text.includes('\u03a3') ? lower : undefined };
  }
  return lowerOf.lower;
}
