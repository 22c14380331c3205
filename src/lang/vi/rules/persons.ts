import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { stateNames } from './places.js';
import { CRAFT_TYPES, KOREAN_SURNAMES, NAME_INSIDE, NOT_NAME_WORDS, ORG_HEADS, PORTFOLIOS, SURNAMES, TITLE_ORGS, TITLE_PREFIXES, TITLES } from '../data/names.js';
import { isUpperChar } from '../chars.js';
import { alternationOf, isCapitalised, isKnownFirstName, isOwnUpperCase, isViWordForm, phraseAfterGate, phraseBeforeGate, spaced, startsTitle, wordsOf, type Word } from './words.js';

/**
 * Persons no lexicon can list: a name after a title or role ("Thứ trưởng Ngoại giao Nhật Bản
 * Kenichiro Sasae", "ông Denisov"), and names whose shape gives them away without one: a
 * Vietnamese full name with a common family name, a Western given name known to compromise
 * followed by a surname, a Korean name (Kim Jong-un), a Japanese name in romaji, a Russian name
 * with a patronymic. Later mentions of a name's last word reuse the full name's id.
 */

const RULE_PRIORITY = 5;
const MAX_NAME_WORDS = 4;

const TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${alternationOf(TITLE_PREFIXES)})[ \\u00a0]+)?(?:${alternationOf(TITLES)})` +
    `(?:[ \\u00a0]+(?:bộ[ \\u00a0]+)?(?:${alternationOf([...PORTFOLIOS, ...TITLE_ORGS])}))?[ \\u00a0]+$`,
  'u',
);
/** Whether TITLE_BEFORE may match (its last word is a title's, a portfolio's or a body's). */
const mayFollowTitle = phraseBeforeGate([...TITLES, ...PORTFOLIOS, ...TITLE_ORGS]);
/** TITLE_BEFORE on key.slice(from, to), asked only when the gate lets it. */
const titleBefore = (key: string, from: number, to: number) => mayFollowTitle(key, from, to) && TITLE_BEFORE.test(key.slice(from, to));
const STARTS_ORG = new RegExp(`^(?:(?:bộ[ \\u00a0]+)?(?:${alternationOf([...PORTFOLIOS, ...TITLE_ORGS])})|${alternationOf(ORG_HEADS)})(?![\\p{L}\\p{M}])`, 'u');
const mayStartOrg = phraseAfterGate(['bộ', ...PORTFOLIOS, ...TITLE_ORGS, ...ORG_HEADS]);
/** STARTS_ORG on key.slice(at), asked only when the gate lets it. */
const startsOrg = (key: string, at: number) => mayStartOrg(key, at) && STARTS_ORG.test(key.slice(at));
const INSIDE_NAME = new Set(NAME_INSIDE);
const SURNAME = new Set(SURNAMES);
const KOREAN = new Set(KOREAN_SURNAMES);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Romanised Japanese: (consonant)(y)vowel morae, or a syllable-final n (Kenichiro, Sasae, Edano). */
const ROMAJI = /^(?:(?:[kgsztdnhbpmrjfw]|ch|sh|ts|[kgnhmrbp]y)?[aiueo]|n(?![aiueoy]))+$/;
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna|yevich)$/;
/** "Bộ Tư lệnh", "Ban Chỉ huy": a command, not a commander's title, before the next word. */
const COMMAND_BEFORE = /(?<![\p{L}\p{M}])(?:bộ|ban|cơ[ \u00a0]+quan)[ \u00a0]+(?:tư[ \u00a0]+lệnh|chỉ[ \u00a0]+huy|tham[ \u00a0]+mưu)[ \u00a0]+$/u;
/** A ship, aircraft, missile or base named after its type word: "tàu sân bay USS Carl Vinson". */
const CRAFT_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternationOf(CRAFT_TYPES)})[ \\u00a0]+$`, 'u');
const mayFollowCraftType = phraseBeforeGate(CRAFT_TYPES);
/** A hull or service prefix written before a ship's name (USS, HMS, INS, JS, ROKS, HQ-011). */
const HULL_PREFIX = /(?<![\p{L}\p{M}])\p{Lu}{2,5}(?:-?\d+)?[ \u00a0]+$/u;
/** HULL_PREFIX can end at `at` only after spaces that follow a capital or a digit. */
function hullMayEndAt(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end === at || end === 0) return false;
  const c = text.charCodeAt(end - 1);
  // (an astral capital ends in a low surrogate: the regex decides)
  return (c >= 0x30 && c <= 0x39) || (c >= 0xdc00 && c <= 0xdfff) || isUpperChar(text[end - 1]!);
}
/** After a one-letter word cut from a name: its initial's dot or an apostrophe, then the surname ("M. Aroca", "M'Ba"). */
const INITIAL_AFTER = /^(?:\.[ \u00a0]?|['’])\p{Lu}/u;
/** "Vùng 3", "Quân khu 7": a unit's number after one capitalised word. */
const NUMBER_AFTER = /^[ \u00a0]+\d/;

interface Found {
  start: number;
  end: number;
  words: string[];
  titled: boolean;
}

const isAllCaps = (w: string) => w.length > 1 && isOwnUpperCase(w);

const romaji = (w: string) => w.length >= 3 && ROMAJI.test(w.toLowerCase());

/** Whether a run of words (no title before) has the shape of a person's name. */
function shapedLikeName(words: readonly string[]): boolean {
  const n = words.length;
  const first = words[0]!;
  const last = words[n - 1]!;
  if (n >= 3 && SURNAME.has(first) && words.every(isViWordForm)) return true;
  if (n === 2 && KOREAN.has(first) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!)) return true;
  if (n >= 2 && n <= 3 && isKnownFirstName(first) && !isViWordForm(last)) return true;
  if (n === 3 && words.some((w) => PATRONYMIC.test(w))) return true;
  if (n === 2 && words.every(romaji) && words.some((w) => !isViWordForm(w))) return true;
  return false;
}

/**
 * Spans named after a craft's type word ("tàu khu trục USS Mustin", "tên lửa Tomahawk"), which are
 * never persons even when their words look like a name (Carl Vinson, Ronald Reagan).
 */
export function craftNames(ctx: RuleContext): Array<{ start: number; end: number }> {
  const { text, key } = ctx;
  const words = wordsOf(text);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w.text)) continue;
    let anchor = w.start;
    // (HULL_PREFIX ends with a space: no slice or regex before a word glued to the one before)
    if (i > 0 && hullMayEndAt(text, anchor)) {
      const hull = HULL_PREFIX.exec(text.slice(Math.max(0, anchor - 12), anchor));
      if (hull && isOwnUpperCase(words[i - 1]!.text)) anchor -= hull[0].length;
    }
    const from = Math.max(0, anchor - 40);
    if (!mayFollowCraftType(key, from, anchor) || !CRAFT_BEFORE.test(key.slice(from, anchor))) continue;
    let j = i + 1;
    while (j < words.length && j - i < MAX_NAME_WORDS && isCapitalised(words[j]!.text) && spaced(text, words[j - 1]!.end, words[j]!.start)) j++;
    out.push({ start: w.start, end: words[j - 1]!.end });
    i = j - 1;
  }
  return out;
}

