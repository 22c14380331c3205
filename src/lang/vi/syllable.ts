/**
 * Vietnamese syllable structure: (onset)(glide)nucleus(coda) + one tone. Used to tell a real
 * syllable from a foreign word and to split runs of letters glued together by scrapers
 * ("cấpthứ" → "cấp" + "thứ"). Works case-insensitively on NFC text, either tone placement.
 */
import { isLowerChar, isUpperChar } from './chars.js';
import { decomposeViVowel, type ViTone } from './fold.js';

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

/** Rimes without a glide, by nucleus. */
const PLAIN_RIMES = `
a ai ao au ay am an ang anh ap at ac ach
ăm ăn ăng ăp ăt ăc
âu ây âm ân âng âp ât âc
e eo em en eng ep et ec
ê êu êm ên ênh êp êt êch
i ia iu im in inh ip it ich
iêu iêm iên iêng iêp iêt iêc
o oi om on ong op ot oc oong ooc
ô ôi ôm ôn ông ôp ôt ôc
ơ ơi ơm ơn ơp ơt
u ua ui um un ung up ut uc
uôi uôm uôn uông uôt uôc
ư ưa ưi ưu ưm ưn ưng ưt ưc
ươi ươu ươm ươn ương ươp ươt ươc
y`.trim().split(/\s+/);

/** Rimes with a labial glide (o/u) before the nucleus. */
const GLIDE_RIMES = `
oa oai oay oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc
oe oeo oem oen oet
uâ uân uât uây uâng uê uên uênh uêt uêch uơ
uy uya uyu uyn uynh uyt uych uyên uyêt`.trim().split(/\s+/);

/** Rimes beginning with "y" that stand without onset (yên, yêu) or follow the glide. */
const Y_RIMES = ['yêu', 'yêm', 'yên', 'yêt'];

/** After "qu" the u is part of the onset; these rimes follow it (quà, quân, quyết, quốc). */
const QU_RIMES = new Set([
  ...PLAIN_RIMES.filter((r) => /^[aăâeêiơ]/.test(r)),
  'y', 'yn', 'ynh', 'yt', 'ych', 'yên', 'yêt', 'yêu', 'ôc',
]);

const FRONT = /^[eêiy]/; // vowels after which c/g/ng are spelled k/gh/ngh

function onsetAllows(onset: string, rime: string, glide: boolean): boolean {
  switch (onset) {
    case 'qu':
      return QU_RIMES.has(rime);
    case 'c':
      return !FRONT.test(rime) && !(glide && rime[0] === 'u');
    case 'k':
      return FRONT.test(rime) && !glide;
    case 'gh':
    case 'ngh':
      return /^[eêi]/.test(rime) && !glide;
    case 'g':
    case 'ng':
      return !/^[eê]/.test(rime) && !(onset === 'ng' && rime[0] === 'i');
    case 'gi':
      // gi + i… is spelled with one i (gì = g + ì), so gi never takes an i-rime.
      return rime[0] !== 'i';
    default:
      return true;
  }
}

/**
 * base (lower-case, toneless) syllable → index where its rime starts (smallest over parses). Built
 * on first use, not at import: only Vietnamese texts need it (cold start).
 */
let syllables: Map<string, number> | undefined;
function buildSyllables(): Map<string, number> {
  const SYLLABLES = new Map<string, number>();
  const plain = new Set(PLAIN_RIMES);
  for (const onset of ONSETS) {
    const add = (rime: string, glide: boolean): void => {
      if (!onsetAllows(onset, rime, glide)) return;
      const s = onset + rime;
      const prev = SYLLABLES.get(s);
      if (prev === undefined || onset.length < prev) SYLLABLES.set(s, onset.length);
    };
    for (const r of PLAIN_RIMES) add(r, false);
    for (const r of GLIDE_RIMES) add(r, true);
    if (onset === '') for (const r of Y_RIMES) add(r, false);
    if (onset === 'qu') for (const r of QU_RIMES) if (!plain.has(r)) add(r, false);
    // gi + iê… drops the i: giếng, giết, giêng.
    if (onset === 'gi') for (const r of PLAIN_RIMES) if (r.startsWith('iê')) add(r.slice(1), false);
  }
  return SYLLABLES;
}

const STOP_CODA = /(?:p|t|c|ch)$/;

