import { getOwn } from "../../internal/own.js";
import { unknownRecipient } from "../../internal/recipients.js";
import { memberName } from "../../internal/words.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import type { Id, Member, Practice, Recipient } from "../../model/types.js";
import { createContext, groupInfo, type ValidationContext } from "./context.js";
import { findDuplicates } from "./duplicates.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { AFTER_HOURS, type CellOwner, cellLabel, cellPath } from "./names.js";

/**
 * @internal
 * The issues `validatePractice` reports for one routing cell, in the same order; `providerId` null means
 * `defaultRouting`, `AFTER_HOURS` means `afterHoursRouting`. Returns `[]` for a missing cell and for a table
 * whose key is not a provider (that table is reported once, as `not_a_provider`). Cost: the cell and the
 * groups it names.
 */
export function validateCell(practice: Practice, providerId: TableOwner, category: MessageCategory): ValidationIssue[] {
  return checkCell(createContext(practice), providerId, category, []);
}

/** The owner of a provider's, the default or the after-hours cell (location cells: `checkLocationTable`). */
type TableOwner = Exclude<CellOwner, { readonly location: Id }>;

/** `validateCell` sharing a run's memo, appending to `issues` (returned); also checks after-hours cells. */
export function checkCell(
  context: ValidationContext,
  providerId: TableOwner,
  category: MessageCategory,
  issues: ValidationIssue[],
): ValidationIssue[] {
  const { practice } = context;
  if (providerId === null || providerId === AFTER_HOURS) {
    const table = providerId === null ? practice.defaultRouting : (practice.afterHoursRouting ?? {});
    const cell = getOwn<readonly Recipient[]>(table, category);
    return cell === undefined ? issues : checkCellOf(context, providerId, undefined, category, cell, issues);
  }
  const table = getOwn(practice.routing, providerId);
  const provider = getOwn(practice.members, providerId);
  if (table === undefined || provider?.role !== "provider") return issues;
  const cell = getOwn(table, category);
  return cell === undefined ? issues : checkCellOf(context, providerId, provider, category, cell, issues);
}

/**
 * `checkCell` once the cell and its provider (a provider member, `undefined` for `defaultRouting`) are
 * known. Issues are built only for faults found; the cell's label is worded only when a message needs it.
 */
export function checkCellOf(
  context: ValidationContext,
  providerId: CellOwner,
  provider: Member | undefined,
  category: MessageCategory,
  cell: readonly Recipient[],
  issues: ValidationIssue[],
): ValidationIssue[] {
  const { practice } = context;
  const start = issues.length;
  const duplicates = cell.length > 1 ? findDuplicates(context, providerId, category, cell) : undefined;
  let reaches = false;
  let label: string | undefined;
  for (let index = 0; index < cell.length; index += 1) {
    const recipient = cell[index] as Recipient;
    let problem: string | null | undefined;
    let code: "unknown_member" | "unknown_group" | "inactive_recipient" = "unknown_member";
    if (recipient.type === "member") {
      const member = getOwn(practice.members, recipient.id);
      if (member === undefined) {
        label ??= cellLabel(practice, providerId, category);
        problem = `${label} names member "${recipient.id}", who is not in the practice.`;
      } else if (!member.active) {
        label ??= cellLabel(practice, providerId, category);
        code = "inactive_recipient";
        problem = `${label} names ${member.name}, who is inactive and receives nothing.`;
      }
    } else if (recipient.type === "group") {
      const info = groupInfo(context, recipient.id);
      if (info === undefined) {
        label ??= cellLabel(practice, providerId, category);
        code = "unknown_group";
        problem = `${label} names group "${recipient.id}", which does not exist.`;
      } else if (!info.reachesActive) problem = null;
    } else if (recipient.type === "assigned_provider") {
      if (provider?.active !== true) problem = null;
    } else if (recipient.type === "care_team") {
      problem = null; // the care team comes with the patient: validation cannot count on it
    } else throw unknownRecipient(recipient);
    if (problem === undefined) reaches = true;
    else if (problem !== null) issues.push(entryIssue(code, providerId, category, index, problem, recipient));
    const duplicate = duplicates?.get(index);
    if (duplicate !== undefined) {
      issues.push(entryIssue("duplicate_recipient", providerId, category, index, duplicate, recipient));
    }
  }
  if (reaches) return issues;
  label ??= cellLabel(practice, providerId, category);
  const cellIssue =
    providerId === null
      ? validationIssue(
          "default_reaches_nobody",
          ["defaultRouting", category],
          `${label} reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).`,
        )
      : providerId === AFTER_HOURS
        ? validationIssue(
            "after_hours_reaches_nobody",
            ["afterHoursRouting", category],
            `${label} reaches no active member for a patient without a provider, so while the practice is closed those messages take the usual route.`,
          )
        : typeof providerId === "object"
          ? validationIssue(
              "route_falls_back",
              cellPath(providerId, category),
              `${label} reaches no active member for a patient without a provider cell, so those messages fall back to the default ${CATEGORY_LABELS[category]} route.`,
            )
          : validationIssue(
              "route_falls_back",
              ["routing", providerId, category],
              `${label} reaches no active member, so ${memberName(practice, providerId)}'s patients fall back to ${practice.locationRouting === undefined ? "the default" : "their location's or the default"} ${CATEGORY_LABELS[category]} route.`,
            );
  issues.splice(start, 0, cellIssue);
  return issues;
}

/** An issue about the entry at `index` of a cell, keyed by what the entry is (see `issueKey`). */
function entryIssue(
  code: "unknown_member" | "unknown_group" | "inactive_recipient" | "duplicate_recipient",
  providerId: CellOwner,
  category: MessageCategory,
  index: number,
  message: string,
  recipient: Recipient,
): ValidationIssue {
  const path = [...cellPath(providerId, category), index];
  const subject = "id" in recipient ? [recipient.type, recipient.id] : [recipient.type];
  return validationIssue(code, path, message, subject);
}
