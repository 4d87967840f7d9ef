import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { diffPractices } from "../../src/edit/diffPractices.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { AT, activeAdmin } from "./helpers.js";

const sample = samplePractice();

describe("diffPractices", () => {
  it("finds nothing between equal practices", () => {
    expect(diffPractices(sample, sample)).toEqual([]);
    expect(diffPractices(sample, samplePractice())).toEqual([]);
  });

  it("lists every difference of a config changed by hand, in format order with names", () => {
    const edited: Practice = {
      ...sample,
      id: "efm",
      name: "Enterprise Medicine",
      revision: 7,
      messaging: { patientInitiated: false, patientReplies: false, disabledCategories: ["referrals"] },
      members: {
        ...sample.members,
        alee: { name: "Ann Lee", role: "staff", admin: true, active: true },
        kjones: { name: "Kim Smith", role: "provider", admin: true, active: false },
        mreyes: { name: "Marco Reyes", role: "staff", admin: false, active: true },
        oselkin: { name: "Omar Selkin", role: "provider", admin: true, active: true },
      },
      groups: {
        "front-desk": { name: "Reception", members: ["kjones"] },
        billing: { name: "Billing", members: ["alee"] },
      },
      routing: {
        crusher: {
          appointments: [{ type: "group", id: "front-desk" }],
          health_question: [{ type: "assigned_provider" }],
          referrals: [{ type: "member", id: "alee" }],
        },
        kjones: {},
      },
      defaultRouting: { ...sample.defaultRouting, test_results: [{ type: "member", id: "jsmith" }] },
      coverage: {
        c1: { ...(sample.coverage.c1 as NonNullable<Practice["coverage"]["c1"]>), coveredBy: "lpatel" },
        c3: { member: "alee", from: "2026-07-01T00:00:00Z", until: "2026-07-02T00:00:00Z", coveredBy: "jsmith" },
      },
    };
    expect(diffPractices(sample, edited)).toMatchInlineSnapshot(`
      [
        {
          "path": [
            "id",
          ],
          "summary": "Practice id changed from enterprise-family-medicine to efm.",
        },
        {
          "path": [
            "name",
          ],
          "summary": "Practice renamed from Enterprise Family Medicine to Enterprise Medicine.",
        },
        {
          "path": [
            "revision",
          ],
          "summary": "Revision went from 0 to 7.",
        },
        {
          "path": [
            "messaging",
            "patientInitiated",
          ],
          "summary": "Patient-initiated messaging turned off.",
        },
        {
          "path": [
            "messaging",
            "patientReplies",
          ],
          "summary": "Patient replies turned off.",
        },
        {
          "path": [
            "messaging",
            "disabledCategories",
          ],
          "summary": "The Referrals category was disabled for patients.",
        },
        {
          "path": [
            "messaging",
            "responseBusinessDays",
          ],
          "summary": "Response time promised to patients removed (was: 2 business days).",
        },
        {
          "path": [
            "members",
            "alee",
          ],
          "summary": "Added staff member Ann Lee as an admin.",
        },
        {
          "path": [
            "members",
            "kjones",
            "name",
          ],
          "summary": "Renamed member Kim Jones to Kim Smith.",
        },
        {
          "path": [
            "members",
            "kjones",
            "role",
          ],
          "summary": "Kim Smith is now a provider.",
        },
        {
          "path": [
            "members",
            "kjones",
            "admin",
          ],
          "summary": "Kim Smith is now an admin.",
        },
        {
          "path": [
            "members",
            "kjones",
            "active",
          ],
          "summary": "Kim Smith was deactivated.",
        },
        {
          "path": [
            "members",
            "mreyes",
            "active",
          ],
          "summary": "Marco Reyes was activated.",
        },
        {
          "path": [
            "members",
            "oselkin",
            "admin",
          ],
          "summary": "Omar Selkin is now an admin.",
        },
        {
          "path": [
            "groups",
            "billing",
          ],
          "summary": "Added group Billing with Ann Lee.",
        },
        {
          "path": [
            "groups",
            "front-desk",
            "name",
          ],
          "summary": "Renamed group Front Desk to Reception.",
        },
        {
          "path": [
            "groups",
            "front-desk",
            "members",
          ],
          "summary": "Members of Reception are now Kim Smith (was: Jane Smith and Kim Jones).",
        },
        {
          "path": [
            "groups",
            "nurses",
          ],
          "summary": "Removed group Nurses.",
        },
        {
          "path": [
            "groups",
            "on-call",
          ],
          "summary": "Removed group On Call.",
        },
        {
          "path": [
            "routing",
            "crusher",
            "appointments",
          ],
          "summary": "Appointments for Beverly Crusher's patients now go to Reception (was: Jane Smith).",
        },
        {
          "path": [
            "routing",
            "crusher",
            "referrals",
          ],
          "summary": "Referrals for Beverly Crusher's patients now go to Ann Lee (was: the default table).",
        },
        {
          "path": [
            "routing",
            "crusher",
            "prescriptions",
          ],
          "summary": "Prescriptions & Refills for Beverly Crusher's patients now use the default table (was: Nurses and the assigned provider).",
        },
        {
          "path": [
            "routing",
            "kjones",
          ],
          "summary": "Added an empty routing table for Kim Smith.",
        },
        {
          "path": [
            "routing",
            "oselkin",
            "test_results",
          ],
          "summary": "Lab or Other Test Results for Omar Selkin's patients now use the default table (was: Nurses).",
        },
        {
          "path": [
            "routing",
            "oselkin",
            "health_question",
          ],
          "summary": "Question About My Health for Omar Selkin's patients now use the default table (was: the assigned provider and Nurses).",
        },
        {
          "path": [
            "defaultRouting",
            "test_results",
          ],
          "summary": "Lab or Other Test Results in the default table now go to Jane Smith (was: the assigned provider).",
        },
        {
          "path": [
            "coverage",
            "c1",
          ],
          "summary": "Changed coverage c1: Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Lena Patel (was: Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones).",
        },
        {
          "path": [
            "coverage",
            "c2",
          ],
          "summary": "Removed coverage c2 (Lena Patel away from 14 Dec 2026, 8:00 AM EST until 19 Dec 2026, 12:00 AM EST, with nobody covering).",
        },
        {
          "path": [
            "coverage",
            "c3",
          ],
          "summary": "Added coverage c3: Ann Lee away from 30 Jun 2026, 8:00 PM EDT until 1 Jul 2026, 8:00 PM EDT, covered by Jane Smith.",
        },
      ]
    `);
    expect(diffPractices(edited, sample).map((change) => change.summary)).toMatchInlineSnapshot(`
      [
        "Practice id changed from efm to enterprise-family-medicine.",
        "Practice renamed from Enterprise Medicine to Enterprise Family Medicine.",
        "Revision went from 7 to 0.",
        "Patient-initiated messaging turned on.",
        "Patient replies turned on.",
        "The Referrals category was enabled for patients.",
        "Response time promised to patients is now 2 business days (was: none).",
        "Removed member Ann Lee.",
        "Renamed member Kim Smith to Kim Jones.",
        "Kim Jones is now staff.",
        "Kim Jones is no longer an admin.",
        "Kim Jones was activated.",
        "Marco Reyes was deactivated.",
        "Omar Selkin is no longer an admin.",
        "Removed group Billing.",
        "Renamed group Reception to Front Desk.",
        "Members of Front Desk are now Jane Smith and Kim Jones (was: Kim Smith).",
        "Added group Nurses with Lena Patel.",
        "Added group On Call with Omar Selkin.",
        "Appointments for Beverly Crusher's patients now go to Jane Smith (was: Reception).",
        "Referrals for Beverly Crusher's patients now use the default table (was: Ann Lee).",
        "Prescriptions & Refills for Beverly Crusher's patients now go to Nurses and the assigned provider (was: the default table).",
        "Removed the empty routing table of Kim Smith.",
        "Lab or Other Test Results for Omar Selkin's patients now go to Nurses (was: the default table).",
        "Question About My Health for Omar Selkin's patients now go to the assigned provider and Nurses (was: the default table).",
        "Lab or Other Test Results in the default table now go to the assigned provider (was: Jane Smith).",
        "Changed coverage c1: Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones (was: Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Lena Patel).",
        "Added coverage c2: Lena Patel away from 14 Dec 2026, 8:00 AM EST until 19 Dec 2026, 12:00 AM EST, with nobody covering.",
        "Removed coverage c3 (Ann Lee away from 30 Jun 2026, 8:00 PM EDT until 1 Jul 2026, 8:00 PM EDT, covered by Jane Smith).",
      ]
    `);
  });

  it("lists time settings: zone, response promise, each weekday, each closure by id", () => {
    const { responseBusinessDays: _days, ...messaging } = sample.messaging;
    const edited: Practice = {
      ...sample,
      timeZone: "Europe/London",
      messaging,
      schedule: {
        hours: { ...sample.schedule?.hours, mon: [["09:00", "17:00"]], fri: [], sat: [["09:00", "12:00"]] },
        closures: {
          "xmas-2026": { name: "Christmas Day", firstDay: "2026-12-25", lastDay: "2026-12-26" },
          winter: { name: "Winter Break", firstDay: "2026-12-28", lastDay: "2027-01-01" },
        },
      },
    };
    expect(
      diffPractices(sample, edited).map((change) => [change.path.join("."), change.summary]),
    ).toMatchInlineSnapshot(`
        [
          [
            "timeZone",
            "Time zone changed from America/New_York to Europe/London.",
          ],
          [
            "messaging.responseBusinessDays",
            "Response time promised to patients removed (was: 2 business days).",
          ],
          [
            "schedule.hours.mon",
            "Opening hours on Monday are now 09:00–17:00 (was: 08:00–12:00, 13:00–17:00).",
          ],
          [
            "schedule.hours.fri",
            "Opening hours on Friday are now closed (was: 08:00–12:00, 13:00–17:00).",
          ],
          [
            "schedule.hours.sat",
            "Opening hours on Saturday are now 09:00–12:00 (was: closed).",
          ],
          [
            "schedule.closures.winter",
            "Added closure Winter Break (28 Dec 2026 to 1 Jan 2027).",
          ],
          [
            "schedule.closures.xmas-2026",
            "Changed closure Christmas Day (25 Dec 2026 to 26 Dec 2026) (was: Christmas Day (25 Dec 2026)).",
          ],
        ]
      `);
    const { schedule: _schedule, ...alwaysOpen } = sample;
    expect(diffPractices(sample, alwaysOpen).map((change) => change.summary)).toMatchInlineSnapshot(`
      [
        "Opening hours removed; the practice is always open (was: Mon–Fri 08:00–12:00, 13:00–17:00 with 1 closure).",
      ]
    `);
    expect(diffPractices(alwaysOpen, sample).map((change) => change.summary)).toMatchInlineSnapshot(`
      [
        "Opening hours set to Mon–Fri 08:00–12:00, 13:00–17:00 with 1 closure (was: always open).",
      ]
    `);
  });

  it("lists the new routing table a provider got from one edit", () => {
    const before = applyEdit(
      sample,
      {
        type: "upsert_member",
        id: "druiz",
        member: { name: "Ana Ruiz", role: "provider", admin: false, active: true },
      },
      { actor: "jsmith", at: AT },
    );
    if (!before.ok) throw new Error("refused");
    const result = applyEdit(
      before.practice,
      { type: "set_route", providerId: "druiz", category: "referrals", recipients: [{ type: "group", id: "nurses" }] },
      { actor: "jsmith", at: AT },
    );
    expect(result.ok && diffPractices(before.practice, result.practice)).toMatchInlineSnapshot(`
      [
        {
          "path": [
            "revision",
          ],
          "summary": "Revision went from 1 to 2.",
        },
        {
          "path": [
            "routing",
            "druiz",
            "referrals",
          ],
          "summary": "Referrals for Ana Ruiz's patients now go to Nurses (was: the default table).",
        },
      ]
    `);
  });

  test.prop([practiceArbitrary().chain((p) => fc.tuple(fc.constant(p), editArbitrary(p)))], { numRuns: 200 })(
    "reports a change at every path an edit patched, and nothing for an edit that changed nothing",
    ([practice, edit]) => {
      const result = applyEdit(practice, edit, { actor: activeAdmin(practice), at: AT });
      if (!result.ok) return;
      const changes = diffPractices(practice, result.practice);
      if (!result.changed) {
        expect(changes).toEqual([]);
        return;
      }
      const key = (path: readonly (string | number)[]) => JSON.stringify(path);
      for (const patch of result.patches) {
        const prefix = key(patch.path).slice(0, -1);
        const covered = changes.some(
          (change) => key(change.path).startsWith(prefix) || prefix.startsWith(key(change.path).slice(0, -1)),
        );
        expect(covered).toBe(true);
      }
    },
  );
});
