import { compareIds, getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { locationOf } from "../../model/lookups.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import { createContext, type ValidationContext } from "./context.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { checkCellOf } from "./validateCell.js";

/**
 * @internal The `unknown_location` errors of members' `locations`, in member id order then list order,
 * appended to `issues` (returned).
 */
export function checkMemberLocations(practice: Practice, issues: ValidationIssue[]): ValidationIssue[] {
  // Only members with `locations` (usually few): no sort of every member id.
  const { members } = practice;
  const listed = Object.keys(members).filter((id) => members[id]?.locations !== undefined);
  for (const memberId of listed.sort(compareIds)) checkLocationsOf(practice, memberId, issues);
  return issues;
}

/** @internal The `unknown_location` errors of one member's `locations`, in list order, appended to `issues`. */
export function checkLocationsOf(practice: Practice, memberId: Id, issues: ValidationIssue[]): ValidationIssue[] {
  const ids = getOwn(practice.members, memberId)?.locations ?? [];
  ids.forEach((id, index) => {
    if (locationOf(practice, id) !== undefined) return;
    const message = `${memberName(practice, memberId)} works at location "${id}", which does not exist.`;
    issues.push(validationIssue("unknown_location", ["members", memberId, "locations", index], message, [id]));
  });
  return issues;
}

/** @internal The issues `validatePractice` reports for one location's table (`[]` when there is none). */
export function validateLocationTable(practice: Practice, id: Id): ValidationIssue[] {
  return checkLocationTable(createContext(practice), id, []);
}

/**
 * @internal The issues of one location's table: `unknown_location` when its key names no location (its cells
 * are then never used, so not checked), else each cell in category order. Appended to `issues` (returned).
 */
export function checkLocationTable(context: ValidationContext, id: Id, issues: ValidationIssue[]): ValidationIssue[] {
  const { practice } = context;
  const table = practice.locationRouting === undefined ? undefined : getOwn(practice.locationRouting, id);
  if (table === undefined) return issues;
  if (locationOf(practice, id) === undefined) {
    const message = `The routing table of location "${id}" belongs to no location of the practice, so it is never used.`;
    issues.push(validationIssue("unknown_location", ["locationRouting", id], message));
    return issues;
  }
  const owner = { location: id };
  for (const category of MESSAGE_CATEGORIES) {
    const cell = getOwn<readonly Recipient[]>(table, category);
    if (cell !== undefined) checkCellOf(context, owner, undefined, category, cell, issues);
  }
  return issues;
}
