/**
 * End-to-end tests of the `lintas` bin. beforeAll bundles the CLI and its worker with the project's
 * tsup config (no .d.ts, ESM only) into node_modules/.cache/lintas-test-cli-<pid> (per run: concurrent test runs must not rebuild each other's bundle), so the tests run the
 * same kind of bundle as dist/cli.js without touching dist/ (which the build and other test files own).
 * Every case spawns `node cli.js` as a user would.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForTest } from './support/bundle.js';
import { fromBrat } from '../src/formats/index.js';

const root = resolve(__dirname, '..');
let cli: string;
let work: string;
let bundle: Awaited<ReturnType<typeof bundleForTest>>;

beforeAll(async () => {
  bundle = await bundleForTest('cli', { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' });
  cli = join(bundle.outDir, 'cli.js');
  work = mkdtempSync(join(tmpdir(), 'lintas-cli-'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  bundle?.remove();
});

function run(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8', cwd: work, timeout: 60_000 });
}

/** The same as `run`, without blocking: independent runs go side by side on the two cores. */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function file(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

const ZH = '中新网3月20日电 俄罗斯国防部长绍伊古与日本防卫大臣稻田朋美在东京举行会谈。';
const ID = 'JAKARTA - Menteri Pertahanan Rusia bertemu dengan Menlu Jepang di Tokyo pada Senin (20/3).';
const VI = 'Hôm qua, Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Đại sứ Nhật Bản tại Hà Nội.';

describe('lintas (usage)', () => {
  it('prints help and version, exit 0', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('lintas annotate');
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['annotate', '--format', 'xml'], /--format must be one of/],
    [['annotate', '--lang', 'en'], /--lang must be one of/],
    [['annotate', '--jobs', '0'], /--jobs must be a positive integer/],
    [['annotate', '--ref', '2017-13-45'], /--ref/],
    [['annotate', '--format', 'brat'], /give --out DIR/],
    [['annotate', 'no-such-file.txt'], /no such file/],
    [['annotate', '--bogus'], /Unknown option '--bogus'/],
    [['lexicon'], /validate or stats/],
  ])('exits 2 with a helpful message: %j', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });
});

