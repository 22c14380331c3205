import type { RuleContext, RuleOutput } from '../../adapter.js';
import { findMinistries } from './ministries.js';
import { findPersons } from './persons.js';
import { findPlaces, placeBlockers } from './places.js';

/** The Chinese rules: persons by context, the ministry grammar with its title blocker, suffixed places. */
export function zhRules(ctx: RuleContext): RuleOutput {
  const ministries = findMinistries(ctx);
  return {
    entities: [...findPersons(ctx), ...ministries.entities, ...findPlaces(ctx)],
    blockers: [...ministries.blockers, ...placeBlockers(ctx)],
  };
}
