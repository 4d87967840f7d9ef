import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import type { Coverage, Member, Practice } from "../../src/model/types.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { away, cleanPractice, withCoverage } from "./fixtures.js";

const cycles = (practice: Practice) =>
  validatePractice(practice).issues.filter((issue) => issue.code === "coverage_cycle");

const PEOPLE = ["jsmith", "kjones", "lpatel", "crusher"];

/** Brute force: is there an instant at which the entries in force link back to a member? */
function hasCycleSomewhere(coverage: Readonly<Record<string, Coverage>>): boolean {
  const entries = Object.values(coverage).filter(
    (entry) => entry.member !== entry.coveredBy && Date.parse(entry.from) < Date.parse(entry.until),
  );
  return entries.some((start) => {
    const at = Date.parse(start.from);
    const live = entries.flatMap(({ member, from, until, coveredBy }) =>
      coveredBy !== undefined && Date.parse(from) <= at && at < Date.parse(until) ? [{ member, coveredBy }] : [],
    );
    const reaches = (from: string, to: string, seen: Set<string>): boolean =>
      live.some(
        (entry) =>
          entry.member === from &&
          (entry.coveredBy === to ||
            (!seen.has(entry.coveredBy) && reaches(entry.coveredBy, to, seen.add(entry.coveredBy)))),
      );
    return live.some((entry) => reaches(entry.coveredBy, entry.member, new Set([entry.coveredBy])));
  });
}

const coverageArbitrary = fc
  .uniqueArray(
    fc.tuple(
      fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
      fc.constantFrom(...PEOPLE),
      fc.constantFrom(...PEOPLE),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 8 }),
    ),
    { maxLength: 7, selector: ([id]) => id },
  )
  .map((list) =>
    Object.fromEntries(
      list.map(([id, member, coveredBy, from, length]) => [id, away(member, coveredBy, from, from + length)]),
    ),
  );

describe("validatePractice coverage cycles", () => {
  test("allows two people to cover each other in different weeks", () => {
    expect(cycles(withCoverage({ c1: away("jsmith", "kjones", 1, 8), c2: away("kjones", "jsmith", 8, 15) }))).toEqual(
      [],
    );
  });

  test("reports two people covering each other in overlapping weeks, at the first shared instant", () => {
    const practice = withCoverage({ c1: away("jsmith", "kjones", 1, 8), c2: away("kjones", "jsmith", 7, 15) });
    expect(cycles(practice).map((issue) => [issue.path, issue.message])).toEqual([
      [
        ["coverage", "c1"],
        "Coverage entries c1 and c2 form a cycle at 6 Dec 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Jane Smith.",
      ],
    ]);
  });

  test("counts an entry shadowed by an earlier absence of the same member", () => {
    const practice = withCoverage({
      c1: away("jsmith", "kjones", 1, 8),
      c2: away("jsmith", "lpatel", 1, 8),
      c3: away("lpatel", "jsmith", 1, 8),
    });
    expect(cycles(practice).map((issue) => issue.path)).toEqual([["coverage", "c2"]]);
  });

  test("reports each distinct cycle once, at the smallest coverage id in it", () => {
    const practice = withCoverage({
      c4: away("lpatel", "jsmith", 1, 8),
      c3: away("kjones", "lpatel", 1, 8),
      c2: away("kjones", "jsmith", 1, 8),
      c1: away("jsmith", "kjones", 1, 8),
    });
    expect(cycles(practice).map((issue) => issue.message)).toEqual([
      "Coverage entries c1 and c2 form a cycle at 30 Nov 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Jane Smith.",
      "Coverage entries c1, c3 and c4 form a cycle at 30 Nov 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Lena Patel, who is covered by Jane Smith.",
    ]);
  });

  test("leaves out entries that already have another coverage error", () => {
    const practice = withCoverage({ c1: away("jsmith", "kjones", 8, 1), c2: away("kjones", "jsmith", 1, 8) });
    expect(cycles(practice)).toEqual([]);
  });

  test("finds a cycle however long the chain, and shortens the message", () => {
    const size = 2_000;
    const ids = Array.from({ length: size }, (_, index) => `m${String(index).padStart(4, "0")}`);
    const base = cleanPractice();
    const member: Member = { name: "Person", role: "staff", admin: false, active: true };
    const members = {
      ...base.members,
      ...Object.fromEntries(ids.map((id, index) => [id, { ...member, name: `Person ${index}` }])),
    };
    const coverage = Object.fromEntries(
      ids.map((id, index) => [
        `k${String(index).padStart(4, "0")}`,
        away(id, ids[(index + 1) % size] as string, 1 + (index % 3), 20),
      ]),
    );
    const found = cycles({ ...base, members, coverage });
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(["coverage", "k0000"]);
    expect(found[0]?.message).toBe(
      "Coverage entries k0000, k0001, k0002 and 1997 others form a cycle at 2 Dec 2026, 7:00 PM EST: Person 0 is covered by Person 1, who is covered by Person 2, who is covered by Person 3, who is covered by Person 4, who is covered by Person 5, and so on through 2000 people back to Person 0.",
    );
  });

  test.prop([coverageArbitrary], { numRuns: 500 })(
    "reports a cycle exactly when some instant has one, never the same entries twice",
    (coverage) => {
      const found = cycles(withCoverage(coverage));
      expect(found.length > 0).toBe(hasCycleSomewhere(coverage));
      const sets = found.map((issue) =>
        (issue.message.match(/entries (.*) form/)?.[1] ?? "")
          .split(/, | and /)
          .sort()
          .join(),
      );
      expect(new Set(sets).size).toBe(sets.length);
    },
  );
});
