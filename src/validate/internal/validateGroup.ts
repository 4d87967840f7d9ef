import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import { createContext, groupInfo, type ValidationContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";

/**
 * @internal
 * The issues `validatePractice` reports for one group (`empty_group` first, then per listed member
 * `unknown_member`, `inactive_recipient`, `duplicate_recipient`), or `[]` when no group has that id.
 */
export function validateGroup(practice: Practice, groupId: Id): ValidationIssue[] {
  return checkGroup(createContext(practice), groupId, []);
}

/** `validateGroup` sharing a run's memo, appending to `issues` (returned). */
export function checkGroup(context: ValidationContext, groupId: Id, issues: ValidationIssue[]): ValidationIssue[] {
  const { practice } = context;
  const group = getOwn(practice.groups, groupId);
  const info = groupInfo(context, groupId);
  if (group === undefined || info === undefined) return issues;
  const label = `The ${group.name} group`;
  if (!info.reachesActive) {
    issues.push(
      validationIssue(
        "empty_group",
        ["groups", groupId, "members"],
        group.members.length === 0
          ? `${label} has no members, so routes that name it reach nobody through it.`
          : `${label} has no active members, so routes that name it reach nobody through it.`,
      ),
    );
  }
  for (let index = 0; index < group.members.length; index += 1) {
    const memberId = group.members[index] as Id;
    const member = getOwn(practice.members, memberId);
    if (member === undefined) {
      const message = `${label} lists member "${memberId}", who is not in the practice.`;
      issues.push(listedIssue("unknown_member", groupId, index, message, memberId));
    } else if (!member.active) {
      const message = `${label} lists ${member.name}, who is inactive and receives nothing.`;
      issues.push(listedIssue("inactive_recipient", groupId, index, message, memberId));
    }
    if (info.positions.get(memberId) !== index) {
      const message = `${label} lists ${memberName(practice, memberId)} a second time.`;
      issues.push(listedIssue("duplicate_recipient", groupId, index, message, memberId));
    }
  }
  return issues;
}

/** An issue about the member listed at `index` of a group, keyed by that member (see `issueKey`). */
function listedIssue(
  code: "unknown_member" | "inactive_recipient" | "duplicate_recipient",
  groupId: Id,
  index: number,
  message: string,
  memberId: Id,
): ValidationIssue {
  return validationIssue(code, ["groups", groupId, "members", index], message, [memberId]);
}
