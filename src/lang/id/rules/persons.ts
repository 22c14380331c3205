import type { EntityCandidate, RuleContext } from '../../adapter.js';
import {
  AGENCY_WORDS,
  BYLINE_LABELS,
  COLON_ONLY_LABELS,
  COMMON_WORDS,
  COMPASS_WORDS,
  FULL_MONTH_NAMES,
  isAllCaps,
  isCapitalised,
  MONTHS,
  NAME_PARTICLES,
  NOMINALISATION,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  RANK_CORPS,
  RANK_HEADS,
  RANK_PARTS,
  ROMAN_NUMERAL,
  SHIP_PREFIXES,
  STOPWORDS,
  TITLE_COMPLEMENT,
  WEEKDAYS,
} from '../words.js';
import { isKnownLowerFirstName } from '../../shared/first-names.js';
import { TYPE_INSIDE, TYPE_OUTSIDE } from './places.js';
import { ruleEntity, spaceBetween, type SpanIndex, type Word } from './view.js';

/**
 * Persons beyond the lexicon:
 *  - a capitalised name after a title or role (Menhan Itsunori Onodera, Menlu Jepang, Fumio Kishida,
 *    Pewarta: Budi Santoso, Sdr. Sugiono); the title stays outside;
 *  - a name opened by a given name compromise knows (Sergey Lavrov);
 *  - a surname alone, repeating a full name seen earlier (Lavrov after Sergey Lavrov).
 */

const MAX_NAME_WORDS = 5;
/** Acehnese names that keep a lower-case di (Hasan di Tiro, Teungku Chik di Tiro): the few words it may precede. */
const DI_NAME_TAILS = new Set(['tiro']);
/** Name suffixes that belong to the name (Jr., III). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Frequent content words (Terima, Strategi, Sarana): a name neither starts with one nor runs through one. */
const isCommonWord = (w: Word): boolean => COMMON_WORDS.has(w.lower) || NOMINALISATION.test(w.lower);


/** Titles that are also common given names (Sri Mulyani, Nadia Putri Rahmani): titles only before another title (Sri Sultan). */
const NAME_OR_TITLE = new Set(['sri', 'putri', 'ratu']);

/** Whether a title-or-name word opens or continues a name here: a capitalised non-title word follows it. */
function nameOrTitleIsName(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && next.kind === 'word' && next.capitalised && !PERSON_TITLES.has(next.lower) && !STOPWORDS.has(next.lower);
}

