import * as fc from "fast-check";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { Coverage, Group, Member, Practice, Recipient, RoutingTable } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

/** The sample practice with default cells that reach someone: no issues at all. */
export function cleanPractice(): Practice {
  const sample = samplePractice();
  return {
    ...sample,
    defaultRouting: {
      ...sample.defaultRouting,
      test_results: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
      health_question: [{ type: "assigned_provider" }, { type: "member", id: "lpatel" }],
    },
  };
}

/** `cleanPractice()` with some top-level fields replaced. */
export function practiceWith(changes: Partial<Practice>): Practice {
  return { ...cleanPractice(), ...changes };
}

/** `cleanPractice()` with one member changed. */
export function withMember(id: string, changes: Partial<Member>): Practice {
  const base = cleanPractice();
  const member = base.members[id] ?? { name: id, role: "staff", admin: false, active: true };
  return { ...base, members: { ...base.members, [id]: { ...member, ...changes } } };
}

/** `cleanPractice()` with one cell of Beverly Crusher's table replaced. */
export function withCrusherCell(category: MessageCategory, cell: readonly Recipient[]): Practice {
  const base = cleanPractice();
  return { ...base, routing: { ...base.routing, crusher: { ...base.routing.crusher, [category]: cell } } };
}

/** `cleanPractice()` with these coverage entries instead of c1. */
export function withCoverage(coverage: Record<string, Coverage>): Practice {
  return practiceWith({ coverage });
}

/** A coverage entry over whole days of December 2026 (`[fromDay, untilDay)`). */
export function away(member: string, coveredBy: string, fromDay: number, untilDay: number): Coverage {
  const day = (n: number) => `2026-12-${String(n).padStart(2, "0")}T00:00:00Z`;
  return { member, coveredBy, from: day(fromDay), until: day(untilDay) };
}

function reversedRecord<T>(record: Readonly<Record<string, T>>, map: (value: T) => T = (value) => value) {
  return Object.fromEntries(
    Object.keys(record)
      .reverse()
      .map((key) => [key, map(record[key] as T)]),
  ) as Record<string, T>;
}

/** The same practice with every record's keys inserted in reverse order. */
export function reverseKeys(practice: Practice): Practice {
  return {
    ...practice,
    members: reversedRecord(practice.members),
    groups: reversedRecord(practice.groups),
    routing: reversedRecord(practice.routing, (table) => reversedRecord(table) as RoutingTable),
    defaultRouting: reversedRecord(practice.defaultRouting) as unknown as Practice["defaultRouting"],
    coverage: reversedRecord(practice.coverage),
  };
}

const UNKNOWN_IDS = ["ghost", "toString", "constructor-x"];

/**
 * Practices with errors and warnings of every kind mixed in: unknown ids, tables keyed by anyone,
 * overlapping coverage that may cycle or cover itself, inactive members, lost admins.
 */
export function messyPracticeArbitrary(): fc.Arbitrary<Practice> {
  return practiceArbitrary({ maxProviders: 3, maxStaff: 4 }).chain((practice) => {
    const ids = Object.keys(practice.members);
    const groupIds = Object.keys(practice.groups);
    const anyId = fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...UNKNOWN_IDS));
    const recipient: fc.Arbitrary<Recipient> = fc.oneof(
      anyId.map((id): Recipient => ({ type: "member", id })),
      fc.constantFrom(...groupIds, "no-group").map((id): Recipient => ({ type: "group", id })),
      fc.constant<Recipient>({ type: "assigned_provider" }),
    );
    const coverer = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids.slice(0, 3)) }, anyId);
    const coverageEntry = fc
      .tuple(coverer, coverer, fc.integer({ min: 1, max: 10 }), fc.integer({ min: -1, max: 6 }))
      .map(([member, coveredBy, from, length]) => away(member, coveredBy, from, from + length));
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
      })
      .map(({ coverage, tables, defaults, deactivate, groupMembers }): Practice => {
        const members: Record<string, Member> = { ...practice.members };
        for (const id of deactivate) members[id] = { ...(members[id] as Member), active: false };
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
          defaultRouting,
          coverage: { ...practice.coverage, ...Object.fromEntries(coverage) },
        };
      });
  });
}
