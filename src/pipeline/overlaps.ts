import type { Blocker } from '../lang/adapter.js';
import type { AnnotationType } from '../types.js';

/** Anything that claims a span: an entity or a date. */
export interface SpanCandidate {
  start: number;
  end: number;
  type: AnnotationType;
  priority: number;
}

/** Type order for equal spans of equal priority: the more specific reading wins. */
const TYPE_RANK: Record<AnnotationType, number> = { MINISTRY: 4, DATE: 3, PLACE: 2, PERSON: 1 };

/**
 * Resolve overlaps: drop candidates that a blocker forbids (see `isBlocked`), then keep the longest spans first
 * (ties: priority, then type rank, then earlier start), skipping any that overlap a kept one.
 * The result is sorted by start and has no overlapping spans. Deterministic for equal input.
 */
export function resolveOverlaps<T extends SpanCandidate>(candidates: readonly T[], blockers: readonly Blocker[] = []): T[] {
  let allowed: T[];
  if (blockers.length === 0) allowed = [...candidates];
  else {
    const index = indexBlockers(blockers);
    allowed = candidates.filter((c) => !isBlocked(c, index));
  }
  allowed.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.priority - a.priority ||
      TYPE_RANK[b.type] - TYPE_RANK[a.type] ||
      a.start - b.start,
  );
  // Occupancy by position: O(total kept length), no quadratic interval scans.
  const taken = new Uint8Array(maxEnd(allowed));
  const kept: T[] = [];
  outer: for (const c of allowed) {
    if (c.end <= c.start) continue;
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function maxEnd(cs: readonly SpanCandidate[]): number {
  let m = 0;
  for (const c of cs) if (c.end > m) m = c.end;
  return m;
}

interface BlockerIndex {
  /** Blockers sorted by start. */
  sorted: Blocker[];
  starts: Int32Array;
  longest: number;
}

function indexBlockers(blockers: readonly Blocker[]): BlockerIndex {
  const sorted = [...blockers].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const b of sorted) longest = Math.max(longest, b.end - b.start);
  return { sorted, starts: Int32Array.from(sorted.map((b) => b.start)), longest };
}

/** The first index whose start is ≥ `value`. */
function lowerBound(a: Int32Array, value: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A blocker removes candidates that overlap it without containing it: 俄罗斯国防部 is cut by the title
 * 国防部长, but 英国外交大臣办公室 (a ministry whose name contains a title) stands. Only blockers that
 * can reach the candidate are looked at, so the cost stays linear in the text, not candidates × blockers.
 */
function isBlocked(c: SpanCandidate, index: BlockerIndex): boolean {
  const from = lowerBound(index.starts, c.start - index.longest + 1);
  for (let i = from; i < index.sorted.length; i++) {
    const b = index.sorted[i]!;
    if (b.start >= c.end) break;
    if (!b.blocks.includes(c.type) || b.end <= c.start) continue;
    const contains = c.start <= b.start && c.end >= b.end && c.end - c.start > b.end - b.start;
    if (!contains) return true;
  }
  return false;
}
