import { createRequire } from 'node:module';

/** The part of lunar-javascript used here (the package ships no type declarations). */
interface LunarModule {
  Lunar: { fromYmd(year: number, month: number, day: number): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } } };
}

let lunarModule: LunarModule | undefined;

/**
 * The Gregorian date of a day of the Chinese/Vietnamese lunisolar calendar (1/1 = Lunar New Year,
 * Tết, 春节) in the lunar year that starts in Gregorian `year`.
 */
export function lunarToSolar(year: number, month: number, day: number): { year: number; month: number; day: number } {
  lunarModule ??= createRequire(import.meta.url)('lunar-javascript') as LunarModule;
  const s = lunarModule.Lunar.fromYmd(year, month, day).getSolar();
  return { year: s.getYear(), month: s.getMonth(), day: s.getDay() };
}
