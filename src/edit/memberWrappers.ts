import type { Coverage, Group, Id, Member, Practice } from "../model/types.js";
import { applyEdit } from "./applyEdit.js";
import type { EditContext, EditResult } from "./types.js";

/**
 * Staff turnover in one edit: `applyEdit` with `{type: "replace_member", from, to}`.
 *
 * @param practice - The current practice.
 * @param from - The member leaving.
 * @param to - The member taking over.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = replaceMember(samplePractice(), "kjones", "lpatel", { actor: "jsmith" });
 * result.ok && result.practice.groups["front-desk"]?.members;
 * //=> ["jsmith", "lpatel"]
 * ```
 */
export function replaceMember(practice: Practice, from: Id, to: Id, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "replace_member", from, to }, ctx);
}

/**
 * Adds or replaces a member: `applyEdit` with `{type: "upsert_member", id, member}`.
 *
 * @param practice - The current practice.
 * @param id - The member's id.
 * @param member - The member's full record.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const member = { name: "Ann Lee", role: "staff", admin: false, active: true } as const;
 * const result = upsertMember(samplePractice(), "alee", member, { actor: "jsmith" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith added staff member Ann Lee."
 * ```
 */
export function upsertMember(practice: Practice, id: Id, member: Member, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "upsert_member", id, member }, ctx);
}

/**
 * Activates or deactivates a member: `applyEdit` with `{type: "set_member_active", id, active}`.
 *
 * @param practice - The current practice.
 * @param id - The member's id.
 * @param active - The new active flag.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = setMemberActive(samplePractice(), "jsmith", false, { actor: "jsmith" });
 * result.ok ? "done" : result.error.code;
 * //=> "introduces_errors"
 * ```
 */
export function setMemberActive(practice: Practice, id: Id, active: boolean, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "set_member_active", id, active }, ctx);
}

/**
 * Adds or replaces a group: `applyEdit` with `{type: "upsert_group", id, group}`.
 *
 * @param practice - The current practice.
 * @param id - The group's id.
 * @param group - The group's name and members.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = upsertGroup(samplePractice(), "billing", { name: "Billing", members: ["kjones"] }, { actor: "jsmith" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith created group Billing with Kim Jones."
 * ```
 */
export function upsertGroup(practice: Practice, id: Id, group: Group, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "upsert_group", id, group }, ctx);
}

/**
 * Removes a group no routing cell names: `applyEdit` with `{type: "remove_group", id}`.
 *
 * @param practice - The current practice.
 * @param id - The group's id.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = removeGroup(samplePractice(), "nurses", { actor: "jsmith" });
 * result.ok ? "done" : result.error.code;
 * //=> "introduces_errors"
 * ```
 */
export function removeGroup(practice: Practice, id: Id, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "remove_group", id }, ctx);
}

/**
 * Adds a dated absence: `applyEdit` with `{type: "add_coverage", id, coverage}`.
 *
 * @param practice - The current practice.
 * @param id - A coverage id not used yet.
 * @param coverage - The absence.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const away = { member: "lpatel", from: "2026-07-01T00:00:00Z", until: "2026-07-15T00:00:00Z", coveredBy: "kjones" };
 * const result = addCoverage(samplePractice(), "c2", away, { actor: "jsmith" });
 * result.ok && Object.keys(result.practice.coverage);
 * //=> ["c1", "c2"]
 * ```
 */
export function addCoverage(practice: Practice, id: Id, coverage: Coverage, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "add_coverage", id, coverage }, ctx);
}

/**
 * Removes a coverage entry: `applyEdit` with `{type: "remove_coverage", id}`.
 *
 * @param practice - The current practice.
 * @param id - The coverage id.
 * @param ctx - Who edits and when.
 * @returns The {@link EditResult}.
 * @example
 * ```ts
 * const result = removeCoverage(samplePractice(), "c1", { actor: "jsmith" });
 * result.ok && result.practice.coverage;
 * //=> {}
 * ```
 */
export function removeCoverage(practice: Practice, id: Id, ctx: EditContext): EditResult {
  return applyEdit(practice, { type: "remove_coverage", id }, ctx);
}
