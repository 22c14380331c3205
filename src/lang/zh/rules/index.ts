import type { RuleContext, RuleOutput } from '../../adapter.js';
import { DocFacts } from './context.js';
import { findMinistries } from './ministries.js';
import { findPersons } from './persons.js';
import { findPlaces, placeBlockers } from './places.js';

/** The Chinese rules: persons by context, the ministry grammar with its title blocker, suffixed places. */
export function zhRules(ctx: RuleContext): RuleOutput {
  // Token edges, the lexicon's places and tagged stretches, computed once for all the rules of this document.
  const facts = new DocFacts(ctx);
  const ministries = findMinistries(ctx, facts);
  return {
    entities: [...findPersons(ctx, facts), ...ministries.entities, ...findPlaces(ctx, facts)],
    blockers: [...ministries.blockers, ...placeBlockers(ctx, facts)],
  };
}
