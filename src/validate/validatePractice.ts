import { sortedKeys } from "../internal/own.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Issue, Practice, ValidationIssueCode } from "../model/types.js";
import { createContext } from "./internal/context.js";
import type { ValidationIssue } from "./internal/issue.js";
import { AFTER_HOURS } from "./internal/names.js";
import { validateAdmins } from "./internal/validateAdmins.js";
import { checkCell } from "./internal/validateCell.js";
import { validateCoverage } from "./internal/validateCoverage.js";
import { checkGroup } from "./internal/validateGroup.js";
import { checkLocationTable, checkMemberLocations } from "./internal/validateLocations.js";
import { checkTable } from "./internal/validateRoutingTable.js";
import { validateTime } from "./internal/validateTime.js";

/**
 * The result of {@link validatePractice}.
 *
 * @group Parsing
 */
export interface ValidationResult {
  /** `true` when no issue has severity `"error"` (warnings allowed). */
  readonly valid: boolean;
  /** Every issue found, in the documented order (see the Validation guide). */
  readonly issues: readonly Issue<ValidationIssueCode>[];
}

/**
 * Checks the meaning of a parsed practice (DESIGN.md sections 6 and 10): recipients and group members that do
 * not exist, tables not keyed by a provider, coverage problems, a missing active admin, a time zone `Intl`
 * does not know, opening hours and closures that cannot be read, locations that do not exist (errors), and routes that reach nobody,
 * inactive or repeated recipients, empty groups, a response promise without a schedule (warnings).
 * Validation has no clock: absences and opening hours are not considered when deciding what a route reaches.
 *
 * Issues come in config order: `timeZone`, `messaging`, `schedule` (weekdays Monday first, then closures in
 * id order), `afterHoursRouting` in category order, `members` (the admins, then members' locations), then `groups` in
 * id order, `routing` by provider id (the table, then its cells in category order), `locationRouting` by
 * location id (likewise), `defaultRouting` in category order, `coverage`
 * in id order. Within one place, an issue about the whole comes before issues about its parts, and parts keep
 * their order. One pass, linear in the size of the config.
 *
 * @param practice - A practice as returned by `parsePractice` (left untouched).
 * @returns `{valid, issues}`, deeply frozen.
 * @example
 * ```ts
 * validatePractice(samplePractice()).valid;
 * //=> true
 * ```
 *
 * @group Parsing
 */
export function validatePractice(practice: Practice): ValidationResult {
  const context = createContext(practice);
  const issues: ValidationIssue[] = validateTime(practice);
  for (const category of MESSAGE_CATEGORIES) checkCell(context, AFTER_HOURS, category, issues);
  issues.push(...validateAdmins(practice));
  checkMemberLocations(practice, issues);
  for (const groupId of sortedKeys(practice.groups)) checkGroup(context, groupId, issues);
  for (const providerId of sortedKeys(practice.routing)) checkTable(context, providerId, issues);
  for (const id of sortedKeys(practice.locationRouting ?? {})) checkLocationTable(context, id, issues);
  for (const category of MESSAGE_CATEGORIES) checkCell(context, null, category, issues);
  for (const issue of validateCoverage(practice)) issues.push(issue);
  const valid = !issues.some((issue) => issue.severity === "error");
  return Object.freeze({ valid, issues: Object.freeze(issues) }); // each issue is frozen when built
}
