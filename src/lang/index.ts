import type { Lang } from '../types.js';
import type { LanguageAdapter } from './adapter.js';
import { zh } from './zh/index.js';
import { id } from './id/index.js';
import { vi } from './vi/index.js';

const ADAPTERS: Record<Lang, LanguageAdapter> = { zh, id, vi };

export function adapterFor(lang: Lang): LanguageAdapter {
  return ADAPTERS[lang];
}
