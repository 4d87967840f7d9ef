import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";
import { alwaysOpenSample, samplePracticeWith } from "./fixtures.js";

// DESIGN.md section 10 on the sample practice: New York, weekdays 08:00–12:00 and 13:00–17:00, closed on
// Christmas Day 2026, answering within 2 business days, Omar Selkin on call for health questions after hours,
// Lena Patel away 14–18 December with nobody covering.

const sample = samplePractice();

/** Both ways of resolving agree (traces included); the answer. */
function resolveBoth(practice: Practice, input: ResolveInput) {
  const answer = resolveRecipients(practice, input);
  expect(compileRouter(practice).resolve(input)).toEqual(answer);
  return answer;
}

const respondBy = (at: string) =>
  resolveBoth(sample, { category: "appointments", providerId: "crusher", at }).ok
    ? (resolveRecipients(sample, { category: "appointments", providerId: "crusher", at }) as { respondBy: string })
        .respondBy
    : undefined;

describe("hours and respondBy", () => {
  test("respondBy is when the 2nd open day after the local date of `at` closes, across weekends", () => {
    expect({
      fridayMorning: respondBy("2026-11-20T15:00:00Z"),
      fridayLateNight: respondBy("2026-11-21T04:59:59Z"), // still Friday in New York
      saturday: respondBy("2026-11-21T15:00:00Z"),
      sunday: respondBy("2026-11-22T15:00:00Z"),
      mondayEarly: respondBy("2026-11-23T06:00:00Z"), // before opening: Monday itself does not count
    }).toMatchInlineSnapshot(`
      {
        "fridayLateNight": "2026-11-24T22:00:00Z",
        "fridayMorning": "2026-11-24T22:00:00Z",
        "mondayEarly": "2026-11-25T22:00:00Z",
        "saturday": "2026-11-24T22:00:00Z",
        "sunday": "2026-11-24T22:00:00Z",
      }
    `);
  });

  test("respondBy skips closures and follows the wall clock across DST changes", () => {
    expect({
      beforeChristmas: respondBy("2026-12-23T15:00:00Z"), // Thu 24, (Fri 25 closed), Mon 28
      beforeSpringForward: respondBy("2026-03-06T15:00:00Z"), // Tue 10 Mar closes 17:00 EDT
      beforeFallBack: respondBy("2026-10-30T14:00:00Z"), // Tue 3 Nov closes 17:00 EST
    }).toMatchInlineSnapshot(`
      {
        "beforeChristmas": "2026-12-28T22:00:00Z",
        "beforeFallBack": "2026-11-03T22:00:00Z",
        "beforeSpringForward": "2026-03-10T21:00:00Z",
      }
    `);
  });

  test("hours say when a closed practice opens next: after lunch, after a weekend, after Christmas", () => {
    const hours = (at: string) => resolveBoth(sample, { category: "referrals", at }).hours;
    expect({
      open: hours("2026-11-20T15:00:00Z"),
      lunch: hours("2026-11-20T17:30:00Z"),
      weekend: hours("2026-11-21T15:00:00Z"),
      christmas: hours("2026-12-25T15:00:00Z"),
      dstGapSunday: hours("2026-03-08T07:30:00Z"),
    }).toMatchInlineSnapshot(`
      {
        "christmas": {
          "nextOpenAt": "2026-12-28T13:00:00Z",
          "open": false,
        },
        "dstGapSunday": {
          "nextOpenAt": "2026-03-09T12:00:00Z",
          "open": false,
        },
        "lunch": {
          "nextOpenAt": "2026-11-20T18:00:00Z",
          "open": false,
        },
        "open": {
          "nextOpenAt": null,
          "open": true,
        },
        "weekend": {
          "nextOpenAt": "2026-11-23T13:00:00Z",
          "open": false,
        },
      }
    `);
  });

  test("refusals carry hours too; respondBy is null without a schedule or a promise", () => {
    const off = samplePracticeWith({ messaging: { ...sample.messaging, patientInitiated: false } });
    expect(resolveBoth(off, { category: "appointments", at: "2026-11-21T15:00:00Z" })).toMatchObject({
      ok: false,
      hours: { open: false, nextOpenAt: "2026-11-23T13:00:00Z" },
    });
    const { responseBusinessDays, ...messaging } = sample.messaging;
    expect(responseBusinessDays).toBe(2);
    const noPromise = samplePracticeWith({ messaging });
    expect(resolveBoth(noPromise, { category: "appointments", at: "2026-11-20T15:00:00Z" })).toMatchObject({
      respondBy: null,
    });
    expect(resolveBoth(alwaysOpenSample(), { category: "appointments", at: "2026-11-21T15:00:00Z" })).toMatchObject({
      hours: { open: true, nextOpenAt: null },
      respondBy: null,
    });
  });

  test("a practice never open: closed, no next opening within 366 days, no promise it can keep", () => {
    const never = samplePracticeWith({ schedule: { hours: {}, closures: {} } });
    expect(resolveBoth(never, { category: "appointments", at: "2026-11-20T15:00:00Z" })).toMatchObject({
      hours: { open: false, nextOpenAt: null },
      respondBy: null,
    });
  });

  test("a year-long closure: the next opening is found just within 366 days, not beyond", () => {
    const closed = (lastDay: string) =>
      samplePracticeWith({
        schedule: {
          ...(sample.schedule as NonNullable<Practice["schedule"]>),
          closures: { year: { name: "Year", firstDay: "2026-01-01", lastDay } },
        },
      });
    const at = "2026-01-01T15:00:00Z";
    expect(resolveBoth(closed("2026-12-31"), { category: "referrals", at }).hours).toEqual({
      open: false,
      nextOpenAt: "2027-01-01T13:00:00Z",
    });
    expect(resolveBoth(closed("2027-01-04"), { category: "referrals", at }).hours).toEqual({
      open: false,
      nextOpenAt: null,
    });
  });
});

