import * as fc from "fast-check";
import type { RoutingTableRef } from "../edit/locationEditTypes.js";
import type { Edit } from "../edit/types.js";
import { MESSAGE_CATEGORIES } from "../index.js";
import type { Coverage, Group, Member, Practice, Recipient } from "../model/types.js";
import { eligibilityArb, scheduleArb, ZONES } from "./internal/editValues.js";

// Ids that are not in the practice yet: new members, groups and coverage entries, or unknown references.
const FRESH_IDS = ["new-1", "new-2", "zz-unknown"];
// Location ids an edit sequence may add, name, route and remove (the practice's own come first).
const SITE_IDS = ["north", "south"];
const TIMES = ["2026-01-05T00:00:00Z", "2026-02-01T08:00:00+02:00", "2026-03-01T00:00:00Z", "2026-03-15T12:30:00Z"];

/**
 * Generates edits for one practice, every edit type (after-hours cells, time zones, schedules, absences
 * without cover, care-team recipients, patient labels and eligibility rules, locations, location cells, member
 * locations and group delivery included), allowed or not: ids are mostly taken from the practice (so many
 * edits apply) and sometimes fresh or unknown (so `invalid_edit` and new entries occur too). Every edit
 * is well formed (`parseEdit` accepts it); whether `applyEdit` accepts it depends on the practice and the actor.
 *
 * @param practice - The practice the edits are aimed at.
 * @returns A fast-check arbitrary of {@link Edit}s.
 * @example
 * ```ts
 * const [edit] = fc.sample(editArbitrary(samplePractice()), 1);
 * parseEdit(edit).ok;
 * //=> true
 * ```
 *
 * @group Testing
 */
export function editArbitrary(practice: Practice): fc.Arbitrary<Edit> {
  const mostly = (known: readonly string[], rarely: readonly string[], weight = 6): fc.Arbitrary<string> =>
    known.length === 0 || rarely.length === 0
      ? fc.constantFrom(...known, ...rarely)
      : fc.oneof(
          { weight, arbitrary: fc.constantFrom(...known) },
          { weight: 1, arbitrary: fc.constantFrom(...rarely) },
        );
  const members = Object.keys(practice.members);
  const providers = members.filter((id) => practice.members[id]?.role === "provider");
  const groups = Object.keys(practice.groups);
  const coverageIds = Object.keys(practice.coverage);
  const memberId = mostly(members, FRESH_IDS);
  const providerId = mostly(providers, [...members, ...FRESH_IDS]);
  const groupId = mostly(groups, FRESH_IDS);
  const coverageId = mostly(coverageIds, FRESH_IDS);
  // The practice's locations and a few more, so a sequence can add a location, then route and list it.
  const locationId = fc.constantFrom(...new Set([...Object.keys(practice.locations ?? {}), ...SITE_IDS]));
  const tableRef: fc.Arbitrary<RoutingTableRef> = fc.oneof(
    { weight: 2, arbitrary: providerId },
    { weight: 1, arbitrary: locationId.map((id) => ({ locationId: id })) },
  );
  const newCoverageId = mostly(FRESH_IDS, coverageIds, 3);
  const category = fc.constantFrom(...MESSAGE_CATEGORIES);
  const recipient: fc.Arbitrary<Recipient> = fc.oneof(
    { weight: 3, arbitrary: memberId.map((id): Recipient => ({ type: "member", id })) },
    { weight: 2, arbitrary: groupId.map((id): Recipient => ({ type: "group", id })) },
    { weight: 1, arbitrary: fc.constant<Recipient>({ type: "assigned_provider" }) },
    { weight: 1, arbitrary: fc.constant<Recipient>({ type: "care_team" }) },
  );
  const recipients = fc.array(recipient, { maxLength: 3 });
  const member: fc.Arbitrary<Member> = fc.record(
    {
      name: fc.constantFrom("Ann Lee", "Bo Chen", "Dr. Ana Ruiz"),
      role: fc.constantFrom("provider", "staff"),
      admin: fc.boolean(),
      active: fc.boolean(),
      locations: fc.uniqueArray(locationId, { maxLength: 2 }),
    },
    { requiredKeys: ["name", "role", "admin", "active"] },
  );
  const group: fc.Arbitrary<Group> = fc.record(
    {
      name: fc.constantFrom("Front Desk", "Nurses", "Billing"),
      members: fc.uniqueArray(memberId, { maxLength: 3 }),
      patientLabel: fc.constantFrom("Front desk team", "Your nurses"),
      delivery: fc.constantFrom("each", "pool", "sticky"),
    },
    { requiredKeys: ["name", "members"] },
  );
  // One absence in four has nobody covering.
  const coverage: fc.Arbitrary<Coverage> = fc
    .tuple(memberId, memberId, fc.constantFrom(...TIMES), fc.constantFrom(...TIMES), fc.nat(3))
    .map(([who, coveredBy, from, until, cover]) =>
      cover === 0 ? { member: who, from, until } : { member: who, from, until, coveredBy },
    );
  return fc.oneof(
    fc.record({ type: fc.constant("set_messaging" as const), enabled: fc.boolean() }),
    fc.record({ type: fc.constant("set_replies" as const), enabled: fc.boolean() }),
    fc.record({ type: fc.constant("set_category_enabled" as const), category, enabled: fc.boolean() }),
    fc.record({
      type: fc.constant("set_route" as const),
      providerId: fc.option(providerId, { nil: null, freq: 4 }),
      category,
      recipients,
    }),
    fc.record({
      type: fc.constant("set_route" as const),
      table: fc.constant("after_hours" as const),
      category,
      recipients,
    }),
    fc.record({
      type: fc.constant("set_route" as const),
      table: fc.constant("location" as const),
      locationId,
      category,
      recipients,
    }),
    fc.record({
      type: fc.constant("set_route_for_all_providers" as const),
      category,
      recipients,
      mode: fc.constantFrom("replace", "add", "fill_empty"),
    }),
    fc.record({
      type: fc.constant("copy_routing" as const),
      from: tableRef,
      to: fc.array(tableRef, { maxLength: 2 }),
    }),
    fc.record({ type: fc.constant("replace_member" as const), from: memberId, to: memberId }),
    fc.record({ type: fc.constant("upsert_member" as const), id: memberId, member }),
    fc.record({ type: fc.constant("set_member_active" as const), id: memberId, active: fc.boolean() }),
    fc.record({ type: fc.constant("upsert_group" as const), id: mostly(FRESH_IDS, groups, 1), group }),
    fc.record({ type: fc.constant("remove_group" as const), id: groupId }),
    fc.record({ type: fc.constant("add_coverage" as const), id: newCoverageId, coverage }),
    fc.record({ type: fc.constant("remove_coverage" as const), id: coverageId }),
    fc.record({ type: fc.constant("set_time_zone" as const), timeZone: fc.constantFrom(...ZONES) }),
    fc.record({ type: fc.constant("set_schedule" as const), schedule: fc.option(scheduleArb, { nil: null, freq: 4 }) }),
    fc.record({
      type: fc.constant("set_response_days" as const),
      days: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null, freq: 4 }),
    }),
    fc.record({
      type: fc.constant("set_eligibility" as const),
      eligibility: fc.option(eligibilityArb, { nil: null, freq: 4 }),
    }),
    fc.record({ type: fc.constant("set_show_recipients" as const), enabled: fc.boolean() }),
    fc.record({
      type: fc.constant("upsert_location" as const),
      id: locationId,
      location: fc.record({ name: fc.constantFrom("North clinic", "South clinic") }),
    }),
    fc.record({ type: fc.constant("remove_location" as const), id: locationId }),
  );
}
