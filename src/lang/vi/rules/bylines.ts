import type { EntityCandidate, RuleContext } from '../../adapter.js';
import { BYLINE_LABELS, BYLINE_NOT_NAME, BYLINE_SOURCE_CUES, MEDIA_NAMES, NOT_BYLINE_PHRASES, NOT_NAME_WORDS } from '../data/names.js';
import { alternationOf, coverageOf, execAtWordEdge, foldedSet, isViWordForm } from './words.js';

/**
 * Bylines and credits (ANNOTATION.md counts them as persons). Vietnamese news signs off with the
 * reporter's name, very often a two-syllable pen name without a family name, so the shape rules
 * in `persons.ts` cannot see it; the place it stands in gives it away:
 *
 * - after a credit label: "Tin, ảnh: NGỌC HƯNG", "Ảnh: Văn Điệp/TTXVN", "Bài và ảnh: …", "Phóng viên: …";
 * - before a source in brackets: "<Name> (Theo Reuters, AFP)", "<Name> (P/v TTXVN tại …)", or a
 *   bracket that ends its line ("<Name> (Kyodo)");
 * - before "/" and a medium: "<Name>/VOV.VN", "<Name>/TTXVN";
 * - alone on its own line (not the headline): "Thu Trang", "NGỌC HƯNG".
 *
 * A name here is one to four capitalised (or all-caps) words; the words a lexicon already names as
 * a place or ministry, media names and the usual non-name words are not bylines.
 */

const RULE_PRIORITY = 6;
const MAX_WORDS = 4;

/**
 * The rule's word sets and regexes, built on first use rather than at import: only Vietnamese
 * texts need them, and building them cost milliseconds of every cold start.
 */
