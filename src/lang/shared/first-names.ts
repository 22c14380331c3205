import { createRequire } from 'node:module';

/**
 * Given names from compromise's English lexicon (tags MaleName, FemaleName, FirstName): foreign
 * persons in Indonesian and Vietnamese news (Sergey Lavrov, Hillary Clinton) are recognised by
 * their given name. compromise is large (most of a second and ~40 MB to load), so it is required
 * lazily, the first time a rule asks, and only its lexicon is read: annotating Chinese never pays
 * for it, and no sentence is ever parsed by it.
 */
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

interface Compromise {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

let firstNames: Set<string> | undefined;

function load(): Set<string> {
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;
  const names = new Set<string>();
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((t) => FIRST_NAME_TAGS.has(t)) && !word.includes(' ')) names.add(word);
  }
  return names;
}

/** Whether compromise knows `word` (any case) as a given name. */
export function isKnownFirstName(word: string): boolean {
  firstNames ??= load();
  return firstNames.has(word.toLowerCase());
}
