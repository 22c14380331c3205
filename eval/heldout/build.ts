/**
 * `npx tsx eval/heldout/build.ts [--dir DIR] [lang…]`: converts the hand-annotated held-out texts
 * (`eval/heldout/<lang>.txt`, inline notation as in the shared dev gold) into
 * `eval/heldout/<lang>.jsonl`, the format `npm run eval -- --gold FILE` reads.
 *
 * Notation: `⟦TYPE|surface⟧`, `⟦TYPE?|surface⟧` (optional), and for DATE
 * `⟦DATE|surface|value=…;grain=…;mod=…;endValue=…⟧`. Documents are separated by a line `===`;
 * each starts with a header (`id:`, `lang:`, `refDate:`, `source:`), a blank line, then the text.
 *
 * Offsets are UTF-16 code units into the text with the markup removed. The text is never
 * normalised (an NFD document stays NFD). Everything ANNOTATION.md fixes is checked; any
 * problem is printed and the process exits non-zero without writing that language.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { GoldDoc, GoldSpan } from '../score.js';

type SpanType = GoldSpan['type'];
type Span = GoldSpan;
/** A gold document as the header writes it (lang checked against the file name, not typed yet). */
interface Doc extends Omit<GoldDoc, 'lang'> {
  lang: string;
  source: string;
}

// --dir DIR converts another folder of the same layout (eval/heldout2); default: this folder.
const { values: options, positionals } = parseArgs({ options: { dir: { type: 'string' } }, allowPositionals: true });
const HERE = options.dir ?? dirname(fileURLToPath(import.meta.url));
const LANGS = ['zh', 'id', 'vi'] as const;
const TYPES = new Set<SpanType>(['PERSON', 'MINISTRY', 'PLACE', 'DATE']);
const GRAINS = new Set(['second', 'minute', 'hour', 'part-of-day', 'day', 'week', 'month', 'quarter', 'half-year', 'season', 'year', 'decade']);
const MODS = new Set(['START', 'MID', 'END']);
const DATE_KEYS = new Set(['value', 'grain', 'mod', 'endValue']);

/** Which grain each ISO value shape implies; undefined when the value is malformed. */
function grainOf(v: string): string | undefined {
  let m: RegExpExecArray | null;
  if (/^\d{3}$/.test(v)) return 'decade';
  if (/^\d{4}$/.test(v)) return 'year';
  if ((m = /^\d{4}-H([12])$/.exec(v))) return 'half-year';
  if ((m = /^\d{4}-Q([1-4])$/.exec(v))) return 'quarter';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(v)) return 'season';
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const w = Number(m[2]);
    return w >= 1 && w <= isoWeeksIn(Number(m[1])) ? 'week' : undefined;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? 'month' : undefined;
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.*))?$/.exec(v);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  const t = m[4];
  if (t === undefined) return 'day';
  if (/^(MO|MI|AF|EV|NI)$/.test(t)) return 'part-of-day';
  const tm = /^(\d{2})(?::(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!tm || Number(tm[1]) > 23 || Number(tm[2] ?? 0) > 59 || Number(tm[3] ?? 0) > 59) return undefined;
  return tm[3] !== undefined ? 'second' : tm[2] !== undefined ? 'minute' : 'hour';
}

