import type { DateMatch } from '../../../dates/model.js';
import type { RuleContext } from '../../adapter.js';
import { findViDates } from './combine.js';

/** Vietnamese dates: the grammar's blocks (`components.ts`) joined into expressions (`combine.ts`). */
export function viDates(ctx: Pick<RuleContext, 'text' | 'key'>): DateMatch[] {
  return findViDates({ text: ctx.text, key: ctx.key });
}