/**
 * Words that can never be part of a name: function words, organisation heads, agencies, months,
 * weekdays, titles (but those that are also given names), compass and place-type words; one set,
 * as every word of a text is looked up.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...ORGANISATION_HEADS,
  ...AGENCY_WORDS,
  // month names written out: abbreviations that are also given names (Agus) may stand in a name
  ...FULL_MONTH_NAMES,
  ...WEEKDAYS.keys(),
  ...[...PERSON_TITLES].filter((t) => !NAME_OR_TITLE.has(t)),
  ...COMPASS_WORDS,
  ...TYPE_OUTSIDE,
  ...TYPE_INSIDE,
]);
const notNameWord = (w: Word): boolean => w.kind !== 'word' || NOT_NAME_WORDS.has(w.lower);

/** The words of a name starting at word `from`: [from, end), or undefined when none starts there. */
function nameAt(ctx: RuleContext, words: readonly Word[], from: number, known: SpanIndex): number | undefined {
  const first = words[from];
  if (!first || !first.capitalised || notNameWord(first) || isCommonWord(first) || (isAllCaps(first.text) && first.text.length > 3)) return undefined;
  if (known.overlaps(first.start, first.end, ['PLACE', 'MINISTRY'])) return undefined;
  let end = from + 1;
  let count = 1;
  for (let j = from + 1; j < words.length && count < MAX_NAME_WORDS; j++) {
    const prev = words[j - 1]!;
    const w = words[j]!;
    const gap = ctx.text.slice(prev.end, w.start);
    // al-Assad, O'Brien glued inside a name; initials (George W. Bush)
    if (gap === '' && (w.text === '-' || w.text === "'" || w.text === '’')) continue;
    if (w.text === '.') {
      if (gap === '' && prev.text.length === 1 && prev.capitalised) continue;
      break;
    }
    const afterJoiner = gap === '' && /^[-'’.]$/.test(prev.text);
    if (gap !== ' ' && !afterJoiner) break;
    if (NAME_PARTICLES.has(w.text)) {
      // "di" in lower case is the Indonesian preposition (Dina Boluarte Zegarra di Lima): it ends the name
      // (an Italian particle is written Di in a name: Luigi Di Maio)
      if (w.text === 'di' && !DI_NAME_TAILS.has(words[j + 1]?.lower ?? '')) break;
      const next = words[j + 1];
      if (next && next.capitalised && !notNameWord(next)) continue;
      // a particle glued by a hyphen to a capitalised name part (al-Shuaibi, el-Sisi): the run goes on
      const after = words[j + 2];
      if (next?.text === '-' && next.start === w.end && after && after.start === next.end && after.capitalised && !notNameWord(after)) continue;
      break;
    }
    if (NAME_SUFFIXES.has(w.lower) && w.capitalised) {
      end = j + 1;
      break;
    }
    if (!w.capitalised || notNameWord(w) || isCommonWord(w) || isAllCaps(w.text)) break;
    if (known.overlaps(w.start, w.end, ['PLACE', 'MINISTRY'])) break;
    end = j + 1;
    count++;
  }
  return end;
}

/** Complement words that say nothing of a portfolio (Ketua Umum, Juru Bicara): an organisation may follow them. */
const GENERIC_COMPLEMENT = new Set(['umum', 'jenderal', 'besar', 'senior', 'muda', 'utama', 'staf', 'khusus', 'bicara', 'dan']);
/** Whether a portfolio word (Pertahanan, Perikanan) stands right before word `k`, so a name, not an organisation, follows. */
const PORTFOLIO_BEFORE = (words: readonly Word[], k: number): boolean => {
  const prev = words[k - 1];
  return prev !== undefined && TITLE_COMPLEMENT.has(prev.lower) && !GENERIC_COMPLEMENT.has(prev.lower);
};

/** A title word with a capitalised name glued on: PertahananPrabowo. */
const TITLE_GLUE = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}{2,}$/u;

/** A full stop glued to word `j`, as in Pol. or Kol.: the index after it. */
const afterDot = (words: readonly Word[], j: number): number => (words[j + 1]?.text === '.' && words[j + 1]!.start === words[j]!.end ? j + 2 : j + 1);

/** Whether word `k` exists and is glued to the word before it. */
const gluedAt = (words: readonly Word[], k: number): boolean => words[k] !== undefined && words[k]!.start === words[k - 1]!.end;

/**
 * Word `j` continuing a rank (Laksamana Madya, Brigjen Pol., Kolonel Laut (P), Letkol Inf,
 * Jenderal TNI (Purn.)): the index after that part, or undefined when the rank ends here.
 */
function rankPartEnd(words: readonly Word[], j: number): number | undefined {
  const w = words[j]!;
  if (w.text === '(') {
    const corps = words[j + 1];
    if (!corps || !gluedAt(words, j + 1) || !RANK_CORPS.has(corps.lower) || !corps.capitalised) return undefined;
    let k = j + 2;
    if (words[k]?.text === '.' && gluedAt(words, k)) k++;
    return words[k]?.text === ')' && gluedAt(words, k) ? k + 1 : undefined;
  }
  if (w.kind !== 'word' || !w.capitalised) return undefined;
  if (RANK_PARTS.has(w.lower) || RANK_HEADS.has(w.lower)) return afterDot(words, j);
  // a corps abbreviation only before a capitalised name (Letkol Inf Hari, Mayor Pnb Dedi)
  if (RANK_CORPS.has(w.lower) && w.text.length >= 2) {
    const k = afterDot(words, j);
    const next = words[k];
    return next && next.kind === 'word' && next.capitalised && !gluedAt(words, k) ? k : undefined;
  }
  return undefined;
}

