import type { Id, Member, Practice } from "../../model/types.js";
import type { Resolution } from "../../resolve/types.js";

// Sites and pools (DESIGN.md section 12), read defensively: a practice or resolution without them reads as having none.

/** A pool of a successful resolution: recipients who share one copy in the group's queue. */
export interface Pool {
  readonly groupId: Id;
  readonly members: readonly Id[];
}

/** The practice's locations (empty when it has none). */
export function locationsOf(practice: Practice): Readonly<Record<Id, { readonly name: string }>> {
  return (practice as { readonly locations?: Readonly<Record<Id, { readonly name: string }>> }).locations ?? {};
}

/** The member's location ids (empty when none). */
export function memberLocations(member: Member): readonly Id[] {
  return (member as { readonly locations?: readonly Id[] }).locations ?? [];
}

/** A group's delivery, `"each"` when absent. */
export function deliveryOf(group: object): string {
  return (group as { readonly delivery?: string }).delivery ?? "each";
}

/** The pools of a resolution (empty for a failure, or a resolution without pools). */
export function poolsOf(resolution: Resolution): readonly Pool[] {
  return resolution.ok ? ((resolution as { readonly pools?: readonly Pool[] }).pools ?? []) : [];
}
