import { isMessageCategory, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, IssuePath, Practice, Recipient, RoutingTable } from "../model/types.js";
import { AFTER_HOURS, type CellOwner } from "./internal/names.js";
import type { ValidationScope } from "./validateScope.js";

interface Draft {
  admins: boolean;
  readonly groups: Set<Id>;
  readonly tables: Set<Id>;
  readonly cells: Map<CellOwner, Set<MessageCategory>>;
  readonly coverage: Set<Id>;
  readonly locationTables: Set<Id>;
  readonly memberLocations: Set<Id>;
  cycles: boolean;
  time: boolean;
  /** Members whose existence or `active` changed: what lists or names them may reach differently. */
  readonly reach: Set<Id>;
  /** Groups whose existence, list or reach changed: cells naming them may reach differently. */
  readonly named: Set<Id>;
  /** Members added or removed: coverage entries naming them may change. */
  readonly existence: Set<Id>;
  /** Locations whose existence changed (`"all"`: any of them): members listing them may change. */
  sites: Set<Id> | "all";
}

/**
 * The parts of a practice whose issues an edit can change, from the paths it wrote (`["members", "kjones", "active"]`,
 * `["coverage", "c1"]`…) and the practice after the edit. Every other part has the same issues before and after,
 * so validating this scope on both sides finds every difference. A cell write checks that cell; a group write, the
 * group and the cells naming it; a member's `active`, the admins, the groups listing the member, the cells naming it
 * or those groups, and its own table; a member's `name` nothing; a member's `locations`, that list; a location
 * (added or removed), its table and the members listing it; a location table or cell, that table (whole). An
 * unknown path gives `"full"`. `only: "errors"`
 * skips what only warnings depend on (what a group's list or a member's `active` reaches), and a pass over all cells.
 *
 * @param after - The practice after the edit.
 * @param paths - The config paths the edit wrote (immer patch paths).
 * @param only - `"issues"` (default) or `"errors"`: which differences must be found.
 * @returns The scope to validate on both sides, or `"full"`.
 * @example
 * ```ts
 * scopeOfWrites(practice, [["members"]]); // the whole members record: not a path it knows
 * //=> "full"
 * ```
 */
export function scopeOfWrites(
  after: Practice,
  paths: readonly IssuePath[],
  only: "issues" | "errors" = "issues",
): ValidationScope | "full" {
  const draft: Draft = {
    admins: false,
    groups: new Set(),
    tables: new Set(),
    cells: new Map(),
    coverage: new Set(),
    locationTables: new Set(),
    memberLocations: new Set(),
    cycles: false,
    time: false,
    reach: new Set(),
    named: new Set(),
    existence: new Set(),
    sites: new Set(),
  };
  for (const path of paths) if (!addWrite(draft, path, only === "errors", after)) return "full";
  if (draft.reach.size > 0) addGroupsListing(draft, after);
  if (draft.reach.size > 0 || draft.named.size > 0) addCellsNaming(draft, after);
  if (draft.existence.size > 0) addCoverageNaming(draft, after);
  if (draft.sites === "all" || draft.sites.size > 0) addMembersListing(draft, after);
  const { reach, named, existence, sites, locationTables, memberLocations, ...scope } = draft;
  return {
    ...scope,
    ...(locationTables.size > 0 ? { locationTables } : {}),
    ...(memberLocations.size > 0 ? { memberLocations } : {}),
  };
}

function addCell(draft: Draft, providerId: CellOwner, categories: readonly MessageCategory[]): void {
  const set = draft.cells.get(providerId) ?? new Set();
  for (const category of categories) set.add(category);
  draft.cells.set(providerId, set);
}

/** Records what one written path can change; `false` when the path is not one this function knows. */
function addWrite(draft: Draft, path: IssuePath, errorsOnly: boolean, after: Practice): boolean {
  const [root, key, field] = path;
  switch (root) {
    case "revision":
      return true;
    case "messaging":
      if (key === undefined || key === "responseBusinessDays") draft.time = true;
      return true;
    case "timeZone":
    case "schedule":
      draft.time = true;
      return true;
    case "afterHoursRouting":
      if (key !== undefined && !isMessageCategory(key)) return false;
      addCell(draft, AFTER_HOURS, key === undefined ? MESSAGE_CATEGORIES : [key]);
      return true;
    case "defaultRouting":
      if (key !== undefined && !isMessageCategory(key)) return false;
      addCell(draft, null, key === undefined ? MESSAGE_CATEGORIES : [key]);
      return true;
    case "routing":
      if (typeof key !== "string" || (field !== undefined && !isMessageCategory(field))) return false;
      draft.tables.add(key);
      addCell(draft, key, field === undefined ? MESSAGE_CATEGORIES : [field]);
      return true;
    case "groups":
      if (typeof key !== "string") return false;
      draft.groups.add(key);
      if (field === undefined || !errorsOnly) draft.named.add(key);
      return true;
    case "coverage":
      if (typeof key !== "string") return false;
      draft.coverage.add(key);
      draft.cycles = true;
      return true;
    case "members":
      return typeof key === "string" && addMemberWrite(draft, key, field, errorsOnly);
    case "locations":
    case "locationRouting":
      return addLocationWrite(draft, path, after);
    default:
      return false;
  }
}

