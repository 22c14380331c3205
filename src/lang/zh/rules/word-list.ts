/**
 * A fixed list of words found in a text the way `text.matchAll(/(?:w1|w2|…)/gu)` finds them with the list
 * sorted longest first: leftmost, non-overlapping, and at each position the longest word (a JS alternation
 * takes the first alternative that matches). A regex alternation of a hundred words is tried at every
 * position of the text; here only positions whose character starts some word are looked at, and only
 * the words starting with that character are compared.
 */
export class WordList {
  /** The words by the code unit they start with, longest first. */
  private readonly byFirst = new Map<number, string[]>();
  /** 1 for each code unit some word starts with. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const first = w.charCodeAt(0);
      const list = this.byFirst.get(first);
      if (list) list.push(w);
      else this.byFirst.set(first, [w]);
      this.starts[first] = 1;
    }
  }

  /** The first offset at or after `from` whose character starts some word, or -1. */
  nextStart(text: string, from: number): number {
    const { starts } = this;
    for (let i = from; i < text.length; i++) if (starts[text.charCodeAt(i)] === 1) return i;
    return -1;
  }

  /** The longest word of the list starting at `at`, or undefined. */
  wordAt(text: string, at: number): string | undefined {
    const list = this.byFirst.get(text.charCodeAt(at));
    if (list) for (const w of list) if (text.startsWith(w, at)) return w;
    return undefined;
  }

  /** Every match in text order, as `matchAll` would return them (index and the word). */
  matches(text: string): WordMatch[] {
    const out: WordMatch[] = [];
    for (let i = this.nextStart(text, 0); i >= 0; ) {
      const word = this.wordAt(text, i);
      if (word === undefined) {
        i = this.nextStart(text, i + 1);
        continue;
      }
      out.push({ index: i, word });
      i = this.nextStart(text, i + word.length);
    }
    return out;
  }
}

export interface WordMatch {
  index: number;
  word: string;
}
