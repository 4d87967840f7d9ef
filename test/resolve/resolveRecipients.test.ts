import { afterEach, describe, expect, test, vi } from "vitest";
import type { Coverage, Member, Practice, Recipient } from "../../src/model/types.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { awayInDecember, DECEMBER_3, membersWith, NOVEMBER, samplePracticeWith, staff } from "./fixtures.js";

const sample = samplePractice();

describe("resolveRecipients", () => {
  test("sends a patient of Beverly Crusher choosing Appointments to Jane Smith", () => {
    expect(
      resolveRecipients(sample, { category: "appointments", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "jsmith",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "provider_table",
        "trace": [
          {
            "category": "appointments",
            "kind": "provider_cell",
            "providerId": "crusher",
            "recipients": [
              {
                "id": "jsmith",
                "type": "member",
              },
            ],
          },
        ],
      }
    `);
  });

  test("sends Question About My Health to Beverly Crusher herself", () => {
    expect(
      resolveRecipients(sample, { category: "health_question", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "crusher",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "provider_table",
        "trace": [
          {
            "category": "health_question",
            "kind": "provider_cell",
            "providerId": "crusher",
            "recipients": [
              {
                "type": "assigned_provider",
              },
            ],
          },
          {
            "kind": "assigned_provider",
            "providerId": "crusher",
          },
        ],
      }
    `);
  });

  test("answers messaging_disabled when patient messaging is off", () => {
    const practice = samplePracticeWith({ messaging: { ...sample.messaging, patientInitiated: false } });
    expect(
      resolveRecipients(practice, { category: "appointments", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": false,
        "reason": "messaging_disabled",
        "trace": [
          {
            "kind": "messaging_disabled",
          },
        ],
      }
    `);
  });

  test("replaces Jane Smith by Kim Jones while coverage c1 is in force", () => {
    expect(
      resolveRecipients(sample, { category: "appointments", providerId: "crusher", at: DECEMBER_3 }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "kjones",
        ],
        "respondBy": "2026-12-07T22:00:00Z",
        "route": "provider_table",
        "trace": [
          {
            "category": "appointments",
            "kind": "provider_cell",
            "providerId": "crusher",
            "recipients": [
              {
                "id": "jsmith",
                "type": "member",
              },
            ],
          },
          {
            "coverageId": "c1",
            "coveredBy": "kjones",
            "kind": "coverage",
            "memberId": "jsmith",
            "until": "2026-12-08T00:00:00Z",
          },
        ],
      }
    `);
  });

  test("treats absences as [from, until) on instants, whatever the offset", () => {
    const route = (at: string) => {
      const resolution = resolveRecipients(sample, { category: "appointments", providerId: "crusher", at });
      return resolution.ok ? resolution.recipients : resolution.reason;
    };
    expect(route("2026-11-30T23:59:59.999Z")).toEqual(["jsmith"]);
    expect(route("2026-12-01T00:00:00Z")).toEqual(["kjones"]);
    expect(route("2026-12-01T02:00:00+02:00")).toEqual(["kjones"]);
    expect(route("2026-11-30T23:00:00-02:00")).toEqual(["kjones"]);
    expect(route("2026-12-07T23:59:59.999Z")).toEqual(["kjones"]);
    expect(route("2026-12-08T00:00:00Z")).toEqual(["jsmith"]);
    expect(route("2026-12-07T19:00:00-05:00")).toEqual(["jsmith"]);
  });

  test("drops a duplicate created by coverage, keeping the first place", () => {
    expect(
      resolveRecipients(sample, { category: "general_inquiry", providerId: null, at: DECEMBER_3 }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "kjones",
        ],
        "respondBy": "2026-12-07T22:00:00Z",
        "route": "default_table",
        "trace": [
          {
            "category": "general_inquiry",
            "kind": "default_cell",
            "providerId": null,
            "reason": "no_provider",
            "recipients": [
              {
                "id": "front-desk",
                "type": "group",
              },
            ],
          },
          {
            "groupId": "front-desk",
            "kind": "group",
            "members": [
              "jsmith",
              "kjones",
            ],
          },
          {
            "coverageId": "c1",
            "coveredBy": "kjones",
            "kind": "coverage",
            "memberId": "jsmith",
            "until": "2026-12-08T00:00:00Z",
          },
          {
            "kind": "skipped",
            "memberId": "kjones",
            "reason": "duplicate",
          },
        ],
      }
    `);
  });

  test("refuses unknown and disabled categories", () => {
    const practice = samplePracticeWith({ messaging: { ...sample.messaging, disabledCategories: ["referrals"] } });
    expect(resolveRecipients(practice, { category: "Appointments", at: NOVEMBER })).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": false,
        "reason": "unknown_category",
        "trace": [
          {
            "kind": "unknown_category",
          },
        ],
      }
    `);
    expect(resolveRecipients(practice, { category: "toString", at: NOVEMBER })).toMatchObject({
      reason: "unknown_category",
    });
    expect(resolveRecipients(practice, { category: "referrals", at: NOVEMBER })).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": false,
        "reason": "category_disabled",
        "trace": [
          {
            "category": "referrals",
            "kind": "category_disabled",
          },
        ],
      }
    `);
  });

  test("uses the default table for no provider, an unknown id and a staff id, with the reason", () => {
    const defaultStep = (providerId: string | null | undefined) => {
      const input =
        providerId === undefined
          ? { category: "referrals", at: NOVEMBER }
          : { category: "referrals", providerId, at: NOVEMBER };
      return resolveRecipients(sample, input).trace[0];
    };
    expect(defaultStep(undefined)).toMatchObject({ kind: "default_cell", reason: "no_provider", providerId: null });
    expect(defaultStep(null)).toMatchObject({ kind: "default_cell", reason: "no_provider", providerId: null });
    expect(defaultStep("toString")).toMatchObject({
      kind: "default_cell",
      reason: "unknown_provider",
      providerId: null,
    });
    expect(defaultStep("kjones")).toMatchObject({ kind: "default_cell", reason: "not_a_provider", providerId: null });
    expect(defaultStep("crusher")).toMatchObject({
      kind: "default_cell",
      reason: "no_provider_cell",
      providerId: "crusher",
    });
  });

  test("expands groups and the assigned provider in order", () => {
    expect(
      resolveRecipients(sample, { category: "prescriptions", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "lpatel",
          "crusher",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "provider_table",
        "trace": [
          {
            "category": "prescriptions",
            "kind": "provider_cell",
            "providerId": "crusher",
            "recipients": [
              {
                "id": "nurses",
                "type": "group",
              },
              {
                "type": "assigned_provider",
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
            "kind": "assigned_provider",
            "providerId": "crusher",
          },
        ],
      }
    `);
  });

  test("falls back from an empty provider cell to the default table, then to the backstop", () => {
    const practice = samplePracticeWith({
      routing: { crusher: { test_results: [{ type: "member", id: "mreyes" }] } },
    });
    const inactiveProvider = samplePracticeWith({
      members: membersWith("crusher", { active: false }),
    });
    expect(
      resolveRecipients(practice, { category: "test_results", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "crusher",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "default_table",
        "trace": [
          {
            "category": "test_results",
            "kind": "provider_cell",
            "providerId": "crusher",
            "recipients": [
              {
                "id": "mreyes",
                "type": "member",
              },
            ],
          },
          {
            "kind": "skipped",
            "memberId": "mreyes",
            "reason": "inactive",
          },
          {
            "from": "provider_table",
            "kind": "fallback",
            "to": "default_table",
          },
          {
            "category": "test_results",
            "kind": "default_cell",
            "providerId": "crusher",
            "reason": "fallback",
            "recipients": [
              {
                "type": "assigned_provider",
              },
            ],
          },
          {
            "kind": "assigned_provider",
            "providerId": "crusher",
          },
        ],
      }
    `);
    expect(
      resolveRecipients(inactiveProvider, { category: "test_results", providerId: "crusher", at: NOVEMBER }),
    ).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": true,
        "pools": [],
        "recipients": [
          "jsmith",
        ],
        "respondBy": "2026-11-24T22:00:00Z",
        "route": "backstop",
        "trace": [
          {
            "category": "test_results",
            "kind": "default_cell",
            "providerId": "crusher",
            "reason": "no_provider_cell",
            "recipients": [
              {
                "type": "assigned_provider",
              },
            ],
          },
          {
            "kind": "assigned_provider",
            "providerId": "crusher",
          },
          {
            "kind": "skipped",
            "memberId": "crusher",
            "reason": "inactive",
          },
          {
            "from": "default_table",
            "kind": "fallback",
            "to": "backstop",
          },
          {
            "admins": [
              "jsmith",
            ],
            "kind": "backstop",
          },
        ],
      }
    `);
  });

  test("still uses an inactive provider's own table, dropping the provider itself", () => {
    const practice = samplePracticeWith({
      members: membersWith("crusher", { active: false }),
    });
    const resolution = resolveRecipients(practice, { category: "prescriptions", providerId: "crusher", at: NOVEMBER });
    expect(resolution).toMatchObject({ ok: true, recipients: ["lpatel"], route: "provider_table" });
    expect(resolution.trace.at(-1)).toEqual({ kind: "skipped", reason: "inactive", memberId: "crusher" });
  });

  test("answers no_recipient when nothing is left and there is no active admin", () => {
    const practice = samplePracticeWith({
      members: membersWith("jsmith", { admin: false }),
    });
    expect(resolveRecipients(practice, { category: "test_results", at: NOVEMBER })).toMatchInlineSnapshot(`
      {
        "hours": {
          "nextOpenAt": null,
          "open": true,
        },
        "ok": false,
        "reason": "no_recipient",
        "trace": [
          {
            "category": "test_results",
            "kind": "default_cell",
            "providerId": null,
            "reason": "no_provider",
            "recipients": [
              {
                "type": "assigned_provider",
              },
            ],
          },
          {
            "kind": "skipped",
            "reason": "no_provider",
          },
          {
            "from": "default_table",
            "kind": "fallback",
            "to": "backstop",
          },
          {
            "admins": [],
            "kind": "backstop",
          },
        ],
      }
    `);
  });

  test("lists every active admin in id order in the backstop, ignoring absences", () => {
    const practice = samplePracticeWith({
      members: {
        ...sample.members,
        "10": staff("Ten", { admin: true }),
        "9": staff("Nine", { admin: true }),
        zed: staff("Zed", { admin: true, active: false }),
      },
    });
    const resolution = resolveRecipients(practice, { category: "test_results", at: DECEMBER_3 });
    expect(resolution).toMatchObject({ ok: true, route: "backstop", recipients: ["10", "9", "jsmith"] });
  });

  test("skips unknown members and groups and reports them", () => {
    const practice = samplePracticeWith({
      routing: {
        crusher: {
          referrals: [
            { type: "member", id: "ghost" },
            { type: "group", id: "toString" },
            { type: "member", id: "mreyes" },
          ],
        },
      },
    });
    expect(
      resolveRecipients(practice, { category: "referrals", providerId: "crusher", at: NOVEMBER }).trace.slice(0, 5),
    ).toMatchInlineSnapshot(`
      [
        {
          "category": "referrals",
          "kind": "provider_cell",
          "providerId": "crusher",
          "recipients": [
            {
              "id": "ghost",
              "type": "member",
            },
            {
              "id": "toString",
              "type": "group",
            },
            {
              "id": "mreyes",
              "type": "member",
            },
          ],
        },
        {
          "kind": "unknown_member",
          "memberId": "ghost",
        },
        {
          "groupId": "toString",
          "kind": "unknown_group",
        },
        {
          "kind": "skipped",
          "memberId": "mreyes",
          "reason": "inactive",
        },
        {
          "from": "provider_table",
          "kind": "fallback",
          "to": "default_table",
        },
      ]
    `);
  });
});