/**
 * A write under `locations` or `locationRouting`. A location's existence changes its table and the members
 * listing it; a table write checks that table whole. A write of the whole `locationRouting` gives `"full"`.
 */
function addLocationWrite(draft: Draft, path: IssuePath, after: Practice): boolean {
  const [root, key, field] = path;
  if (key === undefined) {
    // The tables `after` no longer has are unknown here: the whole practice is checked (rare: the last table goes).
    if (root === "locationRouting") return false;
    for (const id of Object.keys(after.locationRouting ?? {})) draft.locationTables.add(id);
    draft.sites = "all"; // root is "locations": the "locationRouting" case returned above
    return true;
  }
  if (typeof key !== "string") return false;
  if (root === "locations") {
    if (field === "name") return true;
    if (field !== undefined) return false;
    if (draft.sites !== "all") draft.sites.add(key);
  } else if (field !== undefined && !isMessageCategory(field)) return false;
  draft.locationTables.add(key);
  return true;
}

function addMemberWrite(draft: Draft, id: Id, field: string | number | undefined, errorsOnly: boolean): boolean {
  if (field === "name") return true;
  if (field === "locations" || field === undefined) draft.memberLocations.add(id);
  if (field === "locations") return true;
  if (field !== undefined && field !== "admin" && field !== "active" && field !== "role") return false;
  if (field !== "role") draft.admins = true;
  if (field !== "admin") {
    draft.tables.add(id);
    addCell(draft, id, MESSAGE_CATEGORIES);
  }
  if (field === undefined || (field === "active" && !errorsOnly)) draft.reach.add(id);
  if (field === undefined) {
    draft.existence.add(id);
    draft.cycles = true;
  }
  return true;
}

/** Adds the groups that list a member of `draft.reach`: their reach may change too. */
function addGroupsListing(draft: Draft, practice: Practice): void {
  for (const [groupId, group] of Object.entries(practice.groups)) {
    if (!group.members.some((id) => draft.reach.has(id))) continue;
    draft.groups.add(groupId);
    draft.named.add(groupId);
  }
}

/** Adds the members whose `locations` list a location of `draft.sites` (or any location, for `"all"`). */
function addMembersListing(draft: Draft, practice: Practice): void {
  const { sites } = draft;
  for (const [memberId, member] of Object.entries(practice.members)) {
    if (member.locations?.some((id) => sites === "all" || sites.has(id)) === true) draft.memberLocations.add(memberId);
  }
}

/** Adds the coverage entries that name a member of `draft.existence`. */
function addCoverageNaming(draft: Draft, practice: Practice): void {
  for (const [coverageId, entry] of Object.entries(practice.coverage)) {
    const { member, coveredBy } = entry;
    if (draft.existence.has(member) || (coveredBy !== undefined && draft.existence.has(coveredBy)))
      draft.coverage.add(coverageId);
  }
}

/** Adds every cell that names a member of `draft.reach` or a group of `draft.named` (one pass, no copies). */
function addCellsNaming(draft: Draft, practice: Practice): void {
  const { reach, named } = draft;
  const names = (cell: readonly Recipient[] | undefined): boolean => {
    for (const recipient of cell ?? []) {
      if (recipient.type === "group" ? named.has(recipient.id) : recipient.type === "member" && reach.has(recipient.id))
        return true;
    }
    return false;
  };
  for (const providerId in practice.routing) {
    const table = practice.routing[providerId] as RoutingTable;
    for (const category of MESSAGE_CATEGORIES) if (names(table[category])) addCell(draft, providerId, [category]);
  }
  for (const locationId in practice.locationRouting) {
    const table = practice.locationRouting[locationId] as RoutingTable;
    if (MESSAGE_CATEGORIES.some((category) => names(table[category]))) draft.locationTables.add(locationId);
  }
  const afterHours = practice.afterHoursRouting;
  if (afterHours !== undefined) {
    for (const category of MESSAGE_CATEGORIES) if (names(afterHours[category])) addCell(draft, AFTER_HOURS, [category]);
  }
  for (const category of MESSAGE_CATEGORIES)
    if (names(practice.defaultRouting[category])) addCell(draft, null, [category]);
}
