import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { stickyOrder, stickyPrefix, stickyScore } from "../../src/resolve/internal/sticky.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { fuzzRuns } from "../support/fuzzRuns.js";

// DESIGN.md section 12: the sticky choice is a rendezvous hash, reproducible in any language, spread evenly,
// and stable when a group changes.

/** The score as a backend in another language computes it: UTF-8 bytes, FNV-1a 32-bit, murmur3's fmix32. */
function referenceScore(patientId: string, memberId: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(`${patientId}\u0000${memberId}`, "utf8")) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A practice whose every default cell is one sticky group of `members` (all active, nobody away). */
function stickyPractice(members: readonly string[]): Practice {
  const cell = [{ type: "group" as const, id: "team" }];
  return deepFreeze<Practice>({
    schemaVersion: 2,
    id: "sticky",
    name: "Sticky",
    revision: 0,
    timeZone: "UTC",
    messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
    members: {
      admin: { name: "Admin", role: "staff", admin: true, active: true },
      ...Object.fromEntries(
        members.map((id) => [id, { name: `Member ${id}`, role: "staff", admin: false, active: true }]),
      ),
    },
    groups: { team: { name: "Team", members, delivery: "sticky" } },
    routing: {},
    defaultRouting: Object.fromEntries(
      MESSAGE_CATEGORIES.map((category) => [category, cell]),
    ) as unknown as Practice["defaultRouting"],
    coverage: {},
  });
}

const PATIENTS = Array.from({ length: 10_000 }, (_, i) => `patient-${i}`);

/** The member each patient gets, by resolving. */
function choices(practice: Practice): string[] {
  const router = compileRouter(practice);
  return PATIENTS.map((id) => {
    const answer = router.resolve({ category: "referrals", patient: { id }, at: "2026-11-20T15:00:00Z" });
    if (!answer.ok || answer.recipients.length !== 1) throw new Error("a sticky group gives one member");
    return answer.recipients[0] as string;
  });
}

/** χ² critical values at 1% by degrees of freedom. */
const CHI2_1_PERCENT: Record<number, number> = { 2: 9.21, 4: 13.277, 7: 18.475, 9: 21.666 };

const team = (n: number) => Array.from({ length: n }, (_, i) => `m${String(i).padStart(2, "0")}`);

describe("the sticky score", () => {
  test.prop([fc.string({ unit: "grapheme" }), fc.string({ unit: "binary", minLength: 1, maxLength: 40 })], {
    numRuns: fuzzRuns(1_000),
  })("equals an independent computation over the UTF-8 bytes, for any text", (patientId, memberId) => {
    expect(stickyScore(stickyPrefix(patientId), memberId)).toBe(referenceScore(patientId, memberId));
  });

  test("of known inputs, as computed in Python (docs/sites-and-pools.md)", () => {
    const score = (patientId: string, memberId: string) => stickyScore(stickyPrefix(patientId), memberId);
    expect([score("patient-1", "lpatel"), score("patient-1", "oselkin"), score("Zoë", "nurse-2")]).toEqual([
      366789422, 3809542503, 479180207,
    ]);
    expect(score("patient-2", "mreyes")).toBe(3734478810);
    expect(stickyOrder("patient-1", ["lpatel", "oselkin", "lpatel"])).toEqual(["oselkin", "lpatel"]);
  });

  test("ties go to the smaller id, whatever the group's order (a pair found by a birthday search)", () => {
    expect(referenceScore("p-1007", "tie-7vl8")).toBe(referenceScore("p-1007", "tie-opd6"));
    expect(stickyOrder("p-1007", ["tie-opd6", "tie-7vl8"])).toEqual(["tie-7vl8", "tie-opd6"]);
    expect(stickyOrder("p-1007", ["tie-7vl8", "tie-opd6"])).toEqual(["tie-7vl8", "tie-opd6"]);
  });
});

describe("sticky choices over 10,000 patients", () => {
  for (const n of [3, 5, 8, 10]) {
    test(`spread evenly over ${n} members (χ² at 1%), the same member on every call`, () => {
      const members = team(n);
      const chosen = choices(stickyPractice(members));
      const counts = members.map((id) => chosen.filter((c) => c === id).length);
      const expected = PATIENTS.length / n;
      const chi2 = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
      expect(chi2).toBeLessThan(CHI2_1_PERCENT[n - 1] as number);
      // Each patient's member is the highest score, ties by smaller id.
      chosen.forEach((member, k) => {
        const patientId = PATIENTS[k] as string;
        const best = [...members].sort(
          (a, b) => referenceScore(patientId, b) - referenceScore(patientId, a) || (a < b ? -1 : 1),
        )[0];
        expect(member).toBe(best);
      });
      expect(choices(stickyPractice(members))).toEqual(chosen);
    });
  }

  for (const n of [2, 4, 9]) {
    test(`adding a member to ${n} moves at most 1.5/(n+1) of the patients, all to the new member`, () => {
      const before = choices(stickyPractice(team(n)));
      const after = choices(stickyPractice([...team(n), "new"]));
      const moved = PATIENTS.filter((_, k) => before[k] !== after[k]).map((_, k) => k);
      const movedTo = new Set(after.filter((member, k) => member !== before[k]));
      expect([...movedTo]).toEqual(["new"]);
      expect(moved.length / PATIENTS.length).toBeLessThanOrEqual(1.5 / (n + 1));
      expect(moved.length).toBeGreaterThan(0);
    });

    test(`removing one of ${n + 1} members moves only that member's patients`, () => {
      const members = team(n + 1);
      const gone = members[1] as string;
      const before = choices(stickyPractice(members));
      const after = choices(stickyPractice(members.filter((id) => id !== gone)));
      PATIENTS.forEach((_, k) => {
        if (before[k] === gone) expect(after[k]).not.toBe(gone);
        else expect(after[k]).toBe(before[k]);
      });
    });
  }

  test("an inactive or excluded member is never chosen; its patients go to their next member", () => {
    const members = team(4);
    const practice = stickyPractice(members);
    const before = choices(practice);
    const inactive = deepFreeze<Practice>({
      ...practice,
      members: { ...practice.members, m00: { name: "Member m00", role: "staff", admin: false, active: false } },
    });
    const after = choices(inactive);
    PATIENTS.forEach((patientId, k) => {
      expect(after[k]).not.toBe("m00");
      if (before[k] !== "m00") expect(after[k]).toBe(before[k]);
      else expect(after[k]).toBe(stickyOrder(patientId, members)[1]);
    });
    const excluded = resolveRecipients(practice, {
      category: "referrals",
      patient: { id: "patient-0", excludedMembers: [before[0] as string] },
      at: "2026-11-20T15:00:00Z",
    });
    expect(excluded.ok && excluded.recipients).toEqual([stickyOrder("patient-0", members)[1]]);
  });
});
