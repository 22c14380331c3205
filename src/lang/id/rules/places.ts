import type { EntityCandidate, RuleContext } from '../../adapter.js';
import {
  AGENCY_WORDS,
  COMMON_WORDS,
  COMPASS_WORDS,
  isAllCaps,
  MEDIA_WORDS,
  MONTHS,
  NOMINALISATION,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  RANK_HEADS,
  RANK_PARTS,
  ROMAN_NUMERAL,
  SHIP_PREFIXES,
  STOPWORDS,
  WEEKDAYS,
} from '../words.js';
import { isKnownLowerFirstName } from '../../shared/first-names.js';
import { ruleEntity, spaceBetween, type SpanIndex, type Word } from './view.js';

/**
 * Places named with a type word before them. ANNOTATION.md: the type word stays outside when
 * the bare name still names the place (Provinsi Jawa Barat → Jawa Barat, Kepulauan Kuril → Kuril)
 * and inside when the name needs it (Laut China Selatan, Selat Malaka, Teluk Benggala).
 */
export const TYPE_OUTSIDE = new Set([
  'provinsi', 'prov', 'kabupaten', 'kab', 'kota', 'kecamatan', 'kec', 'desa', 'kelurahan', 'dusun', 'kampung',
  'pulau', 'kepulauan', 'gunung', 'pegunungan', 'sungai', 'danau', 'semenanjung', 'prefektur', 'distrik',
  'oblast', 'negara bagian', 'wilayah', 'kawasan', 'region',
]);
/** First words of the two-word type words (negara bagian): only those need the pair looked up. */
const TWO_WORD_TYPE_HEADS = new Set([...TYPE_OUTSIDE].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]!));
export const TYPE_INSIDE = new Set(['laut', 'selat', 'teluk', 'samudra', 'samudera', 'tanjung', 'terusan']);
/** Every word a typed place may open with: one look-up rules out most words. */
const TYPE_OPENERS = new Set([...TWO_WORD_TYPE_HEADS, ...TYPE_OUTSIDE, ...TYPE_INSIDE]);

/** Lower-case words describing a typed place before its name (kota perbatasan Mae Sot, kota pelabuhan Dalian): outside. */
const TYPE_DESCRIPTORS = new Set(['perbatasan', 'pelabuhan', 'pesisir', 'pantai', 'industri', 'wisata', 'kecil', 'terpencil', 'tua', 'suci', 'nelayan', 'garnisun']);

/** The sea is no sea in "Angkatan Laut Rusia" (a navy). */
const NOT_A_SEA_BEFORE = new Set(['angkatan', 'al', 'pasukan', 'armada']);

const MAX_PLACE_WORDS = 4;

/** Function words, months, weekdays, titles and organisation heads: one set, as most words are looked up. */
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([...STOPWORDS, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...PERSON_TITLES, ...ORGANISATION_HEADS]);
const notPlaceWord = (w: Word) => w.kind !== 'word' || !w.capitalised || NOT_PLACE_WORDS.has(w.lower);