function buildPatterns() {
  /** A name alone on a line must not open with a word that opens sentences or organisations' names. */
  const NOT_NAME = new Set([...NOT_NAME_WORDS, ...BYLINE_NOT_NAME].map((w) => w.toLowerCase()));
  const FURNITURE = foldedSet(NOT_BYLINE_PHRASES);
  /** Next to a credit label or a source, only function words are ruled out ("Hải Yến/VOV", "Quốc Toản (Theo …)"). */
  const NOT_CREDITED = new Set(BYLINE_NOT_NAME.map((w) => w.toLowerCase()));
  const MEDIA = new Set(MEDIA_NAMES.map((w) => w.toLowerCase()));

  /** One capitalised or all-caps word (hyphens inside: "Jong-un"), then more separated by single spaces. */
  const NAME_WORD = '\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*';
  const NAME_RUN = `${NAME_WORD}(?:[ \\u00a0]${NAME_WORD}){0,${MAX_WORDS - 1}}(?![\\p{L}\\p{M}])`;
  /** "/VOV.VN", "/TTXVN", "/Vietnam+", "/QĐND": a medium after a slash. */
  const SLASH_MEDIUM = '[ \\u00a0]*/[ \\u00a0]*[\\p{Lu}][\\p{L}\\p{M}.+]*';
  const SOURCE_BRACKET = `[ \\u00a0]*\\((?:${alternationOf(BYLINE_SOURCE_CUES)})(?![\\p{L}\\p{M}])`;
  /** A bracketed source that closes the line: "(Kyodo)", "(TTXVN)". */
  const LINE_END_BRACKET = '[ \\u00a0]*\\([^()\\n]{1,80}\\)[ \\u00a0]*(?:\\.?/\\.)?[ \\u00a0]*(?:\\n|$)';

  /** A run of name words (on the text, with its case), tried where a line or sentence starts. */
  const PEN_NAME = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${NAME_RUN})`, 'uy');
  /** A line or a sentence starts here: "…\n", "… biển. ", "…”. ". */
  const STARTS_HERE = /(?:^|\n[ \u00a0]*|[.!?…]["”»)]?[ \u00a0]+)$/u;
  /** Its source after it: a bracket (on the case-folded key) or a slash and a medium (on the text). */
  const SOURCE_TAIL = new RegExp(`^${SOURCE_BRACKET}`, 'u');
  const BRACKET_TAIL = new RegExp(`^${LINE_END_BRACKET}`, 'u');
  const SLASH_TAIL = new RegExp(`^${SLASH_MEDIUM}`, 'u');
  /** "Tin, ảnh:", "Bài và ảnh:", "Ảnh:", "Phóng viên:" — the label, then a list of names. */
  const LABEL = new RegExp(`(?:${alternationOf(BYLINE_LABELS)})[ \\u00a0]*:[ \\u00a0]*`, 'gu'); // at a word edge: execAtWordEdge
  const LABELLED_NAME = new RegExp(NAME_RUN, 'uy');
  /** What may follow one credited name: its medium, then a separator before the next name. */
  const AFTER_NAME = new RegExp(`(?:${SLASH_MEDIUM})?(?:[ \\u00a0]*\\([^()\\n]{1,60}\\))?(?:[ \\u00a0]*(?:,|;|-|–|&|và)[ \\u00a0]*)?`, 'uy');
  /** A line with more than white space (what `line.trim() !== ''` tells). */
  const NOT_BLANK = /\S/;
  /** A line that is only a name (and perhaps the "./." end mark). */
  const NAME_LINE = new RegExp(`^[ \\u00a0]*(${NAME_RUN})[ \\u00a0]*(?:\\.?/\\.)?[ \\u00a0]*$`, 'u');
  /** Between two reporters' names on a byline line: "Vũ Anh - Giang Huy", "Minh Châu, Thu Hà", "A và B". */
  const CO_AUTHOR_SEP = '[ \\u00a0]+[-–&][ \\u00a0]+|[ \\u00a0]*,[ \\u00a0]+|[ \\u00a0]+và[ \\u00a0]+';
  /** A line of two or three names joined by those separators. */
  const NAMES_LINE = new RegExp(`^[ \\u00a0]*${NAME_RUN}(?:(?:${CO_AUTHOR_SEP})${NAME_RUN}){1,2}[ \\u00a0]*(?:\\.?/\\.)?[ \\u00a0]*$`, 'u');
  const CO_AUTHOR_NAME = new RegExp(NAME_RUN, 'gu');
  /** A reporter's name then the desk or team signing with them: "Hoàng Anh - Nhóm PV", "Minh Châu - Ban Quốc tế". */
  const NAME_DESK_LINE = new RegExp(
    `^[ \\u00a0]*(${NAME_RUN})[ \\u00a0]+[-–][ \\u00a0]+(?:[Nn]hóm|NHÓM|[Bb]an|BAN|[Tt]ổ|TỔ|PV|P\\.V|[Pp]hóng viên|BTV)(?![\\p{L}\\p{M}])[^\\n]{0,30}$`,
    'u',
  );
  return { NOT_NAME, FURNITURE, NOT_CREDITED, MEDIA, PEN_NAME, STARTS_HERE, SOURCE_TAIL, BRACKET_TAIL, SLASH_TAIL, LABEL, LABELLED_NAME, AFTER_NAME, NOT_BLANK, NAME_LINE, NAMES_LINE, CO_AUTHOR_NAME, NAME_DESK_LINE };
}
let patterns: ReturnType<typeof buildPatterns> | undefined;

const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isClosingQuote = (c: number) => c === 0x22 || c === 0x201d || c === 0xbb || c === 0x29; // " ” » )
const isSpace = (c: number) => c === 0x20 || c === 0xa0;

/**
 * Every place STARTS_HERE can hold, in order: the text's start, after a line break and its
 * spaces, after a sentence's end (a quote or bracket may close it) and its spaces. A name run
 * holds no such character, so a name starting here is never inside another run.
 */
function lineOrSentenceStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let p: number;
    if (c === 0x0a) p = i + 1;
    else if (isSentenceEnd(c)) {
      p = i + 1;
      if (isClosingQuote(text.charCodeAt(p))) p++;
      if (!isSpace(text.charCodeAt(p))) continue;
    } else continue;
    while (isSpace(text.charCodeAt(p))) p++;
    if (p > out[out.length - 1]!) out.push(p);
  }
  return out;
}

export function bylineRules(ctx: RuleContext): EntityCandidate[] {
  const { text, key } = ctx;
  const { NOT_NAME, FURNITURE, NOT_CREDITED, MEDIA, PEN_NAME, STARTS_HERE, SOURCE_TAIL, BRACKET_TAIL, SLASH_TAIL, LABEL, LABELLED_NAME, AFTER_NAME, NOT_BLANK, NAME_LINE, NAMES_LINE, CO_AUTHOR_NAME, NAME_DESK_LINE } = (patterns ??= buildPatterns());
  const out: EntityCandidate[] = [];
  const seen = new Set<number>();
  const known = coverageOf(
    ctx.lexiconCandidates.filter((c) => c.type !== 'PERSON'),
    text.length,
  );

  /** Whether the words at [start, end) can be a credited person's name. */
  /** `strict`: a weak cue (a line alone, any bracket at the line's end), so organisations' first words are barred too. */
  const acceptable = (start: number, end: number, strict: boolean, viOnly: boolean): boolean => {
    const words = text.slice(start, end).split(/[ \u00a0]/);
    if (words.length < 2 || words.length > MAX_WORDS) return false;
    if ((strict ? NOT_NAME : NOT_CREDITED).has(words[0]!.toLowerCase())) return false;
    const joined = ` ${words.join(' ').toLowerCase()} `;
    if (words.some((w) => MEDIA.has(w.toLowerCase())) || [...MEDIA].some((m) => m.includes(' ') && joined.includes(` ${m} `))) return false;
    if (viOnly && !words.every(isViWordForm)) return false;
    if (FURNITURE.has(key.slice(start, end).replace(/\s+/g, ' '))) return false;
    // a place, ministry or other name the lexicon knows covers it: "Hà Nội (TTXVN)"
    return !known(start, end);
  };
  const push = (start: number, end: number) => {
    if (seen.has(start)) return;
    seen.add(start);
    const surface = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({ type: 'PERSON', start, end, source: 'rule', id: `rule:person/${surface}`, canonical: surface, attrs: { byline: true }, priority: RULE_PRIORITY });
  };

  // credit labels and the names they list
  LABEL.lastIndex = 0;
  for (let m = execAtWordEdge(LABEL, key); m; m = execAtWordEdge(LABEL, key)) {
    // the label opens a line, a sentence or a bracket, and is written with its capital
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index > 0 && !/(?:^|[\n.!?(\-–|]|,)[ \u00a0]*$/u.test(before)) continue;
    if (!/\p{Lu}/u.test(text[m.index]!)) continue;
    let at = m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      LABELLED_NAME.lastIndex = at;
      const name = LABELLED_NAME.exec(text);
      if (!name) break;
      const start = at;
      const end = at + name[0].length;
      if (acceptable(start, end, false, false)) push(start, end);
      AFTER_NAME.lastIndex = end;
      const tail = AFTER_NAME.exec(text)!;
      if (!/[,;&–-]|và/u.test(tail[0])) break;
      at = end + tail[0].length;
    }
  }

  // pen names before their source
  for (const start of lineOrSentenceStarts(text)) {
    if (!STARTS_HERE.test(text.slice(Math.max(0, start - 8), start))) continue;
    PEN_NAME.lastIndex = start;
    const m = PEN_NAME.exec(text);
    if (!m) continue;
    const end = start + m[1]!.length;
    // a dateline is followed by its text on the same line ("Viêng Chăn (TTXVN) - …"), a byline is not
    const strong = SOURCE_TAIL.test(key.slice(end, end + 40)) || SLASH_TAIL.test(text.slice(end, end + 40));
    if (strong ? acceptable(start, end, false, false) : BRACKET_TAIL.test(key.slice(end, end + 120)) && acceptable(start, end, true, true)) push(start, end);
  }

  // a name alone on its own line (never the headline)
  let lineNo = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = lineNo > 0 ? (NAME_LINE.exec(line) ?? (line.length < 80 ? NAME_DESK_LINE.exec(line) : null)) : null;
    if (m) {
      const start = lineStart + line.indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (acceptable(start, end, true, true)) push(start, end);
    } else if (lineNo > 0 && line.length < 80 && NAMES_LINE.test(line)) {
      // co-authors: every name on the line must pass, or none is taken ("Nga - Ukraine", "Hà Nội - Huế")
      const names: Array<[number, number]> = [];
      CO_AUTHOR_NAME.lastIndex = 0;
      for (let n = CO_AUTHOR_NAME.exec(line); n; n = CO_AUTHOR_NAME.exec(line)) names.push([lineStart + n.index, lineStart + n.index + n[0].length]);
      if (names.every(([a, b]) => acceptable(a, b, true, true))) for (const [a, b] of names) push(a, b);
    }
    if (NOT_BLANK.test(line)) lineNo++;
    lineStart = lineEnd + 1;
  }
  return out;
}
