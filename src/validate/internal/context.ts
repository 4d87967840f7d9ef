import { getOwn } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";

/** What validation needs to know about one group, computed once per group. */
export interface GroupInfo {
  /** Every id the group lists, known or not, with the index where it is first listed (in list order). */
  readonly positions: ReadonlyMap<Id, number>;
  /** Whether at least one listed id is an active member. */
  readonly reachesActive: boolean;
}

/**
 * Per-run memo shared by the checkers: group facts and group overlaps are computed on first use, so a
 * whole-practice run is linear and a one-cell run only looks at the groups that cell names.
 */
export interface ValidationContext {
  readonly practice: Practice;
  readonly groups: Map<Id, GroupInfo | null>;
  readonly overlaps: Map<Id, Map<Id, readonly Id[]>>;
}

/** A fresh context for one validation run. */
export function createContext(practice: Practice): ValidationContext {
  return { practice, groups: new Map(), overlaps: new Map() };
}

/** The overlap of two groups that share nobody (most pairs): one list for all of them. */
const NO_IDS: readonly Id[] = Object.freeze([]);

/** Facts about a group, or `undefined` when no group has that id. */
export function groupInfo(context: ValidationContext, id: Id): GroupInfo | undefined {
  const cached = context.groups.get(id);
  if (cached !== undefined) return cached ?? undefined;
  const group = getOwn(context.practice.groups, id);
  if (group === undefined) {
    context.groups.set(id, null);
    return undefined;
  }
  const members = context.practice.members;
  const positions = new Map<Id, number>();
  let reachesActive = false;
  for (let index = 0; index < group.members.length; index += 1) {
    const memberId = group.members[index] as Id;
    if (positions.has(memberId)) continue;
    positions.set(memberId, index);
    reachesActive ||= getOwn(members, memberId)?.active === true;
  }
  const info: GroupInfo = { positions, reachesActive };
  context.groups.set(id, info);
  return info;
}

/** The ids group `a` lists that group `b` also lists, in `a`'s order without repeats. */
export function groupOverlap(context: ValidationContext, a: Id, b: Id): readonly Id[] {
  let row = context.overlaps.get(a);
  if (row === undefined) {
    row = new Map();
    context.overlaps.set(a, row);
  }
  const cached = row.get(b);
  if (cached !== undefined) return cached;
  const other = groupInfo(context, b)?.positions;
  const own = groupInfo(context, a)?.positions;
  const found: Id[] = [];
  if (other !== undefined && own !== undefined) for (const id of own.keys()) if (other.has(id)) found.push(id);
  const overlap = found.length === 0 ? NO_IDS : found;
  row.set(b, overlap);
  return overlap;
}
