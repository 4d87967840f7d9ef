import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import { createContext, groupInfo, type ValidationContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { capitalize, groupLabel } from "./names.js";

/**
 * @internal
 * The issues `validatePractice` reports for one group (`empty_group` first, then per listed member
 * `unknown_member`, `inactive_recipient`, `duplicate_recipient`), or `[]` when no group has that id.
 */
export function validateGroup(practice: Practice, groupId: Id): ValidationIssue[] {
  return checkGroup(createContext(practice), groupId);
}

/** `validateGroup` sharing a run's memo. */
export function checkGroup(context: ValidationContext, groupId: Id): ValidationIssue[] {
  const { practice } = context;
  const group = getOwn(practice.groups, groupId);
  const info = groupInfo(context, groupId);
  if (group === undefined || info === undefined) return [];
  const label = capitalize(groupLabel(practice, groupId));
  const issues: ValidationIssue[] = [];
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
  const seen = new Set<Id>();
  group.members.forEach((memberId, index) => {
    const path = ["groups", groupId, "members", index];
    const member = getOwn(practice.members, memberId);
    if (member === undefined) {
      issues.push(
        validationIssue("unknown_member", path, `${label} lists member "${memberId}", who is not in the practice.`, [
          memberId,
        ]),
      );
    } else if (!member.active) {
      issues.push(
        validationIssue(
          "inactive_recipient",
          path,
          `${label} lists ${member.name}, who is inactive and receives nothing.`,
          [memberId],
        ),
      );
    }
    if (seen.has(memberId)) {
      const name = memberName(practice, memberId);
      issues.push(validationIssue("duplicate_recipient", path, `${label} lists ${name} a second time.`, [memberId]));
    }
    seen.add(memberId);
  });
  return issues;
}
