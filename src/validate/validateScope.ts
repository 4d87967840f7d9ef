import { compareIds } from "../internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Issue, Practice, ValidationIssueCode } from "../model/types.js";
import { createContext } from "./internal/context.js";
import { AFTER_HOURS, type CellOwner } from "./internal/names.js";
import { validateAdmins } from "./internal/validateAdmins.js";
import { checkCell } from "./internal/validateCell.js";
import { checkCoverage } from "./internal/validateCoverage.js";
import { checkGroup } from "./internal/validateGroup.js";
import { checkLocationsOf, checkLocationTable } from "./internal/validateLocations.js";
import { checkTableHead } from "./internal/validateRoutingTable.js";
import { validateTime } from "./internal/validateTime.js";
import { validatePractice } from "./validatePractice.js";

/**
 * Parts of a practice to validate. Every issue `validatePractice` reports belongs to exactly one part: the
 * admins (`["members"]`), a member's `locations`, a group, a routing table as a whole (`["routing", id]`), a
 * cell, a location table (whole: the table and its cells), a coverage entry's fields, or the coverage cycles
 * (one part: a cycle involves several entries).
 */
export interface ValidationScope {
  readonly admins: boolean;
  readonly groups: ReadonlySet<Id>;
  /** Routing tables as a whole (`not_a_provider`, `inactive_provider_table`), by provider id. */
  readonly tables: ReadonlySet<Id>;
  /** Cells by provider id, `null` for `defaultRouting`, `AFTER_HOURS` for `afterHoursRouting`. */
  readonly cells: ReadonlyMap<CellOwner, ReadonlySet<MessageCategory>>;
  /** Coverage entries whose own fields are checked. */
  readonly coverage: ReadonlySet<Id>;
  readonly cycles: boolean;
  /** The time settings: time zone, schedule, response promise. */
  readonly time?: boolean;
  /** Location tables checked whole (`unknown_location` for the table, else its cells), by location id. */
  readonly locationTables?: ReadonlySet<Id>;
  /** Members whose `locations` are checked (`unknown_location`), by member id. */
  readonly memberLocations?: ReadonlySet<Id>;
}

/**
 * The issues `validatePractice` reports for the parts in `scope`, in the same order; `"full"` validates the
 * whole practice. Costs what those parts cost (a cell costs the cell and the groups it names), except that
 * `cycles` looks at every coverage entry.
 *
 * @param practice - A parsed practice (left untouched).
 * @param scope - The parts to check, or `"full"`.
 * @returns The issues of those parts.
 * @example
 * ```ts
 * const cells = new Map([[null, new Set(["test_results"] as const)]]);
 * const scope = { admins: false, groups: new Set(), tables: new Set(), cells, coverage: new Set(), cycles: false };
 * validateScope(samplePractice(), scope).map((issue) => issue.code);
 * //=> ["default_reaches_nobody"]
 * ```
 */
export function validateScope(
  practice: Practice,
  scope: ValidationScope | "full",
): readonly Issue<ValidationIssueCode>[] {
  if (scope === "full") return validatePractice(practice).issues;
  const context = createContext(practice);
  const issues = scope.time === true ? validateTime(practice) : [];
  const afterHours = scope.cells.get(AFTER_HOURS);
  for (const category of MESSAGE_CATEGORIES) {
    if (afterHours?.has(category) === true) checkCell(context, AFTER_HOURS, category, issues);
  }
  if (scope.admins) issues.push(...validateAdmins(practice));
  for (const id of [...(scope.memberLocations ?? [])].sort(compareIds)) checkLocationsOf(practice, id, issues);
  for (const groupId of [...scope.groups].sort(compareIds)) checkGroup(context, groupId, issues);
  const providers = new Set<Id>(scope.tables);
  for (const owner of scope.cells.keys()) if (typeof owner === "string") providers.add(owner);
  for (const providerId of [...providers].sort(compareIds)) {
    if (scope.tables.has(providerId)) checkTableHead(practice, providerId, issues);
    const categories = scope.cells.get(providerId);
    for (const category of MESSAGE_CATEGORIES) {
      if (categories?.has(category) === true) checkCell(context, providerId, category, issues);
    }
  }
  for (const id of [...(scope.locationTables ?? [])].sort(compareIds)) checkLocationTable(context, id, issues);
  const defaults = scope.cells.get(null);
  for (const category of MESSAGE_CATEGORIES) {
    if (defaults?.has(category) === true) checkCell(context, null, category, issues);
  }
  if (scope.coverage.size > 0 || scope.cycles) issues.push(...checkCoverage(practice, scope.coverage, scope.cycles));
  return issues;
}