export function personRules(ctx: RuleContext): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const { text, key } = ctx;
  const words = wordsOf(text);
  const crafts = craftNames(ctx);
  const states = stateNames(ctx);
  const craftStarts = new Set(crafts.map((c) => c.start));
  const isCraft = (at: number) => craftStarts.has(at);
  const lexicon = ctx.lexiconCandidates;
  const covered = overlapOf(lexicon, text.length);
  const lexiconAt = new Map<number, EntityCandidate[]>();
  for (const c of lexicon) {
    const list = lexiconAt.get(c.start);
    if (list) list.push(c);
    else lexiconAt.set(c.start, [c]);
  }
  const placeEndingAt = firstEndingBefore(
    lexicon.filter((c) => c.type !== 'PERSON'),
    text,
  );
  /** A word the lexicon names as a place, and as nothing longer or else from its start ("Santiago"). */
  const singlePlaceAt = (w: Word) => {
    let place = false;
    for (const c of lexiconAt.get(w.start) ?? []) {
      if (c.end !== w.end || c.type !== 'PLACE') return false;
      place = true;
    }
    return place;
  };
  const inState = (w: Word) => states.length > 0 && states.some((st) => w.start >= st.start && w.end <= st.end);
  const nameWord = (w: Word) => isCapitalised(w.text) && !isAllCaps(w.text) && !covered(w) && !inState(w);

  /** A title before `at`, possibly with a country between ("Ngoại trưởng Nhật Bản ‸"). */
  const titledAt = (at: number): boolean => {
    let anchor = at;
    const place = placeEndingAt(at) ?? states.find((st) => st.end < at && spaced(text, st.end, at));
    if (place) anchor = place.start;
    const from = Math.max(0, anchor - 80);
    return titleBefore(key, from, anchor) && !COMMAND_BEFORE.test(key.slice(from, anchor));
  };

  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!nameWord(w) || NOT_NAME.has(w.text) || startsOrg(key, w.start)) continue;
    // a name starts after a non-name word (or a title written with a capital: "Ông Sasae")
    const prev = words[i - 1];
    const continues = prev && nameWord(prev) && spaced(text, prev.end, w.start) && !titleBefore(key, Math.max(0, prev.start - 40), w.start);
    if (continues) continue;
    let j = i + 1;
    // inside a Vietnamese full name "Quốc", "Hải" are syllables of the name (Trần Quốc Bảo), unless a title or body starts there
    const viName = SURNAME.has(w.text);
    let particles = 0;
    for (;;) {
      if (j >= words.length || j - i - particles >= MAX_NAME_WORDS || !spaced(text, words[j - 1]!.end, words[j]!.start)) break;
      if (nameWord(words[j]!) && !stopsRun(words[j]!, viName, key)) {
        j++;
        continue;
      }
      // "Alberto van Klaveren", "Ursula von der Leyen", "Charles de Gaulle": lower-case particles
      // between capitalised words of a foreign name stay inside it
      const k = viName || PLACE_OPENERS.has(w.text) ? j : particlesEnd(words, j, text);
      if (k === j || k >= words.length || !nameWord(words[k]!) || stopsRun(words[k]!, viName, key)) break;
      particles += k - j;
      j = k;
    }
    const run = words.slice(i, j);
    if (isCraft(w.start)) {
      i = j - 1;
      continue;
    }
    if (run.length === 1 && NUMBER_AFTER.test(text.slice(w.end, w.end + 4))) continue;
    let titled = titledAt(w.start);
    let start = w.start;
    let runWords = run.map((x) => x.text);
    // "Bộ trưởng Ngoại giao Argentina Santiago Cafiero": a given name that is also a city, between
    // a title (with its country) and a surname, opens the person's name
    if (!titled && prev && prev.end <= w.start && spaced(text, prev.end, w.start) && isCapitalised(prev.text) && singlePlaceAt(prev) && titledAt(prev.start)) {
      titled = true;
      start = prev.start;
      runWords = [prev.text, ...runWords];
    }
    const caps = particles > 0 ? runWords.filter((x) => !PARTICLES.has(x)) : runWords;
    // a particle marks a foreign name: a known given name may then open up to four capitalised words
    // ("Henrique Manuel da Silva Calisto" is cut at four)
    const particleName = particles > 0 && caps.length <= MAX_NAME_WORDS && isKnownFirstName(caps[0]!) && !isViWordForm(caps[caps.length - 1]!);
    // a one-letter last word before "." or "'" is an initial cut from the surname after it ("José M. Aroca",
    // "Léon M'Ba"): the shape alone does not make the cut run a name (a regnal numeral stays: "Karl V")
    const runEnd = run[run.length - 1]!.end;
    const endsInInitial = caps.length > 1 && caps[caps.length - 1]!.length === 1 && INITIAL_AFTER.test(text.slice(runEnd, runEnd + 3));
    if (titled || particleName || (!endsInInitial && shapedLikeName(caps))) {
      found.push({ start, end: run[run.length - 1]!.end, words: runWords, titled });
      i = j - 1;
    }
  }

  // Full names (rules and lexicon) lend their id to later mentions of their last word.
  const fullNames = new Map<string, { id: string; canonical: string }>();
  for (const c of lexicon) {
    if (c.type !== 'PERSON') continue;
    const parts = text.slice(c.start, c.end).split(/[ \u00a0]+/);
    if (parts.length >= 2) fullNames.set(parts[parts.length - 1]!, { id: c.id, canonical: c.canonical });
  }
  for (const f of found) {
    if (f.words.length < 2) continue;
    const surface = f.words.join(' ');
    const ref = { id: `rule:person/${surface}`, canonical: surface };
    fullNames.set(f.words[f.words.length - 1]!, ref);
    if (KOREAN.has(f.words[0]!)) fullNames.set(f.words[0]!, ref);
  }
  const out: EntityCandidate[] = [];
  const taken = new Set<number>();
  for (const f of found) {
    const surface = f.words.join(' ');
    const ref = f.words.length === 1 ? fullNames.get(surface) : undefined;
    out.push(candidate(f.start, f.end, ref?.id ?? `rule:person/${surface}`, ref?.canonical ?? surface));
    taken.add(f.start);
  }
  // A bare later mention of a foreign surname seen in a full name ("Denisov khẳng định").
  for (const w of words) {
    if (taken.has(w.start) || w.text.length < 2 || !nameWord(w) || isViWordForm(w.text)) continue;
    const ref = fullNames.get(w.text);
    if (!ref || ref.canonical === w.text) continue;
    if (out.some((c) => c.start < w.end && w.start < c.end)) continue;
    out.push(candidate(w.start, w.end, ref.id, ref.canonical));
  }
  // a lexicon person's name given to a ship or aircraft is the craft's name
  const blockers: Blocker[] = crafts.map((c) => ({ start: c.start, end: c.end, blocks: ['PERSON'], reason: "a craft's name" }));
  return { entities: out, blockers };
}

