import type { RuleContext, RuleOutput } from '../../adapter.js';
import { ministryRules } from './ministries.js';
import { personRules } from './persons.js';
import { placeRules } from './places.js';

/** All Vietnamese entity rules: persons, ministries (with title blockers) and typed places. */
export function viRules(ctx: RuleContext): RuleOutput {
  const ministries = ministryRules(ctx);
  return { entities: [...personRules(ctx), ...ministries.entities, ...placeRules(ctx)], blockers: ministries.blockers };
}
