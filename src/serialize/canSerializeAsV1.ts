import { sortedKeys as keysOf } from "../internal/own.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Practice, RoutingTable } from "../model/types.js";

/**
 * The answer of {@link canSerializeAsV1}.
 *
 * @group Parsing
 */
export type CanSerializeAsV1Result =
  | {
      /** The practice uses no field of version 2 beyond `timeZone: "UTC"`. */
      readonly ok: true;
    }
  | {
      /** The practice uses fields version 1 cannot hold. */
      readonly ok: false;
      /**
       * Where, in config order: at most one per group, routing cell and coverage entry (a cell holding
       * `care_team` is named by its path, e.g. `["defaultRouting", "general_inquiry"]`).
       */
      readonly paths: readonly (readonly (string | number)[])[];
    };

/** The paths of the cells of `table` that hold a `care_team` recipient, in category order. */
function careTeamCells(table: RoutingTable, at: readonly string[]): (readonly string[])[] {
  return MESSAGE_CATEGORIES.filter((category) => table[category]?.some((entry) => entry.type === "care_team")).map(
    (category) => [...at, category],
  );
}

/**
 * Tells whether a practice can be written as format version 1: its time zone is `"UTC"` and it has no
 * schedule, after-hours table, response promise, recipient display switch, eligibility rule, patient label,
 * group delivery, location, location table, member locations, `care_team` recipient or absence without cover.
 *
 * @param practice - A parsed practice.
 * @returns `{ok: true}`, or `{ok: false, paths}` naming every field version 1 cannot hold.
 * @example
 * ```ts
 * const answer = canSerializeAsV1(samplePractice());
 * answer.ok ? [] : answer.paths[0];
 * //=> ["timeZone"]
 * ```
 *
 * @group Parsing
 */
export function canSerializeAsV1(practice: Practice): CanSerializeAsV1Result {
  const paths: (readonly (string | number)[])[] = [];
  const { messaging } = practice;
  if (practice.timeZone !== "UTC") paths.push(["timeZone"]);
  if (messaging.showRecipientsToPatients !== undefined) paths.push(["messaging", "showRecipientsToPatients"]);
  if (messaging.responseBusinessDays !== undefined) paths.push(["messaging", "responseBusinessDays"]);
  if (messaging.eligibility !== undefined) paths.push(["messaging", "eligibility"]);
  if (practice.schedule !== undefined) paths.push(["schedule"]);
  if (practice.afterHoursRouting !== undefined) paths.push(["afterHoursRouting"]);
  if (practice.locations !== undefined) paths.push(["locations"]);
  for (const id of keysOf(practice.members)) {
    if (practice.members[id]?.locations !== undefined) paths.push(["members", id, "locations"]);
  }
  for (const id of keysOf(practice.groups)) {
    const group = practice.groups[id];
    if (group?.patientLabel !== undefined) paths.push(["groups", id, "patientLabel"]);
    else if (group?.delivery !== undefined) paths.push(["groups", id, "delivery"]);
  }
  for (const id of keysOf(practice.routing)) paths.push(...careTeamCells(practice.routing[id] ?? {}, ["routing", id]));
  if (practice.locationRouting !== undefined) paths.push(["locationRouting"]);
  paths.push(...careTeamCells(practice.defaultRouting, ["defaultRouting"]));
  for (const id of keysOf(practice.coverage)) {
    if (practice.coverage[id]?.coveredBy === undefined) paths.push(["coverage", id, "coveredBy"]);
  }
  return Object.freeze(paths.length === 0 ? { ok: true } : { ok: false, paths: Object.freeze(paths) });
}
