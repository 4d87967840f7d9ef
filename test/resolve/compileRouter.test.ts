import { afterEach, describe, expect, test, vi } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { alwaysOpenSample, awayInDecember, DECEMBER_3, NOVEMBER, samplePracticeWith, staff } from "./fixtures.js";

const sample = samplePractice();

describe("compileRouter", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("answers the seed examples like resolveRecipients", () => {
    const router = compileRouter(sample);
    const inputs: ResolveInput[] = [
      { category: "appointments", providerId: "crusher", at: NOVEMBER },
      { category: "appointments", providerId: "crusher", at: DECEMBER_3 },
      { category: "health_question", providerId: "crusher", at: NOVEMBER },
      { category: "general_inquiry", providerId: null, at: new Date(DECEMBER_3) },
      { category: "test_results", providerId: "kjones", at: NOVEMBER },
      { category: "test_results", providerId: "ghost", at: NOVEMBER },
      { category: "nonsense", at: NOVEMBER },
    ];
    for (const input of inputs) expect(router.resolve(input)).toEqual(resolveRecipients(sample, input));
    expect(router.resolve(inputs[0] as ResolveInput)).toMatchObject({ ok: true, recipients: ["jsmith"] });
    expect(router.resolve(inputs[1] as ResolveInput)).toMatchObject({ ok: true, recipients: ["kjones"] });
  });

  test("returns the same frozen answer on every call in one span, and an equal one in the next span", () => {
    const router = compileRouter(alwaysOpenSample());
    const first = router.resolve({ category: "appointments", providerId: "crusher", at: NOVEMBER });
    expect(router.resolve({ category: "appointments", providerId: "crusher", at: new Date(NOVEMBER) })).toBe(first);
    expect(router.resolve({ category: "appointments", providerId: "crusher", at: "2026-01-01T00:00:00Z" })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.trace)).toBe(true);
    // After c1 (Jane Smith away 1–8 Dec) another span starts: the same answer, not the same object.
    const later = router.resolve({ category: "appointments", providerId: "crusher", at: "2027-01-01T00:00:00Z" });
    expect(later).toEqual(first);
    expect(router.resolve({ category: "appointments", providerId: "crusher", at: "2030-01-01T00:00:00Z" })).toBe(later);
    const during = router.resolve({ category: "appointments", providerId: "crusher", at: DECEMBER_3 });
    expect(during).toMatchObject({ recipients: ["kjones"] });
    expect(Object.isFrozen(during)).toBe(true);
  });

  test("cuts time at the practice's opening and closing instants, read on its wall clock", () => {
    const router = compileRouter(sample);
    const input = { category: "health_question", providerId: "crusher" } as const;
    // Friday 20 Nov 2026 in New York: open 08:00–12:00 and 13:00–17:00 EST (UTC−5).
    const open = router.resolve({ ...input, at: "2026-11-20T13:00:00Z" });
    expect(open).toMatchObject({ route: "provider_table", recipients: ["crusher"], hours: { open: true } });
    expect(router.resolve({ ...input, at: "2026-11-20T16:59:59.999Z" })).toBe(open);
    const lunch = router.resolve({ ...input, at: "2026-11-20T17:00:00Z" });
    expect(lunch).toMatchObject({
      route: "after_hours_table",
      recipients: ["oselkin"],
      hours: { open: false, nextOpenAt: "2026-11-20T18:00:00Z" },
    });
    expect(router.resolve({ ...input, at: "2026-11-20T17:59:59Z" })).toBe(lunch);
    expect(router.resolve({ ...input, at: "2026-11-20T18:00:00Z" })).toMatchObject({ hours: { open: true } });
    // The weekend: one answer from Friday 17:00 until Monday 08:00, opening again on Monday 23 Nov.
    const weekend = router.resolve({ ...input, at: "2026-11-21T15:00:00Z" });
    expect(weekend.hours).toEqual({ open: false, nextOpenAt: "2026-11-23T13:00:00Z" });
    for (const at of ["2026-11-20T22:00:00Z", "2026-11-21T15:00:00Z", "2026-11-23T12:59:59Z"]) {
      expect(router.resolve({ ...input, at })).toEqual(resolveRecipients(sample, { ...input, at }));
    }
  });

  test("carries the id and revision of the compiled practice", () => {
    const router = compileRouter(samplePracticeWith({ id: "other-practice", revision: 7 }));
    expect({ practiceId: router.practiceId, revision: router.revision }).toEqual({
      practiceId: "other-practice",
      revision: 7,
    });
    expect(Object.isFrozen(router)).toBe(true);
  });

  test("shares answers between unknown ids and between staff ids", () => {
    const router = compileRouter(sample);
    const at = NOVEMBER;
    expect(router.resolve({ category: "referrals", providerId: "ghost", at })).toBe(
      router.resolve({ category: "referrals", providerId: "toString", at }),
    );
    expect(router.resolve({ category: "referrals", providerId: "kjones", at })).toBe(
      router.resolve({ category: "referrals", providerId: "lpatel", at }),
    );
  });

  test("honours absences of group members and of the assigned provider", () => {
    const practice = samplePracticeWith({
      coverage: {
        early: { member: "lpatel", coveredBy: "kjones", from: "2026-03-01T00:00:00Z", until: "2026-03-10T00:00:00Z" },
        overlapping: {
          member: "lpatel",
          coveredBy: "kjones",
          from: "2026-03-05T00:00:00Z",
          until: "2026-03-20T00:00:00Z",
        },
        later: { member: "crusher", coveredBy: "oselkin", from: "2026-05-01T00:00:00Z", until: "2026-05-02T00:00:00Z" },
        december: awayInDecember("crusher", "oselkin"),
      },
    });
    const router = compileRouter(practice);
    const at = ["2026-02-28T23:59:59Z", "2026-03-01T00:00:00Z", "2026-03-15T00:00:00Z", "2026-03-20T00:00:00Z"];
    for (const moment of [...at, "2026-05-01T12:00:00Z", "2026-06-01T00:00:00Z", DECEMBER_3, "2027-01-01T00:00:00Z"]) {
      const input = { category: "prescriptions", providerId: "crusher", at: moment };
      expect(router.resolve(input)).toEqual(resolveRecipients(practice, input));
    }
    expect(router.resolve({ category: "prescriptions", providerId: "crusher", at: at[2] as string })).toMatchObject({
      recipients: ["kjones", "crusher"],
    });
  });

  test("reads the current time when at is omitted", () => {
    const router = compileRouter(sample);
    vi.useFakeTimers({ now: new Date(DECEMBER_3) });
    expect(router.resolve({ category: "appointments", providerId: "crusher" })).toMatchObject({
      recipients: ["kjones"],
    });
    vi.setSystemTime(new Date(NOVEMBER));
    expect(router.resolve({ category: "appointments", providerId: "crusher" })).toMatchObject({
      recipients: ["jsmith"],
    });
    expect(router.resolve({ category: "health_question", providerId: "crusher" })).toMatchObject({
      recipients: ["crusher"],
    });
  });

  test("answers refusals like resolveRecipients", () => {
    const off = samplePracticeWith({ messaging: { ...sample.messaging, patientInitiated: false } });
    expect(compileRouter(off).resolve({ category: "appointments", at: NOVEMBER })).toEqual(
      resolveRecipients(off, { category: "appointments", at: NOVEMBER }),
    );
    const disabled = samplePracticeWith({ messaging: { ...sample.messaging, disabledCategories: ["referrals"] } });
    const router = compileRouter(disabled);
    expect(router.resolve({ category: "referrals", providerId: "crusher", at: NOVEMBER })).toMatchObject({
      reason: "category_disabled",
    });
    expect(router.resolve({ category: "referrals", providerId: "crusher", at: DECEMBER_3 })).toMatchObject({
      reason: "category_disabled",
    });
  });

  test("throws the same TypeErrors for a bad at, also after a good one", () => {
    const router = compileRouter(sample);
    expect(router.resolve({ category: "appointments", at: NOVEMBER })).toMatchObject({ ok: true });
    expect(router.resolve({ category: "appointments", at: NOVEMBER })).toMatchObject({ ok: true });
    expect(() => router.resolve({ category: "appointments", at: "2026-12-03" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: compileRouter: resolve: input.at must be an ISO 8601 timestamp with Z or an offset.]`,
    );
    expect(() => router.resolve({ category: "appointments", at: new Date(Number.NaN) })).toThrow(TypeError);
    expect(() => router.resolve({ category: "nonsense", at: 5 as unknown as string })).toThrow(TypeError);
  });

  test("resolves a practice without coverage at any time", () => {
    const practice = samplePracticeWith({ coverage: {} });
    const router = compileRouter(practice);
    expect(router.resolve({ category: "appointments", providerId: "crusher", at: DECEMBER_3 })).toMatchObject({
      recipients: ["jsmith"],
    });
  });

  test("keeps the stored answer while none of its recipients is away", () => {
    const practice = deepFreeze({
      ...alwaysOpenSample(),
      coverage: {
        nov: { member: "lpatel", coveredBy: "kjones", from: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z" },
      },
    });
    const router = compileRouter(practice);
    const quiet = router.resolve({ category: "appointments", providerId: "crusher", at: "2026-06-01T14:00:00Z" });
    // Lena Patel is away in November, but Beverly Crusher's Appointments cells never reach her.
    expect(router.resolve({ category: "appointments", providerId: "crusher", at: NOVEMBER })).toEqual(quiet);
    // Her Prescriptions cell does: Kim Jones covers, in a fresh answer.
    const covered = router.resolve({ category: "prescriptions", providerId: "crusher", at: NOVEMBER });
    expect(covered).toEqual(
      resolveRecipients(practice, { category: "prescriptions", providerId: "crusher", at: NOVEMBER }),
    );
    expect(covered).toMatchObject({ recipients: ["kjones", "crusher"] });
    // [from, until): quiet again at the first instant of December, away at the first instant of November.
    const until = router.resolve({ category: "prescriptions", providerId: "crusher", at: "2026-12-01T00:00:00Z" });
    expect(until).toMatchObject({ recipients: ["lpatel", "crusher"] });
    expect(router.resolve({ category: "prescriptions", providerId: "crusher", at: "2026-12-01T00:00:00Z" })).toBe(
      until,
    );
    expect(
      router.resolve({ category: "prescriptions", providerId: "crusher", at: "2026-11-01T00:00:00Z" }),
    ).toMatchObject({ recipients: ["kjones", "crusher"] });
  });

  test("returns the same object for a repeated input while the calls stay in one stretch of time", () => {
    // c1: Jane Smith away 1-8 Dec 2026 while the practice is always open: one stretch of time.
    const router = compileRouter(alwaysOpenSample());
    const input = { category: "appointments", providerId: "crusher", at: DECEMBER_3 };
    const first = router.resolve(input);
    expect(first).toMatchObject({ recipients: ["kjones"] });
    expect(router.resolve(input)).toBe(first);
    // Other inputs and other instants of the same stretch in between keep it.
    router.resolve({ category: "general_inquiry", providerId: null, at: DECEMBER_3 });
    router.resolve({ category: "appointments", providerId: "oselkin", at: "2026-12-07T23:59:59.999Z" });
    expect(router.resolve({ ...input, at: "2026-12-01T00:00:00Z" })).toBe(first);
    expect(router.resolve({ ...input, at: new Date("2026-12-07T23:59:59.999Z") })).toBe(first);
    // Back in the stretch after another: an equal answer, found afresh.
    expect(router.resolve({ ...input, at: NOVEMBER })).toMatchObject({ recipients: ["jsmith"] });
    const again = router.resolve(input);
    expect(again).toEqual(first);
    expect(router.resolve(input)).toBe(again);
  });

  test("answers many providers like resolveRecipients, with the same object when asked again", () => {
    const members: Record<string, unknown> = {
      admin: { name: "Ada Admin", role: "staff", admin: true, active: true },
      pool: { name: "Pat Pool", role: "staff", admin: false, active: true },
    };
    const routing: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) {
      members[`p${i}`] = { name: `Provider ${i}`, role: "provider", admin: false, active: i % 7 !== 0 };
      routing[`p${i}`] = { appointments: [{ type: "member", id: i % 2 === 0 ? "pool" : "admin" }] };
    }
    const cell = [{ type: "member", id: "pool" }];
    const parsed = parsePractice({
      schemaVersion: 1,
      id: "many",
      name: "Many Providers",
      revision: 0,
      messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
      members,
      routing,
      defaultRouting: Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell])),
      coverage: {
        c: { member: "pool", coveredBy: "admin", from: "2026-03-01T00:00:00Z", until: "2026-03-02T00:00:00Z" },
      },
    });
    if (!parsed.ok) throw new Error("the practice does not parse");
    const practice = parsed.practice;
    const router = compileRouter(practice);
    for (const at of [NOVEMBER, "2026-03-01T12:00:00Z"]) {
      const inputs = Object.keys(routing).flatMap((providerId) =>
        MESSAGE_CATEGORIES.map((category) => ({ category, providerId, at })),
      );
      const first = inputs.map((input) => router.resolve(input));
      for (const [k, input] of inputs.entries()) {
        expect(first[k]).toEqual(resolveRecipients(practice, input));
        expect(router.resolve(input)).toBe(first[k]);
      }
    }
  });

  test("keeps recipient lists apart in an unvalidated practice whose ids hold spaces", () => {
    const practice = samplePracticeWith({
      members: { ...sample.members, "x y": staff("Xavier Young"), x: staff("Xena"), y: staff("Yuri") },
      routing: {
        ...sample.routing,
        crusher: {
          appointments: [{ type: "member", id: "x y" }],
          referrals: [
            { type: "member", id: "x" },
            { type: "member", id: "y" },
          ],
        },
      },
    });
    const router = compileRouter(practice);
    for (const category of ["appointments", "referrals"]) {
      const input = { category, providerId: "crusher", at: NOVEMBER };
      expect(router.resolve(input)).toEqual(resolveRecipients(practice, input));
    }
    expect(router.resolve({ category: "referrals", providerId: "crusher", at: NOVEMBER })).toMatchObject({
      recipients: ["x", "y"],
    });
  });

  test("answers a provider id that is not a string (outside the types) exactly as resolveRecipients", () => {
    const practice = samplePracticeWith({
      members: { ...sample.members, "5": { name: "Dr. Five", role: "provider", admin: false, active: true } },
      routing: { ...sample.routing, "5": { health_question: [{ type: "assigned_provider" }] } },
    });
    const router = compileRouter(practice);
    const asText = { category: "health_question", providerId: "5", at: NOVEMBER };
    const asNumber = { ...asText, providerId: 5 as unknown as string };
    for (const input of [asText, asNumber, asText, asNumber]) {
      expect(router.resolve(input)).toEqual(resolveRecipients(practice, input));
    }
    expect(router.resolve(asNumber).trace[0]).toMatchObject({ kind: "provider_cell", providerId: 5 });
    expect(router.resolve(asText).trace[0]).toMatchObject({ kind: "provider_cell", providerId: "5" });
  });
});
