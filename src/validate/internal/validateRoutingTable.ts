import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import { createContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { checkCell } from "./validateCell.js";

/**
 * @internal
 * The issues `validatePractice` reports for one provider's routing table: first the table itself
 * (`checkTableHead`), then each cell in category order. A table not keyed by a provider is never used, so
 * its cells are not checked. Returns `[]` when there is no such table.
 */
export function validateRoutingTable(practice: Practice, providerId: Id): ValidationIssue[] {
  const context = createContext(practice);
  const issues = checkTableHead(practice, providerId);
  for (const category of MESSAGE_CATEGORIES) issues.push(...checkCell(context, providerId, category));
  return issues;
}

/**
 * The issue about a routing table as a whole (path `["routing", providerId]`): `not_a_provider` when its key
 * is not a provider, `inactive_provider_table` when that provider is inactive; `[]` when there is no table.
 */
export function checkTableHead(practice: Practice, providerId: Id): ValidationIssue[] {
  if (getOwn(practice.routing, providerId) === undefined) return [];
  const path = ["routing", providerId];
  const member = getOwn(practice.members, providerId);
  if (member === undefined) {
    const message = `The routing table "${providerId}" belongs to nobody in the practice, so it is never used.`;
    return [validationIssue("not_a_provider", path, message)];
  }
  if (member.role !== "provider") {
    const message = `The routing table "${providerId}" belongs to ${member.name}, who is not a provider, so it is never used.`;
    return [validationIssue("not_a_provider", path, message)];
  }
  if (!member.active) {
    const message = `${member.name} is inactive but has a routing table; it still applies to patients assigned to that provider.`;
    return [validationIssue("inactive_provider_table", path, message)];
  }
  return [];
}
