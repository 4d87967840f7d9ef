import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { introducedErrors } from "../../src/edit/internal/introducedErrors.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { Id, Issue, IssuePath, Member, Practice, ValidationIssueCode } from "../../src/model/types.js";
import { AFTER_HOURS, type CellOwner } from "../../src/validate/internal/names.js";
import { issueKey } from "../../src/validate/issueKey.js";
import { scopeOfWrites } from "../../src/validate/scopeOfWrites.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { type ValidationScope, validateScope } from "../../src/validate/validateScope.js";
import { away, cleanPractice, messyPracticeArbitrary, withCoverage } from "./fixtures.js";
import { applyWrites, writeArbitrary } from "./writes.js";

type ValidationIssue = Issue<ValidationIssueCode>;

/** Whether an issue of the whole practice belongs to a part in `scope`. */
function inScope(scope: ValidationScope, { code, path }: ValidationIssue): boolean {
  const [root, id, part] = path as [string, Id, string | undefined];
  if (root === "timeZone" || root === "messaging" || root === "schedule") return scope.time === true;
  if (root === "afterHoursRouting") return scope.cells.get(AFTER_HOURS)?.has(id as MessageCategory) === true;
  if (root === "members" && part === "locations") return scope.memberLocations?.has(id) === true;
  if (root === "members") return scope.admins;
  if (root === "locationRouting") return scope.locationTables?.has(id) === true;
  if (root === "groups") return scope.groups.has(id);
  if (root === "routing" && part === undefined) return scope.tables.has(id);
  if (root === "routing") return scope.cells.get(id)?.has(part as MessageCategory) === true;
  if (root === "defaultRouting") return scope.cells.get(null)?.has(id as MessageCategory) === true;
  return code === "coverage_cycle" ? scope.cycles : scope.coverage.has(id);
}

/** Errors of `after` whose key `before` has fewer times, by whole-practice validation. */
function fullDiff(before: Practice, after: Practice): ValidationIssue[] {
  const errors = (practice: Practice) => validatePractice(practice).issues.filter((i) => i.severity === "error");
  const left = new Map<string, number>();
  for (const issue of errors(before)) left.set(issueKey(issue), (left.get(issueKey(issue)) ?? 0) + 1);
  return errors(after).filter((issue) => {
    const count = left.get(issueKey(issue)) ?? 0;
    left.set(issueKey(issue), count - 1);
    return count <= 0;
  });
}

const scopeArbitrary = (practice: Practice): fc.Arbitrary<ValidationScope> => {
  const ids = (record: object) => fc.subarray([...Object.keys(record), "ghost"]).map((list) => new Set(list));
  const categories = fc.subarray([...MESSAGE_CATEGORIES]).map((list) => new Set(list));
  return fc.record({
    admins: fc.boolean(),
    groups: ids(practice.groups),
    tables: ids(practice.routing),
    cells: fc
      .tuple(fc.subarray<CellOwner>([...Object.keys(practice.routing), null, AFTER_HOURS]), categories)
      .map(([keys, set]) => new Map(keys.map((key) => [key, set] as const))),
    coverage: ids(practice.coverage),
    cycles: fc.boolean(),
    time: fc.boolean(),
    locationTables: ids(practice.locationRouting ?? { north: null }),
    memberLocations: ids(practice.members),
  });
};

const withWrites = messyPracticeArbitrary().chain((before) =>
  fc.tuple(fc.constant(before), fc.array(writeArbitrary(before), { minLength: 1, maxLength: 4 })),
);

describe("validateScope", () => {
  test.prop([messyPracticeArbitrary().chain((p) => fc.tuple(fc.constant(p), scopeArbitrary(p)))], { numRuns: 300 })(
    "reports exactly the issues validatePractice reports for the parts in scope, in the same order",
    ([practice, scope]) => {
      const all = validatePractice(practice).issues;
      expect(validateScope(practice, scope)).toEqual(all.filter((issue) => inScope(scope, issue)));
    },
  );

  test("validates the whole practice for the scope full", () => {
    const practice = withCoverage({ c1: away("jsmith", "kjones", 1, 8), c2: away("kjones", "jsmith", 2, 9) });
    expect(validateScope(practice, "full")).toEqual(validatePractice(practice).issues);
  });
});

