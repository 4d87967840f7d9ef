import { deepFreeze } from "../../internal/freeze.js";
import { countText } from "../../internal/words.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice } from "../../model/types.js";
import type { AuditEntry, Edit, EditResult, RevertRecord } from "../types.js";
import { applyWrites } from "./applyWrites.js";
import type { Actor } from "./context.js";
import { introducedErrors } from "./introducedErrors.js";
import { actorName } from "./names.js";
import { type EditPlan, invalidEdit } from "./plan.js";
import { growsPastLimit } from "./size.js";

/** Everything needed to apply one change as an audited edit. */
export interface CommitInput {
  readonly practice: Practice;
  readonly plan: EditPlan;
  readonly actor: Actor;
  readonly edit: Edit | RevertRecord;
}

/**
 * The one way a practice changes: applies the plan's writes (see `applyWrites`), then refuses a revision or
 * a size the parser would refuse and validation errors the practice did not have, and builds the frozen
 * result with its audit entry. Nothing is returned changed unless every check passed.
 */
export function commit({ practice, plan, actor, edit }: CommitInput): EditResult {
  const { practice: next, patches, inversePatches } = applyWrites(practice, plan.writes, plan.exact === true);
  const audit = (revision: number, prefix: string): AuditEntry => ({
    at: actor.at,
    actor: actor.actor,
    practiceId: practice.id,
    edit,
    revision,
    summary: `${prefix}${actorName(practice, actor.actor)} ${plan.describe(practice, next)}`,
  });
  if (next === practice) {
    const entry = audit(practice.revision, "No change: ");
    return deepFreeze({ ok: true, practice, changed: false, patches: [], inversePatches: [], audit: entry });
  }
  if (practice.revision >= Number.MAX_SAFE_INTEGER) {
    return invalidEdit(
      ["revision"],
      `The practice is at revision ${practice.revision}, the highest one a config can hold.`,
    );
  }
  if (growsPastLimit(practice, next, patches, inversePatches, LIMITS.jsonBytes)) {
    return invalidEdit([], `The practice would be larger than the limit of ${LIMITS.jsonBytes} bytes of JSON.`);
  }
  const issues = introducedErrors(
    practice,
    next,
    patches.map((patch) => patch.path),
  );
  const [first] = issues;
  if (first !== undefined) {
    return deepFreeze({
      ok: false,
      error: {
        code: "introduces_errors",
        message: `The edit would introduce ${countText(issues.length, "validation error")}, first: ${first.message}`,
        issues,
      },
    });
  }
  return deepFreeze({
    ok: true,
    practice: next,
    changed: true,
    patches,
    inversePatches,
    audit: audit(next.revision, ""),
  });
}