/** After a title: portfolio words, places, ministries and acronyms (Menteri Luar Negeri Jepang, Ketua DPR). */
function skipTitleComplement(
  ctx: RuleContext,
  words: readonly Word[],
  from: number,
  known: SpanIndex,
  afterRank = false,
): { next: number; sawPlace: boolean } {
  let j = from;
  /** A place or a ministry was read in the complement: a comma after it may open an apposition. */
  let sawPlace = false;
  let inRank = afterRank;
  while (j < words.length) {
    const w = words[j]!;
    const prev = words[j - 1]!;
    if (!spaceBetween(ctx.text, prev.end, w.start)) break;
    // a rank runs on over its parts, corps and brackets, all outside the name
    if (inRank || RANK_HEADS.has(w.lower)) {
      const k = rankPartEnd(words, j);
      if (k !== undefined) {
        j = k;
        inRank = true;
        continue;
      }
    }
    if (inRank && isAllCaps(w.text) && w.text.length <= 6) {
      j++;
      continue;
    }
    inRank = false;
    const entity = known.startingAt(w.start, ['PLACE', 'MINISTRY']);
    if (entity) {
      sawPlace = true;
      while (j < words.length && words[j]!.end <= entity.end) j++;
      continue;
    }
    // the country of a post (Duta Besar RI untuk Myanmar, Dubes Arab Saudi untuk Indonesia)
    if (w.lower === 'untuk' && j > from && words[j + 1] && known.startingAt(words[j + 1]!.start, ['PLACE']) && spaceBetween(ctx.text, w.end, words[j + 1]!.start)) {
      j++;
      continue;
    }
    // a numbered body (Ketua Komisi I DPR, Komisi IV): the head and its numeral
    const numeral = words[j + 1];
    if (w.capitalised && ORGANISATION_HEADS.has(w.lower) && numeral && ROMAN_NUMERAL.test(numeral.text) && spaceBetween(ctx.text, w.end, numeral.start)) {
      j += 2;
      continue;
    }
    // a portfolio written as a nominalisation before the acronym or ministry it runs (Direktur Pelindungan WNI,
    // Kepala Penerangan Kemhan); not an organisation's head word (Persatuan, Kerajaan)
    const object = words[j + 1];
    if (
      w.capitalised &&
      NOMINALISATION.test(w.lower) &&
      !ORGANISATION_HEADS.has(w.lower) &&
      object &&
      spaceBetween(ctx.text, w.end, object.start) &&
      ((isAllCaps(object.text) && object.text.length >= 2 && object.text.length <= 6) || known.startingAt(object.start, ['MINISTRY']) !== undefined)
    ) {
      j++;
      continue;
    }
    if (NAME_OR_TITLE.has(w.lower) && nameOrTitleIsName(words, j)) break;
    if (TITLE_COMPLEMENT.has(w.lower) || PERSON_TITLES.has(w.lower) || TYPE_OUTSIDE.has(w.lower) || (isAllCaps(w.text) && w.text.length <= 6)) {
      j++;
      continue;
    }
    break;
  }
  return { next: j, sawPlace };
}

/**
 * Whether a line is a Title Case headline: most of its words capitalised (function words aside).
 * Such capitals say nothing about names.
 */
function isHeadline(line: string): boolean {
  // a line ending a sentence is no headline: the cheap test first
  if (/[.!?]["”’]?\s*$/u.test(line.trim().slice(-2))) return false;
  let content = 0;
  let caps = 0;
  for (const [w] of line.matchAll(HEADLINE_WORD)) {
    if (STOPWORDS.has(w.toLowerCase())) continue;
    content++;
    if (isCapitalised(w)) caps++;
  }
  return content >= 3 && caps / content >= 0.75;
}
const HEADLINE_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Whether the line holding `offset` is a headline; each line is judged once, when first asked about. */
function headlineTest(text: string): (offset: number) => boolean {
  const judged = new Map<number, boolean>();
  return (offset) => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    let verdict = judged.get(start);
    if (verdict === undefined) {
      const end = text.indexOf('\n', offset);
      verdict = isHeadline(text.slice(start, end < 0 ? text.length : end));
      judged.set(start, verdict);
    }
    return verdict;
  };
}

/**
 * Bylines: `Pewarta: Nadia Putri Rahmani`, `Penulis Rina Kartikasari | Editor Bagus Santosa`. The
 * name is every capitalised part after the label (given names that are also titles or months
 * included), up to a line end, `/`, `(`, `|`, a comma or the next label.
 */
/** Whether only spaces and tabs stand between `at` and the start of its line or a `|` before it. */
function opensLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n' || text[k - 1] === '|';
}

