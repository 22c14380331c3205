import type { EntityCandidate, RuleContext } from '../../adapter.js';
import { isCapitalised, MONTHS, ORGANISATION_HEADS, PERSON_TITLES, STOPWORDS, WEEKDAYS } from '../words.js';
import { isKnownFirstName } from './first-names.js';
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
export const TYPE_INSIDE = new Set(['laut', 'selat', 'teluk', 'samudra', 'samudera', 'tanjung', 'terusan']);

/** The sea is no sea in "Angkatan Laut Rusia" (a navy). */
const NOT_A_SEA_BEFORE = new Set(['angkatan', 'al', 'pasukan', 'armada']);

const MAX_PLACE_WORDS = 4;

const notPlaceWord = (w: Word) =>
  w.kind !== 'word' ||
  !isCapitalised(w.text) ||
  STOPWORDS.has(w.lower) ||
  MONTHS.has(w.lower) ||
  WEEKDAYS.has(w.lower) ||
  PERSON_TITLES.has(w.lower) ||
  ORGANISATION_HEADS.has(w.lower);

export function findTypedPlaces(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let typeEnd = i + 1;
    let inside: boolean;
    const two = words[i + 1] ? `${w.lower} ${words[i + 1]!.lower}` : '';
    if (TYPE_OUTSIDE.has(two)) {
      inside = false;
      typeEnd = i + 2;
    } else if (TYPE_OUTSIDE.has(w.lower)) inside = false;
    else if (TYPE_INSIDE.has(w.lower) && isCapitalised(w.text)) {
      const before = words[i - 1];
      if (before && NOT_A_SEA_BEFORE.has(before.lower)) continue;
      inside = true;
    } else continue;
    // "wilayah"/"kawasan" only lead into a name that is no known place already (kawasan Asia-Pasifik is the lexicon's)
    let end = typeEnd;
    // a place the lexicon knows ends where the lexicon says (Provinsi Jawa Barat Ahmad Heryawan)
    const listed = words[typeEnd] ? known.startingAt(words[typeEnd]!.start, ['PLACE']) : undefined;
    if (listed && !inside) continue;
    for (let j = end; j < words.length && j - typeEnd < MAX_PLACE_WORDS; j++) {
      const word = words[j]!;
      if (!spaceBetween(ctx.text, words[j - 1]!.end, word.start) && !(word.text === '-' && j > typeEnd)) break;
      if (word.text === '-') continue;
      if (notPlaceWord(word)) break;
      // a given name after the place starts a person (Kota Bandung Ridwan Kamil)
      if (j > typeEnd && isKnownFirstName(word.text)) break;
      end = j + 1;
    }
    if (end === typeEnd) continue;
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
    out.push(ruleEntity(ctx, 'PLACE', start, start + name.length, titleCase(name)));
  }
  return out;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