describe("resolveRecipients misuse", () => {
  test("throws a TypeError for a recipient of unknown type", () => {
    const practice = samplePracticeWith({
      routing: { crusher: { referrals: [{ type: "robot" } as unknown as Recipient] } },
    });
    expect(() => resolveRecipients(practice, { category: "referrals", providerId: "crusher", at: NOVEMBER })).toThrow(
      TypeError,
    );
  });
});

describe("resolveRecipients coverage chains", () => {
  const chain = (coverage: Practice["coverage"], extra: Record<string, Member> = {}) =>
    samplePracticeWith({ coverage, members: { ...sample.members, ...extra } });
  const appointments = (practice: Practice) =>
    resolveRecipients(practice, { category: "appointments", providerId: "crusher", at: DECEMBER_3 });

  test("follows a chain of covers", () => {
    const practice = chain({ a: awayInDecember("jsmith", "kjones"), b: awayInDecember("kjones", "lpatel") });
    expect(appointments(practice)).toMatchObject({ ok: true, recipients: ["lpatel"] });
  });

  test("drops the member when the cover is inactive, unknown or loops back", () => {
    const skip = (practice: Practice) =>
      appointments(practice).trace.find((step) => step.kind === "skipped" && step.reason === "absent");
    expect(skip(chain({ a: awayInDecember("jsmith", "mreyes") }))).toMatchInlineSnapshot(`
      {
        "coverFailure": "coverer_inactive",
        "covererId": "mreyes",
        "kind": "skipped",
        "memberId": "jsmith",
        "reason": "absent",
      }
    `);
    expect(skip(chain({ a: awayInDecember("jsmith", "ghost") }))).toMatchInlineSnapshot(`
      {
        "coverFailure": "coverer_unknown",
        "covererId": "ghost",
        "kind": "skipped",
        "memberId": "jsmith",
        "reason": "absent",
      }
    `);
    expect(
      skip(chain({ a: awayInDecember("jsmith", "kjones"), b: awayInDecember("kjones", "jsmith") })),
    ).toMatchInlineSnapshot(`
      {
        "coverFailure": "cycle",
        "covererId": "jsmith",
        "kind": "skipped",
        "memberId": "jsmith",
        "reason": "absent",
      }
    `);
    expect(skip(chain({ a: awayInDecember("jsmith", "jsmith") }))).toMatchInlineSnapshot(`
      {
        "coverFailure": "cycle",
        "covererId": "jsmith",
        "kind": "skipped",
        "memberId": "jsmith",
        "reason": "absent",
      }
    `);
  });

  test("gives up after 10 hops", () => {
    const members = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`m${i}`, staff(`Member ${i}`)]));
    const coverage = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`k${i}`, awayInDecember(i === 0 ? "jsmith" : `m${i - 1}`, `m${i}`)]),
    );
    const resolution = appointments(chain(coverage, members));
    const firstSkip = resolution.trace.findIndex((step) => step.kind === "skipped");
    expect(resolution.trace.slice(0, firstSkip).filter((step) => step.kind === "coverage")).toHaveLength(10);
    expect(resolution.trace.find((step) => step.kind === "skipped")).toMatchInlineSnapshot(`
      {
        "coverFailure": "chain_too_long",
        "covererId": "m9",
        "kind": "skipped",
        "memberId": "jsmith",
        "reason": "absent",
      }
    `);
    const shorter = Object.fromEntries(Object.entries(coverage).filter(([id]) => id !== "k10"));
    expect(appointments(chain(shorter, members))).toMatchObject({ ok: true, recipients: ["m9"] });
  });

  test("uses the first absence in coverage-id order when several are in force", () => {
    const practice = chain({ "9": awayInDecember("jsmith", "lpatel"), "10": awayInDecember("jsmith", "kjones") });
    expect(appointments(practice)).toMatchObject({ ok: true, recipients: ["kjones"] });
  });
});

