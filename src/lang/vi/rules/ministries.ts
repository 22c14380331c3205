import type { Blocker, EntityCandidate, RuleContext } from '../../adapter.js';
import { PORTFOLIOS } from '../data/names.js';
import { alternationOf, spaced } from './words.js';

/**
 * Ministries by their grammar, "Bộ" + a portfolio (+ the country written after it): Bộ Thống
 * nhất Hàn Quốc, Bộ Công Thương, Bộ Y tế. A minister's title built on a portfolio ("Bộ trưởng
 * Quốc phòng", "Thứ trưởng Ngoại giao", "Ngoại trưởng") blocks MINISTRY, but a full ministry name
 * after a title stays one ("Thứ trưởng Bộ Quốc phòng" → Bộ Quốc phòng). "Bộ Chính trị" is a politburo.
 */

const RULE_PRIORITY = 5;
const PORTFOLIO = alternationOf(PORTFOLIOS);
const MINISTRY = new RegExp(`(?<![\\p{L}\\p{M}])Bộ[ \\u00a0]+(?:${PORTFOLIO})(?![\\p{L}\\p{M}])`, 'gu');
const MINISTER_TITLE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:phó[ \\u00a0]+)?(?:bộ[ \\u00a0]+trưởng|thứ[ \\u00a0]+trưởng|ngoại[ \\u00a0]+trưởng)(?:[ \\u00a0]+(?!bộ[ \\u00a0])(?:${PORTFOLIO}))?(?![\\p{L}\\p{M}])`,
  'gu',
);
const NOT_MINISTRY = /(?<![\p{L}\p{M}])bộ[ \u00a0]+(?:chính[ \u00a0]+trị|tổng[ \u00a0]+tham[ \u00a0]+mưu|tư[ \u00a0]+lệnh|chỉ[ \u00a0]+huy|luật|quy[ \u00a0]+tắc)(?![\p{L}\p{M}])/gu;

export function ministryRules(ctx: RuleContext): { entities: EntityCandidate[]; blockers: Blocker[] } {
  const { text, key } = ctx;
  const entities: EntityCandidate[] = [];
  // Portfolios are matched case-insensitively on the key, "Bộ" with its capital on the text.
  const keyed = new RegExp(MINISTRY.source.replace('Bộ', 'bộ'), 'gu');
  for (let m = keyed.exec(key); m; m = keyed.exec(key)) {
    if (text[m.index] !== 'B') continue;
    let end = m.index + m[0].length;
    // the country written right after belongs to the span
    const country = ctx.lexiconCandidates.find((c) => c.type === 'PLACE' && c.start > end && spaced(text, end, c.start));
    if (country) end = country.end;
    const surface = text.slice(m.index, end).replace(/\s+/g, ' ');
    entities.push({ type: 'MINISTRY', start: m.index, end, source: 'rule', id: `rule:ministry/${surface}`, canonical: surface, attrs: {}, priority: RULE_PRIORITY });
  }
  const blockers: Blocker[] = [];
  for (const re of [MINISTER_TITLE, NOT_MINISTRY]) {
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      blockers.push({ start: m.index, end: m.index + m[0].length, blocks: ['MINISTRY'], reason: re === MINISTER_TITLE ? "a minister's title" : 'not a ministry' });
    }
  }
  return { entities, blockers };
}
