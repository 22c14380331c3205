import type { RuleContext, RuleOutput } from '../../adapter.js';
import { findMinistries } from './ministries.js';
import { findPersons } from './persons.js';
import { findCompassPlaces, findDatelines, findLocativePlaces, findTypedPlaces } from './places.js';
import { SpanIndex, wordsOf } from './view.js';

/**
 * The Indonesian rules, in dependency order: places and ministries first (a title's complement
 * and a name's end are read against them), then persons.
 */
export function idRules(ctx: RuleContext): RuleOutput {
  const words = wordsOf(ctx);
  const known = new SpanIndex().add(ctx.lexiconCandidates);
  const places = [...findDatelines(ctx), ...findTypedPlaces(ctx, words, known), ...findCompassPlaces(ctx, words, known)];
  known.add(places);
  const ministries = findMinistries(ctx, words, known);
  known.add(ministries.entities);
  const persons = findPersons(ctx, words, known);
  // bare names after di/ke: only where no person, ministry or place was found
  const locative = findLocativePlaces(ctx, words, new SpanIndex().add(known.all()).add(persons));
  return { entities: [...places, ...ministries.entities, ...persons, ...locative], blockers: ministries.blockers };
}
