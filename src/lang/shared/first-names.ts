import { join } from 'node:path';
import { readWordList } from '../../lexicon/package-files.js';

/**
 * English given names, for recognising foreign persons in Indonesian and Vietnamese news by their
 * given name (Sergey Lavrov, Hillary Clinton). The list is compromise's name lexicon (tags MaleName,
 * FemaleName, FirstName), extracted at build time into `lexicons/dist/first-names.txt`: compromise
 * costs most of a second and ~40 MB to load, so the package reads its knowledge, not the library.
 */
let firstNames: Set<string> | undefined;

function load(): Set<string> {
  return new Set(readWordList(join('lexicons', 'dist', 'first-names.txt')));
}

/** Whether the word is ASCII without capitals: its own lower case. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Whether `word` (any case) is a known given name. */
export function isKnownFirstName(word: string): boolean {
  firstNames ??= load();
  // toLowerCase is slow on words sliced from a text with non-Latin-1 characters; most words need none
  return firstNames.has(isLowerAscii(word) ? word : word.toLowerCase());
}

/** Whether `lower`, a word already lower-cased (a rules word's `lower`), is a known given name. */
export function isKnownLowerFirstName(lower: string): boolean {
  firstNames ??= load();
  return firstNames.has(lower);
}
