import { LexiconValidationError } from '../errors.js';
import { ENTITY_TYPES, NAME_LANGS, type LexiconEntry } from '../types.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)+$/;
const ALLOWED_KEYS = new Set(['id', 'type', 'names', 'attrs', 'source']);
// Control characters and separators inside a name are always a data error.
const BAD_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * Checks one entry and returns a frozen, normalised copy (names trimmed of nothing: they must already be clean).
 * Throws `LexiconValidationError` naming the entry and the field.
 */
export function validateEntry(raw: unknown, index?: number): LexiconEntry {
  if (!isPlainObject(raw)) {
    throw new LexiconValidationError(undefined, index, '(entry)', `expected an object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  const rawId = raw['id'];
  const id = typeof rawId === 'string' ? rawId : undefined;
  if (typeof rawId !== 'string') failAt(id, index, 'id', 'must be a string');
  if (!ID_PATTERN.test(rawId as string)) failAt(id, index, 'id', 'must look like "<kind>/<slug>" in lower-case ASCII, e.g. "person/sergei-shoigu"');
  for (const key of Object.keys(raw)) {
    if (!ALLOWED_KEYS.has(key)) failAt(id, index, key, `unknown field (allowed: ${[...ALLOWED_KEYS].join(', ')})`);
  }
  const type = raw['type'];
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    failAt(id, index, 'type', `must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  const names = raw['names'];
  if (!isPlainObject(names)) failAt(id, index, 'names', 'must be an object like {"zh": ["…"], "en": ["…"]}');
  const cleanNames: LexiconEntry['names'] = {};
  let count = 0;
  for (const [lang, list] of Object.entries(names as Record<string, unknown>)) {
    if (!(NAME_LANGS as readonly string[]).includes(lang)) failAt(id, index, `names.${lang}`, `unknown language (allowed: ${NAME_LANGS.join(', ')})`);
    if (!Array.isArray(list)) failAt(id, index, `names.${lang}`, 'must be an array of strings');
    const arr = list as unknown[];
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue; // as forEach: holes are skipped
      const name = arr[i];
      if (typeof name !== 'string') failAt(id, index, `names.${lang}[${i}]`, 'must be a string');
      const s = name as string;
      const trimmed = s.trim();
      if (trimmed.length === 0) failAt(id, index, `names.${lang}[${i}]`, 'must not be empty');
      if (s !== trimmed) failAt(id, index, `names.${lang}[${i}]`, 'must not start or end with white space');
      if (BAD_NAME_CHARS.test(s)) failAt(id, index, `names.${lang}[${i}]`, 'must not contain control characters or line breaks');
    }
    if (arr.length > 0) cleanNames[lang as keyof LexiconEntry['names']] = Object.freeze([...(arr as string[])]) as string[];
    count += arr.length;
  }
  if (count === 0) failAt(id, index, 'names', 'must list at least one name');
  const attrs = raw['attrs'];
  if (attrs !== undefined && !isPlainObject(attrs)) failAt(id, index, 'attrs', 'must be a plain object when present');
  const country = (attrs as Record<string, unknown> | undefined)?.['country'];
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    failAt(id, index, 'attrs.country', 'must be an upper-case ISO 3166-1 alpha-2 code such as "JP"');
  }
  const source = raw['source'];
  if (source !== undefined && typeof source !== 'string') failAt(id, index, 'source', 'must be a string when present');
  const entry: LexiconEntry = {
    id: rawId as string,
    type: type as LexiconEntry['type'],
    names: Object.freeze(cleanNames),
    // Deep copy + freeze: annotations hand these attrs to callers, who must not be able to edit the lexicon.
    attrs: copyJson((attrs as Record<string, unknown>) ?? {}, 'attrs', new Set<object>(), id, index) as Record<string, unknown>,
  };
  if (source !== undefined) entry.source = source as string;
  return Object.freeze(entry);
}

/** Validates a list of entries; duplicate ids inside one list are an error. */
export function validateEntries(raw: unknown): LexiconEntry[] {
  if (!Array.isArray(raw)) {
    throw new LexiconValidationError(undefined, undefined, '(lexicon)', 'expected an array of entries');
  }
  const seen = new Set<string>();
  return raw.map((r, i) => {
    const e = validateEntry(r, i);
    if (seen.has(e.id)) throw new LexiconValidationError(e.id, i, 'id', 'duplicate id in the same list');
    seen.add(e.id);
    return e;
  });
}

/** Throws the validation error for one field of one entry (a plain function: no closure per entry). */
function failAt(id: string | undefined, index: number | undefined, field: string, problem: string): never {
  throw new LexiconValidationError(id, index, field, problem);
}

/**
 * A frozen deep copy of plain JSON data, as `JSON.parse(JSON.stringify(value))` would make it (holes in
 * arrays become null, -0 becomes 0), refusing what JSON would silently drop or change: functions,
 * undefined, non-finite numbers, cycles, class instances. The first problem found (depth first) is reported.
 */
function copyJson(v: unknown, path: string, seen: Set<object>, id: string | undefined, index: number | undefined): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) failAt(id, index, path, 'numbers must be finite');
    return v === 0 ? 0 : v;
  }
  if (typeof v === 'object') {
    if (seen.has(v)) failAt(id, index, path, 'must not contain cycles');
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      const arr: unknown[] = new Array<unknown>(v.length).fill(null);
      for (let i = 0; i < v.length; i++) if (i in v) arr[i] = copyJson(v[i], `${path}[${i}]`, seen, id, index);
      out = Object.freeze(arr);
    } else if (isPlainObject(v)) {
      const obj: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const c = copyJson(x, `${path}.${k}`, seen, id, index);
        if (k === '__proto__') Object.defineProperty(obj, k, { value: c, enumerable: true, writable: true, configurable: true });
        else obj[k] = c;
      }
      out = Object.freeze(obj);
    } else failAt(id, index, path, 'must be plain JSON data (objects, arrays, strings, numbers, booleans, null)');
    seen.delete(v);
    return out;
  }
  return failAt(id, index, path, `must be plain JSON data, not ${typeof v}`);
}
