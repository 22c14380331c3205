import type { LexiconEntry, NameLang } from '../types.js';

/**
 * A compiled name index for one language: every name's folded key → the entries it names.
 *
 * Lookup cost does not grow with the lexicon: at each text position the first two code units
 * select the (few) name lengths that start that way, and each length is one hash lookup.
 * Memory is one map entry per distinct name plus one per distinct two-unit prefix.
 */
export interface NameHit {
  entry: LexiconEntry;
  lang: NameLang;
  /** The name as the lexicon writes it (for the case rule). */
  form: string;
}

export interface LexiconMatch {
  start: number;
  end: number;
  hits: NameHit[];
}

const enum CaseRule {
  None = 0,
  Capitalised = 1,
  AllCaps = 2,
}

interface Surface extends NameHit {
  caseRule: CaseRule;
}

/** Letters and digits of space-separated scripts need a word boundary; Han/Kana do not. */
const SPACED = new Uint8Array(0x3000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x3000; c++) SPACED[c] = c >= 0xd800 ? 0 : wordChar.test(String.fromCharCode(c)) ? 1 : 0;
}
export const isSpacedWordUnit = (code: number): boolean => code < 0x3000 && SPACED[code] === 1;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

function caseRuleOf(form: string): CaseRule {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return CaseRule.AllCaps;
  const first = letters[0];
  if (first !== undefined && isUpper(first)) return CaseRule.Capitalised;
  return CaseRule.None;
}

const prefixKey = (key: string, i: number): number => key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1);

export class NameIndex {
  private readonly byKey = new Map<string, Surface[]>();
  private readonly lengthsByPrefix = new Map<number, number[]>();
  private readonly singles = new Map<string, Surface[]>();
  size = 0;

  /**
   * @param keyOf folds a name exactly as the text is folded (NFC, width, language fold, case)
   */
  constructor(private readonly keyOf: (name: string) => string) {}

  add(entry: LexiconEntry, lang: NameLang, form: string): void {
    const key = this.keyOf(form);
    if (key.length === 0) return;
    const surface: Surface = { entry, lang, form, caseRule: caseRuleOf(form) };
    const table = key.length === 1 ? this.singles : this.byKey;
    const list = table.get(key);
    if (list) {
      if (list.some((s) => s.entry === entry)) return;
      list.push(surface);
    } else {
      table.set(key, [surface]);
      this.size++;
      if (key.length > 1) {
        const p = prefixKey(key, 0);
        const lengths = this.lengthsByPrefix.get(p);
        if (!lengths) this.lengthsByPrefix.set(p, [key.length]);
        else if (!lengths.includes(key.length)) {
          lengths.push(key.length);
          lengths.sort((a, b) => b - a);
        }
      }
    }
  }

  /**
   * All names found in `key` (the case-folded text), longest first at each start.
   * `text` is the same text with its case, for the case rule; `camelBoundary` lets a
   * lower→upper transition count as a word boundary (scraped text with glued words).
   */
  match(key: string, text: string, camelBoundary = false): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const n = key.length;
    for (let i = 0; i < n; i++) {
      const c = key.charCodeAt(i);
      if (isSpacedWordUnit(c) && i > 0 && isSpacedWordUnit(key.charCodeAt(i - 1))) {
        if (!(camelBoundary && isUpper(text[i]!) && !isUpper(text[i - 1]!))) continue;
      }
      if (i + 1 < n) {
        const lengths = this.lengthsByPrefix.get(prefixKey(key, i));
        if (lengths) {
          for (const len of lengths) {
            const end = i + len;
            if (end > n) continue;
            // Cheap pre-check before hashing a substring: a Latin name cannot end inside a word.
            if (end < n && isSpacedWordUnit(key.charCodeAt(end)) && isSpacedWordUnit(key.charCodeAt(end - 1))) {
              if (!(camelBoundary && isUpper(text[end]!) && !isUpper(text[end - 1]!))) continue;
            }
            const list = this.byKey.get(key.substring(i, end));
            if (!list) continue;
            const hits = this.accept(list, key, text, i, i + len, camelBoundary);
            if (hits.length > 0) out.push({ start: i, end: i + len, hits });
          }
        }
      }
      if (this.singles.size > 0) {
        const list = this.singles.get(key[i]!);
        if (list) {
          const hits = this.accept(list, key, text, i, i + 1, camelBoundary);
          if (hits.length > 0) out.push({ start: i, end: i + 1, hits });
        }
      }
    }
    return out;
  }

  private accept(list: Surface[], key: string, text: string, start: number, end: number, camel: boolean): NameHit[] {
    // A Latin name ending inside a word is no match ("Nga" in "Ngay").
    const last = key.charCodeAt(end - 1);
    if (isSpacedWordUnit(last) && end < key.length && isSpacedWordUnit(key.charCodeAt(end))) {
      if (!(camel && isUpper(text[end]!) && !isUpper(text[end - 1]!))) return [];
    }
    const hits: NameHit[] = [];
    for (const s of list) {
      if (s.caseRule === CaseRule.Capitalised && !isUpper(text[start]!)) continue;
      if (s.caseRule === CaseRule.AllCaps && text.slice(start, end) !== text.slice(start, end).toUpperCase()) continue;
      hits.push(s);
    }
    return hits;
  }
}
