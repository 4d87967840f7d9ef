// Practices for property tests of several folders: messy ones that break every validation rule that
// resolution and edits must survive (time and patient settings included), the same practice with its keys in
// reverse order, and instants around their absences.
import * as fc from "fast-check";
import { deepFreeze } from "../../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Coverage, Group, Member, Practice, Recipient, RoutingTable } from "../../src/model/types.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { withMessyPatient } from "./messyPatient.js";
import { withMessyTime } from "./messyTime.js";

/** A coverage entry over whole days of December 2026 (`[fromDay, untilDay)`); `null`: nobody covers. */
export function away(member: string, coveredBy: string | null, fromDay: number, untilDay: number): Coverage {
  const day = (n: number) => `2026-12-${String(n).padStart(2, "0")}T00:00:00Z`;
  const entry = { member, from: day(fromDay), until: day(untilDay) };
  return coveredBy === null ? entry : { ...entry, coveredBy };
}

/** The same record with its keys inserted in reverse order. */
function reversed<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).reverse());
}

/** The same practice, deeply frozen, with the keys of every record (tables included) inserted in reverse order. */
export function withKeysReversed(practice: Practice): Practice {
  const routing = Object.fromEntries(
    Object.entries(practice.routing)
      .reverse()
      .map(([id, table]) => [id, reversed(table)]),
  );
  const { schedule, afterHoursRouting } = practice;
  const eligibility = practice.messaging.eligibility;
  const categories = eligibility?.categories;
  return deepFreeze({
    ...practice,
    ...(categories === undefined
      ? {}
      : {
          messaging: {
            ...practice.messaging,
            eligibility: { ...eligibility, categories: reversed({ ...categories }) },
          },
        }),
    ...(schedule === undefined
      ? {}
      : { schedule: { hours: reversed({ ...schedule.hours }), closures: reversed(schedule.closures) } }),
    ...(afterHoursRouting === undefined ? {} : { afterHoursRouting: reversed(afterHoursRouting) }),
    members: reversed(practice.members),
    groups: reversed(practice.groups),
    routing,
    defaultRouting: reversed(practice.defaultRouting) as unknown as Practice["defaultRouting"],
    coverage: reversed(practice.coverage),
  });
}

/** Instants around the messy absences (every hour from 30 Nov to 18 Dec 2026), as Dates and strings. */
export const messyAtArbitrary: fc.Arbitrary<Date | string> = fc
  .tuple(fc.integer({ min: -24, max: 17 * 24 }), fc.boolean())
  .map(([hours, asDate]) => {
    const date = new Date(Date.UTC(2026, 11, 1) + hours * 3_600_000);
    return asDate ? date : date.toISOString();
  });

const UNKNOWN_IDS = ["ghost", "toString", "constructor-x"];

/**
 * Practices with errors and warnings of every kind mixed in: unknown ids, tables keyed by anyone,
 * overlapping coverage that may cycle, cover itself or have nobody covering, inactive members, lost admins,
 * broken time settings (see `withMessyTime`), and patient settings at their limits (see `withMessyPatient`):
 * `care_team` entries anywhere, eligibility rules, shown recipients and group labels.
 */
export function messyPracticeArbitrary(options: { readonly messaging?: "on" | "any" } = {}): fc.Arbitrary<Practice> {
  const base = practiceArbitrary({ maxProviders: 3, maxStaff: 4, messaging: options.messaging ?? "any" });
  return base.chain((practice) => {
    const ids = Object.keys(practice.members);
    const groupIds = Object.keys(practice.groups);
    const anyId = fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...UNKNOWN_IDS));
    const recipient: fc.Arbitrary<Recipient> = fc.oneof(
      anyId.map((id): Recipient => ({ type: "member", id })),
      fc.constantFrom(...groupIds, "no-group").map((id): Recipient => ({ type: "group", id })),
      fc.constant<Recipient>({ type: "assigned_provider" }),
      fc.constant<Recipient>({ type: "care_team" }),
    );
    const member = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids.slice(0, 3)) }, anyId);
    const coverer = fc.oneof({ weight: 5, arbitrary: member }, { weight: 1, arbitrary: fc.constant(null) });
    const coverageEntry = fc
      .tuple(member, coverer, fc.integer({ min: 1, max: 10 }), fc.integer({ min: -1, max: 6 }))
      .map(([absent, coveredBy, from, length]) => away(absent, coveredBy, from, from + length));
    return fc
      .record({
        coverage: fc.array(fc.tuple(fc.constantFrom("k1", "k2", "k3", "k4", "k5", "k6"), coverageEntry), {
          maxLength: 6,
        }),
        tables: fc.array(
          fc.tuple(anyId, fc.constantFrom(...MESSAGE_CATEGORIES), fc.array(recipient, { minLength: 1, maxLength: 4 })),
          {
            maxLength: 4,
          },
        ),
        defaults: fc.array(
          fc.tuple(fc.constantFrom(...MESSAGE_CATEGORIES), fc.array(recipient, { minLength: 1, maxLength: 4 })),
          {
            maxLength: 3,
          },
        ),
        deactivate: fc.subarray(ids),
        groupMembers: fc.array(fc.tuple(fc.constantFrom(...groupIds, "g-new"), fc.array(anyId, { maxLength: 4 })), {
          maxLength: 2,
        }),
        // Sites naming nothing: a table of an unknown location, members at one, and messy location cells.
        siteTables: fc.array(
          fc.tuple(
            fc.constantFrom(...Object.keys(practice.locations ?? {}), "no-site"),
            fc.constantFrom(...MESSAGE_CATEGORIES),
            fc.array(recipient, { minLength: 1, maxLength: 3 }),
          ),
          { maxLength: 2 },
        ),
        atNoSite: fc.subarray(ids, { maxLength: 2 }),
      })
      .map(({ coverage, tables, defaults, deactivate, groupMembers, siteTables, atNoSite }): Practice => {
        const members: Record<string, Member> = { ...practice.members };
        for (const id of deactivate) members[id] = { ...(members[id] as Member), active: false };
        for (const id of atNoSite) {
          const member = members[id] as Member;
          members[id] = { ...member, locations: [...(member.locations ?? []), "no-site"] };
        }
        const locationRouting: Record<string, RoutingTable> = { ...practice.locationRouting };
        for (const [id, category, cell] of siteTables)
          locationRouting[id] = { ...locationRouting[id], [category]: cell };
        const sites = siteTables.length === 0 ? {} : { locationRouting };
        const groups: Record<string, Group> = { ...practice.groups };
        for (const [id, list] of groupMembers) groups[id] = { name: `Group ${id}`, members: list };
        const routing: Record<string, RoutingTable> = { ...practice.routing };
        for (const [id, category, cell] of tables) routing[id] = { ...routing[id], [category]: cell };
        const defaultRouting = { ...practice.defaultRouting };
        for (const [category, cell] of defaults) defaultRouting[category] = cell;
        return {
          ...practice,
          members,
          groups,
          routing,
          ...sites,
          defaultRouting,
          coverage: { ...practice.coverage, ...Object.fromEntries(coverage) },
        };
      })
      .chain((messy) => withMessyTime(messy, recipient))
      .chain(withMessyPatient)
      .map((messy) => deepFreeze(messy));
  });
}