function findBylines(ctx: RuleContext, words: readonly Word[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!BYLINE_LABELS.has(w.lower) || !w.capitalised) continue;
    const lineStart = opensLine(ctx.text, w.start);
    let j = i + 1;
    // two-word labels: Pewarta Foto, Editor Foto
    if (words[j] && BYLINE_LABELS.has(words[j]!.lower) && spaceBetween(ctx.text, w.end, words[j]!.start)) j++;
    const colon = words[j]?.text === ':';
    if (colon) j++;
    else if (!lineStart || COLON_ONLY_LABELS.has(w.lower)) continue;
    const first = words[j];
    if (!first || !/^[ \t]*$/u.test(ctx.text.slice(words[j - 1]!.end, first.start))) continue;
    let end = j;
    for (let k = j; k < words.length && k - j < 8; k++) {
      const x = words[k]!;
      const gap = ctx.text.slice(words[k - 1]!.end, x.start);
      if (k > j && /[\n\r]/u.test(gap)) break;
      if (k > j && gap === '' && (x.text === '.' || x.text === '-' || x.text === "'" || x.text === '’')) continue;
      if (x.kind !== 'word' || !x.capitalised) {
        if (NAME_PARTICLES.has(x.text) && x.text !== 'di' && k > j) continue;
        break;
      }
      // the next label, or an all-caps agency after the name (ANTARA)
      if (k > j && BYLINE_LABELS.has(x.lower)) break;
      if (isAllCaps(x.text)) break;
      end = k + 1;
    }
    if (end === j) continue;
    out.push({ start: first.start, end: words[end - 1]!.end });
    i = end - 1;
  }
  return out;
}

/** After a candidate name: acronyms, ministries and places it may be followed by before a rank (Kemhan Marsda TNI …). */
function followedByRank(ctx: RuleContext, words: readonly Word[], end: number, known: SpanIndex): boolean {
  let j = end;
  for (let steps = 0; j < words.length && steps < 4; steps++) {
    const w = words[j]!;
    if (!spaceBetween(ctx.text, words[j - 1]!.end, w.start)) return false;
    const entity = known.startingAt(w.start, ['PLACE', 'MINISTRY']);
    if (entity) {
      while (j < words.length && words[j]!.end <= entity.end) j++;
      continue;
    }
    if (isAllCaps(w.text) || AGENCY_WORDS.has(w.lower) || (w.capitalised && isCommonWord(w))) {
      j++;
      continue;
    }
    return PERSON_TITLES.has(w.lower) && w.lower !== 'wakil' && w.capitalised && !['dan', 'atau'].includes(w.lower);
  }
  return false;
}