describe("scopeOfWrites", () => {
  // Pinned counterexample (seed 482909676): a write under a member an earlier write removed, whose id is also
  // a name every object inherits. The removed member must stay removed, and the scoped difference still holds.
  test("keeps a removed member named like an inherited property removed", () => {
    const base = cleanPractice();
    const before: Practice = {
      ...base,
      members: {
        ...base.members,
        toString: { name: "Toni String", role: "staff" as const, admin: true, active: true },
      },
    };
    const writes = [
      { path: ["members", "toString"], value: undefined },
      { path: ["members", "toString", "name"], value: "Renamed" },
    ];
    const after = applyWrites(before, writes);
    expect(Object.hasOwn(after.members, "toString")).toBe(false);
    const paths = writes.map((write) => write.path);
    expect(introducedErrors(before, after, paths)).toEqual(fullDiff(before, after));
  });

  test.prop([withWrites], { numRuns: 400 })(
    "covers every part whose issues the writes change: the scoped difference is the whole difference",
    ([before, writes]) => {
      const after = applyWrites(before, writes);
      const paths = writes.map((write) => write.path);
      expect(introducedErrors(before, after, paths)).toEqual(fullDiff(before, after));
      const scope = scopeOfWrites(after, paths);
      if (scope === "full") return;
      const outside = (practice: Practice) =>
        validatePractice(practice)
          .issues.filter((issue) => !inScope(scope, issue))
          .map(issueKey);
      expect(outside(after)).toEqual(outside(before));
    },
  );

  test.prop([withWrites], { numRuns: 300 })(
    "with only errors, covers every part whose errors the writes change",
    ([before, writes]) => {
      const after = applyWrites(before, writes);
      const scope = scopeOfWrites(
        after,
        writes.map((write) => write.path),
        "errors",
      );
      if (scope === "full") return;
      const outside = (practice: Practice) =>
        validatePractice(practice)
          .issues.filter((issue) => issue.severity === "error" && !inScope(scope, issue))
          .map(issueKey);
      expect(outside(after)).toEqual(outside(before));
    },
  );

  test("with only errors, does not follow a group's list or a member's active flag to the cells", () => {
    const paths: IssuePath[] = [
      ["groups", "front-desk", "members", 0],
      ["members", "kjones", "active"],
    ];
    const scope = scopeOfWrites(cleanPractice(), paths, "errors");
    expect(scope === "full" ? scope : [scope.admins, [...scope.groups], [...scope.cells.keys()]]).toEqual([
      true,
      ["front-desk"],
      ["kjones"],
    ]);
  });

  test("checks nothing for revision and messaging, and one cell for a cell write", () => {
    const practice = cleanPractice();
    const paths: IssuePath[] = [["revision"], ["messaging", "patientInitiated"], ["routing", "crusher", "referrals"]];
    expect(scopeOfWrites(practice, paths)).toEqual({
      admins: false,
      groups: new Set(),
      tables: new Set(["crusher"]),
      cells: new Map([["crusher", new Set(["referrals"])]]),
      coverage: new Set(),
      cycles: false,
      time: false,
    });
  });

  test("follows a member's active flag to the groups listing it and the cells naming it or those groups", () => {
    const scope = scopeOfWrites(cleanPractice(), [["members", "kjones", "active"]]);
    expect(scope === "full" ? scope : [scope.admins, [...scope.groups], [...scope.cells.keys()], scope.cycles]).toEqual(
      [true, ["front-desk"], ["kjones", null], false],
    );
  });

  test("checks a location table whole, the members listing a location, and a member's own locations", () => {
    const base = cleanPractice();
    const kim = { ...(base.members.kjones as Member), locations: ["north"] };
    const practice: Practice = {
      ...base,
      locations: { north: { name: "North clinic" }, south: { name: "South clinic" } },
      members: { ...base.members, kjones: kim },
      locationRouting: { south: { referrals: [{ type: "member", id: "jsmith" }] } },
    };
    const scoped = (paths: IssuePath[]) => {
      const scope = scopeOfWrites(practice, paths);
      return scope === "full" ? scope : [[...(scope.locationTables ?? [])], [...(scope.memberLocations ?? [])]];
    };
    expect(scoped([["locationRouting", "south", "referrals"]])).toEqual([["south"], []]);
    expect(scoped([["locations", "north"]])).toEqual([["north"], ["kjones"]]);
    expect(scoped([["locations", "north", "name"]])).toEqual([[], []]);
    expect(scoped([["locations"]])).toEqual([["south"], ["kjones"]]);
    expect(scoped([["members", "crusher", "locations"]])).toEqual([[], ["crusher"]]);
    expect(scoped([["members", "jsmith", "active"]])).toEqual([["south"], []]);
    expect(scoped([["locationRouting"]])).toBe("full");
    expect(scopeOfWrites(practice, [["locationRouting"]], "errors")).toBe("full");
  });

  test("validates everything for a path it does not know", () => {
    expect(scopeOfWrites(cleanPractice(), [["members"]])).toBe("full");
    expect(scopeOfWrites(cleanPractice(), [[]])).toBe("full");
    expect(scopeOfWrites(cleanPractice(), [["members", "kjones", "email"]])).toBe("full");
  });
});
