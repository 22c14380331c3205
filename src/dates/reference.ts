import { InvalidReferenceDateError } from '../errors.js';

/** A reference (publication) date as calendar fields; time zone offsets are ignored by design. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `referenceDate` as the caller wrote it: an ISO date (`2017-03-20`), an ISO date-time
 * (its wall-clock fields are used as written), or a valid `Date` (its local calendar fields).
 */
export function parseReferenceDate(input: unknown): ReferenceDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new InvalidReferenceDateError(input, 'the Date is invalid');
    return {
      year: input.getFullYear(),
      month: input.getMonth() + 1,
      day: input.getDate(),
      hour: input.getHours(),
      minute: input.getMinutes(),
      second: input.getSeconds(),
    };
  }
  if (typeof input !== 'string') {
    throw new InvalidReferenceDateError(input, 'expected an ISO date string such as "2017-03-20" or a Date');
  }
  const m = ISO_LIKE.exec(input.trim());
  if (!m) throw new InvalidReferenceDateError(input, 'expected an ISO date such as "2017-03-20" or "2017-03-20T14:05"');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new InvalidReferenceDateError(input, `month ${month} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidReferenceDateError(input, `${year}-${m[2]} has no day ${day}`);
  }
  const ref: ReferenceDate = { year, month, day };
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), m[6] !== undefined ? Number(m[6]) : 0];
    if (hour > 23 || minute > 59 || second > 59) throw new InvalidReferenceDateError(input, 'the time of day is out of range');
    Object.assign(ref, { hour, minute, second });
  }
  return ref;
}

export function formatReferenceDate(ref: ReferenceDate): string {
  const d = `${pad(ref.year, 4)}-${pad(ref.month)}-${pad(ref.day)}`;
  if (ref.hour === undefined) return d;
  return `${d}T${pad(ref.hour)}:${pad(ref.minute ?? 0)}:${pad(ref.second ?? 0)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
