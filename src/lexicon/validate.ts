import { LexiconValidationError } from '../errors.js';
import { ENTITY_TYPES, NAME_LANGS, type LexiconEntry } from '../types.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)+$/;
const ALLOWED_KEYS = new Set(['id', 'type', 'names', 'attrs', 'source']);
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const LANGS: ReadonlySet<string> = new Set(NAME_LANGS);
// Control characters and separators inside a name are always a data error.
const BAD_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * Whether `String.prototype.trim` removes this unit: ECMAScript white space (tab, vertical tab,
 * form feed, BOM, the Zs category) and line terminators — exactly what `/\s/` matches.
 */
export function isTrimmedUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A name that passes every name check, in one pass over its units: not empty, no white space at
 * either end, no control characters or line breaks. When it fails, `nameProblem` says which check.
 */
function isCleanName(s: string): boolean {
  const n = s.length;
  if (n === 0 || isTrimmedUnit(s.charCodeAt(0)) || isTrimmedUnit(s.charCodeAt(n - 1))) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** The first problem of a name that is not clean (the checks in their documented order). */
function nameProblem(s: string): string {
  const trimmed = s.trim();
  if (trimmed.length === 0) return 'must not be empty';
  if (s !== trimmed) return 'must not start or end with white space';
  if (BAD_NAME_CHARS.test(s)) return 'must not contain control characters or line breaks';
  throw new Error(`internal: name ${JSON.stringify(s)} failed the clean-name check without a problem`);
}

/**
 * Checks one entry and returns a frozen, normalised copy (names trimmed of nothing: they must already be clean).
 * Throws `LexiconValidationError` naming the entry and the field.
 */
export function validateEntry(raw: unknown, index?: number): LexiconEntry {
  return checkEntry(raw, index, false);
}

/** Validates a list of entries; duplicate ids inside one list are an error. */
export function validateEntries(raw: unknown): LexiconEntry[] {
  return checkEntryList(raw, false).entries;
}

/**
 * `validateEntries`, also returning the set of ids (which a Lexicon keeps, so it is not built twice).
 * With `inPlace`, the entries are data this package has just parsed from JSON and nobody else holds
 * (the shipped lexicon): the same checks and the same result, but names and attrs are frozen where
 * they are instead of copied first.
 */
export function checkEntryList(raw: unknown, inPlace: boolean): { entries: LexiconEntry[]; ids: Set<string> } {
  if (!Array.isArray(raw)) {
    throw new LexiconValidationError(undefined, undefined, '(lexicon)', 'expected an array of entries');
  }
  const ids = new Set<string>();
  const entries = new Array<LexiconEntry>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const e = checkEntry(raw[i], i, inPlace);
    if (ids.has(e.id)) throw new LexiconValidationError(e.id, i, 'id', 'duplicate id in the same list');
    ids.add(e.id);
    entries[i] = e;
  }
  return { entries, ids };
}

