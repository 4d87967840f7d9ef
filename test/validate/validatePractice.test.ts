import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { away, cleanPractice, practiceWith, withCoverage, withCrusherCell, withMember } from "./fixtures.js";

const issuesOf = (practice: Parameters<typeof validatePractice>[0]) => validatePractice(practice).issues;

describe("validatePractice", () => {
  test("finds nothing wrong with a clean practice", () => {
    expect(validatePractice(cleanPractice())).toEqual({ valid: true, issues: [] });
  });

  test("accepts the sample practice with two default cells that only reach the assigned provider", () => {
    expect(validatePractice(samplePractice())).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "default_reaches_nobody",
            "message": "The default Lab or Other Test Results route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).",
            "path": [
              "defaultRouting",
              "test_results",
            ],
            "severity": "warning",
          },
          {
            "code": "default_reaches_nobody",
            "message": "The default Question About My Health route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).",
            "path": [
              "defaultRouting",
              "health_question",
            ],
            "severity": "warning",
          },
        ],
        "valid": true,
      }
    `);
  });

  test("reports a recipient that names nobody as unknown_member", () => {
    const practice = withCrusherCell("appointments", [
      { type: "member", id: "jsmith" },
      { type: "member", id: "kjonez" },
    ]);
    expect(validatePractice(practice)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unknown_member",
            "message": "Beverly Crusher's Appointments route names member "kjonez", who is not in the practice.",
            "path": [
              "routing",
              "crusher",
              "appointments",
              1,
            ],
            "severity": "error",
          },
        ],
        "valid": false,
      }
    `);
  });

  test("reports a group member that names nobody as unknown_member", () => {
    const base = cleanPractice();
    const practice = practiceWith({
      groups: { ...base.groups, "front-desk": { name: "Front Desk", members: ["jsmith", "kjonez"] } },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_member",
          "message": "The Front Desk group lists member "kjonez", who is not in the practice.",
          "path": [
            "groups",
            "front-desk",
            "members",
            1,
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports a group that does not exist as unknown_group", () => {
    expect(issuesOf(withCrusherCell("referrals", [{ type: "group", id: "nurse" }]))).toMatchInlineSnapshot(`
      [
        {
          "code": "route_falls_back",
          "message": "Beverly Crusher's Referrals route reaches no active member, so Beverly Crusher's patients fall back to the default Referrals route.",
          "path": [
            "routing",
            "crusher",
            "referrals",
          ],
          "severity": "warning",
        },
        {
          "code": "unknown_group",
          "message": "Beverly Crusher's Referrals route names group "nurse", which does not exist.",
          "path": [
            "routing",
            "crusher",
            "referrals",
            0,
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports tables keyed by staff or by nobody as not_a_provider, without checking their cells", () => {
    const base = cleanPractice();
    const ghostTable = { appointments: [{ type: "member", id: "ghost" }] } as const;
    const practice = practiceWith({
      routing: { ...base.routing, kjones: ghostTable, drx: ghostTable },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "not_a_provider",
          "message": "The routing table "drx" belongs to nobody in the practice, so it is never used.",
          "path": [
            "routing",
            "drx",
          ],
          "severity": "error",
        },
        {
          "code": "not_a_provider",
          "message": "The routing table "kjones" belongs to Kim Jones, who is not a provider, so it is never used.",
          "path": [
            "routing",
            "kjones",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports a practice whose only admin is inactive as no_active_admin", () => {
    expect(validatePractice(withMember("jsmith", { active: false }))).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "no_active_admin",
            "message": "No member is an active admin: nobody can change the messaging settings, and messages that reach nobody else have no backstop.",
            "path": [
              "members",
            ],
            "severity": "error",
          },
          {
            "code": "inactive_recipient",
            "message": "The Front Desk group lists Jane Smith, who is inactive and receives nothing.",
            "path": [
              "groups",
              "front-desk",
              "members",
              0,
            ],
            "severity": "warning",
          },
          {
            "code": "route_falls_back",
            "message": "Beverly Crusher's Appointments route reaches no active member, so Beverly Crusher's patients fall back to the default Appointments route.",
            "path": [
              "routing",
              "crusher",
              "appointments",
            ],
            "severity": "warning",
          },
          {
            "code": "inactive_recipient",
            "message": "Beverly Crusher's Appointments route names Jane Smith, who is inactive and receives nothing.",
            "path": [
              "routing",
              "crusher",
              "appointments",
              0,
            ],
            "severity": "warning",
          },
          {
            "code": "default_reaches_nobody",
            "message": "The default Prescriptions & Refills route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).",
            "path": [
              "defaultRouting",
              "prescriptions",
            ],
            "severity": "warning",
          },
          {
            "code": "inactive_recipient",
            "message": "The default Prescriptions & Refills route names Jane Smith, who is inactive and receives nothing.",
            "path": [
              "defaultRouting",
              "prescriptions",
              1,
            ],
            "severity": "warning",
          },
        ],
        "valid": false,
      }
    `);
  });

  test("reports coverage of or by someone not in the practice as coverage_unknown_member", () => {
    const practice = withCoverage({ c1: away("ghost", "jsmith", 1, 8), c2: away("jsmith", "phantom", 1, 8) });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "coverage_unknown_member",
          "message": "Coverage c1 is for member "ghost", who is not in the practice.",
          "path": [
            "coverage",
            "c1",
            "member",
          ],
          "severity": "error",
        },
        {
          "code": "coverage_unknown_member",
          "message": "Coverage c2 has Jane Smith covered by member "phantom", who is not in the practice.",
          "path": [
            "coverage",
            "c2",
            "coveredBy",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports a period that ends at or before its start as coverage_invalid_range, comparing milliseconds", () => {
    const practice = withCoverage({
      c1: { member: "jsmith", coveredBy: "kjones", from: "2026-12-01T02:00:00+02:00", until: "2026-12-01T00:00:00Z" },
      c2: { member: "jsmith", coveredBy: "kjones", from: "2026-12-01T01:00:00+02:00", until: "2026-12-01T00:00:00Z" },
      c3: {
        member: "jsmith",
        coveredBy: "kjones",
        from: "2026-12-01T00:00:00.0001Z",
        until: "2026-12-01T00:00:00.0002Z",
      },
      c4: {
        member: "jsmith",
        coveredBy: "kjones",
        from: "2026-12-01T00:00:00.0002Z",
        until: "2026-12-01T00:00:00.0001Z",
      },
      c5: { member: "jsmith", coveredBy: "kjones", from: "1 Dec 2026", until: "2026-12-02T00:00:00Z" },
      c6: { member: "jsmith", coveredBy: "kjones", from: "2026-12-01T00:00:00Z", until: "soon" },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c1 for Jane Smith ends at or before the time it starts.",
          "path": [
            "coverage",
            "c1",
            "until",
          ],
          "severity": "error",
        },
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c3 for Jane Smith ends at or before the time it starts.",
          "path": [
            "coverage",
            "c3",
            "until",
          ],
          "severity": "error",
        },
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c4 for Jane Smith ends at or before the time it starts.",
          "path": [
            "coverage",
            "c4",
            "until",
          ],
          "severity": "error",
        },
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c5 for Jane Smith has a start time that is not an ISO 8601 date-time with Z or an offset.",
          "path": [
            "coverage",
            "c5",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c6 for Jane Smith has an end time that is not an ISO 8601 date-time with Z or an offset.",
          "path": [
            "coverage",
            "c6",
            "until",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports an absence shorter than a millisecond as coverage_invalid_range, and accepts one of a millisecond", () => {
    const practice = withCoverage({
      c1: {
        member: "jsmith",
        coveredBy: "kjones",
        from: "2026-12-01T00:00:00.0001Z",
        until: "2026-12-01T00:00:00.0009Z",
      },
      c2: {
        member: "jsmith",
        coveredBy: "kjones",
        from: "2026-12-02T00:00:00.000Z",
        until: "2026-12-02T00:00:00.001Z",
      },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "coverage_invalid_range",
          "message": "Coverage c1 for Jane Smith ends at or before the time it starts.",
          "path": [
            "coverage",
            "c1",
            "until",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports a chain of overlapping coverage that returns to its start as one coverage_cycle", () => {
    const practice = withCoverage({
      c2: away("kjones", "lpatel", 2, 9),
      c3: away("lpatel", "jsmith", 5, 12),
      c1: away("jsmith", "kjones", 1, 8),
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "coverage_cycle",
          "message": "Coverage entries c1, c2 and c3 form a cycle at 4 Dec 2026, 7:00 PM EST: Jane Smith is covered by Kim Jones, who is covered by Lena Patel, who is covered by Jane Smith.",
          "path": [
            "coverage",
            "c1",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports someone covering their own absence as self_coverage", () => {
    expect(issuesOf(withCoverage({ c1: away("jsmith", "jsmith", 1, 8) }))).toMatchInlineSnapshot(`
      [
        {
          "code": "self_coverage",
          "message": "Coverage c1 has Jane Smith covering their own absence.",
          "path": [
            "coverage",
            "c1",
            "coveredBy",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports inactive members in cells and groups as inactive_recipient", () => {
    const base = withCrusherCell("appointments", [
      { type: "member", id: "mreyes" },
      { type: "member", id: "jsmith" },
    ]);
    const practice = { ...base, groups: { ...base.groups, nurses: { name: "Nurses", members: ["lpatel", "mreyes"] } } };
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "inactive_recipient",
          "message": "The Nurses group lists Marco Reyes, who is inactive and receives nothing.",
          "path": [
            "groups",
            "nurses",
            "members",
            1,
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_recipient",
          "message": "Beverly Crusher's Appointments route names Marco Reyes, who is inactive and receives nothing.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            0,
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("reports groups without active members as empty_group", () => {
    const base = cleanPractice();
    const practice = practiceWith({
      groups: {
        ...base.groups,
        nobody: { name: "Nobody", members: [] },
        retired: { name: "Retired", members: ["mreyes"] },
      },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "empty_group",
          "message": "The Nobody group has no members, so routes that name it reach nobody through it.",
          "path": [
            "groups",
            "nobody",
            "members",
          ],
          "severity": "warning",
        },
        {
          "code": "empty_group",
          "message": "The Retired group has no active members, so routes that name it reach nobody through it.",
          "path": [
            "groups",
            "retired",
            "members",
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_recipient",
          "message": "The Retired group lists Marco Reyes, who is inactive and receives nothing.",
          "path": [
            "groups",
            "retired",
            "members",
            0,
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("reports every way of reaching a member twice in one cell as duplicate_recipient", () => {
    const base = withCrusherCell("appointments", [
      { type: "member", id: "jsmith" },
      { type: "group", id: "front-desk" },
      { type: "group", id: "front-desk" },
      { type: "member", id: "crusher" },
      { type: "assigned_provider" },
      { type: "assigned_provider" },
      { type: "group", id: "desk-2" },
    ]);
    const practice = {
      ...base,
      groups: {
        ...base.groups,
        "desk-2": { name: "Desk Two", members: ["kjones", "lpatel"] },
        nurses: { name: "Nurses", members: ["lpatel", "lpatel"] },
      },
    };
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_recipient",
          "message": "The Nurses group lists Lena Patel a second time.",
          "path": [
            "groups",
            "nurses",
            "members",
            1,
          ],
          "severity": "warning",
        },
        {
          "code": "duplicate_recipient",
          "message": "Beverly Crusher's Appointments route reaches Jane Smith a second time through the Front Desk group.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            1,
          ],
          "severity": "warning",
        },
        {
          "code": "duplicate_recipient",
          "message": "Beverly Crusher's Appointments route lists the Front Desk group a second time.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            2,
          ],
          "severity": "warning",
        },
        {
          "code": "duplicate_recipient",
          "message": "Beverly Crusher's Appointments route reaches Beverly Crusher a second time as the assigned provider.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            4,
          ],
          "severity": "warning",
        },
        {
          "code": "duplicate_recipient",
          "message": "Beverly Crusher's Appointments route lists the assigned provider a second time.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            5,
          ],
          "severity": "warning",
        },
        {
          "code": "duplicate_recipient",
          "message": "Beverly Crusher's Appointments route reaches Kim Jones a second time through the Desk Two group.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            6,
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("names the first three members reached twice through a group, in group order", () => {
    const base = withCrusherCell("appointments", [
      { type: "group", id: "everyone" },
      { type: "member", id: "lpatel" },
      { type: "group", id: "everyone-again" },
    ]);
    const everyone = ["jsmith", "kjones", "lpatel", "crusher", "oselkin"];
    const practice = {
      ...base,
      groups: {
        ...base.groups,
        everyone: { name: "Everyone", members: everyone },
        "everyone-again": { name: "Everyone Again", members: [...everyone].reverse() },
      },
    };
    expect(issuesOf(practice).map((issue) => issue.message)).toEqual([
      "Beverly Crusher's Appointments route reaches Lena Patel a second time here.",
      "Beverly Crusher's Appointments route reaches Omar Selkin, Beverly Crusher, Lena Patel and others a second time through the Everyone Again group.",
    ]);
  });

  test("reports a provider cell that reaches no active member as route_falls_back", () => {
    const practice = withCrusherCell("referrals", [{ type: "member", id: "mreyes" }]);
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "route_falls_back",
          "message": "Beverly Crusher's Referrals route reaches no active member, so Beverly Crusher's patients fall back to the default Referrals route.",
          "path": [
            "routing",
            "crusher",
            "referrals",
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_recipient",
          "message": "Beverly Crusher's Referrals route names Marco Reyes, who is inactive and receives nothing.",
          "path": [
            "routing",
            "crusher",
            "referrals",
            0,
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("reports an inactive provider's table as inactive_provider_table, and its assigned-provider cells", () => {
    const base = withMember("oselkin", { active: false });
    const practice = {
      ...base,
      routing: {
        ...base.routing,
        oselkin: { ...base.routing.oselkin, health_question: [{ type: "assigned_provider" as const }] },
      },
    };
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "after_hours_reaches_nobody",
          "message": "The after-hours Question About My Health route reaches no active member for a patient without a provider, so while the practice is closed those messages take the usual route.",
          "path": [
            "afterHoursRouting",
            "health_question",
          ],
          "severity": "warning",
        },
        {
          "code": "empty_group",
          "message": "The On Call group has no active members, so routes that name it reach nobody through it.",
          "path": [
            "groups",
            "on-call",
            "members",
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_recipient",
          "message": "The On Call group lists Omar Selkin, who is inactive and receives nothing.",
          "path": [
            "groups",
            "on-call",
            "members",
            0,
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_provider_table",
          "message": "Omar Selkin is inactive but has a routing table; it still applies to patients assigned to that provider.",
          "path": [
            "routing",
            "oselkin",
          ],
          "severity": "warning",
        },
        {
          "code": "route_falls_back",
          "message": "Omar Selkin's Question About My Health route reaches no active member, so Omar Selkin's patients fall back to the default Question About My Health route.",
          "path": [
            "routing",
            "oselkin",
            "health_question",
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("reports a default cell that reaches nobody without a provider as default_reaches_nobody", () => {
    const base = cleanPractice();
    const practice = practiceWith({
      defaultRouting: {
        ...base.defaultRouting,
        referrals: [{ type: "member", id: "mreyes" }, { type: "assigned_provider" }],
      },
    });
    expect(issuesOf(practice)).toMatchInlineSnapshot(`
      [
        {
          "code": "default_reaches_nobody",
          "message": "The default Referrals route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).",
          "path": [
            "defaultRouting",
            "referrals",
          ],
          "severity": "warning",
        },
        {
          "code": "inactive_recipient",
          "message": "The default Referrals route names Marco Reyes, who is inactive and receives nothing.",
          "path": [
            "defaultRouting",
            "referrals",
            0,
          ],
          "severity": "warning",
        },
      ]
    `);
  });

  test("orders issues by place in the config: members, groups, routing, defaultRouting, coverage", () => {
    const base = withCrusherCell("appointments", [{ type: "member", id: "ghost" }]);
    const practice: typeof base = {
      ...base,
      members: { ...base.members, jsmith: { name: "Jane Smith", role: "staff", admin: false, active: true } },
      groups: { ...base.groups, empty: { name: "Empty", members: [] } },
      routing: { ...base.routing, aaa: {} },
      defaultRouting: { ...base.defaultRouting, referrals: [{ type: "group", id: "none" }] },
      coverage: { b: away("jsmith", "jsmith", 1, 2), a: away("jsmith", "ghost", 1, 2) },
    };
    expect(issuesOf(practice).map((issue) => [issue.code, ...issue.path].join(" "))).toEqual([
      "no_active_admin members",
      "empty_group groups empty members",
      "not_a_provider routing aaa",
      "route_falls_back routing crusher appointments",
      "unknown_member routing crusher appointments 0",
      "default_reaches_nobody defaultRouting referrals",
      "unknown_group defaultRouting referrals 0",
      "coverage_unknown_member coverage a coveredBy",
      "self_coverage coverage b coveredBy",
    ]);
  });

  test("returns a deeply frozen result", () => {
    const result = validatePractice(samplePractice());
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.issues[0]?.path)).toBe(true);
  });
});