function isoWeeksIn(year: number): number {
  // 53 ISO weeks when 1 January is a Thursday, or a Wednesday in a leap year.
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

const MARK = /⟦([A-Z]+)(\?)?\|([^|⟦⟧]*)(?:\|([^⟦⟧]*))?⟧/gu;

function parseDoc(chunk: string, file: string, errors: string[]): Doc | undefined {
  const lines = chunk.replace(/^\n+/, '').split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = /^(\w+):\s?(.*)$/.exec(lines[i]!);
    if (!m) {
      errors.push(`${file}: bad header line ${JSON.stringify(lines[i])}`);
      return undefined;
    }
    header[m[1]!] = m[2]!;
  }
  const where = `${file} ${header['id'] ?? '?'}`;
  for (const k of ['id', 'lang', 'refDate', 'source']) if (!header[k]) errors.push(`${where}: header lacks ${k}`);
  if (header['refDate'] && grainOf(header['refDate']) !== 'day') errors.push(`${where}: refDate ${header['refDate']} is not YYYY-MM-DD`);
  const marked = lines.slice(i + 1).join('\n').replace(/\s+$/u, '');

  const spans: Span[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    last = m.index! + m[0].length;
    const [, type, opt, surface, attrs] = m;
    const start = text.length;
    text += surface!;
    const span: Span = { type: type as SpanType, start, end: text.length, text: surface! };
    if (opt) span.optional = true;
    const at = `${where} ${type}${opt ?? ''} ${JSON.stringify(surface)}`;
    if (!TYPES.has(type as SpanType)) errors.push(`${at}: unknown type`);
    if (surface!.length === 0 || surface !== surface!.trim()) errors.push(`${at}: empty surface or surrounding whitespace`);
    const kv: Record<string, string> = {};
    for (const part of (attrs ?? '').split(';').filter((p) => p.length > 0)) {
      const eq = part.indexOf('=');
      if (eq < 0) errors.push(`${at}: bad attribute ${JSON.stringify(part)}`);
      else kv[part.slice(0, eq)] = part.slice(eq + 1);
    }
    if (type === 'DATE') {
      for (const k of Object.keys(kv)) if (!DATE_KEYS.has(k)) errors.push(`${at}: unknown attribute ${k}`);
      const { value, grain, mod, endValue } = kv;
      if (!value || !grain) errors.push(`${at}: DATE needs value and grain`);
      else {
        const implied = grainOf(value);
        if (!implied) errors.push(`${at}: malformed value ${value}`);
        if (!GRAINS.has(grain)) errors.push(`${at}: grain ${grain} not in the list`);
        else if (implied && implied !== grain) errors.push(`${at}: value ${value} has grain ${implied}, not ${grain}`);
        span.value = value;
        span.grain = grain;
      }
      if (mod !== undefined) {
        if (!MODS.has(mod)) errors.push(`${at}: mod ${mod} not START/MID/END`);
        span.mod = mod;
      }
      if (endValue !== undefined) {
        if (!grainOf(endValue)) errors.push(`${at}: malformed endValue ${endValue}`);
        else if (value && endValue <= value && grainOf(endValue) === grainOf(value)) errors.push(`${at}: endValue ${endValue} not after value ${value}`);
        span.endValue = endValue;
      }
    } else if (Object.keys(kv).length > 0) errors.push(`${at}: only DATE spans take attributes`);
    spans.push(span);
  }
  text += marked.slice(last);
  if (/[⟦⟧]/u.test(text)) errors.push(`${where}: stray ⟦ or ⟧ left after parsing (unclosed or malformed markup)`);

  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (text.slice(s.start, s.end) !== s.text) errors.push(`${where}: offsets wrong for ${JSON.stringify(s.text)}`);
    const next = spans[k + 1];
    if (next && next.start < s.end) errors.push(`${where}: ${JSON.stringify(s.text)} overlaps ${JSON.stringify(next.text)}`);
  }
  return { id: header['id']!, lang: header['lang']!, refDate: header['refDate']!, source: header['source']!, text, spans };
}

function build(lang: string): boolean {
  const file = join(HERE, `${lang}.txt`);
  if (!existsSync(file)) {
    console.log(`${lang}: ${file} not found, skipped`);
    return true;
  }
  const errors: string[] = [];
  const raw = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const docs = raw
    .split(/^===[ \t]*$/mu)
    .filter((c) => c.trim().length > 0)
    .map((c) => parseDoc(c, `${lang}.txt`, errors))
    .filter((d): d is Doc => d !== undefined);
  const ids = new Set<string>();
  for (const d of docs) {
    if (d.lang !== lang) errors.push(`${d.id}: lang ${d.lang} in ${lang}.txt`);
    if (ids.has(d.id)) errors.push(`${d.id}: duplicate id`);
    ids.add(d.id);
  }
  if (errors.length > 0) {
    for (const e of errors) console.error('error: ' + e);
    console.error(`${lang}: ${errors.length} error(s), ${lang}.jsonl not written`);
    return false;
  }
  writeFileSync(join(HERE, `${lang}.jsonl`), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

  const count = new Map<string, { req: number; opt: number }>();
  for (const d of docs)
    for (const s of d.spans) {
      const c = count.get(s.type) ?? { req: 0, opt: 0 };
      if (s.optional) c.opt++;
      else c.req++;
      count.set(s.type, c);
    }
  const total = [...count.values()].reduce((a, c) => ({ req: a.req + c.req, opt: a.opt + c.opt }), { req: 0, opt: 0 });
  console.log(`${lang}: ${docs.length} documents → ${join(HERE, `${lang}.jsonl`)}`);
  for (const t of TYPES) {
    const c = count.get(t) ?? { req: 0, opt: 0 };
    console.log(`  ${t.padEnd(9)} required ${String(c.req).padStart(4)}  optional ${String(c.opt).padStart(4)}`);
  }
  console.log(`  ${'all'.padEnd(9)} required ${String(total.req).padStart(4)}  optional ${String(total.opt).padStart(4)}`);
  return true;
}

const wanted = positionals;
const langs = wanted.length > 0 ? wanted : [...LANGS];
let ok = true;
for (const lang of langs) ok = build(lang) && ok;
process.exit(ok ? 0 : 1);