/** One entry; with `inPlace`, `raw` is JSON.parse output owned by the caller, frozen rather than copied. */
function checkEntry(raw: unknown, index: number | undefined, inPlace: boolean): LexiconEntry {
  if (!isPlainObject(raw)) {
    throw new LexiconValidationError(undefined, index, '(entry)', `expected an object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  const rawId = raw['id'];
  if (typeof rawId !== 'string') failAt(undefined, index, 'id', 'must be a string');
  const id = rawId as string;
  if (!ID_PATTERN.test(id)) failAt(id, index, 'id', 'must look like "<kind>/<slug>" in lower-case ASCII, e.g. "person/sergei-shoigu"');
  for (const key of Object.keys(raw)) {
    if (!ALLOWED_KEYS.has(key)) failAt(id, index, key, `unknown field (allowed: ${[...ALLOWED_KEYS].join(', ')})`);
  }
  const type = raw['type'];
  if (typeof type !== 'string' || !TYPES.has(type)) failAt(id, index, 'type', `must be one of ${ENTITY_TYPES.join(', ')}`);
  const names = raw['names'];
  if (!isPlainObject(names)) failAt(id, index, 'names', 'must be an object like {"zh": ["…"], "en": ["…"]}');
  const cleanNames: LexiconEntry['names'] = {};
  let count = 0;
  for (const lang of Object.keys(names)) {
    const list = names[lang];
    if (!LANGS.has(lang)) failAt(id, index, `names.${lang}`, `unknown language (allowed: ${NAME_LANGS.join(', ')})`);
    if (!Array.isArray(list)) failAt(id, index, `names.${lang}`, 'must be an array of strings');
    const arr = list as unknown[];
    for (let i = 0; i < arr.length; i++) {
      const name = arr[i];
      if (typeof name === 'string' && isCleanName(name)) continue;
      if (!(i in arr)) continue; // as forEach: holes are skipped
      if (typeof name !== 'string') failAt(id, index, `names.${lang}[${i}]`, 'must be a string');
      failAt(id, index, `names.${lang}[${i}]`, nameProblem(name as string));
    }
    if (arr.length > 0) cleanNames[lang as keyof LexiconEntry['names']] = Object.freeze(inPlace ? arr : arr.slice()) as string[];
    count += arr.length;
  }
  if (count === 0) failAt(id, index, 'names', 'must list at least one name');
  const attrs = raw['attrs'];
  if (attrs !== undefined && !isPlainObject(attrs)) failAt(id, index, 'attrs', 'must be a plain object when present');
  const country = (attrs as Record<string, unknown> | undefined)?.['country'];
  if (country !== undefined && (typeof country !== 'string' || !COUNTRY_CODE.test(country))) {
    failAt(id, index, 'attrs.country', 'must be an upper-case ISO 3166-1 alpha-2 code such as "JP"');
  }
  const source = raw['source'];
  if (source !== undefined && typeof source !== 'string') failAt(id, index, 'source', 'must be a string when present');
  const entry: LexiconEntry = {
    id,
    type: type as LexiconEntry['type'],
    names: Object.freeze(cleanNames),
    // Deep copy + freeze: annotations hand these attrs to callers, who must not be able to edit the lexicon.
    attrs: attrs === undefined ? NO_ATTRS : frozenAttrs(attrs as Record<string, unknown>, inPlace, id, index),
  };
  if (source !== undefined) entry.source = source as string;
  return Object.freeze(entry);
}

/** The attrs of every entry without any: one frozen empty object, not one per entry. */
const NO_ATTRS: Record<string, unknown> = Object.freeze({});

/** Throws the validation error for one field of one entry (a plain function: no closure per entry). */
function failAt(id: string | undefined, index: number | undefined, field: string, problem: string): never {
  throw new LexiconValidationError(id, index, field, problem);
}

/** Data nested deeper than this takes the slow path, which also finds cycles. */
const FAST_COPY_DEPTH = 64;
/** What the fast copy returns when it meets anything but plain, finite, acyclic JSON data. */
const NOT_PLAIN = Symbol('not plain JSON');

/** The attrs as a frozen deep copy (or frozen in place): the fast path, and the checked copy for the error when it fails. */
function frozenAttrs(attrs: Record<string, unknown>, inPlace: boolean, id: string, index: number | undefined): Record<string, unknown> {
  const fast = copyPlainJson(attrs, 0, inPlace);
  if (fast !== NOT_PLAIN) return fast as Record<string, unknown>;
  return copyJson(attrs, 'attrs', new Set<object>(), id, index) as Record<string, unknown>;
}

/**
 * `copyJson` without paths or a cycle set, for the common case of clean data: the same frozen result,
 * or NOT_PLAIN when anything would need an error (or is nested too deep to be sure it has no cycle).
 * With `inPlace`, data parsed from JSON (no holes, no sharing) is frozen where it is.
 */
function copyPlainJson(v: unknown, depth: number, inPlace: boolean): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : NOT_PLAIN;
  if (typeof v !== 'object' || depth > FAST_COPY_DEPTH) return NOT_PLAIN;
  if (Array.isArray(v)) {
    const n = v.length;
    const out: unknown[] = inPlace ? v : new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      if (!(i in v)) return NOT_PLAIN;
      const x: unknown = v[i];
      const c = copyPlainJson(x, depth + 1, inPlace);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      if (!inPlace || !Object.is(c, x)) out[i] = c;
    }
    return Object.freeze(out);
  }
  if (!isPlainObject(v)) return NOT_PLAIN;
  const out: Record<string, unknown> = inPlace ? v : {};
  for (const k of Object.keys(v)) {
    if (k === '__proto__') return NOT_PLAIN;
    const x = v[k];
    const c = copyPlainJson(x, depth + 1, inPlace);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    if (!inPlace || !Object.is(c, x)) out[k] = c;
  }
  return Object.freeze(out);
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
