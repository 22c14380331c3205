import { detectLang } from '../detect/index.js';
import { renderDocument, type StreamFormat } from '../formats/render.js';
import { InvalidArgumentError, LintasError, UnknownLanguageError, describe } from '../errors.js';
import { LANGS, type AnnotatedDocument, type Annotator, type Lang, type Prefer } from '../types.js';

/** A language, or `auto` to pick one with `detectLang`. */
export type LangOrAuto = Lang | 'auto';

/** One input to `annotateMany`: a bare string, or a record with an id, a language and a reference date. */
export type BatchInput =
  | string
  | {
      id?: string | number;
      text: string;
      lang?: LangOrAuto;
      /** This document's reference (publication) date; overrides `options.referenceDate`. */
      refDate?: string | Date;
    };

export interface BatchError {
  code: string;
  message: string;
}

/** One output of `annotateMany`, in input order: the document, or why this item failed. */
export type BatchResult = { id: string | number; doc: AnnotatedDocument } | { id: string | number; error: BatchError };

/** What a worker needs to annotate one item (plain data, so it crosses threads by structured clone). */
export interface BatchTask {
  id: string | number;
  text: string;
  lang: LangOrAuto;
  refDate: string | Date | undefined;
  prefer: Prefer | undefined;
}

/** A result rendered to its output text (`renderDocument`), as the CLI asks workers to send it. */
export type RenderedResult = { id: string | number; output: string } | { id: string | number; error: BatchError };

/** The result rendered in `format`; the result itself when there is no format or it is an error. */
export function renderResult(result: BatchResult, format: StreamFormat | undefined): BatchResult | RenderedResult {
  if (format === undefined || 'error' in result) return result;
  try {
    return { id: result.id, output: renderDocument(result.doc, result.id, format) };
  } catch (err) {
    return errorRecord(result.id, err);
  }
}

export function errorRecord(id: string | number, err: unknown): { id: string | number; error: BatchError } {
  if (err instanceof LintasError) return { id, error: { code: err.code, message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : 'ERR_ANNOTATE';
  return { id, error: { code, message } };
}

const isLangOrAuto = (v: unknown): v is LangOrAuto => v === 'auto' || (LANGS as readonly unknown[]).includes(v);

/**
 * Checks one input item and turns it into a task, or into the error record it will yield
 * (so a bad item never reaches a worker and never stops the stream).
 */
export function toTask(
  item: unknown,
  index: number,
  defaults: { lang: LangOrAuto; referenceDate: string | Date | undefined; prefer: Prefer | undefined },
): BatchTask | BatchResult {
  const base = { lang: defaults.lang, refDate: defaults.referenceDate, prefer: defaults.prefer };
  if (typeof item === 'string') return { id: index, text: item, ...base };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return errorRecord(index, new InvalidArgumentError(`Item ${index}: expected a string or {id?, text, lang?, refDate?}, got ${describe(item)}.`));
  }
  const rec = item as Record<string, unknown>;
  const rawId = rec['id'];
  const idOk = rawId === undefined || typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id = idOk && rawId !== undefined ? (rawId as string | number) : index;
  if (!idOk) return errorRecord(index, new InvalidArgumentError(`Item ${index}: id must be a string or a number, got ${describe(rawId)}.`));
  if (typeof rec['text'] !== 'string') return errorRecord(id, new InvalidArgumentError(`Item ${index}: text must be a string, got ${describe(rec['text'])}.`));
  const lang = rec['lang'] ?? defaults.lang;
  if (!isLangOrAuto(lang)) return errorRecord(id, new UnknownLanguageError(lang));
  const refDate = rec['refDate'] ?? defaults.referenceDate;
  if (refDate !== undefined && typeof refDate !== 'string' && !(refDate instanceof Date)) {
    return errorRecord(id, new InvalidArgumentError(`Item ${index}: refDate must be an ISO date string, got ${describe(refDate)}.`));
  }
  return { id, text: rec['text'], lang, refDate: refDate as string | Date | undefined, prefer: defaults.prefer };
}

export const isTask = (t: BatchTask | BatchResult): t is BatchTask => 'text' in t;

/**
 * Annotates one task with an annotator made on first use (so a lexicon that fails to load
 * becomes each item's error record, the same in-process and in a worker).
 */
export function runTask(getAnnotator: () => Annotator, task: BatchTask): BatchResult {
  try {
    const lang = task.lang === 'auto' ? detectLang(task.text) : task.lang;
    const options: { referenceDate?: string | Date; prefer?: Prefer } = {};
    if (task.refDate !== undefined) options.referenceDate = task.refDate;
    if (task.prefer !== undefined) options.prefer = task.prefer;
    return { id: task.id, doc: getAnnotator().annotate(task.text, lang, options) };
  } catch (err) {
    return errorRecord(task.id, err);
  }
}

