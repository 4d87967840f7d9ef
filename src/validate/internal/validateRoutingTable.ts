import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import { createContext, type ValidationContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { checkCellOf } from "./validateCell.js";

/**
 * @internal
 * The issues `validatePractice` reports for one provider's routing table: first the table itself
 * (`checkTableHead`), then each cell in category order. A table not keyed by a provider is never used, so
 * its cells are not checked. Returns `[]` when there is no such table.
 */
export function validateRoutingTable(practice: Practice, providerId: Id): ValidationIssue[] {
  return checkTable(createContext(practice), providerId, []);
}

/** `validateRoutingTable` sharing a run's memo, appending to `issues` (returned). */
export function checkTable(context: ValidationContext, providerId: Id, issues: ValidationIssue[]): ValidationIssue[] {
  const table = getOwn(context.practice.routing, providerId);
  if (table === undefined) return issues;
  checkTableHead(context.practice, providerId, issues);
  const provider = getOwn(context.practice.members, providerId);
  if (provider?.role !== "provider") return issues;
  for (const category of MESSAGE_CATEGORIES) {
    const cell = getOwn(table, category);
    if (cell !== undefined) checkCellOf(context, providerId, provider, category, cell, issues);
  }
  return issues;
}

/**
 * The issue about a routing table as a whole (path `["routing", providerId]`), appended to `issues`
 * (returned): `not_a_provider` when its key is not a provider, `inactive_provider_table` when that provider
 * is inactive; nothing when there is no table.
 */
export function checkTableHead(practice: Practice, providerId: Id, issues: ValidationIssue[]): ValidationIssue[] {
  if (getOwn(practice.routing, providerId) === undefined) return issues;
  const path = ["routing", providerId];
  const member = getOwn(practice.members, providerId);
  if (member === undefined) {
    const message = `The routing table "${providerId}" belongs to nobody in the practice, so it is never used.`;
    issues.push(validationIssue("not_a_provider", path, message));
  } else if (member.role !== "provider") {
    const message = `The routing table "${providerId}" belongs to ${member.name}, who is not a provider, so it is never used.`;
    issues.push(validationIssue("not_a_provider", path, message));
  } else if (!member.active) {
    const message = `${member.name} is inactive but has a routing table; it still applies to patients assigned to that provider.`;
    issues.push(validationIssue("inactive_provider_table", path, message));
  }
  return issues;
}
