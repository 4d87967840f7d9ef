import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { sortedKeys } from "../../src/internal/own.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Issue, IssuePath, Practice, ValidationIssueCode } from "../../src/model/types.js";
import { AFTER_HOURS } from "../../src/validate/internal/names.js";
import { validateAdmins } from "../../src/validate/internal/validateAdmins.js";
import { validateCell } from "../../src/validate/internal/validateCell.js";
import { validateCoverage } from "../../src/validate/internal/validateCoverage.js";
import { validateCoverageEntry } from "../../src/validate/internal/validateCoverageEntry.js";
import { validateGroup } from "../../src/validate/internal/validateGroup.js";
import { checkMemberLocations, validateLocationTable } from "../../src/validate/internal/validateLocations.js";
import { validateRoutingTable } from "../../src/validate/internal/validateRoutingTable.js";
import { validateTime } from "../../src/validate/internal/validateTime.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { cleanPractice, messyPracticeArbitrary, withCrusherCell } from "./fixtures.js";

type ValidationIssue = Issue<ValidationIssueCode>;

const startsWith = (path: IssuePath, prefix: IssuePath) => prefix.every((key, index) => path[index] === key);
const under = (issues: readonly ValidationIssue[], prefix: IssuePath) =>
  issues.filter((issue) => startsWith(issue.path, prefix));

describe("validateCell", () => {
  test.prop([messyPracticeArbitrary()], { numRuns: 300 })(
    "returns exactly the issues validatePractice reports for that cell",
    (practice) => {
      const all = validatePractice(practice).issues;
      for (const category of MESSAGE_CATEGORIES) {
        expect(validateCell(practice, null, category)).toEqual(under(all, ["defaultRouting", category]));
        for (const providerId of Object.keys(practice.routing)) {
          expect(validateCell(practice, providerId, category)).toEqual(under(all, ["routing", providerId, category]));
        }
      }
    },
  );

  test("checks one cell only", () => {
    const practice = withCrusherCell("appointments", [{ type: "member", id: "ghost" }]);
    expect(validateCell(practice, "crusher", "referrals")).toEqual([]);
    expect(validateCell(practice, "crusher", "appointments").map((issue) => issue.code)).toEqual([
      "route_falls_back",
      "unknown_member",
    ]);
  });

  test("returns nothing for a missing table, a missing cell, or a table not keyed by a provider", () => {
    const base = cleanPractice();
    const practice: Practice = {
      ...base,
      routing: { ...base.routing, kjones: { referrals: [{ type: "group", id: "x" }] } },
    };
    expect(validateCell(practice, "lpatel", "appointments")).toEqual([]);
    expect(validateCell(practice, "crusher", "referrals")).toEqual([]);
    expect(validateCell(practice, "kjones", "referrals")).toEqual([]);
  });

  test("throws on a recipient type that is not part of the format, without echoing the recipient", () => {
    const practice = withCrusherCell("appointments", [{ type: "note", text: "Patient says: call me" } as never]);
    expect(() => validateCell(practice, "crusher", "appointments")).toThrow(
      new TypeError("A routing cell holds a recipient whose type is not member, group or assigned_provider."),
    );
  });
});

describe("validatePractice pieces", () => {
  test.prop([messyPracticeArbitrary()], { numRuns: 300 })(
    "add up to validatePractice: time settings, after-hours cells, admins, member locations, groups, routing and location tables, default cells, coverage",
    (practice) => {
      const pieces = [
        ...validateTime(practice),
        ...MESSAGE_CATEGORIES.flatMap((category) => validateCell(practice, AFTER_HOURS, category)),
        ...validateAdmins(practice),
        ...checkMemberLocations(practice, []),
        ...sortedKeys(practice.groups).flatMap((id) => validateGroup(practice, id)),
        ...sortedKeys(practice.routing).flatMap((id) => validateRoutingTable(practice, id)),
        ...sortedKeys(practice.locationRouting ?? {}).flatMap((id) => validateLocationTable(practice, id)),
        ...MESSAGE_CATEGORIES.flatMap((category) => validateCell(practice, null, category)),
        ...validateCoverage(practice),
      ];
      expect(pieces).toEqual(validatePractice(practice).issues);
    },
  );

  test.prop([messyPracticeArbitrary()], { numRuns: 300 })(
    "report each group, table and coverage entry under its own path",
    (practice) => {
      const all = validatePractice(practice).issues;
      for (const id of Object.keys(practice.groups)) {
        expect(validateGroup(practice, id)).toEqual(under(all, ["groups", id]));
      }
      for (const id of Object.keys(practice.routing)) {
        expect(validateRoutingTable(practice, id)).toEqual(under(all, ["routing", id]));
      }
      for (const id of Object.keys(practice.locationRouting ?? {})) {
        expect(validateLocationTable(practice, id)).toEqual(under(all, ["locationRouting", id]));
      }
      for (const id of Object.keys(practice.coverage)) {
        const own = under(all, ["coverage", id]).filter((issue) => issue.code !== "coverage_cycle");
        expect(validateCoverageEntry(practice, id)).toEqual(own);
      }
    },
  );

  test("return nothing for ids that name nothing", () => {
    const practice = cleanPractice();
    expect([
      ...validateGroup(practice, "toString"),
      ...validateRoutingTable(practice, "toString"),
      ...validateCoverageEntry(practice, "toString"),
    ]).toEqual([]);
  });
});
