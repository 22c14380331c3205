/**
 * Builds the default lexicon.
 *
 *   npx tsx scripts/build-lexicons.ts
 *
 * 1. Generates `lexicons/src/generated/countries.cldr.jsonl` from cldr-localenames-full.
 * 2. Generates `lexicons/src/generated/ministries.jsonl` from `lexicons/src/ministries.templates.json`
 *    (portfolio templates × countries, plus the bare names without a country).
 * 3. Reads every `lexicons/src/**\/*.jsonl`. Generated entries are the base layer; a hand-edited entry
 *    with the same id extends it (names: union per language, hand names first; attrs: hand wins).
 *    Two hand-edited entries with one id are an error.
 * 4. Validates, reports surface collisions, writes `lexicons/dist/default.json` (sorted by id) and
 *    `lexicons/schema/entry.schema.json`, and prints counts.
 * 5. Writes `lexicons/dist/name-keys.json`: each name's matching key per language, as the language
 *    adapter folds it (src/pipeline/normalise.ts nameKey), for the few names whose key is not simply
 *    their case fold. The package reads it instead of folding every shipped name at start-up; since the
 *    keys come from the adapters' code, `--check` (and test/lexicon-data.test.ts) fails when a change
 *    to a fold leaves them stale.
 *
 * Output is deterministic: entries sorted by id, keys in a fixed order, names in file order.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapterFor } from '../src/lang/index.js';
import { foldCase, nameKey } from '../src/pipeline/normalise.js';

type NameLang = 'zh' | 'id' | 'vi' | 'en';
const NAME_LANGS: readonly NameLang[] = ['zh', 'id', 'vi', 'en'];
const TYPES = ['PERSON', 'MINISTRY', 'PLACE'] as const;
type EntryType = (typeof TYPES)[number];
type Names = Partial<Record<NameLang, string[]>>;

interface Entry {
  id: string;
  type: EntryType;
  names: Names;
  attrs: Record<string, unknown>;
  source?: string;
}

interface Loaded {
  entry: Entry;
  file: string;
  line: number;
  generated: boolean;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEX = join(ROOT, 'lexicons');
const SRC = join(LEX, 'src');
const GEN = join(SRC, 'generated');
const DIST = join(LEX, 'dist');
const SCHEMA_DIR = join(LEX, 'schema');
const require = createRequire(import.meta.url);

const ID_RE = /^(person|place|ministry)\/[a-z0-9-]+$/;
const ID_PREFIX: Record<EntryType, string> = { PERSON: 'person/', PLACE: 'place/', MINISTRY: 'ministry/' };

class BuildError extends Error {}
function fail(where: string, id: string | undefined, field: string, problem: string): never {
  throw new BuildError(`${where}: entry ${id ?? '(no id)'}: ${field}: ${problem}`);
}

// ---------------------------------------------------------------------------------------------
// Helpers

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** The key two names collide on: compatibility-folded, case-folded, NFC. */
function normName(s: string): string {
  return s.normalize('NFKC').toLowerCase().normalize('NFC');
}

