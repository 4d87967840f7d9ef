import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import { createContext, type ValidationContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { checkCell } from "./validateCell.js";

/**
 * @internal
 * The issues `validatePractice` reports for one provider's routing table: first the table itself
 * (`not_a_provider` or `inactive_provider_table`, path `["routing", providerId]`), then each cell in
 * category order. A table not keyed by a provider is never used, so its cells are not checked.
 * Returns `[]` when there is no such table.
 */
export function validateRoutingTable(practice: Practice, providerId: Id): ValidationIssue[] {
  return checkRoutingTable(createContext(practice), providerId);
}

/** `validateRoutingTable` sharing a run's memo. */
export function checkRoutingTable(context: ValidationContext, providerId: Id): ValidationIssue[] {
  const { practice } = context;
  if (getOwn(practice.routing, providerId) === undefined) return [];
  const path = ["routing", providerId];
  const member = getOwn(practice.members, providerId);
  if (member === undefined) {
    return [
      validationIssue(
        "not_a_provider",
        path,
        `The routing table "${providerId}" belongs to nobody in the practice, so it is never used.`,
      ),
    ];
  }
  if (member.role !== "provider") {
    return [
      validationIssue(
        "not_a_provider",
        path,
        `The routing table "${providerId}" belongs to ${member.name}, who is not a provider, so it is never used.`,
      ),
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!member.active) {
    issues.push(
      validationIssue(
        "inactive_provider_table",
        path,
        `${member.name} is inactive but has a routing table; it still applies to patients assigned to that provider.`,
      ),
    );
  }
  for (const category of MESSAGE_CATEGORIES) issues.push(...checkCell(context, providerId, category));
  return issues;
}
