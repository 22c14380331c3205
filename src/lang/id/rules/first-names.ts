import nlp from 'compromise';

/**
 * Given names from compromise's English lexicon (tags MaleName, FemaleName, FirstName): foreign
 * persons in Indonesian news (Sergey Lavrov, Hillary Clinton) are recognised by their given name.
 * Read once, lazily, so annotating other languages never pays for it.
 */
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

let firstNames: Set<string> | undefined;

function load(): Set<string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const names = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
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