/** One entry with its keys in canonical order (id, type, names by language, attrs sorted, source). */
function canonical(e: Entry): Entry {
  const names: Names = {};
  for (const l of NAME_LANGS) if (e.names[l] && e.names[l]!.length) names[l] = uniq(e.names[l]!);
  const out: Entry = { id: e.id, type: e.type, names, attrs: sortKeys(e.attrs) as Record<string, unknown> };
  if (e.source !== undefined) out.source = e.source;
  return out;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) o[k] = sortKeys((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

function jsonlText(entries: Entry[]): string {
  return entries.map((e) => JSON.stringify(canonical(e))).join('\n') + '\n';
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// 1. Countries from CLDR

/** CLDR codes that are not places of their own (unions, pseudo-locales, unknown). */
const CLDR_SKIP = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/**
 * Dependent territories and special areas (not sovereign states). Taiwan is listed as a territory
 * only in the neutral ISO sense of "an ISO 3166-1 entry"; the kind carries no position.
 */
const TERRITORIES = new Set(
  ('AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK FO GF GG GI GL GP GS GU HK HM IC IM IO JE KY ' +
    'MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK TW UM VG VI WF YT').split(' '),
);

function cldrTerritories(lang: string): Record<string, string> {
  const file = require.resolve(`cldr-localenames-full/main/${lang}/territories.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
  };
  return Object.values(data.main)[0]!.localeDisplayNames.territories;
}

/**
 * The forms of a CLDR display name that occur in running text. CLDR puts glosses in brackets
 * ("Myanmar (Burma)", "福克兰群岛（马尔维纳斯群岛）"): the name before the bracket is kept, and the whole
 * string instead when the bracket is a short tag media write too (刚果（金）, Congo (DRC)). CLDR's "&" and
 * "St." are display abbreviations; running text writes "and" / "Saint" as well.
 */
function textForms(raw: string): string[] {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return [];
  const out: string[] = [];
  const m = /^(.+?)\s*[（(]([^）)]+)[）)]$/.exec(s);
  if (m) {
    // A short tag is part of the name (刚果（金） vs 刚果（布）); a long one is a gloss.
    out.push([...m[2]!].length <= 3 ? s : m[1]!.trim());
  } else {
    out.push(s);
  }
  for (const n of [...out]) {
    if (n.includes(' & ')) out.push(n.replace(/ & /g, ' and '));
    if (/^St\. /.test(n)) out.push(n.replace(/^St\. /, 'Saint '));
  }
  return out;
}

/** Traditional-Chinese CLDR locales whose territory names are added (folded) as further zh names. */
const HANT_LOCALES = ['zh-Hant', 'zh-Hant-HK'];
/**
 * Folded zh-Hant names left out because in Simplified running text they are (part of) common words or other
 * places' names; each was checked against the zh corpus.
 */
const HANT_SKIP = new Set<string>([
  '马利', // Mali (TW): 蒙哥马利, 马利文斯顿…
  '查德', // Chad (TW): 理查德
  '东加', // Tonga (TW): 东加拉 (Donggala), 东加里曼丹
  '狮子山', // Sierra Leone (TW): Lion Rock, Hong Kong
  '卡达', // Qatar (TW): 卡达尔 (Kádár), 卡达菲
  // TW short forms that are also ethnonyms in Simplified text (哈萨克族, 塔吉克自治县, 乌兹别克族, 土库曼语).
  '哈萨克',
  '塔吉克',
  '乌兹别克',
  '土库曼',
]);

/** A territory's CLDR name and its alt forms ("-alt-short", "-alt-variant", "-alt-chagos"…: other names of the same territory), as `textForms`. */
function territoryForms(t: Record<string, string>, code: string): string[] {
  const alts = Object.keys(t)
    .filter((k) => k.startsWith(`${code}-alt-`))
    .sort()
    .map((k) => t[k]!);
  return [t[code], ...alts].filter((s): s is string => typeof s === 'string').flatMap(textForms);
}

function buildCldrCountries(): Entry[] {
  // zh is CLDR's Simplified Chinese locale.
  const locales: Record<NameLang, string> = { zh: 'zh', id: 'id', vi: 'vi', en: 'en' };
  const tables = Object.fromEntries(NAME_LANGS.map((l) => [l, cldrTerritories(locales[l])])) as Record<
    NameLang,
    Record<string, string>
  >;
  const hantTables = HANT_LOCALES.map(cldrTerritories);
  const zhFold = adapterFor('zh').fold;
  const codes = Object.keys(tables.en)
    .filter((k) => /^[A-Z]{2}$/.test(k) && !CLDR_SKIP.has(k))
    .sort();
  const out: Entry[] = [];
  for (const code of codes) {
    const names: Names = {};
    for (const l of NAME_LANGS) {
      const list = uniq(territoryForms(tables[l], code));
      if (list.length) names[l] = list;
    }
    // Taiwan and Hong Kong names (瓜地馬拉, 宏都拉斯, 紐西蘭…), folded to Simplified exactly as the zh adapter
    // folds text; added after the Simplified names when the fold still differs from all of them.
    const zh = names.zh ?? [];
    for (const t of hantTables) {
      for (const raw of territoryForms(t, code)) {
        const folded = zhFold ? zhFold(raw) : raw;
        if (!zh.includes(folded) && !HANT_SKIP.has(folded)) zh.push(folded);
      }
    }
    if (zh.length) names.zh = zh;
    out.push({
      id: `place/${code.toLowerCase()}`,
      type: 'PLACE',
      names,
      attrs: { kind: TERRITORIES.has(code) ? 'territory' : 'country', country: code },
      source: 'cldr',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 2. Ministries from templates

interface PortfolioTemplate {
  /** Ministry name without a country (国防部, Kementerian Pertahanan, Bộ Quốc phòng, Ministry of Defence). */
  base: Partial<Record<NameLang, string[]>>;
  /**
   * Full-name patterns; `{c}` is a country name of that language, `{adj}` an English adjective,
   * `{b}` each base name. Defaults: zh `{c}{b}`, id/vi `{b} {c}`, en `{b} of {c}`.
   */
  patterns?: Partial<Record<NameLang | 'enAdj', string[]>>;
  /** Bare names that never stand for a particular country; emitted once as `ministry/generic-<portfolio>`. */
  generic?: Partial<Record<NameLang, string[]>>;
  /** Which countries have this portfolio: "all" (every country of the table) or a list of codes. */
  countries: 'all' | string[];
  /** With "all": countries that have no such ministry (China has no interior ministry). */
  except?: string[];
}

interface CountryOverride {
  /** Replaces the portfolio's base names in these languages for this country. */
  base?: Partial<Record<NameLang, string[]>>;
  /** Names that stand alone for this country's ministry (防卫省, Pentagon), added as they are. */
  bare?: Partial<Record<NameLang, string[]>>;
  /** Full names added as they are (names the patterns cannot build). */
  extra?: Partial<Record<NameLang, string[]>>;
  /** The ministry's id suffix when it is not the portfolio (US foreign affairs → `us-state`). */
  slug?: string;
  /** The portfolio attr when it differs from the template's key. */
  portfolio?: string;
  /** Replaces the portfolio's patterns for this country (US departments take no "of {c}"). */
  patterns?: Partial<Record<NameLang | 'enAdj', string[]>>;
}

interface MinistryTemplates {
  portfolios: Record<string, PortfolioTemplate>;
  /** Country code → which of its place names to combine (defaults: all names of `place/<code>`). */
  countries: Record<string, { names?: Partial<Record<NameLang, string[]>>; enAdj?: string[]; zhAbbr?: string[]; zhAbbrPortfolios?: string[] }>;
  /** Portfolios whose zh names also take the one-character country abbreviation (俄外交部, 韩国防部). */
  zhAbbrPortfolios: string[];
  overrides: Record<string, Record<string, CountryOverride>>;
}

const DEFAULT_PATTERNS: Record<NameLang | 'enAdj', string[]> = {
  zh: ['{c}{b}'],
  id: ['{b} {c}'],
  vi: ['{b} {c}'],
  en: ['{b} of {c}'],
  enAdj: ['{adj} {b}'],
};

function fill(pattern: string, vars: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new BuildError(`ministry template: unknown placeholder {${k}} in "${pattern}"`);
    return v;
  });
}

function buildMinistries(tpl: MinistryTemplates, places: Map<string, Entry>): Entry[] {
  const out: Entry[] = [];
  const codes = Object.keys(tpl.countries).sort();
  for (const [portfolio, p] of Object.entries(tpl.portfolios)) {
    if (p.generic) {
      out.push({
        id: `ministry/generic-${portfolio}`,
        type: 'MINISTRY',
        names: p.generic,
        attrs: { portfolio },
        source: 'hand',
      });
    }
    const targets = p.countries === 'all' ? codes.filter((c) => !(p.except ?? []).includes(c)) : p.countries;
    for (const code of targets) {
      const c = tpl.countries[code];
      if (!c) throw new BuildError(`ministries.templates.json: portfolio ${portfolio} names country ${code}, which is not in "countries"`);
      const place = places.get(`place/${code.toLowerCase()}`);
      if (!place) throw new BuildError(`ministries.templates.json: country ${code} has no place/${code.toLowerCase()} entry`);
      const ov = tpl.overrides[code]?.[portfolio] ?? {};
      const names: Names = {};
      for (const l of NAME_LANGS) {
        const bases = ov.base?.[l] ?? p.base[l] ?? [];
        const countryNames = c.names?.[l] ?? place.names[l] ?? [];
        const list: string[] = [];
        for (const b of bases) {
          for (const pat of ov.patterns?.[l] ?? p.patterns?.[l] ?? DEFAULT_PATTERNS[l]) {
            for (const cn of countryNames) list.push(fill(pat, { c: cn, b }));
          }
          if (l === 'en') {
            for (const pat of ov.patterns?.enAdj ?? p.patterns?.enAdj ?? DEFAULT_PATTERNS.enAdj) {
              for (const adj of c.enAdj ?? []) list.push(fill(pat, { adj, b }));
            }
          }
          // Per-country limit: 中 + 外交部 would also match inside 其中外交部….
          if (l === 'zh' && (c.zhAbbrPortfolios ?? tpl.zhAbbrPortfolios).includes(portfolio)) {
            for (const a of c.zhAbbr ?? []) list.push(`${a}${b}`);
          }
        }
        list.push(...(ov.extra?.[l] ?? []), ...(ov.bare?.[l] ?? []));
        if (list.length) names[l] = uniq(list);
      }
      out.push({
        id: `ministry/${code.toLowerCase()}-${ov.slug ?? portfolio}`,
        type: 'MINISTRY',
        names,
        attrs: { portfolio: ov.portfolio ?? portfolio, country: code },
        source: 'hand',
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Reading, merging, validating

function listJsonl(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...listJsonl(p));
    else if (d.name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

function validate(raw: unknown, where: string): Entry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(where, undefined, '(entry)', 'expected a JSON object');
  const r = raw as Record<string, unknown>;
  const id = typeof r['id'] === 'string' ? (r['id'] as string) : undefined;
  const bad = (field: string, problem: string): never => fail(where, id, field, problem);
  for (const k of Object.keys(r)) if (!['id', 'type', 'names', 'attrs', 'source'].includes(k)) bad(k, 'unknown field');
  if (id === undefined) bad('id', 'must be a string');
  if (!ID_RE.test(id!)) bad('id', `must match ${ID_RE} (got "${id}")`);
  const type = r['type'];
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) bad('type', `must be one of ${TYPES.join(', ')}`);
  if (!id!.startsWith(ID_PREFIX[type as EntryType])) bad('id', `a ${type} id must start with "${ID_PREFIX[type as EntryType]}"`);
  const names = r['names'];
  if (!names || typeof names !== 'object' || Array.isArray(names)) bad('names', 'must be an object of language → list');
  let count = 0;
  for (const [lang, list] of Object.entries(names as Record<string, unknown>)) {
    if (!(NAME_LANGS as readonly string[]).includes(lang)) bad(`names.${lang}`, `unknown language (allowed: ${NAME_LANGS.join(', ')})`);
    if (!Array.isArray(list) || list.length === 0) bad(`names.${lang}`, 'must be a non-empty array');
    (list as unknown[]).forEach((n, i) => {
      if (typeof n !== 'string' || n.length === 0) bad(`names.${lang}[${i}]`, 'must be a non-empty string');
      const s = n as string;
      if (s !== s.trim()) bad(`names.${lang}[${i}]`, `leading or trailing white space in "${s}"`);
      if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)) bad(`names.${lang}[${i}]`, 'control character');
      if (/\s{2,}/.test(s)) bad(`names.${lang}[${i}]`, `double white space in "${s}"`);
    });
    count += (list as unknown[]).length;
  }
  if (count === 0) bad('names', 'must hold at least one name');
  const attrs = r['attrs'] ?? {};
  if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) bad('attrs', 'must be an object');
  const country = (attrs as Record<string, unknown>)['country'];
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    bad('attrs.country', `must be an upper-case ISO 3166-1 alpha-2 code (got ${JSON.stringify(country)})`);
  }
  const source = r['source'];
  if (source !== undefined && (typeof source !== 'string' || source.length === 0)) bad('source', 'must be a non-empty string');
  return {
    id: id!,
    type: type as EntryType,
    names: names as Names,
    attrs: attrs as Record<string, unknown>,
    ...(source !== undefined ? { source: source as string } : {}),
  };
}

function readEntries(file: string): Loaded[] {
  return readEntriesFrom(file, readFileSync(file, 'utf8'));
}

function readEntriesFrom(file: string, content: string): Loaded[] {
  const rel = relative(ROOT, file);
  const generated = relative(GEN, file).split(/[\\/]/)[0] !== '..';
  const out: Loaded[] = [];
  content
    .split('\n')
    .forEach((text, i) => {
      const line = text.trim();
      if (!line || line.startsWith('//')) return;
      const where = `${rel}:${i + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new BuildError(`${where}: not valid JSON (${(e as Error).message})`);
      }
      out.push({ entry: validate(raw, where), file: rel, line: i + 1, generated });
    });
  return out;
}

/** Generated entries first; a hand entry with the same id extends it. */
function merge(all: Loaded[]): Entry[] {
  const byIdMap = new Map<string, { entry: Entry; from: Loaded; hand?: Loaded }>();
  const ordered = [...all.filter((l) => l.generated), ...all.filter((l) => !l.generated)];
  for (const l of ordered) {
    const prev = byIdMap.get(l.entry.id);
    if (!prev) {
      byIdMap.set(l.entry.id, { entry: structuredClone(l.entry), from: l, ...(l.generated ? {} : { hand: l }) });
      continue;
    }
    const where = `${l.file}:${l.line}`;
    if (prev.hand || (prev.from.generated && l.generated)) {
      const first = prev.hand ?? prev.from;
      fail(where, l.entry.id, 'id', `duplicate id (also at ${first.file}:${first.line})`);
    }
    if (prev.entry.type !== l.entry.type) fail(where, l.entry.id, 'type', `${l.entry.type} overrides a generated ${prev.entry.type}`);
    const names: Names = {};
    for (const lang of NAME_LANGS) {
      const merged = uniq([...(l.entry.names[lang] ?? []), ...(prev.entry.names[lang] ?? [])]);
      if (merged.length) names[lang] = merged;
    }
    const source =
      l.entry.source && prev.entry.source && l.entry.source !== prev.entry.source
        ? `${prev.entry.source}+${l.entry.source}`
        : (l.entry.source ?? prev.entry.source);
    prev.entry = {
      id: prev.entry.id,
      type: prev.entry.type,
      names,
      attrs: { ...prev.entry.attrs, ...l.entry.attrs },
      ...(source ? { source } : {}),
    };
    prev.hand = l;
  }
  return [...byIdMap.values()].map((v) => canonical(v.entry)).sort(byId);
}

function collisions(entries: Entry[]): string[] {
  const owners = new Map<string, Set<string>>();
  const typeOf = new Map(entries.map((e) => [e.id, e.type]));
  for (const e of entries) {
    for (const l of NAME_LANGS) {
      for (const n of e.names[l] ?? []) {
        const k = normName(n);
        let s = owners.get(k);
        if (!s) owners.set(k, (s = new Set()));
        s.add(e.id);
      }
    }
  }
  const lines: string[] = [];
  for (const [name, ids] of [...owners.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (ids.size < 2) continue;
    const list = [...ids].sort();
    const types = uniq(list.map((id) => typeOf.get(id)!));
    lines.push(`  ${types.length > 1 ? 'CROSS-TYPE' : types[0]!.padEnd(10)}  "${name}"  ${list.join(', ')}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// 4. Schema

const ENTRY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/lintas/lintas/lexicons/schema/entry.schema.json',
  title: 'lintas lexicon entry',
  description: 'One entity of a lintas lexicon: a stable id, its type, and its names per language.',
  type: 'object',
  required: ['id', 'type', 'names'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^(person|place|ministry)/[a-z0-9-]+$',
      description: 'Stable cross-lingual id: place/<iso-alpha-2> for countries, ministry/<country>-<portfolio> for ministries.',
    },
    type: { enum: ['PERSON', 'MINISTRY', 'PLACE'] },
    names: {
      type: 'object',
      description: 'Names per language as media write them; the first of a language is its canonical form.',
      additionalProperties: false,
      minProperties: 1,
      properties: Object.fromEntries(NAME_LANGS.map((l) => [l, { $ref: '#/$defs/nameList' }])),
    },
    attrs: {
      type: 'object',
      description: 'Free-form facts; the conventional keys are typed here.',
      properties: {
        country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, upper-case.' },
        kind: {
          type: 'string',
          description: 'For places.',
          enum: ['country', 'territory', 'province', 'city', 'capital', 'district', 'region', 'sea', 'strait', 'island',
            'archipelago', 'river', 'mountain', 'disputed', 'bay', 'lake', 'peninsula'],
        },
        portfolio: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'For ministries.' },
        disputed: { type: 'boolean' },
        roles: {
          type: 'array',
          description: 'For persons.',
          items: {
            type: 'object',
            required: ['role'],
            properties: {
              role: { type: 'string' },
              country: { type: 'string', pattern: '^[A-Z]{2}$' },
              from: { type: 'integer' },
              to: { type: 'integer' },
            },
          },
        },
      },
    },
    source: { type: 'string', minLength: 1, description: 'A source key listed in SOURCES.md.' },
  },
  allOf: [
    { if: { properties: { type: { const: 'PLACE' } } }, then: { properties: { id: { pattern: '^place/' } } } },
    { if: { properties: { type: { const: 'PERSON' } } }, then: { properties: { id: { pattern: '^person/' } } } },
    { if: { properties: { type: { const: 'MINISTRY' } } }, then: { properties: { id: { pattern: '^ministry/' } } } },
  ],
  $defs: {
    nameList: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1, pattern: '^\\S(.*\\S)?$' },
    },
  },
};

/** The kinds the schema allows; checked at build so data and schema cannot drift apart. */
const PLACE_KINDS = new Set(ENTRY_SCHEMA.properties.attrs.properties.kind.enum);

// ---------------------------------------------------------------------------------------------

/**
 * English given names from compromise's lexicon (tags MaleName, FemaleName, FirstName), one per line,
 * lower-case, sorted. Read at build time so the package never loads compromise (large) at run time.
 */
function firstNamesText(): string {
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const tags = new Set(['MaleName', 'FemaleName', 'FirstName']);
  const names = Object.entries(nlp.model().one.lexicon)
    .filter(([word, t]) => !word.includes(' ') && (Array.isArray(t) ? t : [t]).some((x) => tags.has(x)))
    .map(([word]) => word.toLowerCase());
  const header = '# English given names, generated by scripts/build-lexicons.ts from the lexicon of the npm package compromise (MIT).\n';
  return header + [...new Set(names)].sort().join('\n') + '\n';
}

const RUNTIME_LANGS = ['zh', 'id', 'vi'] as const;

/**
 * The name keys of the shipped names (`lexicons/dist/name-keys.json`): per language, the names an index
 * for that language holds (its own and the English ones) whose key differs from `foldCase(name)`, as
 * sorted [name, key] pairs. Every other name's key is its case fold, which the package computes itself.
 */
function nameKeysText(entries: Entry[]): string {
  const keys: Record<string, [string, string][]> = {};
  for (const lang of RUNTIME_LANGS) {
    const { fold, refine } = adapterFor(lang);
    const differing = new Map<string, string>();
    for (const e of entries) {
      for (const name of [...(e.names[lang] ?? []), ...(e.names.en ?? [])]) {
        const key = nameKey(name, fold, refine);
        if (key !== foldCase(name)) differing.set(name, key);
      }
    }
    keys[lang] = [...differing].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  const note = 'Generated by scripts/build-lexicons.ts: the matching key of each shipped name whose key is not its case fold.';
  return `{"version":1,"note":${JSON.stringify(note)},"keys":{\n${RUNTIME_LANGS.map((l) => `${JSON.stringify(l)}:${JSON.stringify(keys[l])}`).join(',\n')}\n}}\n`;
}

/** Every file the build writes, path → content, computed in memory (so CI can check they are fresh). */
export interface BuildOutput {
  files: Map<string, string>;
  entries: Entry[];
}

export function buildLexicons(): BuildOutput {
  const files = new Map<string, string>();
  const countries = buildCldrCountries();
  files.set(join(GEN, 'countries.cldr.jsonl'), jsonlText(countries));

  // Places first (ministries need the merged country names), then ministries generated from them.
  const ministriesGen = join(GEN, 'ministries.jsonl');
  const countriesGen = join(GEN, 'countries.cldr.jsonl');
  const sources = listJsonl(SRC).filter((f) => f !== ministriesGen && f !== countriesGen);
  const loaded = [...readEntriesFrom(countriesGen, files.get(countriesGen)!), ...sources.flatMap(readEntries)];
  const placesMerged = new Map(merge(loaded.filter((l) => l.entry.type === 'PLACE')).map((e) => [e.id, e]));

  const tplPath = join(SRC, 'ministries.templates.json');
  const tpl = JSON.parse(readFileSync(tplPath, 'utf8')) as MinistryTemplates;
  const ministries = buildMinistries(tpl, placesMerged);
  files.set(ministriesGen, jsonlText(ministries));

  const entries = merge([...loaded, ...readEntriesFrom(ministriesGen, files.get(ministriesGen)!)]);
  for (const e of entries) {
    if (e.type === 'PLACE') {
      const kind = e.attrs['kind'];
      if (typeof kind !== 'string' || !PLACE_KINDS.has(kind)) {
        fail('merged lexicon', e.id, 'attrs.kind', `places need a kind from the schema (got ${JSON.stringify(kind)})`);
      }
    }
    if (e.type === 'MINISTRY' && typeof e.attrs['portfolio'] !== 'string') {
      fail('merged lexicon', e.id, 'attrs.portfolio', 'ministries need a portfolio');
    }
  }

  files.set(join(SCHEMA_DIR, 'entry.schema.json'), JSON.stringify(ENTRY_SCHEMA, null, 2) + '\n');
  files.set(join(DIST, 'first-names.txt'), firstNamesText());
  files.set(join(DIST, 'default.json'), JSON.stringify({ version: 1, entries }, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
  files.set(join(DIST, 'name-keys.json'), nameKeysText(entries));
  return { files, entries };
}

/** The files on disk that differ from a fresh build (empty when the committed build is current). */
export function staleFiles(out: BuildOutput): string[] {
  return [...out.files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => relative(ROOT, path));
}

function main(): void {
  const out = buildLexicons();
  if (process.argv.includes('--check')) {
    const stale = staleFiles(out);
    if (stale.length > 0) {
      console.error(`build-lexicons --check: out of date (run "npm run lexicons:build"): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log(`build-lexicons --check: ${out.files.size} built files are current (${out.entries.length} entries)`);
    return;
  }
  for (const [path, text] of out.files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const entries = out.entries;

  // ---- report
  const col = collisions(entries);
  console.log(`surface collisions (${col.length}):`);
  for (const l of col) console.log(l);

  const count = <T>(xs: T[], key: (x: T) => string): Record<string, number> => {
    const m: Record<string, number> = {};
    for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(m).sort());
  };
  const places = entries.filter((e) => e.type === 'PLACE');
  const mins = entries.filter((e) => e.type === 'MINISTRY');
  const countryLike = places.filter((e) => e.attrs['kind'] === 'country' || e.attrs['kind'] === 'territory');
  const allFour = countryLike.filter((e) => NAME_LANGS.every((l) => (e.names[l]?.length ?? 0) > 0));
  const minCountries = uniq(mins.map((e) => e.attrs['country']).filter((c): c is string => typeof c === 'string')).sort();
  const namesPerLang = Object.fromEntries(NAME_LANGS.map((l) => [l, entries.reduce((n, e) => n + (e.names[l]?.length ?? 0), 0)]));
  console.log('\nentries per type:', count(entries, (e) => e.type));
  console.log('places per kind:', count(places, (e) => String(e.attrs['kind'])));
  console.log(`countries/territories: ${countryLike.length} (with names in all 4 languages: ${allFour.length})`);
  console.log(`ministries: ${mins.length} for ${minCountries.length} countries (${minCountries.join(' ')}) + ${mins.filter((e) => e.attrs['country'] === undefined).length} generic`);
  console.log('ministries per portfolio:', count(mins, (e) => String(e.attrs['portfolio'])));
  console.log('names per language:', namesPerLang);
  console.log('entries per source:', count(entries, (e) => e.source ?? '(none)'));
  console.log(`wrote ${relative(ROOT, join(DIST, 'default.json'))} (${entries.length} entries)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    if (e instanceof BuildError) {
      console.error(`build-lexicons: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