export function findTypedPlaces(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!TYPE_OPENERS.has(w.lower)) continue;
    // a ship's name is no place (KN Pulau Dana, KRI Teluk Bintuni)
    const prefix = words[i - 1];
    if (prefix && SHIP_PREFIXES.has(prefix.text) && spaceBetween(ctx.text, prefix.end, w.start)) continue;
    let typeEnd = i + 1;
    let inside: boolean;
    const two = words[i + 1] && TWO_WORD_TYPE_HEADS.has(w.lower) ? `${w.lower} ${words[i + 1]!.lower}` : '';
    if (TYPE_OUTSIDE.has(two)) {
      inside = false;
      typeEnd = i + 2;
    } else if (TYPE_OUTSIDE.has(w.lower)) inside = false;
    else if (TYPE_INSIDE.has(w.lower) && w.capitalised) {
      const before = words[i - 1];
      // nor after a rank (Kolonel Laut (P), Kapten Laut, Laksamana Muda TNI Laut)
      if (before && (NOT_A_SEA_BEFORE.has(before.lower) || RANK_HEADS.has(before.lower) || (RANK_PARTS.has(before.lower) && before.capitalised))) continue;
      inside = true;
    } else continue;
    // a lower-case descriptor between a lower-case type word and the name (kota perbatasan Mae Sot)
    const descriptor = words[typeEnd];
    if (!inside && !w.capitalised && descriptor && TYPE_DESCRIPTORS.has(descriptor.text) && words[typeEnd + 1]?.capitalised && spaceBetween(ctx.text, descriptor.end, words[typeEnd + 1]!.start)) typeEnd++;
    // "wilayah"/"kawasan" only lead into a name that is no known place already (kawasan Asia-Pasifik is the lexicon's)
    let end = typeEnd;
    // a place the lexicon knows ends where the lexicon says (Provinsi Jawa Barat Ahmad Heryawan),
    // unless compass words go on (Kabupaten Timor Tengah Utara: a regency, not the island)
    const listed = words[typeEnd] ? known.startingAt(words[typeEnd]!.start, ['PLACE']) : undefined;
    if (listed && !inside) {
      let j = typeEnd;
      while (j < words.length && words[j]!.end <= listed.end) j++;
      const from = j;
      while (j < words.length && j - typeEnd < MAX_PLACE_WORDS && (COMPASS_WORDS.has(words[j]!.lower) || words[j]!.lower === 'pusat') && words[j]!.capitalised && spaceBetween(ctx.text, words[j - 1]!.end, words[j]!.start)) j++;
      if (j > from) {
        out.push(ruleEntity(ctx, 'PLACE', words[typeEnd]!.start, words[j - 1]!.end));
        i = j - 1;
      }
      continue;
    }
    let numbered = false;
    for (let j = end; j < words.length && j - typeEnd < MAX_PLACE_WORDS; j++) {
      const word = words[j]!;
      // a numbered unit (Wilayah Pertahanan I, Komando Daerah II) is no place
      if (ROMAN_NUMERAL.test(word.text) && spaceBetween(ctx.text, words[j - 1]!.end, word.start)) {
        numbered = true;
        break;
      }
      if (!spaceBetween(ctx.text, words[j - 1]!.end, word.start) && !(word.text === '-' && j > typeEnd)) break;
      if (word.text === '-') continue;
      if (notPlaceWord(word)) break;
      // another type word starts its own typed place (ibu kota Kabupaten Natuna → Natuna)
      if (TYPE_OUTSIDE.has(word.lower)) break;
      // a given name after the place starts a person (Kota Bandung Ridwan Kamil)
      if (j > typeEnd && isKnownLowerFirstName(word.lower)) break;
      end = j + 1;
    }
    if (end === typeEnd || numbered) continue;
    const bare = words.slice(typeEnd, end).filter((x) => x.text !== '-');
    // an unknown acronym after an area word is no place name (wilayah ZEE)
    if (!inside && bare.length === 1 && isAllCaps(bare[0]!.text)) continue;
    // when the bare name is only common words the type word belongs to the name (Pulau Laut, Pulau Panjang)
    if (!inside && bare.every((x) => COMMON_WORDS.has(x.lower) || TYPE_INSIDE.has(x.lower) || COMPASS_WORDS.has(x.lower))) {
      if (w.lower === 'wilayah' || w.lower === 'kawasan' || w.lower === 'region' || w.lower === 'kota' || !w.capitalised) continue;
      inside = true;
    }
    const from = inside ? w.start : words[typeEnd]!.start;
    const to = words[end - 1]!.end;
    // the generic area words only name what the lexicon does not already know
    if ((w.lower === 'wilayah' || w.lower === 'kawasan' || w.lower === 'region') && known.overlaps(from, to)) continue;
    if (!inside && known.overlaps(from, to, ['MINISTRY', 'PERSON'])) continue;
    out.push(ruleEntity(ctx, 'PLACE', from, to));
    i = end - 1;
  }
  return out;
}

/** Two-word compass points (Barat Daya, Timur Laut): the second word alone may be a sea (Laut). */
const COMPASS_PAIRS = new Set(['barat daya', 'barat laut', 'timur laut', 'tenggara', 'selatan', 'utara', 'timur', 'barat', 'tengah']);

/**
 * A listed place directly followed by a capitalised compass word names a larger or other region:
 * Pasifik Selatan, Asia Selatan, Sulawesi Utara, Afrika Timur Laut. The compass word is taken in,
 * unless it opens a longer listed place of its own (… Timur Tengah) or the place already ends in one.
 */
