import type { EntityCandidate, RuleContext } from '../../adapter.js';
import {
  COMPASS_WORDS,
  isAllCaps,
  isCapitalised,
  MONTHS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  STOPWORDS,
  TITLE_COMPLEMENT,
  WEEKDAYS,
} from '../words.js';
import { isKnownFirstName } from './first-names.js';
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
/** Name suffixes that belong to the name (Jr., III). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words that can never be part of a name. */
function notNameWord(w: Word): boolean {
  return (
    w.kind !== 'word' ||
    STOPWORDS.has(w.lower) ||
    ORGANISATION_HEADS.has(w.lower) ||
    MONTHS.has(w.lower) ||
    WEEKDAYS.has(w.lower) ||
    PERSON_TITLES.has(w.lower) ||
    COMPASS_WORDS.has(w.lower) ||
    TYPE_OUTSIDE.has(w.lower) ||
    TYPE_INSIDE.has(w.lower)
  );
}

/** The words of a name starting at word `from`: [from, end), or undefined when none starts there. */
function nameAt(ctx: RuleContext, words: readonly Word[], from: number, known: SpanIndex): number | undefined {
  const first = words[from];
  if (!first || !isCapitalised(first.text) || notNameWord(first) || (isAllCaps(first.text) && first.text.length > 3)) return undefined;
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
      if (gap === '' && prev.text.length === 1 && isCapitalised(prev.text)) continue;
      break;
    }
    const afterJoiner = gap === '' && /^[-'’.]$/.test(prev.text);
    if (gap !== ' ' && !afterJoiner) break;
    if (NAME_PARTICLES.has(w.text)) {
      const next = words[j + 1];
      if (next && isCapitalised(next.text) && !notNameWord(next)) continue;
      break;
    }
    if (NAME_SUFFIXES.has(w.lower) && isCapitalised(w.text)) {
      end = j + 1;
      break;
    }
    if (!isCapitalised(w.text) || notNameWord(w) || isAllCaps(w.text)) break;
    if (known.overlaps(w.start, w.end, ['PLACE', 'MINISTRY'])) break;
    end = j + 1;
    count++;
  }
  return end;
}

/** After a title: portfolio words, places, ministries and acronyms (Menteri Luar Negeri Jepang, Ketua DPR). */
function skipTitleComplement(ctx: RuleContext, words: readonly Word[], from: number, known: SpanIndex): { next: number; sawPlace: boolean } {
  let j = from;
  let sawPlace = false;
  while (j < words.length) {
    const w = words[j]!;
    const prev = words[j - 1]!;
    if (!spaceBetween(ctx.text, prev.end, w.start)) break;
    const entity = known.startingAt(w.start, ['PLACE', 'MINISTRY']);
    if (entity) {
      sawPlace ||= entity.type === 'PLACE';
      while (j < words.length && words[j]!.end <= entity.end) j++;
      continue;
    }
    if (TITLE_COMPLEMENT.has(w.lower) || PERSON_TITLES.has(w.lower) || TYPE_OUTSIDE.has(w.lower) || (isAllCaps(w.text) && w.text.length <= 6)) {
      j++;
      continue;
    }
    break;
  }
  return { next: j, sawPlace };
}

