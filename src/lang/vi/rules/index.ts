import type { RuleContext, RuleOutput } from '../../adapter.js';
import { bylineRules } from './bylines.js';
import { ministryRules } from './ministries.js';
import { personRules } from './persons.js';
import { placeRules } from './places.js';

/** All Vietnamese entity rules: persons (with bylines), ministries (with title blockers) and typed places. */
export function viRules(ctx: RuleContext): RuleOutput {
  const ministries = ministryRules(ctx);
  const persons = personRules(ctx);
  const places = placeRules(ctx);
  return {
    entities: [...persons.entities, ...bylineRules(ctx), ...ministries.entities, ...places.entities],
    blockers: [...ministries.blockers, ...persons.blockers, ...places.blockers],
  };
}
