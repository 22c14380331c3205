import type { RuleContext, RuleOutput } from '../../adapter.js';
import { findMinistries } from './ministries.js';
import { findPersons } from './persons.js';
import { findCompassPlaces, findDatelines, findLocativePlaces, findRepeatedPlaces, findTypedPlaces } from './places.js';
import { SpanIndex, wordsOf } from './view.js';

/**
 * The Indonesian rules, in dependency order: places and ministries first (a title's complement
 * and a name's end are read against them), then persons.
 */
/** Whether lower-case "perbatasan " stands right before `at`. */
const borderCue = (text: string, at: number): boolean => text.startsWith('perbatasan ', at - 11);

export function idRules(ctx: RuleContext): RuleOutput {
  const words = wordsOf(ctx);
  const known = new SpanIndex().add(ctx.lexiconCandidates);
  const typed = findTypedPlaces(ctx, words, known);
  const places = [...findDatelines(ctx), ...typed, ...findCompassPlaces(ctx, words, known)];
  known.add(places);
  const ministries = findMinistries(ctx, words, known);
  known.add(ministries.entities);
  const persons = findPersons(ctx, words, known);
  // bare names after di/ke: only where no person, ministry or place was found
  const taken = new SpanIndex().add(known.all()).add(persons);
  const locative = findLocativePlaces(ctx, words, taken);
  taken.add(locative);
  // a town found after a type word or "perbatasan" (strong cues, unlike di/ke) named bare again elsewhere
  const repeated = findRepeatedPlaces(ctx, words, [...typed, ...locative.filter((c) => borderCue(ctx.text, c.start))], taken);
  return { entities: [...places, ...ministries.entities, ...persons, ...locative, ...repeated], blockers: ministries.blockers };
}