export function findCompassPlaces(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const starts = new Map<number, number>();
  words.forEach((w, i) => starts.set(w.start, i));
  const places = known.all().filter((c) => c.type === 'PLACE' && c.source === 'lexicon');
  for (const c of places) {
    // only the longest listed place at its start
    if (places.some((o) => o.start === c.start && o.end > c.end)) continue;
    const first = starts.get(c.start);
    if (first === undefined) continue;
    let j = first;
    while (j < words.length && words[j]!.end <= c.end) j++;
    if (j === first || words[j - 1]!.end !== c.end) continue;
    const last = words[j - 1]!;
    if (COMPASS_WORDS.has(last.lower) || !words[first]!.capitalised) continue;
    const w = words[j];
    if (!w || w.kind !== 'word' || !w.capitalised || !COMPASS_PAIRS.has(w.lower) || !spaceBetween(ctx.text, last.end, w.start)) continue;
    // an all-caps place before a Title Case compass word is rather a dateline or a heading
    if (isAllCaps(words[first]!.text) && !isAllCaps(w.text) && words[first]!.text.length > 3) continue;
    let end = j + 1;
    const second = words[j + 1];
    const after = words[j + 2];
    if (
      second &&
      COMPASS_PAIRS.has(`${w.lower} ${second.lower}`) &&
      second.capitalised &&
      spaceBetween(ctx.text, w.end, second.start) &&
      !(after && after.kind === 'word' && after.capitalised && spaceBetween(ctx.text, second.end, after.start))
    )
      end = j + 2;
    const to = words[end - 1]!.end;
    // the compass word opens a longer listed place (Rusia Timur Tengah): two places, not one
    const own = known.startingAt(w.start, ['PLACE', 'MINISTRY']);
    if (own && own.end > to) continue;
    if (known.overlaps(w.start, to, ['PERSON', 'MINISTRY'])) continue;
    out.push(ruleEntity(ctx, 'PLACE', c.start, to));
  }
  return out;
}

/**
 * Upper-case datelines opening a story: "JAKARTA (ANTARA) -", "TOKYO, KOMPAS.com -", "SURABAYA -".
 * The place is the upper-case run at the start of a line; the news agency is not tagged.
 */
const DATELINE = /(^|\n)[ \t]*(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,3})(?=[ \t]*(?:,[ \t]*[^\n,]{2,40}?[ \t]*)?(?:\([^)\n]{2,30}\)[ \t]*)?[-–—])/gu;

export function findDatelines(ctx: RuleContext): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of ctx.text.matchAll(DATELINE)) {
    const name = m[2]!.replace(/[.'’-]+$/, '');
    const start = m.index! + m[1]!.length + m[0]!.slice(m[1]!.length).indexOf(m[2]!);
    // a medium's name with its domain (TEMPO.CO, REPUBLIKA.CO.ID) is no place; the place may follow it
    if (/\.\p{L}/u.test(name) || MEDIA_WORDS.has(name.toLowerCase())) {
      const rest = /^,[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*[-–—]/u.exec(ctx.text.slice(start + m[2]!.length));
      if (rest) {
        const at = start + m[2]!.length + rest[0].indexOf(rest[1]!);
        out.push(ruleEntity(ctx, 'PLACE', at, at + rest[1]!.length, titleCase(rest[1]!)));
      }
      continue;
    }
    out.push(ruleEntity(ctx, 'PLACE', start, start + name.length, titleCase(name)));
  }
  return out;
}

/** Prepositions of place: a capitalised name after them that nothing else claims is a place (di Situbondo, ke Darwin). */
/** Lower-case `perbatasan` before an unknown name reads the same way: a border town or district (perbatasan Entikong). */
const LOCATIVES = new Set(['di', 'ke', 'perbatasan']);
/** Last words of venues and buildings: a name ending in one is a facility. */
const FACILITY_TAILS = new Set([
  'centre', 'center', 'hall', 'plaza', 'mall', 'park', 'stadium', 'arena', 'hotel', 'tower', 'towers', 'building',
  'palace', 'resort', 'convention', 'club', 'museum', 'theatre', 'theater', 'airport', 'station', 'dome', 'garden', 'gardens',
]);
const MAX_LOCATIVE_WORDS = 3;

/** A word no bare locative name holds (a module function: tsx's keepNames makes named closures costly). */
const notLocativeName = (x: Word): boolean =>
  notPlaceWord(x) ||
  isAllCaps(x.text) ||
  x.text.length < 3 ||
  COMMON_WORDS.has(x.lower) ||
  NOMINALISATION.test(x.lower) ||
  AGENCY_WORDS.has(x.lower) ||
  MEDIA_WORDS.has(x.lower) ||
  TYPE_OUTSIDE.has(x.lower) ||
  TYPE_INSIDE.has(x.lower) ||
  COMPASS_WORDS.has(x.lower);

/**
 * `di <Name>`, `ke <Name>`: towns and foreign cities the lexicon does not list. The name must be
 * no known entity, no organisation or facility head, no title, common word, acronym or medium.
 */
export function findLocativePlaces(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!LOCATIVES.has(w.text)) continue;
    const first = words[i + 1]!;
    if (!spaceBetween(ctx.text, w.end, first.start) || notLocativeName(first) || known.overlaps(first.start, first.end)) continue;
    let end = i + 2;
    while (end < words.length && end - (i + 1) < MAX_LOCATIVE_WORDS) {
      const x = words[end]!;
      if (!spaceBetween(ctx.text, words[end - 1]!.end, x.start) || notLocativeName(x) || known.overlaps(x.start, x.end)) break;
      end++;
    }
    // the run must end the phrase: punctuation, a lower-case word, a known place or date word after it
    const next = words[end];
    if (next && spaceBetween(ctx.text, words[end - 1]!.end, next.start) && next.capitalised) {
      const ok = known.startingAt(next.start, ['PLACE']) !== undefined || WEEKDAYS.has(next.lower) || MONTHS.has(next.lower) || COMPASS_WORDS.has(next.lower);
      if (!ok) continue;
      // a compass word after the run makes it a longer place name (di Lombok Timur): take it along
      if (COMPASS_WORDS.has(next.lower)) continue;
    }
    // a part of a hyphenated name glued to the rest (Champs-Élysées) is no place of its own
    // (a pair of places joined by a hyphen stands: di Teling-Manado)
    const glued = words[end + 1];
    if (next && next.start === words[end - 1]!.end && (next.text === '-' || next.text === '’' || next.text === "'") && glued?.kind === 'word' && glued.start === next.end && !known.startingAt(glued.start, ['PLACE'])) continue;
    // a venue or building (Aotea Centre, Jakarta Convention Center) is a facility, not a place
    if (FACILITY_TAILS.has(words[end - 1]!.lower)) continue;
    // a given name with a surname after the preposition is rather a person's house or office
    if (end - (i + 1) >= 2 && isKnownLowerFirstName(first.lower)) continue;
    out.push(ruleEntity(ctx, 'PLACE', first.start, words[end - 1]!.end));
    i = end - 1;
  }
  return out;
}

