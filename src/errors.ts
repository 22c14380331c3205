/**
 * Every error lintas throws on bad input is a `LintasError` with a stable `code`,
 * so callers can branch on `err.code` or `instanceof` without parsing messages.
 */
export class LintasError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An argument has the wrong type or shape (e.g. `annotate(42, 'zh')`). */
export class InvalidArgumentError extends LintasError {
  constructor(message: string) {
    super('ERR_INVALID_ARGUMENT', message);
  }
}

/** The language code is not one lintas reads. */
export class UnknownLanguageError extends LintasError {
  readonly lang: unknown;
  constructor(lang: unknown) {
    super('ERR_UNKNOWN_LANGUAGE', `Unknown language ${describe(lang)}: expected one of 'zh', 'id', 'vi'.`);
    this.lang = lang;
  }
}

/** `referenceDate` is not a valid date. */
export class InvalidReferenceDateError extends LintasError {
  readonly referenceDate: unknown;
  constructor(referenceDate: unknown, why: string) {
    super('ERR_INVALID_REFERENCE_DATE', `Invalid referenceDate ${describe(referenceDate)}: ${why}.`);
    this.referenceDate = referenceDate;
  }
}

/** A lexicon entry is malformed; names the entry (by id or position) and the field. */
export class LexiconValidationError extends LintasError {
  readonly entryId: string | undefined;
  readonly index: number | undefined;
  readonly field: string;
  constructor(entryId: string | undefined, index: number | undefined, field: string, problem: string) {
    const where = entryId !== undefined ? `entry "${entryId}"` : `entry #${index ?? '?'}`;
    super('ERR_LEXICON_ENTRY', `Invalid lexicon ${where}, field "${field}": ${problem}.`);
    this.entryId = entryId;
    this.index = index;
    this.field = field;
  }
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null) return 'null';
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