describe("resolveRecipients at", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("defaults to the current time", () => {
    vi.useFakeTimers({ now: new Date(DECEMBER_3) });
    expect(resolveRecipients(sample, { category: "appointments", providerId: "crusher" })).toMatchObject({
      recipients: ["kjones"],
    });
  });

  test("accepts a Date", () => {
    expect(
      resolveRecipients(sample, { category: "appointments", providerId: "crusher", at: new Date(DECEMBER_3) }),
    ).toMatchObject({ recipients: ["kjones"] });
  });

  test("throws a TypeError for an invalid Date, a malformed string or another type", () => {
    const run = (at: unknown) => () => resolveRecipients(sample, { category: "appointments", at: at as string });
    expect(run(new Date(Number.NaN))).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: resolveRecipients: input.at is an invalid Date.]`,
    );
    expect(run("2026-12-03")).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: resolveRecipients: input.at must be an ISO 8601 timestamp with Z or an offset.]`,
    );
    expect(run("next tuesday")).toThrow(TypeError);
    expect(run(1_796_083_200_000)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: resolveRecipients: input.at must be a Date or an ISO 8601 timestamp string.]`,
    );
  });

  test("sees changes to a practice that is not frozen (only frozen records are indexed once)", () => {
    const practice = structuredClone(samplePractice()) as {
      -readonly [K in keyof Practice]: Practice[K];
    };
    const input = { category: "appointments", providerId: "crusher", at: NOVEMBER };
    expect(resolveRecipients(practice, input)).toMatchObject({ recipients: ["jsmith"] });
    (practice.coverage as Record<string, Coverage>).nov = {
      member: "jsmith",
      coveredBy: "lpatel",
      from: "2026-11-01T00:00:00Z",
      until: "2026-12-01T00:00:00Z",
    };
    expect(resolveRecipients(practice, input)).toMatchObject({ recipients: ["lpatel"] });
    // The backstop follows the members record as it is now.
    const nobody = { category: "referrals", providerId: null, at: NOVEMBER };
    practice.defaultRouting = { ...practice.defaultRouting, referrals: [{ type: "member", id: "mreyes" }] };
    expect(resolveRecipients(practice, nobody)).toMatchObject({ route: "backstop", recipients: ["jsmith"] });
    (practice.members as Record<string, Member>).kjones = staff("Kim Jones", { admin: true });
    expect(resolveRecipients(practice, nobody)).toMatchObject({ route: "backstop", recipients: ["jsmith", "kjones"] });
  });
});
