/**
 * The benchmark text, read at run time from the shared corpus (never copied into the project).
 * Fallbacks, announced in the output: the seed pages repeated, then a small built-in synthetic text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../eval/shared.js';
import { utf8Bytes, type BenchLang } from './common.js';

/** ../shared beside the repository (or $LINTAS_SHARED); a path that does not exist when there is none. */
export const SHARED = sharedDir() ?? join('..', 'shared');
export const CORPUS_DIR = join(SHARED, 'data', 'corpus');
export const SEEDS_DIR = join(SHARED, 'dev', 'seeds');

export interface Sample {
  lang: BenchLang;
  /** One document per entry. */
  docs: string[];
  bytes: number;
  source: string;
  /** True when this is not the real corpus. */
  fallback: boolean;
}

/** Language of a seed page, by script: Han → zh, Vietnamese letters → vi, else id. */
export function guessLang(text: string): BenchLang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (han > text.length * 0.1) return 'zh';
  const viLetters = (text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu) ?? []).length;
  return viLetters > text.length * 0.02 ? 'vi' : 'id';
}

const SYNTHETIC: Record<BenchLang, string> = {
  zh: '2024年8月5日，日本防卫大臣木原稔对越南进行正式访问。越南国防部部长潘文江大将在河内会见了他，双方同意加强国防合作。',
  id: 'Pada Sabtu (2 November 2024), Menteri Luar Negeri Indonesia bertemu dengan Menteri Pertahanan Jepang di Jakarta untuk membahas kerja sama keamanan.',
  vi: 'Ngày 2/3/2024, Thứ trưởng Ngoại giao Nhật Bản và người đồng cấp Nga đã tiến hành cuộc đối thoại chiến lược tại Tokyo, Bộ Quốc phòng cho biết.',
};

function take(docs: string[], capBytes: number, repeat: boolean): string[] {
  const out: string[] = [];
  let bytes = 0;
  if (docs.length === 0) return out;
  for (let i = 0; bytes < capBytes; i++) {
    if (i >= docs.length && !repeat) break;
    const d = docs[i % docs.length]!;
    out.push(d);
    bytes += utf8Bytes(d) + 1;
  }
  return out;
}

/** Up to `capBytes` of documents in `lang`, in file order. */
export function loadSample(lang: BenchLang, capBytes: number): Sample {
  const file = join(CORPUS_DIR, `${lang}.txt`);
  let docs: string[];
  let source: string;
  let fallback = false;
  if (existsSync(file)) {
    const all = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().length > 0);
    docs = take(all, capBytes, false);
    source = `${file} (first ${docs.length} of ${all.length} documents)`;
  } else {
    fallback = true;
    const seeds = existsSync(SEEDS_DIR)
      ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
      : [];
    const mine = seeds.filter((s) => guessLang(s) === lang);
    if (mine.length > 0) {
      docs = take(mine, capBytes, true);
      source = `FALLBACK: ${file} is absent; seed pages (${mine.length} in ${lang}) from ${SEEDS_DIR} repeated`;
    } else {
      docs = take([SYNTHETIC[lang]], capBytes, true);
      source = `FALLBACK: ${file} and ${lang} seed pages are absent; a built-in synthetic sentence repeated (not representative)`;
    }
  }
  const bytes = docs.reduce((n, d) => n + utf8Bytes(d), 0);
  return { lang, docs, bytes, source, fallback };
}

/** The whole corpus line list (for building worst cases and the --jobs input), or the fallback. */
export function corpusText(lang: BenchLang, capBytes: number): string {
  return loadSample(lang, capBytes).docs.join('\n');
}
