/** Peer libraries, loaded only by the benchmark, each optional: a missing one is reported, not fatal. */
import { createRequire } from 'node:module';
import type { BenchLang } from './common.js';

const require = createRequire(import.meta.url);

export interface Peer {
  name: string;
  lang: BenchLang;
  /** What the peer is compared with (tokenise, dates …). */
  role: 'segmenter' | 'tokenizer' | 'dates';
  cut: (text: string) => number;
}

export interface PeerLoad {
  peers: Peer[];
  missing: { name: string; reason: string }[];
}

const REF_DATE = new Date(Date.UTC(2024, 7, 5, 12));

function reason(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

export async function loadPeers(lang: BenchLang): Promise<PeerLoad> {
  const peers: Peer[] = [];
  const missing: PeerLoad['missing'] = [];
  const attempt = async (name: string, load: () => Promise<Peer | Peer[]>) => {
    try {
      const p = await load();
      peers.push(...(Array.isArray(p) ? p : [p]));
    } catch (e) {
      missing.push({ name, reason: reason(e) });
    }
  };
  if (lang === 'zh') {
    await attempt('@node-rs/jieba', async () => {
      const { Jieba } = await import('@node-rs/jieba');
      const { dict } = await import('@node-rs/jieba/dict');
      const jieba = Jieba.withDict(dict);
      return { name: '@node-rs/jieba cut (HMM off)', lang, role: 'segmenter', cut: (t) => jieba.cut(t, false).length };
    });
    await attempt('nodejieba', async () => {
      const nj = require('nodejieba') as { cut(s: string, hmm?: boolean): string[] };
      return { name: 'nodejieba.cut', lang, role: 'segmenter', cut: (t) => nj.cut(t).length };
    });
    await attempt('Intl.Segmenter', async () => {
      const seg = new Intl.Segmenter('zh', { granularity: 'word' });
      return {
        name: 'Intl.Segmenter (word)',
        lang,
        role: 'segmenter',
        cut: (t) => {
          let n = 0;
          for (const _ of seg.segment(t)) n++;
          return n;
        },
      };
    });
  }
  if (lang === 'id') {
    await attempt('wink-tokenizer', async () => {
      const Tokenizer = require('wink-tokenizer') as new () => { tokenize(s: string): unknown[] };
      const wink = new Tokenizer();
      return { name: 'wink-tokenizer', lang, role: 'tokenizer', cut: (t) => wink.tokenize(t).length };
    });
  }
  await attempt('chrono-node', async () => {
    const chrono = await import('chrono-node');
    const locale = lang === 'zh' ? chrono.zh : lang === 'id' ? chrono.id : chrono.vi;
    return { name: `chrono-node ${lang}.parse`, lang, role: 'dates', cut: (t) => locale.parse(t, REF_DATE).length };
  });
  return { peers, missing };
}
