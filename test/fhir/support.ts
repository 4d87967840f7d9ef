// Helpers of the FHIR tests: run counts, and sites on generated practices.
import * as fc from "fast-check";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Group, GroupDelivery, Member, Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { fuzzRuns } from "../support/fuzzRuns.js";

/** At least 500 runs per property, more with `FUZZ_RUNS` above its default. */
export const RUNS = { numRuns: Math.max(500, fuzzRuns(50)) };

/**
 * The practice with more sites (DESIGN.md section 12): locations with ids that need escaping or hashing, members
 * working at some of them, and groups with a delivery (pool groups make the resolver give `pools`).
 */
export function withSitesArbitrary(practice: Practice): fc.Arbitrary<Practice> {
  const memberIds = Object.keys(practice.members);
  const groupIds = Object.keys(practice.groups);
  return fc
    .record({
      locations: fc.uniqueArray(fc.constantFrom("north", "south", "x:y", "a_b@c", "l".repeat(100)), { maxLength: 3 }),
      picks: fc.array(fc.nat(), { minLength: memberIds.length, maxLength: memberIds.length }),
      deliveries: fc.array(fc.constantFrom<GroupDelivery | undefined>(undefined, "each", "pool", "sticky"), {
        minLength: groupIds.length,
        maxLength: groupIds.length,
      }),
    })
    .map(({ locations, picks, deliveries }) => {
      const members = Object.fromEntries(
        memberIds.map((id, index) => {
          const member = practice.members[id] as Member;
          const pick = picks[index] ?? 0;
          const at = locations.filter((_, bit) => (pick >> bit) & 1);
          return [id, at.length > 0 ? { ...member, locations: at } : member];
        }),
      );
      const groups = Object.fromEntries(
        groupIds.map((id, index) => {
          const delivery = deliveries[index];
          const group = practice.groups[id] as Group;
          return [id, delivery === undefined ? group : { ...group, delivery }];
        }),
      );
      const sites = Object.fromEntries(locations.map((id) => [id, { name: `Site ${id.slice(0, 8)}` }]));
      return deepFreeze<Practice>({ ...practice, members, groups, locations: { ...practice.locations, ...sites } });
    });
}

/** The sample practice with a site: Beverly Crusher works at the North Clinic; the front desk is a pool. */
export function sampleWithSite(): Practice {
  const sample = samplePractice();
  const crusher = { ...(sample.members.crusher as Member), locations: ["north"] };
  const frontDesk = { ...(sample.groups["front-desk"] as Group), delivery: "pool" as const };
  return deepFreeze<Practice>({
    ...sample,
    locations: { north: { name: "North Clinic" } },
    members: { ...sample.members, crusher },
    groups: { ...sample.groups, "front-desk": frontDesk },
  });
}
