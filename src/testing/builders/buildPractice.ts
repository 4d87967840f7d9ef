import { parsePractice, validatePractice } from "../../index.js";
import type { Practice } from "../../model/types.js";
import { buildCoverage } from "./internal/absences.js";
import { buildLocationRouting, buildLocations, checkMemberLocations } from "./internal/locations.js";
import { buildGroups, buildMembers } from "./internal/members.js";
import { misuse } from "./internal/misuse.js";
import { buildAfterHoursRouting, buildDefaultRouting, buildRouting } from "./internal/routes.js";
import { buildSchedule } from "./internal/schedule.js";
import type { BuildPracticeOptions } from "./types.js";

function messagingOf(options: BuildPracticeOptions): Practice["messaging"] {
  const option = options.messaging;
  const given = typeof option === "boolean" ? { patientInitiated: option } : (option ?? {});
  const days = options.responseBusinessDays ?? given.responseBusinessDays;
  const show = options.showRecipientsToPatients ?? given.showRecipientsToPatients;
  const eligibility = options.eligibility ?? given.eligibility;
  return {
    patientInitiated: given.patientInitiated ?? true,
    patientReplies: given.patientReplies ?? true,
    disabledCategories: [...(given.disabledCategories ?? [])],
    ...(show === undefined ? {} : { showRecipientsToPatients: show }),
    ...(days === undefined ? {} : { responseBusinessDays: days }),
    ...(eligibility === undefined ? {} : { eligibility }),
  };
}

/**
 * Builds a valid practice for an example-based test in one readable expression.
 *
 * Defaults, so that a test states only what it is about: id `"test-practice"`, name `"Test Practice"`,
 * revision 0; time zone `"UTC"`, no schedule (always open), no after-hours cell, no response promise;
 * patient-initiated messaging and replies on, recipients not shown to patients, no eligibility rule; members active and not admins; a group's name made from its
 * id (`"front-desk"` → `"Front Desk"`); every default-table category that is left out routes to the
 * assigned provider; absence ids `c1`, `c2`…, an absence without `coveredBy` has nobody covering; a
 * closure given as a date is that one day, named from its id; no locations, location tables or group delivery
 * unless given (a location given as a string is its name). When no member is an active admin, a
 * staff admin `admin` named "Practice Admin" is added (`admin-2`… when the id is taken), because a
 * valid practice needs one.
 *
 * In a routing cell a plain string names a member or a group (whichever exists); use
 * {@link ASSIGNED_PROVIDER} for the patient's provider, {@link CARE_TEAM} for the patient's care team, or a
 * `{type, id}` object.
 *
 * @param options - What the practice holds; every field is optional.
 * @returns A deeply frozen practice that parses, with no validation error (warnings may remain).
 * @throws TypeError on contradictory input: an id that is both provider and staff, a reference to an
 *   unknown member, group or location, a table for a non-provider or for an unknown location, an empty cell, self-coverage, a reversed range,
 *   or anything that would make the practice invalid (an unknown time zone, overlapping periods…).
 * @example
 * ```ts
 * const practice = buildPractice({
 *   providers: { crusher: "Beverly Crusher" },
 *   staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: { name: "Kim Jones", locations: ["north"] } },
 *   locations: { north: "North Clinic" },
 *   groups: {
 *     "front-desk": ["jsmith", "kjones"],
 *     nurses: { members: ["kjones"], patientLabel: "Nursing team", delivery: "pool" },
 *   },
 *   routes: { crusher: { appointments: ["jsmith"], health_question: [CARE_TEAM, ASSIGNED_PROVIDER] } },
 *   locationRoutes: { north: { referrals: ["nurses"] } },
 *   defaultRoute: { appointments: ["front-desk"] },
 *   absences: [{ member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" }],
 *   timeZone: "America/New_York",
 *   schedule: { hours: { mon: [["08:00", "17:00"]] }, closures: { "xmas-2026": "2026-12-25" } },
 *   afterHoursRoute: { health_question: ["kjones"] },
 *   responseBusinessDays: 2,
 *   showRecipientsToPatients: true,
 *   eligibility: { visitWithinDays: 365, categories: { prescriptions: { visitWithinDays: 90 } } },
 * });
 * practice.groups["front-desk"];
 * //=> { name: "Front Desk", members: ["jsmith", "kjones"] }
 * practice.groups.nurses;
 * //=> { name: "Nurses", members: ["kjones"], patientLabel: "Nursing team", delivery: "pool" }
 * practice.messaging.eligibility?.categories?.prescriptions;
 * //=> { visitWithinDays: 90 }
 * practice.schedule?.closures["xmas-2026"];
 * //=> { name: "Xmas 2026", firstDay: "2026-12-25", lastDay: "2026-12-25" }
 * const resolution = resolveRecipients(practice, { category: "health_question", at: "2026-12-07T23:00:00Z" });
 * resolution.ok && resolution.route; // Monday 6 PM in New York: closed
 * //=> "after_hours_table"
 * const atNorth = resolveRecipients(practice, { category: "referrals", locationId: "north", at: "2026-12-07T15:00:00Z" });
 * atNorth.ok && [atNorth.route, atNorth.pools];
 * //=> ["location_table", [{ groupId: "nurses", members: ["kjones"] }]]
 * ```
 *
 * @group Testing
 */
export function buildPractice(options: BuildPracticeOptions = {}): Practice {
  const members = buildMembers(options.providers ?? {}, options.staff ?? {});
  const groups = buildGroups(options.groups ?? {}, members);
  const known = { members, groups };
  const locations = buildLocations(options.locations ?? {});
  checkMemberLocations(members, locations);
  const practice: Practice = {
    schemaVersion: 2,
    id: options.id ?? "test-practice",
    name: options.name ?? "Test Practice",
    revision: options.revision ?? 0,
    timeZone: options.timeZone ?? "UTC",
    messaging: messagingOf(options),
    ...(options.schedule === undefined ? {} : { schedule: buildSchedule(options.schedule) }),
    ...(options.afterHoursRoute === undefined
      ? {}
      : { afterHoursRouting: buildAfterHoursRouting(options.afterHoursRoute, known) }),
    ...(options.locations === undefined ? {} : { locations }),
    members,
    groups,
    routing: buildRouting(options.routes ?? {}, known),
    ...(options.locationRoutes === undefined
      ? {}
      : { locationRouting: buildLocationRouting(options.locationRoutes, known, locations) }),
    defaultRouting: buildDefaultRouting(options.defaultRoute ?? {}, known),
    coverage: buildCoverage(options.absences ?? [], members),
  };
  const parsed = parsePractice(practice);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.code} at ${issue.path.join(".") || "(root)"}`);
    misuse(`the practice would not parse: ${issues.join("; ")}.`);
  }
  const errors = validatePractice(parsed.practice).issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    const codes = errors.map((issue) => `${issue.code} at ${issue.path.join(".")}`);
    misuse(`the practice would not be valid: ${codes.join("; ")}.`);
  }
  return parsed.practice;
}
