import { InvalidArgumentError, describe } from '../errors.js';
import type { Lang } from '../types.js';

/** What `detectLang` saw, for callers that want to know how sure it was. */
export interface LangDetection {
  lang: Lang;
  /** Which rule decided: `han`, `vietnamese-letters`, `indonesian-words`, `latin-default` or `empty`. */
  reason: 'han' | 'vietnamese-letters' | 'indonesian-words' | 'latin-default' | 'empty';
  hanChars: number;
  latinWords: number;
  vietnameseLetters: number;
  indonesianWords: number;
}

export interface DetectOptions {
  /** The answer for text with no letters at all (digits, punctuation, empty). Default `zh`. */
  fallback?: Lang;
}

// Han ideographs (CJK unified, extensions, compatibility).
const HAN = /\p{Script=Han}/gu;
// A Latin-script word: letters, with inner apostrophes or hyphens (Dato', Jepang-Rusia counts as one).
const LATIN_WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu;
/**
 * Letters Vietnamese writes and Indonesian never does: ă â đ ê ô ơ ư, and any vowel carrying a tone
 * mark (grave, acute, hook above, tilde, dot below) — in NFC these are all precomposed code points.
 * é and è alone are left out: they turn up in French or Dutch loan names in Indonesian news.
 */
const VIETNAMESE_LETTER =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu;
/** Very frequent Indonesian function words (closed class, so rare as names in the other languages). */
const INDONESIAN_WORDS = new Set([
  'yang', 'dan', 'di', 'dengan', 'untuk', 'ini', 'itu', 'dari', 'pada', 'ke', 'tidak', 'akan', 'dalam',
  'adalah', 'juga', 'oleh', 'sebagai', 'atau', 'karena', 'telah', 'bahwa', 'tersebut', 'para', 'mereka',
  'kami', 'kita', 'sudah', 'menurut', 'serta', 'antara', 'saat', 'bisa', 'lebih', 'kata', 'ada', 'namun',
]);

/** Han share of (Han characters + Latin words) above which the text is Chinese. A Latin word and a Han
 * character carry roughly the same amount of text, and Chinese news quotes Latin names and URLs. */
const HAN_SHARE = 0.3;
/** Share of Latin words that must carry a Vietnamese-only letter: a Vietnamese name or two quoted in an
 * Indonesian article stays far below it, while running Vietnamese text has one in most syllables. */
const VIETNAMESE_SHARE = 0.15;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Guesses which of zh, id and vi a text is written in, from its script and a few closed-class cues.
 * Deterministic and cheap (one pass per cue); it only chooses among lintas's three languages.
 */
export function detectLangDetailed(text: string, options: DetectOptions = {}): LangDetection {
  if (typeof text !== 'string') throw new InvalidArgumentError(`detectLang(text): text must be a string, got ${describe(text)}.`);
  const fallback = options.fallback ?? 'zh';
  const nfc = text.normalize('NFC');
  const hanChars = count(HAN, nfc);
  const words = nfc.match(LATIN_WORD) ?? [];
  const latinWords = words.length;
  let vietnameseLetters = 0;
  let vietnameseWords = 0;
  let indonesianWords = 0;
  for (const w of words) {
    const n = count(VIETNAMESE_LETTER, w);
    vietnameseLetters += n;
    if (n > 0) vietnameseWords++;
    if (INDONESIAN_WORDS.has(w.toLowerCase())) indonesianWords++;
  }
  const seen = { hanChars, latinWords, vietnameseLetters, indonesianWords };
  if (hanChars + latinWords === 0) return { lang: fallback, reason: 'empty', ...seen };
  if (hanChars / (hanChars + latinWords) >= HAN_SHARE) return { lang: 'zh', reason: 'han', ...seen };
  if (vietnameseWords / latinWords >= VIETNAMESE_SHARE) return { lang: 'vi', reason: 'vietnamese-letters', ...seen };
  if (indonesianWords > 0) return { lang: 'id', reason: 'indonesian-words', ...seen };
  // Latin script with no cue either way. Vietnamese without its diacritics is rare in news; some
  // diacritics but too few for the share above still lean Vietnamese; otherwise Indonesian.
  return { lang: vietnameseWords > 0 ? 'vi' : 'id', reason: 'latin-default', ...seen };
}

/** The language of `text`: `zh`, `id` or `vi` (see `detectLangDetailed` for the evidence). */
export function detectLang(text: string, options?: DetectOptions): Lang {
  return detectLangDetailed(text, options).lang;
}