/**
 * A one-word place a rule found after a type word or a preposition (perbatasan Entikong, Kabupaten Sanggau)
 * names it again bare elsewhere in the document (melalui Entikong, sampai Sanggau): the same capitalised
 * word, no known entity there, is the place too.
 */
/** Words before a town's name that make it a people, a language or a team: bahasa Rote, suku Tatar, klub Brighton. */
const NOT_PLACE_BEFORE = new Set(['bahasa', 'suku', 'bangsa', 'bangsawan', 'etnis', 'etnik', 'orang', 'klub', 'tim', 'pemain', 'pelatih', 'dialek', 'aksara', 'marga', 'keluarga']);

export function findRepeatedPlaces(ctx: RuleContext, words: readonly Word[], found: readonly EntityCandidate[], known: SpanIndex): EntityCandidate[] {
  if (found.length === 0) return [];
  const names = new Set<string>();
  for (const c of found) {
    const surface = ctx.text.slice(c.start, c.end);
    if (c.type === 'PLACE' && /^\p{Lu}\p{Ll}{3,}$/u.test(surface) && !COMMON_WORDS.has(surface.toLowerCase())) names.add(surface);
  }
  if (names.size === 0) return [];
  const out: EntityCandidate[] = [];
  for (const w of words) {
    if (!names.has(w.text) || known.overlaps(w.start, w.end)) continue;
    // not part of a longer capitalised run (Entikong Raya, Aruk Baru): that is another name
    const prev = words[w.index - 1];
    const next = words[w.index + 1];
    if (prev && prev.kind === 'word' && prev.capitalised && spaceBetween(ctx.text, prev.end, w.start) && !STOPWORDS.has(prev.lower)) continue;
    if (next && next.kind === 'word' && next.capitalised && spaceBetween(ctx.text, w.end, next.start)) continue;
    // glued into a compound (Kachi-Kachi, Aruk-Sajingan) or naming a people, language or team (bahasa Rote, tim Brighton)
    if ((next && next.start === w.end && next.text === '-') || (prev && prev.end === w.start && prev.text === '-')) continue;
    if (prev && NOT_PLACE_BEFORE.has(prev.lower)) continue;
    out.push(ruleEntity(ctx, 'PLACE', w.start, w.end));
  }
  return out;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
