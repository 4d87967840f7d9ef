import { describe, expect, test } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { explainResolution } from "../../src/present/explainResolution.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { TraceStep } from "../../src/resolve/trace.js";
import type { Resolution, ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { awayInDecember, DECEMBER_3, membersWith, NOVEMBER, samplePracticeWith } from "../resolve/fixtures.js";

const sample = samplePractice();
const explain = (practice: Practice, input: ResolveInput) =>
  explainResolution(practice, resolveRecipients(practice, input));

describe("explainResolution", () => {
  test("names the provider, the category and the recipients", () => {
    expect(explain(sample, { category: "appointments", providerId: "crusher", at: NOVEMBER })).toMatchInlineSnapshot(`
      [
        "Beverly Crusher's table sends Appointments to Jane Smith.",
      ]
    `);
    expect(explain(sample, { category: "prescriptions", providerId: "crusher", at: NOVEMBER })).toMatchInlineSnapshot(`
      [
        "Beverly Crusher's table sends Prescriptions & Refills to Nurses and the patient's provider.",
        "Nurses is Lena Patel.",
        "The patient's provider is Beverly Crusher.",
      ]
    `);
  });

  test("explains coverage with the end date in UTC", () => {
    expect(explain(sample, { category: "appointments", providerId: "crusher", at: DECEMBER_3 })).toMatchInlineSnapshot(`
      [
        "Beverly Crusher's table sends Appointments to Jane Smith.",
        "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
      ]
    `);
    const practice = samplePracticeWith({
      coverage: { c1: { ...awayInDecember("jsmith", "kjones"), until: "2026-12-08T14:30:00+02:00" } },
    });
    expect(
      explain(practice, { category: "appointments", providerId: "crusher", at: DECEMBER_3 })[1],
    ).toMatchInlineSnapshot(`"Jane Smith is away until 8 Dec 2026, 7:30 AM EST; Kim Jones covers."`);
  });

  test("explains why the default table is used", () => {
    const lines = ["ghost", "kjones", null, "oselkin"].map((providerId) =>
      explain(sample, { category: "general_inquiry", providerId, at: DECEMBER_3 }),
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        [
          "The patient's provider id names no member of the practice, so the practice's default table sends General Inquiry to Front Desk.",
          "Front Desk is Jane Smith and Kim Jones.",
          "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
          "Kim Jones already receives the message, so the repeat is skipped.",
        ],
        [
          "The patient's provider id names a staff member, not a provider, so the practice's default table sends General Inquiry to Front Desk.",
          "Front Desk is Jane Smith and Kim Jones.",
          "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
          "Kim Jones already receives the message, so the repeat is skipped.",
        ],
        [
          "The patient has no provider, so the practice's default table sends General Inquiry to Front Desk.",
          "Front Desk is Jane Smith and Kim Jones.",
          "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
          "Kim Jones already receives the message, so the repeat is skipped.",
        ],
        [
          "Omar Selkin's table has no General Inquiry entry, so the practice's default table sends General Inquiry to Front Desk.",
          "Front Desk is Jane Smith and Kim Jones.",
          "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
          "Kim Jones already receives the message, so the repeat is skipped.",
        ],
      ]
    `);
  });

  test("explains refusals", () => {
    const off = samplePracticeWith({ messaging: { ...sample.messaging, patientInitiated: false } });
    const disabled = samplePracticeWith({ messaging: { ...sample.messaging, disabledCategories: ["referrals"] } });
    expect([
      ...explain(off, { category: "appointments", at: NOVEMBER }),
      ...explain(sample, { category: "nonsense", at: NOVEMBER }),
      ...explain(disabled, { category: "referrals", at: NOVEMBER }),
    ]).toMatchInlineSnapshot(`
      [
        "Patient messaging is switched off for this practice, so nobody receives the message.",
        "The category is not one of the six message categories, so nobody receives the message.",
        "Patients may not choose Referrals at this practice, so nobody receives the message.",
      ]
    `);
  });

  test("explains skips, fallbacks and the backstop", () => {
    const practice = samplePracticeWith({
      members: membersWith("crusher", { active: false }),
      routing: {
        crusher: {
          test_results: [
            { type: "member", id: "ghost" },
            { type: "group", id: "nobody" },
            { type: "member", id: "mreyes" },
            { type: "assigned_provider" },
          ],
        },
      },
    });
    expect(explain(practice, { category: "test_results", providerId: "crusher", at: NOVEMBER })).toMatchInlineSnapshot(`
      [
        "Beverly Crusher's table sends Lab or Other Test Results to member "ghost", group "nobody", Marco Reyes and the patient's provider.",
        "Member "ghost" does not exist and is skipped.",
        "Group "nobody" does not exist, so it reaches nobody.",
        "Marco Reyes is inactive and is skipped.",
        "The patient's provider is Beverly Crusher.",
        "Beverly Crusher is inactive and is skipped.",
        "Nobody is left from the provider's table, so the practice's default table is used.",
        "The practice's default table sends Lab or Other Test Results to the patient's provider.",
        "The patient's provider is Beverly Crusher.",
        "Beverly Crusher is inactive and is skipped.",
        "Nobody is left from the practice's default table, so the message goes to the backstop.",
        "The backstop sends the message to every active admin: Jane Smith.",
      ]
    `);
    expect(explain(sample, { category: "test_results", at: NOVEMBER })).toMatchInlineSnapshot(`
      [
        "The patient has no provider, so the practice's default table sends Lab or Other Test Results to the patient's provider.",
        "The patient has no provider, so the assigned-provider entry reaches nobody.",
        "Nobody is left from the practice's default table, so the message goes to the backstop.",
        "The backstop sends the message to every active admin: Jane Smith.",
      ]
    `);
    const noAdmin = samplePracticeWith({
      members: membersWith("jsmith", { admin: false }),
    });
    expect(explain(noAdmin, { category: "test_results", at: NOVEMBER }).at(-1)).toMatchInlineSnapshot(
      `"The practice has no active admin, so nobody receives the message."`,
    );
  });

  test("explains every way a cover can fail", () => {
    const failing = (coverage: Practice["coverage"]) =>
      explain(samplePracticeWith({ coverage }), { category: "appointments", providerId: "crusher", at: DECEMBER_3 })[2];
    const members = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [
        `m${i}`,
        { name: `Member ${i}`, role: "staff" as const, admin: false, active: true },
      ]),
    );
    const longChain = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`k${i}`, awayInDecember(i === 0 ? "jsmith" : `m${i - 1}`, `m${i}`)]),
    );
    const tooLong = explain(samplePracticeWith({ members: { ...sample.members, ...members }, coverage: longChain }), {
      category: "appointments",
      providerId: "crusher",
      at: DECEMBER_3,
    })[11];
    expect([
      failing({ a: awayInDecember("jsmith", "mreyes") }),
      failing({ a: awayInDecember("jsmith", "ghost") }),
      failing({ a: awayInDecember("jsmith", "jsmith") }),
      tooLong,
    ]).toMatchInlineSnapshot(`
      [
        "Jane Smith is away and is skipped: the cover, Marco Reyes, is inactive.",
        "Jane Smith is away and is skipped: the cover, member "ghost", does not exist.",
        "Jane Smith is away and is skipped: the chain of covers loops back to Jane Smith.",
        "Jane Smith is away and is skipped: Member 9 is still away after 10 covers.",
      ]
    `);
  });

  test("explains after-hours cells, their fallbacks and absences nobody covers, in the practice's zone", () => {
    const practice = samplePracticeWith({
      coverage: {
        ...sample.coverage,
        off: { member: "oselkin", from: "2026-11-20T00:00:00Z", until: "2026-11-23T13:00:00Z" },
      },
    });
    const at = "2026-11-21T01:00:00Z"; // Friday 20 November, 8:00 PM in New York: closed
    expect({
      onCall: explain(sample, { category: "health_question", providerId: "crusher", at }),
      fallback: explain(practice, { category: "health_question", providerId: "crusher", at }),
      noProvider: explain(practice, { category: "health_question", at }).slice(4, 5),
      nurseAway: explain(sample, { category: "test_results", providerId: "oselkin", at: "2026-12-15T15:00:00Z" }),
    }).toMatchInlineSnapshot(`
      {
        "fallback": [
          "The practice is closed, so its after-hours table sends Question About My Health to On Call.",
          "On Call is Omar Selkin.",
          "Omar Selkin is away until 23 Nov 2026, 8:00 AM EST, and nobody covers.",
          "Omar Selkin is away and is skipped: nobody covers.",
          "Nobody is left from the after-hours table, so the provider's table is used.",
          "Beverly Crusher's table sends Question About My Health to the patient's provider.",
          "The patient's provider is Beverly Crusher.",
        ],
        "noProvider": [
          "Nobody is left from the after-hours table, so the practice's default table is used.",
        ],
        "nurseAway": [
          "Omar Selkin's table sends Lab or Other Test Results to Nurses.",
          "Nurses is Lena Patel.",
          "Lena Patel is away until 19 Dec 2026, 12:00 AM EST, and nobody covers.",
          "Lena Patel is away and is skipped: nobody covers.",
          "Nobody is left from the provider's table, so the practice's default table is used.",
          "The practice's default table sends Lab or Other Test Results to the patient's provider.",
          "The patient's provider is Omar Selkin.",
        ],
        "onCall": [
          "The practice is closed, so its after-hours table sends Question About My Health to On Call.",
          "On Call is Omar Selkin.",
        ],
      }
    `);
  });

  test("lists empty groups and unreadable dates in its own words", () => {
    const resolution: Resolution = {
      ok: false,
      reason: "no_recipient",
      hours: { open: true, nextOpenAt: null },
      trace: [
        { kind: "default_cell", reason: "fallback", providerId: null, category: "referrals", recipients: [] },
        { kind: "group", groupId: "front-desk", members: [] },
        { kind: "coverage", memberId: "jsmith", coverageId: "c9", coveredBy: "kjones", until: "soon" },
        { kind: "default_cell", reason: "no_provider_cell", providerId: null, category: "referrals", recipients: [] },
      ],
    };
    expect(explainResolution(sample, resolution)).toMatchInlineSnapshot(`
      [
        "The practice's default table sends Referrals to nobody.",
        "Front Desk has no members.",
        "Jane Smith is away until an unreadable date; Kim Jones covers.",
        "The provider's table has no Referrals entry, so the practice's default table sends Referrals to nobody.",
      ]
    `);
  });

  test("throws a TypeError for a trace it does not know", () => {
    const bogus = (step: object) => () =>
      explainResolution(sample, {
        ok: false,
        reason: "no_recipient",
        hours: { open: true, nextOpenAt: null },
        trace: [step as TraceStep],
      });
    const cell = { kind: "provider_cell", providerId: "crusher", category: "referrals" };
    expect(bogus({ kind: "teleport" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: explainResolution: the trace holds a step or value this version does not know.]`,
    );
    expect(bogus({ kind: "default_cell", reason: "whim", category: "referrals", recipients: [] })).toThrow(TypeError);
    expect(bogus({ kind: "skipped", reason: "bored", memberId: "kjones" })).toThrow(TypeError);
    expect(
      bogus({ kind: "skipped", reason: "absent", memberId: "kjones", coverFailure: "x", covererId: "kjones" }),
    ).toThrow(TypeError);
    expect(bogus({ ...cell, recipients: [{ type: "robot" }] })).toThrow(TypeError);
  });

  test("returns a frozen array", () => {
    expect(Object.isFrozen(explain(sample, { category: "appointments", at: NOVEMBER }))).toBe(true);
  });
});
