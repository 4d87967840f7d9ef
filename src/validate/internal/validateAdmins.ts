import type { Practice } from "../../model/types.js";
import { type ValidationIssue, validationIssue } from "./issue.js";

/**
 * @internal
 * The `no_active_admin` issue (path `["members"]`) when no member is both active and an admin, else `[]`.
 * Cost: one pass over the members.
 */
export function validateAdmins(practice: Practice): ValidationIssue[] {
  for (const member of Object.values(practice.members)) {
    if (member.admin && member.active) return [];
  }
  return [
    validationIssue(
      "no_active_admin",
      ["members"],
      "No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
    ),
  ];
}