/** Prefixed verbs and speech verbs a scraper may glue onto a name: the name ends before them. */
const GLUE_VERBS: readonly string[] = [
  ...[...COMMON_WORDS].filter((w) => w.length >= 6 && /^(?:me|di|ber|ter)/u.test(w)),
  'mengatakan', 'menyatakan', 'mengungkapkan', 'menyebutkan', 'berkata', 'mengaku', 'menilai', 'menambahkan',
  'menuturkan', 'memaparkan', 'menerangkan', 'menekankan', 'mengingatkan', 'menyampaikan', 'mengucapkan',
].sort((a, b) => b.length - a.length);
/** The length of a prefixed verb glued to the end of a capitalised word (Sugionomenegaskan → 10), or 0. */
function gluedVerbLength(word: string): number {
  if (word.length < 9 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return 0;
  const lower = word.toLowerCase();
  for (const v of GLUE_VERBS) if (lower.length - v.length >= 3 && lower.endsWith(v)) return v.length;
  return 0;
}
/** Name prefixes (Sasak, Balinese) that are also common words, read as names only where a name must start. */
const NAME_PREFIX_WORDS = new Set(['lalu', 'baiq', 'dewa', 'ida', 'gusti', 'anak', 'ni']);
/** Speech verbs closing a quote: `…," kata Roy.` */
const SPEECH_VERBS = new Set(['kata', 'ujar', 'ucap', 'tutur', 'imbuh', 'tegas', 'jelas', 'lanjut', 'tambah', 'ungkap', 'sebut', 'terang', 'papar', 'pungkas', 'tandas', 'katanya']);
/** Words before a nickname: akrab disapa Roy, biasa dipanggil Roy. */
const NICKNAME_VERBS = new Set(['disapa', 'dipanggil']);
/** Abbreviated titles a speech verb may precede (kata Tn. Clark): the name follows them. */
const ABBREVIATED_TITLES = new Set(['tn', 'ny', 'nn', 'sdr', 'sdri', 'dr', 'prof', 'ir', 'drs', 'hj', 'mr', 'mrs', 'ms']);
const QUOTE_CLOSE = new Set(['"', '”', '’', "'"]);

/**
 * Speakers: a capitalised name right after a speech verb that closes a quote (`…," kata Roy.`,
 * glued `ujarRoy`), or after "akrab disapa" / "biasa dipanggil". Names may be one word here.
 */
function speakerNames(ctx: RuleContext, words: readonly Word[], known: SpanIndex): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    let verbEnd = -1;
    if (SPEECH_VERBS.has(w.lower)) verbEnd = w.end;
    else if (NICKNAME_VERBS.has(w.lower) && (words[i - 1]?.lower === 'akrab' || words[i - 1]?.lower === 'biasa')) verbEnd = w.end;
    else {
      // a scraper's glue: ujarRoy (only mixed-case words starting lower case are looked at)
      if (w.capitalised || w.text === w.lower) continue;
      const m = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(w.text);
      if (m && SPEECH_VERBS.has(m[1]!) && QUOTE_CLOSE.has(words[i - 1]!.text) && /^[.,;]?$/u.test(words[i + 1]?.kind === 'word' ? 'x' : (words[i + 1]?.text ?? ''))) {
        const k = m[2]!.toLowerCase();
        if (!NOT_NAME_WORDS.has(k) && !COMMON_WORDS.has(k)) out.push({ start: w.start + m[1]!.length, end: w.end });
      }
      continue;
    }
    // a speech verb names a speaker only right after the quote it closes
    if (SPEECH_VERBS.has(w.lower) && !QUOTE_CLOSE.has(words[i - 1]!.text)) continue;
    const next = words[i + 1];
    if (!next || next.kind !== 'word' || !next.capitalised || next.start === verbEnd || !spaceBetween(ctx.text, verbEnd, next.start)) continue;
    // the verb is lower case after a quote (a capitalised Ungkap opens a headline or a title)
    if (w.text !== w.lower || isAllCaps(next.text)) continue;
    const end = nameAt(ctx, words, i + 1, known);
    if (end === undefined) continue;
    // a role before its organisation (kata Sekretaris Perusahaan X, kata Wadirut Bank Y) or an
    // abbreviated title (kata Tn. Clark) is no name: the title rules read what follows
    const after = words[end];
    if (end === i + 2 && ABBREVIATED_TITLES.has(next.lower) && after?.text === '.' && after.start === next.end) continue;
    if (after && after.kind === 'word' && after.capitalised && spaceBetween(ctx.text, words[end - 1]!.end, after.start)) continue;
    out.push({ start: next.start, end: words[end - 1]!.end });
  }
  return out;
}

