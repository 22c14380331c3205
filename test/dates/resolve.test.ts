import { describe, expect, it } from 'vitest';
import { parseReferenceDate } from '../../src/dates/reference.js';
import { resolveDate } from '../../src/dates/resolve.js';
import type { DatePoint } from '../../src/dates/model.js';
import { InvalidReferenceDateError } from '../../src/errors.js';

// 2013-02-12 is a Tuesday.
const ref = parseReferenceDate('2013-02-12T04:30');
const r = (start: DatePoint, prefer: 'news' | 'past' | 'future' | 'nearest' = 'news', end?: DatePoint) =>
  resolveDate(end ? { start, end } : { start }, ref, prefer);

describe('resolveDate', () => {
  it('keeps absolute dates at the precision written', () => {
    expect(r({ year: 2017, month: 3, day: 20, hour: 14, minute: 5, second: 3 })).toEqual({ value: '2017-03-20T14:05:03', grain: 'second' });
    expect(r({ year: 2016 })).toEqual({ value: '2016', grain: 'year' });
    expect(r({ year: 2016, mod: 'END' })).toEqual({ value: '2016', grain: 'year', mod: 'END' });
    expect(r({ year: 2016, month: 12 })).toEqual({ value: '2016-12', grain: 'month' });
    expect(r({ decade: 196 })).toEqual({ value: '196', grain: 'decade' });
    expect(r({ year: 2025, half: 1 })).toEqual({ value: '2025-H1', grain: 'half-year' });
    expect(r({ year: 2025, season: 'SU' })).toEqual({ value: '2025-SU', grain: 'season' });
    expect(r({ year: 2017, quarter: 3 })).toEqual({ value: '2017-Q3', grain: 'quarter' });
  });

  it('resolves relative days, weeks, months and years', () => {
    expect(r({ relative: { unit: 'day', offset: -1 } }).value).toBe('2013-02-11');
    expect(r({ relative: { unit: 'day', offset: 2 } }).value).toBe('2013-02-14');
    expect(r({ relative: { unit: 'week', offset: -1 } })).toEqual({ value: '2013-W06', grain: 'week' });
    expect(r({ relative: { unit: 'week', offset: 1 }, weekday: 3 }).value).toBe('2013-02-20');
    expect(r({ relative: { unit: 'month', offset: -1 } }).value).toBe('2013-01');
    expect(r({ relative: { unit: 'month', offset: 0 }, day: 20 }).value).toBe('2013-02-20');
    expect(r({ relative: { unit: 'year', offset: -1 }, month: 12 }).value).toBe('2012-12');
    expect(r({ relative: { unit: 'century', offset: -1 }, decadeOfCentury: 6 }).value).toBe('196');
    expect(r({ relative: { unit: 'day', offset: 0 }, partOfDay: 'EV' })).toEqual({ value: '2013-02-12TEV', grain: 'part-of-day' });
  });

  it('applies the news policy to partial dates', () => {
    // a bare day of the month: the latest on or before the reference
    expect(r({ day: 20 }).value).toBe('2013-01-20');
    expect(r({ day: 12 }).value).toBe('2013-02-12');
    // a weekday: the latest on or before (Tuesday itself counts)
    expect(r({ weekday: 2 }).value).toBe('2013-02-12');
    expect(r({ weekday: 5 }).value).toBe('2013-02-08');
    // a day and month: nearest, a tie goes to the past
    expect(r({ month: 12, day: 20 }).value).toBe('2012-12-20');
    expect(r({ month: 3, day: 1 }).value).toBe('2013-03-01');
    expect(r({ month: 8 }).value).toBe('2012-08');
    // tense cues win
    expect(r({ day: 20, tense: 'future' }).value).toBe('2013-02-20');
    expect(r({ month: 3, day: 1, tense: 'past' }).value).toBe('2012-03-01');
    // a weekday with a tense cue said on that weekday is the other week's
    expect(r({ weekday: 2, tense: 'past' }).value).toBe('2013-02-05');
    expect(r({ weekday: 2, tense: 'future' }).value).toBe('2013-02-19');
  });

  it('follows the other prefer policies', () => {
    expect(r({ month: 1, day: 5 }, 'future').value).toBe('2014-01-05');
    expect(r({ month: 3, day: 1 }, 'past').value).toBe('2012-03-01');
    expect(r({ weekday: 5 }, 'future').value).toBe('2013-02-15');
    expect(r({ weekday: 5 }, 'nearest').value).toBe('2013-02-15');
  });

  it('lets a weekday written with its date fix the year', () => {
    // 2 November was a Saturday in 2013, a Friday in 2012
    const sat = parseReferenceDate('2014-05-01');
    expect(resolveDate({ start: { month: 11, day: 2, weekday: 6 } }, sat, 'news').value).toBe('2013-11-02');
  });

  it('inherits the coarse fields of a range end from its start', () => {
    expect(r({ year: 2024, month: 8, day: 5 }, 'news', { day: 6 })).toEqual({ value: '2024-08-05', grain: 'day', endValue: '2024-08-06' });
    expect(r({ year: 2024, month: 12, day: 28 }, 'news', { month: 1, day: 3 }).endValue).toBe('2025-01-03');
  });

  it('reads 12-hour clock hours through their part of day', () => {
    expect(r({ relative: { unit: 'day', offset: 0 }, partOfDay: 'AF', hour: 3, minute: 30 }).value).toBe('2013-02-12T15:30');
    expect(r({ relative: { unit: 'day', offset: 0 }, partOfDay: 'EV', hour: 8 }).value).toBe('2013-02-12T20');
  });

  it('writes unknown fields as X without a reference date', () => {
    expect(resolveDate({ start: { month: 3, day: 20 } }, undefined, 'news').value).toBe('XXXX-03-20');
    expect(resolveDate({ start: { relative: { unit: 'day', offset: -1 } } }, undefined, 'news').value).toBe('XXXX-XX-XX');
  });
});

describe('parseReferenceDate', () => {
  it('accepts ISO dates, date-times and Dates', () => {
    expect(parseReferenceDate('2017-03-20')).toEqual({ year: 2017, month: 3, day: 20 });
    expect(parseReferenceDate('2017-03-20T14:05:03Z')).toMatchObject({ year: 2017, hour: 14, minute: 5, second: 3 });
    expect(parseReferenceDate(new Date(2020, 1, 29))).toMatchObject({ year: 2020, month: 2, day: 29 });
  });
  it('rejects invalid reference dates with a typed error', () => {
    for (const bad of ['2017-02-30', 'yesterday', '2017-13-01', new Date('nope'), 42, null]) {
      expect(() => parseReferenceDate(bad)).toThrow(InvalidReferenceDateError);
    }
  });
});
