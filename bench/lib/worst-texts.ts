/** The worst-case inputs, built from the corpus (or its fallback) so they look like real text. */
import { corpusText } from './corpus.js';
import { digitsAndSlashes, fillTo } from './synthetic.js';

export const WORST_CASES = {
  'zh-paragraph': 'one unpunctuated Chinese paragraph (corpus Han characters only, joined)',
  'latin-nospace': 'Latin letters without spaces or punctuation (id corpus letters, case kept, joined)',
  'digits-slashes': 'digits and slashes (random runs like 12/2024/0345//7)',
} as const;
export type WorstCase = keyof typeof WORST_CASES;

export function worstText(kind: string, bytes: number): string {
  switch (kind) {
    case 'zh-paragraph': {
      const han = (corpusText('zh', 400_000).match(/\p{Script=Han}+/gu) ?? []).join('');
      return fillTo(han, bytes);
    }
    case 'latin-nospace': {
      const letters = (corpusText('id', 400_000).match(/[A-Za-z]+/g) ?? []).join('');
      return fillTo(letters, bytes);
    }
    case 'digits-slashes':
      return digitsAndSlashes(bytes);
    default:
      throw new Error(`unknown worst case ${kind}`);
  }
}