/*
 * Helpers below are module functions, not closures made per call: the benchmark and tests run the
 * source through tsx, whose keepNames wraps every named closure in a costly defineProperty.
 */
/** Whether a span in `spans` overlaps [a, b). */
const overlapsAny = (spans: ReadonlyArray<{ start: number; end: number }>, a: number, b: number): boolean =>
  spans.some((f) => f.start < b && a < f.end);

/** KRI Usman Harun, KM Sinar Bangun, USS Ronald Reagan: whether a ship prefix stands before word `k`. */
const shipPrefixBefore = (text: string, words: readonly Word[], k: number): boolean =>
  k > 0 && SHIP_PREFIXES.has(words[k - 1]!.text) && spaceBetween(text, words[k - 1]!.end, words[k]!.start);

export function findPersons(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const found: Array<{ start: number; end: number; id?: string; canonical?: string }> = findBylines(ctx, words);
  const inHeadline = headlineTest(ctx.text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    let nameFrom: number | undefined;
    let titled = false;
    if (NAME_OR_TITLE.has(w.lower) && w.capitalised && nameOrTitleIsName(words, i)) {
      nameFrom = i;
      titled = true;
    } else if (PERSON_TITLES.has(w.lower)) {
      let j = i + 1;
      // bylines and dotted titles: Pewarta: Nama, Sdr. Nama
      if (words[j] && (words[j]!.text === ':' || words[j]!.text === '.') && words[j]!.start === w.end) j++;
      const { next, sawPlace } = skipTitleComplement(ctx, words, j, known, RANK_HEADS.has(w.lower));
      j = next;
      // apposition: "Menlu Jepang, Fumio Kishida"
      if (sawPlace && words[j]?.text === ',' && nameAt(ctx, words, j + 1, known) !== undefined) j++;
      nameFrom = j;
      titled = true;
    } else if (w.capitalised && isKnownLowerFirstName(w.lower) && !notNameWord(w) && !inHeadline(w.start)) {
      const end = nameAt(ctx, words, i, known);
      // a given name alone is too weak a cue: it must be followed by a surname
      if (end !== undefined && end - i >= 2) nameFrom = i;
    }
    if (nameFrom === undefined) continue;
    // a ship named after a person is no person
    if (shipPrefixBefore(ctx.text, words, nameFrom) || shipPrefixBefore(ctx.text, words, i)) {
      const e = nameAt(ctx, words, nameFrom, known);
      if (e !== undefined) i = e - 1;
      continue;
    }
    // "Ketua Fraksi Partai X Nama": an organisation after the title hides where the name starts
    if (words[nameFrom] && ORGANISATION_HEADS.has(words[nameFrom]!.lower)) continue;
    let end = nameAt(ctx, words, nameFrom, known);
    // Sasak and Balinese name prefixes that are also common words (Lalu Muhamad Iqbal, Ida Bagus Made),
    // capitalised after a title and followed by a name of two words or more, open the name
    if (end === undefined && titled && words[nameFrom]?.capitalised && NAME_PREFIX_WORDS.has(words[nameFrom]!.lower) && spaceBetween(ctx.text, words[nameFrom]!.end, words[nameFrom + 1]?.start ?? -1)) {
      const rest = nameAt(ctx, words, nameFrom + 1, known);
      if (rest !== undefined && rest - (nameFrom + 1) >= 2) end = rest;
    }
    if (end === undefined) continue;
    // a name followed by a compass word is a place (Jawa Tengah, Sulawesi Utara)
    const after = words[end];
    if (after && COMPASS_WORDS.has(after.lower) && spaceBetween(ctx.text, words[end - 1]!.end, after.start)) continue;
    // "Kepala Bakamla Laksdya TNI X", "Direktur Jenderal Strategi Pertahanan Kemhan Mayjen TNI X":
    // a run followed by a rank is the title's complement; the rank introduces the name
    if (titled && followedByRank(ctx, words, end, known)) {
      i = end - 1;
      continue;
    }
    // a scraper glued the name onto the title's last word (Menteri PertahananPrabowo Subianto): the name starts at the camel step
    const glue = titled ? TITLE_GLUE.exec(words[nameFrom]!.text) : null;
    const shift = glue && (TITLE_COMPLEMENT.has(glue[1]!.toLowerCase()) || PERSON_TITLES.has(glue[1]!.toLowerCase())) ? glue[1]!.length : 0;
    const start = words[nameFrom]!.start + shift;
    let stop = words[end - 1]!.end;
    // a scraper glued the next word on (Menlu Sugionomenegaskan): cut a common prefixed verb off the last word
    const glued = gluedVerbLength(words[end - 1]!.text);
    if (glued > 0) stop -= glued;
    if (overlapsAny(found, start, stop)) {
      i = end - 1;
      continue;
    }
    if (known.overlaps(start, stop, ['PERSON'])) {
      // an initial or a given name before a listed name belongs to it (M Herindra): keep the listed id
      const inner = known.all().find((c) => c.type === 'PERSON' && c.start >= start && c.end <= stop && c.end - c.start < stop - start);
      const crossing = known.all().some((c) => c.type === 'PERSON' && c.start < stop && start < c.end && (c.start < start || c.end > stop));
      const initialsOnly = inner !== undefined && /^(?:\p{Lu}\.?\s+)+$/u.test(ctx.text.slice(start, inner.start));
      if (inner && initialsOnly && !crossing && inner.end === stop) found.push({ start, end: stop, id: inner.id, canonical: inner.canonical });
      // a longer name opened by a given name is another person (Johan Budi Sapto Prabowo is not Prabowo)
      // a title's two-word name ending in a one-word listed name is another person
      // (Menteri Kelautan dan Perikanan Edhy Prabowo is not Prabowo)
      else if (inner && !crossing && titled && inner.end === stop && end - nameFrom === 2 && inner.start === words[nameFrom + 1]!.start && PORTFOLIO_BEFORE(words, nameFrom) && !isAllCaps(words[nameFrom]!.text) && !inner.canonical.includes(words[nameFrom]!.text)) found.push({ start, end: stop });
      else if (inner && !crossing && !titled && end - nameFrom >= 3 && ctx.text.slice(start, inner.start).trim().split(/\s+/u).length >= 2) found.push({ start, end: stop });
      i = end - 1;
      continue;
    }
    found.push({ start, end: stop });
    i = end - 1;
  }
  for (const f of speakerNames(ctx, words, known)) if (!overlapsAny(found, f.start, f.end) && !known.overlaps(f.start, f.end)) found.push(f);
  // initials before a listed name without a title (A. M. Hendropriyono, M Herindra)
  for (const c of known.all()) {
    if (c.type !== 'PERSON' || c.source !== 'lexicon') continue;
    let k = words.findIndex((x) => x.start === c.start);
    if (k <= 0) continue;
    let start = c.start;
    while (k > 0) {
      const prev = words[k - 1]!;
      // H. is Haji, an honorific: outside the name (H. M. Jusuf Kalla → M. Jusuf Kalla)
      if (prev.text === 'H' || (prev.text === '.' && k >= 2 && words[k - 2]!.text === 'H')) break;
      if (prev.text === '.' && k >= 2 && /^\p{Lu}$/u.test(words[k - 2]!.text) && words[k - 2]!.end === prev.start && spaceBetween(ctx.text, prev.end, words[k]!.start)) {
        start = words[k - 2]!.start;
        k -= 2;
      } else if (/^\p{Lu}$/u.test(prev.text) && spaceBetween(ctx.text, prev.end, words[k]!.start)) {
        start = prev.start;
        k -= 1;
      } else break;
    }
    if (start < c.start && !overlapsAny(found, start, c.end)) found.push({ start, end: c.end, id: c.id, canonical: c.canonical });
  }
  return withRepeats(ctx, words, known, found);
}