export function findPersons(ctx: RuleContext, words: readonly Word[], known: SpanIndex): EntityCandidate[] {
  const found: Array<{ start: number; end: number }> = [];
  const claimed = (a: number, b: number) => found.some((f) => f.start < b && a < f.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word') continue;
    let nameFrom: number | undefined;
    if (PERSON_TITLES.has(w.lower)) {
      let j = i + 1;
      // bylines and dotted titles: Pewarta: Nama, Sdr. Nama
      if (words[j] && (words[j]!.text === ':' || words[j]!.text === '.') && words[j]!.start === w.end) j++;
      const { next, sawPlace } = skipTitleComplement(ctx, words, j, known);
      j = next;
      // apposition: "Menlu Jepang, Fumio Kishida"
      if (sawPlace && words[j]?.text === ',' && nameAt(ctx, words, j + 1, known) !== undefined) j++;
      nameFrom = j;
    } else if (isCapitalised(w.text) && isKnownFirstName(w.text) && !notNameWord(w)) {
      const end = nameAt(ctx, words, i, known);
      // a given name alone is too weak a cue: it must be followed by a surname
      if (end !== undefined && end - i >= 2) nameFrom = i;
    }
    if (nameFrom === undefined) continue;
    // "Ketua Fraksi Partai X Nama": an organisation after the title hides where the name starts
    if (words[nameFrom] && ORGANISATION_HEADS.has(words[nameFrom]!.lower)) continue;
    const end = nameAt(ctx, words, nameFrom, known);
    if (end === undefined) continue;
    // a name followed by a compass word is a place (Jawa Tengah, Sulawesi Utara)
    const after = words[end];
    if (after && COMPASS_WORDS.has(after.lower) && spaceBetween(ctx.text, words[end - 1]!.end, after.start)) continue;
    const start = words[nameFrom]!.start;
    const stop = words[end - 1]!.end;
    if (claimed(start, stop) || known.overlaps(start, stop, ['PERSON'])) {
      i = end - 1;
      continue;
    }
    found.push({ start, end: stop });
    i = end - 1;
  }
  return withRepeats(ctx, words, known, found);
}

/**
 * Turns found spans into candidates; a surname alone after its full name (rule or lexicon) takes
 * the full name's id and canonical form, and its bare later occurrences are found too.
 */
function withRepeats(ctx: RuleContext, words: readonly Word[], known: SpanIndex, found: Array<{ start: number; end: number }>): EntityCandidate[] {
  const full: Array<{ start: number; surname: string; id: string; canonical: string }> = [];
  const out: EntityCandidate[] = [];
  for (const c of known.all()) {
    if (c.type !== 'PERSON') continue;
    const parts = ctx.text.slice(c.start, c.end).split(/\s+/);
    if (parts.length >= 2) full.push({ start: c.start, surname: parts[parts.length - 1]!, id: c.id, canonical: c.canonical });
  }
  const ordered = [...found].sort((a, b) => a.start - b.start);
  for (const f of ordered) {
    const surface = ctx.text.slice(f.start, f.end);
    const parts = surface.split(/\s+/);
    if (parts.length >= 2) {
      const e = ruleEntity(ctx, 'PERSON', f.start, f.end);
      full.push({ start: f.start, surname: parts[parts.length - 1]!, id: e.id, canonical: e.canonical });
    }
  }
  const earlier = (surname: string, at: number) =>
    full.filter((n) => n.surname === surname && n.start < at).sort((a, b) => b.start - a.start)[0];
  for (const f of ordered) {
    const surface = ctx.text.slice(f.start, f.end);
    const prior = surface.includes(' ') ? undefined : earlier(surface, f.start);
    out.push(prior ? ruleEntity(ctx, 'PERSON', f.start, f.end, prior.canonical, prior.id) : ruleEntity(ctx, 'PERSON', f.start, f.end));
  }
  // bare surname repeats no title introduced
  const taken = (a: number, b: number) => out.some((o) => o.start < b && a < o.end) || known.overlaps(a, b);
  for (const w of words) {
    if (w.kind !== 'word' || !isCapitalised(w.text) || w.text.length < 3 || notNameWord(w)) continue;
    const prior = earlier(w.text, w.start);
    if (!prior || taken(w.start, w.end)) continue;
    // not the first word of a longer capitalised run (another name)
    const next = words[w.index + 1];
    if (next && isCapitalised(next.text) && next.kind === 'word' && spaceBetween(ctx.text, w.end, next.start) && !notNameWord(next)) continue;
    out.push(ruleEntity(ctx, 'PERSON', w.start, w.end, prior.canonical, prior.id));
  }
  return out;
}
