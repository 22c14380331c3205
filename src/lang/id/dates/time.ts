import type { DatePoint } from '../../../dates/model.js';
import { B, digitsThen, E, PART_OF_DAY, startingWith, partOfDayOf, rx, scan, type DateParser } from './vocab.js';

/**
 * Clock times: `pukul 11.51 WIB`, `jam 9 pagi`, `pukul 10.00-12.00 WIB`, `10:15 WIB`. A clock time
 * alone is on the document's day (the resolver's default); next to a date the two are joined.
 * The zone word (WIB, WITA, WIT) is part of the span; "waktu setempat" is a frame and stays out.
 */
const ZONE = '(?:\\s*(?:WIB|WITA|WIT|GMT|UTC))';
const CLOCK = '(\\d{1,2})(?:[.:](\\d{2}))?(?:[.:](\\d{2}))?';
const RANGE_END = `(?:\\s*(?:[-–]|sampai|hingga|s\\.d\\.?|s/d)\\s*(?:pukul\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?)?`;
const WITH_WORD = startingWith(rx(`${B}(?:pukul|jam|pk\\.?)\\s+${CLOCK}${RANGE_END}(?:\\s+${PART_OF_DAY})?${ZONE}?${E}`), ['pukul', 'jam', 'pk']);
const WITH_ZONE = startingWith(rx(`${B}(\\d{1,2})[.:](\\d{2})(?:[.:](\\d{2}))?${ZONE}${E}`), [digitsThen(1, 2, /[.:]/u)]);
/** hh:mm with a colon and no cue: only kept when it stands right after a date (a timestamp). */
const BARE_COLON = startingWith(rx(`${B}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![.,:]?\\d)${E}`), [digitsThen(1, 2, /:/u)]);

function clock(h: string, m: string | undefined, s: string | undefined): DatePoint | undefined {
  const hour = Number(h);
  const minute = m === undefined ? undefined : Number(m);
  const second = s === undefined ? undefined : Number(s);
  if (hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const p: DatePoint = { hour };
  if (minute !== undefined) p.minute = minute;
  if (second !== undefined) p.second = second;
  return p;
}

export const clockTimes: DateParser = (text) => [
  ...scan(text, WITH_WORD, 'clock', (m) => {
    const start = clock(m[1]!, m[2], m[3]);
    if (!start) return undefined;
    const pod = m[6] ? partOfDayOf(m[6]) : undefined;
    if (pod) start.partOfDay = pod;
    if (m[4] === undefined) return { start };
    const end = clock(m[4], m[5], undefined);
    if (!end) return undefined;
    if (pod) end.partOfDay = pod;
    return { start, end };
  }),
  ...scan(text, WITH_ZONE, 'clock', (m) => {
    const start = clock(m[1]!, m[2], m[3]);
    return start ? { start } : undefined;
  }),
  ...scan(text, BARE_COLON, 'bare-clock', (m) => {
    const start = clock(m[1]!, m[2], m[3]);
    return start ? { start } : undefined;
  }),
];