/** Parts of a name that may stand alone for it later (Marty, Budi): no initials, particles or common words. */
function linkableParts(surface: string): string[] {
  return surface
    .split(/\s+/)
    .map((p) => p.replace(/[.,]+$/u, ''))
    .filter((p) => p.length >= 3 && isCapitalised(p) && !NAME_PARTICLES.has(p.toLowerCase()) && !NAME_SUFFIXES.has(p.toLowerCase()))
    .filter((p) => {
      const k = p.toLowerCase();
      return !COMMON_WORDS.has(k) && !STOPWORDS.has(k) && !PERSON_TITLES.has(k) && !MONTHS.has(k) && !WEEKDAYS.has(k) && !COMPASS_WORDS.has(k);
    });
}

/**
 * Turns found spans into candidates; a part of a name alone after its full name (rule or lexicon),
 * its surname or its given name, takes the full name's id and canonical form, and its bare later
 * occurrences are found too.
 */
interface FullName {
  start: number;
  parts: string[];
  id: string;
  canonical: string;
}

/** The latest full name before `at` holding `part` (the first listed among names at the same start). */
function latestBefore(byPart: ReadonlyMap<string, FullName[]>, part: string, at: number): FullName | undefined {
  let best: FullName | undefined;
  for (const n of byPart.get(part) ?? []) if (n.start < at && (!best || n.start > best.start)) best = n;
  return best;
}

