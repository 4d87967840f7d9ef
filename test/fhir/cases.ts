// Generated inputs of the FHIR properties: resolutions with pools, and audit entries.
import * as fc from "fast-check";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { AuditEntry, EditContext } from "../../src/edit/types.js";
import type { Practice } from "../../src/model/types.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { Resolution } from "../../src/resolve/types.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";
import { withSitesArbitrary } from "./support.js";

const AT = "2026-05-01T09:00:00Z";

export interface Pool {
  readonly groupId: string;
  readonly members: readonly string[];
}

/**
 * A practice, a resolution of it, and pools for that resolution: the resolver's own when it has them, else
 * pools drawn from the practice's groups (each the group's members among the recipients), so `pool_task` is
 * exercised whether or not the practice has pool groups.
 */
export const resolutionCases = practiceArbitrary({ messaging: "on", disabledCategories: false })
  .chain(withSitesArbitrary)
  .chain((practice) =>
    fc.tuple(
      fc.constant(practice),
      fc.oneof(resolveInputArbitrary(practice), resolveInputArbitrary(practice, { patient: true })),
      fc.subarray(Object.keys(practice.groups)),
    ),
  )
  .map(([practice, input, groupIds]): [Practice, Resolution, readonly Pool[]] => {
    const resolution = resolveRecipients(practice, { ...input, at: input.at ?? "2026-06-01T12:00:00Z" });
    if (!resolution.ok || resolution.pools.length > 0)
      return [practice, resolution, resolution.ok ? resolution.pools : []];
    const pools = groupIds
      .map((groupId) => ({
        groupId,
        members: resolution.recipients.filter((id) => practice.groups[groupId]?.members.includes(id)),
      }))
      .filter((pool) => pool.members.length > 0);
    return [practice, { ...resolution, pools }, pools];
  });

/** The practice's first active admin (generated practices always have one). */
const adminOf = (practice: Practice) =>
  Object.keys(practice.members).find((id) => practice.members[id]?.admin && practice.members[id]?.active) as string;

/**
 * Audit entries of generated edits: by an admin or by a system actor, applied to a generated practice, and
 * sometimes reverted (a revert's entry carries a RevertRecord). Refused edits leave no entry.
 */
export const auditEntries = practiceArbitrary()
  .chain((practice) => fc.tuple(fc.constant(practice), editArbitrary(practice), fc.boolean(), fc.boolean()))
  .map(([practice, edit, bySystem, revert]): [Practice, AuditEntry | undefined] => {
    const context: EditContext = bySystem
      ? { actor: { system: "hr-sync" }, at: AT, allowSystemActors: true }
      : { actor: adminOf(practice), at: AT };
    const result = applyEdit(practice, edit, context);
    if (!result.ok) return [practice, undefined];
    if (!revert) return [result.practice, result.audit];
    const undone = revertEdit(result.practice, result, { ...context, at: "2026-05-02T10:30:00.5+02:00" });
    return undone.ok ? [undone.practice, undone.audit] : [result.practice, result.audit];
  });
