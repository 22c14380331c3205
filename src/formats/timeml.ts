import { InvalidArgumentError } from '../errors.js';
import type { AnnotatedDocument, DateAnnotation, DateMod } from '../types.js';

export interface TimemlOptions {
  /** Written as `<DOCID>`. */
  id?: string | number;
}

/** A TIMEX3 read back by `fromTimeml`: UTF-16 offsets into the recovered text. */
export interface Timex {
  tid: string;
  type: 'DATE' | 'TIME';
  value: string;
  start: number;
  end: number;
  text: string;
  mod?: DateMod;
  endValue?: string;
}

// Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeText(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** TIMEX3 `type`: TIME when the value carries a time or a part of day (`2017-03-20T14`, `…TEV`), else DATE. */
function timexType(d: DateAnnotation): 'DATE' | 'TIME' {
  return d.value.includes('T') ? 'TIME' : 'DATE';
}

/**
 * TimeML-style XML: the text with each DATE annotation wrapped inline as
 * `<TIMEX3 tid="t1" type="DATE" value="2017-03-20">3月20日</TIMEX3>`, `mod` as TimeML's own attribute
 * (START, MID, END), a range's end in `comment="endValue=…"`, and the reference date as the
 * document creation time (`<DCT>`, tid t0). Text is XML-escaped; characters XML 1.0 cannot hold at
 * all (NUL and other C0 controls, lone surrogates) become U+FFFD. Other annotation types are not TimeML's and are left out.
 */
export function toTimeml(doc: AnnotatedDocument, options: TimemlOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<TimeML>'];
  if (options.id !== undefined) out.push(`<DOCID>${escapeText(String(options.id))}</DOCID>`);
  if (doc.referenceDate) {
    const v = escapeAttr(doc.referenceDate);
    out.push(`<DCT><TIMEX3 tid="t0" type="${doc.referenceDate.includes('T') ? 'TIME' : 'DATE'}" value="${v}" functionInDocument="CREATION_TIME">${v}</TIMEX3></DCT>`);
  }
  let body = '';
  let at = 0;
  let n = 0;
  for (const a of doc.annotations) {
    if (a.type !== 'DATE') continue;
    body += escapeText(doc.text.slice(at, a.start));
    let attrs = `tid="t${++n}" type="${timexType(a)}" value="${escapeAttr(a.value)}"`;
    if (a.mod) attrs += ` mod="${a.mod}"`;
    if (a.endValue !== undefined) attrs += ` comment="endValue=${escapeAttr(a.endValue)}"`;
    body += `<TIMEX3 ${attrs}>${escapeText(a.text)}</TIMEX3>`;
    at = a.end;
  }
  body += escapeText(doc.text.slice(at));
  out.push(`<TEXT>${body}</TEXT>`, '</TimeML>');
  return out.join('\n') + '\n';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]!,
  );
}

/**
 * Reads the `<TEXT>` of a TimeML document as `toTimeml` writes it: the plain text (unescaped) and its
 * TIMEX3 spans with offsets into that text. Not a general XML parser: nested or other tags are rejected.
 */
export function fromTimeml(xml: string): { text: string; timexes: Timex[] } {
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!body) throw new InvalidArgumentError('TimeML: no <TEXT> element.');
  const tag = /<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]*>/g;
  let text = '';
  let at = 0;
  const timexes: Timex[] = [];
  const src = body[1]!;
  for (let m = tag.exec(src); m; m = tag.exec(src)) {
    if (m[1] === undefined) throw new InvalidArgumentError(`TimeML: unexpected tag ${m[0]}.`);
    text += unescape(src.slice(at, m.index));
    const inner = unescape(m[2]!);
    const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]));
    const timex: Timex = { tid: attrs['tid'] ?? '', type: attrs['type'] as Timex['type'], value: attrs['value'] ?? '', start: text.length, end: text.length + inner.length, text: inner };
    if (attrs['mod']) timex.mod = attrs['mod'] as DateMod;
    const endValue = /^endValue=(.*)$/.exec(attrs['comment'] ?? '');
    if (endValue) timex.endValue = endValue[1]!;
    timexes.push(timex);
    text += inner;
    at = m.index + m[0].length;
  }
  text += unescape(src.slice(at));
  return { text, timexes };
}