/** Whether a word overlaps some span, in O(word length) (a text may hold thousands of lexicon matches). */
function overlapOf(spans: ReadonlyArray<{ start: number; end: number }>, length: number): (w: Word) => boolean {
  if (spans.length === 0) return () => false;
  // covered[i]: how many spans hold character i (a difference array, summed)
  const covered = new Int32Array(length + 1);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    covered[s.start]!++;
    covered[Math.min(s.end, length)]!--;
  }
  for (let i = 1; i <= length; i++) covered[i]! += covered[i - 1]!;
  return (w) => {
    for (let i = w.start; i < w.end; i++) if (covered[i]! > 0) return true;
    return false;
  };
}

/**
 * The first span (in list order) that ends before `at` with only spaces between, as
 * `spans.find((c) => c.end <= at && spaced(text, c.end, at))` would give, without a scan per question.
 */
function firstEndingBefore<T extends { start: number; end: number }>(spans: readonly T[], text: string): (at: number) => T | undefined {
  const firstAtEnd = new Map<number, number>();
  spans.forEach((c, k) => {
    if (!firstAtEnd.has(c.end)) firstAtEnd.set(c.end, k);
  });
  return (at) => {
    let best = -1;
    for (let e = at - 1; e >= 0 && (text[e] === ' ' || text[e] === '\u00a0'); e--) {
      const k = firstAtEnd.get(e);
      if (k !== undefined && (best < 0 || k < best)) best = k;
    }
    return best < 0 ? undefined : spans[best];
  };
}

