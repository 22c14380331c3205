/**
 * `npx tsx eval/heldout2/build.ts [lang…]`: converts eval/heldout2/<lang>.txt (inline notation
 * ⟦TYPE|surface⟧, ⟦TYPE?|surface⟧, ⟦DATE|surface|value=…;grain=…;mod=…;endValue=…⟧; documents
 * separated by a line `===`, each with a header id/lang/refDate/source, a blank line, the text)
 * into eval/heldout2/<lang>.jsonl. Offsets are UTF-16 code units into the text without markup.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = new Set(['PERSON', 'MINISTRY', 'PLACE', 'DATE']);
const GRAINS = new Set(['second', 'minute', 'hour', 'part-of-day', 'day', 'week', 'month', 'quarter', 'half-year', 'season', 'year', 'decade']);
const MODS = new Set(['START', 'MID', 'END']);

interface Span { type: string; start: number; end: number; text: string; optional?: boolean; value?: string; grain?: string; mod?: string; endValue?: string }

function build(lang: string): boolean {
  const raw = readFileSync(join(here, `${lang}.txt`), 'utf8').replace(/\r\n/g, '\n');
  const blocks = raw.split(/\n===\n/);
  const out: string[] = [];
  let ok = true;
  const fail = (m: string) => { console.error(`${lang}: ${m}`); ok = false; };
  for (const block of blocks) {
    const sep = block.indexOf('\n\n');
    const header: Record<string, string> = {};
    for (const line of block.slice(0, sep).split('\n')) {
      const i = line.indexOf(':');
      header[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    const body = block.slice(sep + 2).replace(/\n+$/, '');
    let text = '';
    const spans: Span[] = [];
    const re = /⟦([A-Z]+)(\?)?\|([^|⟧]*)(?:\|([^⟧]*))?⟧/g;
    let last = 0;
    for (let m; (m = re.exec(body)); ) {
      text += body.slice(last, m.index);
      const [, type, opt, surface, attrs] = m;
      if (!TYPES.has(type)) fail(`${header.id}: bad type ${type}`);
      const span: Span = { type, start: text.length, end: text.length + surface.length, text: surface };
      if (opt) span.optional = true;
      if (attrs) {
        for (const kv of attrs.split(';')) {
          const [k, v] = kv.split('=');
          if (!['value', 'grain', 'mod', 'endValue'].includes(k)) fail(`${header.id}: bad attr ${k}`);
          (span as any)[k] = v;
        }
      }
      if (type === 'DATE') {
        if (!span.value || !span.grain) fail(`${header.id}: DATE without value/grain: ${surface}`);
        if (span.grain && !GRAINS.has(span.grain)) fail(`${header.id}: bad grain ${span.grain}`);
        if (span.mod && !MODS.has(span.mod)) fail(`${header.id}: bad mod ${span.mod}`);
      } else if (attrs) fail(`${header.id}: attrs on ${type}`);
      if (surface !== surface.trim() || surface.length === 0) fail(`${header.id}: bad surface "${surface}"`);
      text += surface;
      spans.push(span);
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    if (/[⟦⟧]/.test(text)) fail(`${header.id}: leftover markup`);
    for (const s of spans) if (text.slice(s.start, s.end) !== s.text) fail(`${header.id}: offset mismatch ${s.text}`);
    for (const k of ['id', 'lang', 'refDate', 'source']) if (!header[k]) fail(`missing header ${k}`);
    if (header.lang !== lang) fail(`${header.id}: lang ${header.lang} in ${lang}.txt`);
    const byType: Record<string, number> = {};
    for (const s of spans) byType[s.type + (s.optional ? '?' : '')] = (byType[s.type + (s.optional ? '?' : '')] ?? 0) + 1;
    console.log(`${header.id}: ${text.length} chars, ${JSON.stringify(byType)}`);
    out.push(JSON.stringify({ id: header.id, lang: header.lang, refDate: header.refDate, source: header.source, text, spans }));
  }
  if (ok) writeFileSync(join(here, `${lang}.jsonl`), out.join('\n') + '\n');
  return ok;
}

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['zh', 'id', 'vi'];
let ok = true;
for (const l of langs) ok = build(l) && ok;
process.exit(ok ? 0 : 1);
