import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicons, staleFiles } from '../scripts/build-lexicons.js';
import { createAnnotator, Lexicon, type Lang, type LexiconEntry } from '../src/index.js';
import { foldCase, isCaseless, nameKey } from '../src/pipeline/normalise.js';
import { defaultLexicon } from '../src/lexicon/defaults.js';
import { isTrimmedUnit } from '../src/lexicon/validate.js';
import { adapterFor } from '../src/lang/index.js';

const shipped = JSON.parse(readFileSync(new URL('../lexicons/dist/default.json', import.meta.url), 'utf8')) as { entries: LexiconEntry[] };

describe('the shipped lexicon', () => {
  it('is exactly what the build makes from lexicons/src (run `npm run lexicons:build` after editing)', () => {
    expect(staleFiles(buildLexicons())).toEqual([]);
  });

  it('validates: schema, unique ids, clean names', () => {
    const lex = Lexicon.of(shipped.entries);
    expect(lex.size).toBe(shipped.entries.length);
    const ids = new Set(shipped.entries.map((e) => e.id));
    expect(ids.size).toBe(shipped.entries.length);
  });

  it('loads as the same frozen entries whether validated in place (defaults) or copied (Lexicon.of)', () => {
    const loaded = defaultLexicon().entries;
    expect(loaded).toEqual(Lexicon.of(shipped.entries).entries);
    const e = loaded.find((x) => Object.keys(x.attrs ?? {}).length > 0)!;
    expect(Object.isFrozen(e) && Object.isFrozen(e.names) && Object.isFrozen(e.attrs)).toBe(true);
    for (const list of Object.values(e.names)) expect(Object.isFrozen(list)).toBe(true);
  });

  it('name-keys.json holds every shipped name key that is not the case fold (checked against the adapters)', () => {
    const keys = JSON.parse(readFileSync(new URL('../lexicons/dist/name-keys.json', import.meta.url), 'utf8')) as { keys: Record<string, [string, string][]> };
    const stale: string[] = [];
    for (const lang of ['zh', 'id', 'vi'] as const) {
      const known = new Map(keys.keys[lang]);
      const { fold, refine } = adapterFor(lang);
      for (const e of shipped.entries) {
        for (const n of [...(e.names[lang] ?? []), ...(e.names.en ?? [])]) {
          const key = nameKey(n, fold, refine);
          if ((known.get(n) ?? foldCase(n)) !== key) stale.push(`${lang} ${JSON.stringify(n)} → ${JSON.stringify(key)}`);
        }
      }
    }
    expect(stale).toEqual([]);
  });

  it('the fast white-space test of names agrees with trim() on every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isTrimmedUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('a unit the fast case test calls caseless is left alone by case mapping', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isCaseless(ch) && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('meets the coverage the project promises', () => {
    const places = shipped.entries.filter((e) => e.type === 'PLACE');
    const countries = places.filter((e) => ['country', 'territory'].includes(String(e.attrs?.['kind'])));
    const ministryCountries = new Set(shipped.entries.filter((e) => e.type === 'MINISTRY').map((e) => e.attrs?.['country']).filter(Boolean));
    expect(countries.filter((e) => ['zh', 'id', 'vi', 'en'].every((l) => e.names[l as Lang]?.length)).length).toBeGreaterThanOrEqual(250);
    expect(places.length).toBeGreaterThanOrEqual(1500);
    expect(shipped.entries.filter((e) => e.type === 'PERSON').length).toBeGreaterThanOrEqual(1000);
    expect(ministryCountries.size).toBeGreaterThanOrEqual(60);
  });

  it('ids follow the <kind>/<slug> convention', () => {
    for (const e of shipped.entries) expect(e.id).toMatch(/^(person|place|ministry)\/[a-z0-9-]+$/);
  });

  // Every name, annotated alone, is found as its own entry (or, where two entries share a surface, as one
  // of the entries that list it: the documented priority picks between them).
  for (const lang of ['zh', 'id', 'vi'] as const) {
    it(`every ${lang} name matches its own entry when annotated alone`, () => {
      const annotator = createAnnotator({ lexicons: Lexicon.of(shipped.entries) });
      const { fold, refine } = adapterFor(lang);
      const owners = new Map<string, Set<string>>();
      for (const e of shipped.entries) {
        for (const n of [...(e.names[lang] ?? []), ...(e.names.en ?? [])]) {
          const k = nameKey(n, fold, refine);
          if (!owners.has(k)) owners.set(k, new Set());
          owners.get(k)!.add(e.id);
        }
      }
      const failures: string[] = [];
      for (const e of shipped.entries) {
        for (const name of e.names[lang] ?? []) {
          const doc = annotator.annotate(name, lang);
          const whole = doc.annotations.find((a) => a.start === 0 && a.end === name.length && a.type !== 'DATE');
          const ok = whole && 'id' in whole && owners.get(nameKey(name, fold, refine))!.has(whole.id);
          if (!ok) failures.push(`${e.id} ${JSON.stringify(name)} → ${doc.annotations.map((a) => `${a.type}:${a.text}`).join(' ') || 'nothing'}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