describe('lintas annotate', () => {
  it('annotates stdin as one plain-text document, silently on a non-terminal stderr', () => {
    const r = run(['annotate', '--lang', 'zh', '--ref', '2017-03-20'], ZH);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0]!);
    expect(doc).toMatchObject({ id: '-', text: ZH, lang: 'zh', referenceDate: '2017-03-20' });
    for (const a of doc.annotations) expect(ZH.slice(a.start, a.end)).toBe(a.text);
    expect(doc.annotations.some((a: { type: string }) => a.type === 'DATE')).toBe(true);
  });

  it('JSONL: one output line per good line in input order, one error record per bad line, exit 1', () => {
    const input = file(
      'mixed.jsonl',
      [
        JSON.stringify({ id: 'zh-1', text: ZH, lang: 'zh', refDate: '2017-03-20' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text', lang: 'id' }),
        JSON.stringify({ id: 'klingon', text: 'nuqneH', lang: 'tlh' }),
        '',
        JSON.stringify({ text: ID }),
        JSON.stringify({ id: 'vi-1', text: VI, refDate: 'not a date' }),
        JSON.stringify({ id: 'vi-2', text: VI, refDate: '2024-08-06' }),
        '[1, 2]',
      ].join('\n') + '\n',
    );
    const r = run(['annotate', '--jsonl', input]);
    expect(r.status).toBe(1);
    const docs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.id, d.lang])).toEqual([
      ['zh-1', 'zh'],
      [6, 'id'], // no id: known by its line number; language detected
      ['vi-2', 'vi'],
    ]);
    const errors = lines(r.stderr).map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'ERR_INVALID_JSON'],
      [3, 'ERR_INVALID_ARGUMENT'],
      [4, 'ERR_UNKNOWN_LANGUAGE'],
      [7, 'ERR_INVALID_REFERENCE_DATE'],
      [9, 'ERR_INVALID_ARGUMENT'],
    ]);
    for (const e of errors) {
      expect(typeof e.error).toBe('string');
      expect(e.file).toBe(input);
    }
    // Every non-blank input line gave exactly one output line or one error record.
    expect(docs.length + errors.length).toBe(8);
  });

  it('--jobs 2 writes byte-for-byte what --jobs 1 writes', async () => {
    const texts = [ZH, ID, VI];
    const input = file(
      'many.jsonl',
      Array.from({ length: 16 }, (_, i) =>
        i === 9 ? 'not json' : JSON.stringify({ id: `d${i}`, text: `${texts[i % 3]} (${i})`, refDate: `2017-03-${String((i % 28) + 1).padStart(2, '0')}` }),
      ).join('\n'),
    );
    const [one, two] = await Promise.all([runAsync(['annotate', '--jsonl', input, '--jobs', '1']), runAsync(['annotate', '--jsonl', input, '--jobs', '2'])]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(lines(one.stdout)).toHaveLength(15);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('brat with --out DIR writes a .txt and .ann pair per document that brat offsets read back', () => {
    const a = file('a.txt', ZH);
    const b = file('b.txt', VI);
    const dir = join(work, 'brat');
    const r = run(['annotate', a, b, '--format', 'brat', '--out', dir, '--ref', '2024-08-06']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.ann', 'a.txt', 'b.ann', 'b.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ZH);
    for (const name of ['a', 'b']) {
      const txt = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const spans = fromBrat(readFileSync(join(dir, `${name}.ann`), 'utf8'), txt);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(txt.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('writes json, conll, webanno and timeml to stdout', async () => {
    const input = file('two.jsonl', [JSON.stringify({ id: 'a', text: ZH }), JSON.stringify({ id: 'b', text: ID })].join('\n'));
    const [json, conll, webanno, timeml] = await Promise.all([
      runAsync(['annotate', '--jsonl', input, '--format', 'json', '--ref', '2017-03-20']),
      runAsync(['annotate', '--jsonl', input, '--format', 'conll']),
      runAsync(['annotate', '--jsonl', input, '--format', 'webanno']),
      runAsync(['annotate', '--jsonl', input, '--format', 'timeml', '--ref', '2017-03-20']),
    ]);
    for (const r of [json, conll, webanno, timeml]) expect(r.status).toBe(0);
    expect(JSON.parse(json.stdout).map((d: { id: string }) => d.id)).toEqual(['a', 'b']);

    const blocks = conll.stdout.split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['# id = a', '# id = b']);
    for (const line of lines(conll.stdout).filter((l) => !l.startsWith('#'))) expect(line).toMatch(/^[^\t]+\t(O|[BI]-(PERSON|MINISTRY|PLACE|DATE))$/);

    const pages = lines(webanno.stdout).map((l) => JSON.parse(l));
    expect(pages.map((p) => [p.type, p.id])).toEqual([
      ['AnnotationPage', 'urn:lintas:doc:a#lintas-annotations'],
      ['AnnotationPage', 'urn:lintas:doc:b#lintas-annotations'],
    ]);

    expect(timeml.stdout.match(/<TimeML>/g)).toHaveLength(2);
    expect(timeml.stdout).toContain('<DOCID>a</DOCID>');
  });

  it('json with --out DIR names files after the ids and reads --lexicon entries', () => {
    const lexicon = file('extra.jsonl', JSON.stringify({ id: 'person/budi-santoso', type: 'PERSON', names: { id: ['Budi Santoso'] } }) + '\n');
    const input = file('ids.jsonl', [JSON.stringify({ id: 'news/1', text: 'Budi Santoso tiba di Jakarta.', lang: 'id' })].join('\n'));
    const dir = join(work, 'json-out');
    const r = run(['annotate', '--jsonl', input, '--format', 'json', '--out', dir, '--lexicon', lexicon]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['news_1.json']);
    const doc = JSON.parse(readFileSync(join(dir, 'news_1.json'), 'utf8'));
    expect(doc.id).toBe('news/1');
    expect(doc.annotations).toContainEqual(expect.objectContaining({ type: 'PERSON', id: 'person/budi-santoso', start: 0, end: 12 }));
  });
});

describe('lintas lexicon', () => {
  const good = { id: 'place/xx-test', type: 'PLACE', names: { id: ['Negeri Uji'] }, attrs: { country: 'ID' } };

  it('validate reports each bad entry with its line and field, exit 1', () => {
    const path = file(
      'bad.jsonl',
      [
        JSON.stringify(good),
        JSON.stringify({ id: 'person/x', type: 'PERSON', names: { zh: [''] } }),
        '{oops',
        JSON.stringify({ ...good }),
        JSON.stringify({ id: 'place/yy', type: 'CITY', names: { id: ['Y'] } }),
      ].join('\n'),
    );
    const r = run(['lexicon', 'validate', path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('line 2 (id "person/x"): field "names.zh[0]": must not be empty');
    expect(r.stdout).toMatch(/line 3: field "\(json\)": not valid JSON/);
    expect(r.stdout).toContain('line 4 (id "place/xx-test"): field "id": duplicate id (first at line 1)');
    expect(r.stdout).toContain('line 5 (id "place/yy"): field "type"');
    expect(r.stdout).toContain('5 entries, 1 valid, 4 errors');
    // Reported in file order, JSON problems among the others.
    expect(lines(r.stdout).slice(0, 4).map((l) => l.split(' ')[1])).toEqual(['2', '3:', '4', '5']);
    const json = run(['lexicon', 'validate', path, '--json']);
    expect(lines(json.stdout).map((l) => JSON.parse(l))[0]).toEqual({ where: 'line 2', position: 2, id: 'person/x', field: 'names.zh[0]', problem: 'must not be empty' });
  });

  it('validate accepts a good JSON array, exit 0', () => {
    const r = run(['lexicon', 'validate', file('good.json', JSON.stringify([good]))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 entry, 1 valid, 0 errors');
  });

  it('stats counts per type, language and country', () => {
    const path = file(
      'stats.jsonl',
      [good, { id: 'person/a-b', type: 'PERSON', names: { id: ['A B'], en: ['A B', 'AB'] }, attrs: { country: 'ID' } }, { id: 'place/zz', type: 'PLACE', names: { vi: ['Z'] } }]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const r = run(['lexicon', 'stats', path, '--json']);
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.entries).toBe(3);
    expect(stats.byType).toEqual({ PLACE: 2, PERSON: 1 });
    expect(stats.byLanguage.id).toEqual({ entries: 2, names: 2 });
    expect(stats.byLanguage.en).toEqual({ entries: 1, names: 2 });
    expect(stats.byCountry).toEqual({ ID: 2, '(none)': 1 });
    const defaults = run(['lexicon', 'stats']);
    expect(defaults.status).toBe(0);
    expect(defaults.stdout).toMatch(/^entries {2}\d+/);
  });
});