/** Lower-case particles inside foreign names (van, von der, de, da, al, bin …). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'du', 'des', 'da', 'dos', 'das', 'di', 'del', 'della', 'al', 'el', 'bin', 'binti', 'ibn', 'ben', 'ter', 'ten', 'zu', 'la', 'le']);
const MAX_PARTICLES = 2;
/** Words that open Romance place names ("Rio de Janeiro", "San José", "Porto de Galinhas"), not persons. */
const PLACE_OPENERS = new Set(['Rio', 'San', 'Santa', 'Santo', 'São', 'Puerto', 'Porto', 'Ciudad', 'Villa', 'Vila', 'Cabo', 'Isla', 'Monte', 'Sierra', 'Lago', 'Mar', 'Bahía', 'Baía', 'Fort', 'Port']);

/** The index after the particles starting at words[j] ("von der"), or j. */
function particlesEnd(words: readonly Word[], j: number, text: string): number {
  let k = j;
  while (k < words.length && k - j < MAX_PARTICLES && PARTICLES.has(words[k]!.text) && (k === j || spaced(text, words[k - 1]!.end, words[k]!.start))) k++;
  if (k === j || k >= words.length || !spaced(text, words[k - 1]!.end, words[k]!.start)) return j;
  return k;
}

/** Whether a word ends a run of name words: a non-name word, or a title or body starting there. */
function stopsRun(x: Word, viName: boolean, key: string): boolean {
  return (NOT_NAME.has(x.text) && !(viName && INSIDE_NAME.has(x.text))) || startsTitle(key, x.start) || startsOrg(key, x.start);
}

function candidate(start: number, end: number, id: string, canonical: string): EntityCandidate {
  return { type: 'PERSON', start, end, source: 'rule', id, canonical, attrs: {}, priority: RULE_PRIORITY };
}
