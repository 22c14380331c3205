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

/** Whether `word` (any case) is a known given name. */
export function isKnownFirstName(word: string): boolean {
  firstNames ??= load();
  return firstNames.has(word.toLowerCase());
}