describe("after-hours routing", () => {
  test("while closed, the after-hours cell is tried first (route after_hours_table)", () => {
    const answer = resolveBoth(sample, {
      category: "health_question",
      providerId: "crusher",
      at: "2026-11-21T01:00:00Z",
    });
    expect(answer).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": "2026-11-23T13:00:00Z",
          "open": false,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "oselkin",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "after_hours_table",
        "trace": [
          {
            "category": "health_question",
            "kind": "after_hours_cell",
            "recipients": [
              {
                "id": "on-call",
                "type": "group",
              },
            ],
          },
          {
            "groupId": "on-call",
            "kind": "group",
            "members": [
              "oselkin",
            ],
          },
        ],
      }
    `);
    // Categories without an after-hours cell route as usual while closed.
    expect(
      resolveBoth(sample, { category: "appointments", providerId: "crusher", at: "2026-11-21T01:00:00Z" }),
    ).toMatchObject({ route: "provider_table", recipients: ["jsmith"] });
  });

  test("an after-hours cell that reaches nobody falls back to the provider's cell, or else the default cell", () => {
    const onCallAway = deepFreeze({
      ...sample,
      coverage: {
        ...sample.coverage,
        off: { member: "oselkin", from: "2026-11-20T00:00:00Z", until: "2026-11-23T00:00:00Z" },
      },
    });
    const at = "2026-11-21T01:00:00Z";
    const withCell = resolveBoth(onCallAway, { category: "health_question", providerId: "crusher", at });
    expect(withCell).toMatchObject({ route: "provider_table", recipients: ["crusher"] });
    expect(withCell.trace.map((step) => step.kind)).toEqual([
      "after_hours_cell",
      "group",
      "coverage",
      "skipped",
      "fallback",
      "provider_cell",
      "assigned_provider",
    ]);
    expect(withCell.trace[4]).toEqual({ kind: "fallback", from: "after_hours_table", to: "provider_table" });
    const withoutProvider = resolveBoth(onCallAway, { category: "health_question", providerId: null, at });
    expect(withoutProvider.trace[4]).toEqual({ kind: "fallback", from: "after_hours_table", to: "default_table" });
    expect(withoutProvider).toMatchObject({ route: "backstop", recipients: ["jsmith"] });
  });
});

describe("absences without cover", () => {
  test("a member away with nobody covering is dropped, and the cell falls back as for an inactive member", () => {
    // Lena Patel (the Nurses group) is away 14–18 December; nobody covers.
    const at = "2026-12-15T15:00:00Z";
    const answer = resolveBoth(sample, { category: "test_results", providerId: "oselkin", at });
    expect(answer).toMatchObject({ route: "default_table", recipients: ["oselkin"] });
    expect(answer.trace.slice(0, 5)).toMatchInlineSnapshot(`
      [
        {
          "category": "test_results",
          "kind": "provider_cell",
          "providerId": "oselkin",
          "recipients": [
            {
              "id": "nurses",
              "type": "group",
            },
          ],
        },
        {
          "groupId": "nurses",
          "kind": "group",
          "members": [
            "lpatel",
          ],
        },
        {
          "coverageId": "c2",
          "kind": "coverage",
          "memberId": "lpatel",
          "until": "2026-12-19T05:00:00Z",
        },
        {
          "coverFailure": "no_cover",
          "covererId": "lpatel",
          "kind": "skipped",
          "memberId": "lpatel",
          "reason": "absent",
        },
        {
          "from": "provider_table",
          "kind": "fallback",
          "to": "default_table",
        },
      ]
    `);
  });

  test("a coverer away with nobody covering ends the chain: the member is dropped", () => {
    const practice = deepFreeze({
      ...sample,
      coverage: {
        a: { member: "jsmith", coveredBy: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" },
        b: { member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" },
      },
    });
    const answer = resolveBoth(practice, {
      category: "appointments",
      providerId: "crusher",
      at: "2026-12-03T15:00:00Z",
    });
    expect(answer.trace.find((step) => step.kind === "skipped")).toEqual({
      kind: "skipped",
      reason: "absent",
      memberId: "jsmith",
      coverFailure: "no_cover",
      covererId: "kjones",
    });
    // The default cell is the Front Desk: Jane Smith and Kim Jones, both away; the backstop is Jane Smith.
    expect(answer).toMatchObject({ route: "backstop", recipients: ["jsmith"] });
  });
});

describe("hours over generated practices", () => {
  propTest.prop(
    [
      practiceArbitrary().chain((practice) =>
        fc.tuple(fc.constant(practice), fc.array(resolveInputArbitrary(practice), { minLength: 1, maxLength: 6 })),
      ),
    ],
    { numRuns: 300 },
  )("nextOpenAt is an open instant after `at`, closed until then; respondBy lies after `at`", ([practice, inputs]) => {
    const router = compileRouter(practice);
    for (const input of inputs) {
      const at = input.at ?? "2026-06-01T00:00:00Z";
      const time = new Date(at).getTime();
      const { hours, ...answer } = router.resolve({ ...input, at });
      if (hours.open || hours.nextOpenAt === null) {
        expect(hours.nextOpenAt).toBeNull();
      } else {
        const next = Date.parse(hours.nextOpenAt);
        expect(next).toBeGreaterThan(time);
        expect(next % 60_000).toBe(0);
        const openAt = (instant: number) => router.resolve({ category: "referrals", at: new Date(instant) }).hours.open;
        expect([openAt(next), openAt(next - 1), openAt(Math.floor((time + next) / 2))]).toEqual([true, false, false]);
      }
      if (answer.ok && answer.respondBy !== null) expect(Date.parse(answer.respondBy)).toBeGreaterThan(time);
    }
  });
});