function baseAndTone(s: string): { base: string; tone: ViTone; at: number } | undefined {
  let base = '';
  let tone: ViTone = 0;
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const d = decomposeViVowel(ch);
    if (d) {
      if (d[1] !== 0) {
        if (tone !== 0) return undefined; // two tone marks
        tone = d[1];
        at = i;
      }
      base += d[0];
    } else base += ch;
  }
  return { base: base.toLowerCase(), tone, at };
}

const cache = new Map<string, boolean>();

/**
 * Whether `s` is one well-formed Vietnamese syllable (case-insensitive): a known onset, a rime
 * allowed after it (spelling rules c/k, g/gh, ng/ngh, qu), at most one tone mark, on a vowel of
 * the rime, and a stop coda (p, t, c, ch) only with the sắc or nặng tone.
 */
export function isViSyllable(s: string): boolean {
  if (s.length === 0 || s.length > 8) return false;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const ok = checkSyllable(s);
  // Bounded memo: real text reuses a few thousand syllables.
  if (cache.size >= 50000) cache.clear();
  cache.set(s, ok);
  return ok;
}

function checkSyllable(s: string): boolean {
  const bt = baseAndTone(s);
  if (!bt) return false;
  const rimeAt = (syllables ??= buildSyllables()).get(bt.base);
  if (rimeAt === undefined) return false;
  if (bt.tone !== 0 && bt.at < rimeAt) return false;
  if (STOP_CODA.test(bt.base) && bt.tone !== 2 && bt.tone !== 5) return false;
  return true;
}

const MAX_SYLLABLE = 8;
const isLower = isLowerChar;
const isUpper = isUpperChar;

/**
 * Fewest-syllable split of one single-case piece into valid syllables; offsets of the inner
 * boundaries relative to the piece, or undefined when no full split exists. Ties are broken by
 * the fewest syllables unknown to `known` (e.g. "thứtrưởng": thứ + trưởng, not thứt + rưởng),
 * then by the longer first syllable (codas ng/nh/ch are taken greedily).
 */
function splitPiece(piece: string, known?: (syllable: string) => boolean): number[] | undefined {
  const n = piece.length;
  // cost = syllables * (n + 1) + unknown syllables: lexicographic in one number.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = Math.min(n, i + MAX_SYLLABLE); j > i; j--) {
      if (best[j] === Infinity) continue;
      const syl = piece.slice(i, j);
      if (!isViSyllable(syl)) continue;
      const cost = best[j]! + n + 1 + (known && !known(syl.toLowerCase()) ? 1 : 0);
      if (cost < best[i]!) {
        best[i] = cost;
        next[i] = j;
      }
    }
  }
  if (best[0] === Infinity) return undefined;
  const cuts: number[] = [];
  for (let i = next[0]!; i < n; i = next[i]!) cuts.push(i);
  return cuts;
}

/**
 * Split points of a run of letters glued together by a scraper ("cấpthứ" → [3],
 * "TriềuTiên" → [5], "NgaSergei" → [3]). A lower→upper transition is always a split. Within
 * one piece, an all-lower-case (or all-caps) piece is split into the fewest valid syllables when
 * it is not one syllable itself and contains a Vietnamese letter (a pure-ASCII run such as
 * "online" or "video" is more likely a loanword). A capitalised piece is a name and never split
 * (Siberia, Kuril, Mátxcơva, Libăng). Returns [] when nothing splits. `known` (lower-case
 * syllable → whether a word list has it) breaks ties between equally short splits.
 */
/** Longest letter run we try to split into syllables (about six glued syllables). */
const MAX_GLUED_RUN = 40;

export function splitGlued(word: string, known?: (syllable: string) => boolean): number[] {
  const cuts: number[] = [];
  let start = 0;
  const n = word.length;
  for (let i = 1; i <= n; i++) {
    if (i < n && !(isUpper(word[i]!) && isLower(word[i - 1]!))) continue;
    if (start > 0) cuts.push(start);
    const piece = word.slice(start, i);
    // Scrapers glue two or three words; a run longer than MAX_GLUED_RUN is no glued text, leave it whole.
    if (piece.length > 1 && piece.length <= MAX_GLUED_RUN && !isViSyllable(piece) && /[^\x00-\x7f]/.test(piece)) {
      const capitalised = isUpper(piece[0]!) && isLower(piece[piece.length - 1]!);
      if (!capitalised) {
        const inner = splitPiece(piece, known);
        if (inner) for (const c of inner) cuts.push(start + c);
      }
    }
    start = i;
  }
  return cuts;
}