function withRepeats(
  ctx: RuleContext,
  words: readonly Word[],
  known: SpanIndex,
  found: Array<{ start: number; end: number; id?: string; canonical?: string }>,
): EntityCandidate[] {
  const full: FullName[] = [];
  const out: EntityCandidate[] = [];
  for (const c of known.all()) {
    if (c.type !== 'PERSON') continue;
    const surface = ctx.text.slice(c.start, c.end);
    if (/\s/u.test(surface)) full.push({ start: c.start, parts: linkableParts(surface), id: c.id, canonical: c.canonical });
  }
  const ordered = [...found].sort((a, b) => a.start - b.start);
  for (const f of ordered) {
    const surface = ctx.text.slice(f.start, f.end);
    if (/\s/u.test(surface)) {
      const e = ruleEntity(ctx, 'PERSON', f.start, f.end, f.canonical, f.id);
      full.push({ start: f.start, parts: linkableParts(surface), id: e.id, canonical: e.canonical });
    }
  }
  // the names holding each part, in the order of `full`
  const byPart = new Map<string, FullName[]>();
  for (const n of full) {
    for (const part of new Set(n.parts)) {
      const list = byPart.get(part);
      if (list) list.push(n);
      else byPart.set(part, [n]);
    }
  }
  for (const f of ordered) {
    const surface = ctx.text.slice(f.start, f.end);
    const prior = f.id ? undefined : /\s/u.test(surface) ? undefined : latestBefore(byPart, surface, f.start);
    if (f.id) out.push(ruleEntity(ctx, 'PERSON', f.start, f.end, f.canonical, f.id));
    else out.push(prior ? ruleEntity(ctx, 'PERSON', f.start, f.end, prior.canonical, prior.id) : ruleEntity(ctx, 'PERSON', f.start, f.end));
  }
  // bare repeats of a name's part no title introduced
  for (const w of words) {
    if (w.kind !== 'word' || !w.capitalised || w.text.length < 3 || notNameWord(w) || isCommonWord(w) || isAllCaps(w.text)) continue;
    const prior = latestBefore(byPart, w.text, w.start);
    if (!prior || overlapsAny(out, w.start, w.end) || known.overlaps(w.start, w.end)) continue;
    // not the first word of a longer capitalised run (another name)
    const next = words[w.index + 1];
    if (next && next.capitalised && next.kind === 'word' && spaceBetween(ctx.text, w.end, next.start) && !notNameWord(next)) continue;
    // nor the last word of one (Jalan Agus Salim, another Budi X)
    const prev = words[w.index - 1];
    if (prev && prev.capitalised && prev.kind === 'word' && spaceBetween(ctx.text, prev.end, w.start) && !notNameWord(prev) && !isCommonWord(prev)) continue;
    out.push(ruleEntity(ctx, 'PERSON', w.start, w.end, prior.canonical, prior.id));
  }
  return out;
}
