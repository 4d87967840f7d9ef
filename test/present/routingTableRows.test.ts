import { describe, expect, test } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { formatRoutingTable } from "../../src/present/formatRoutingTable.js";
import { providers, routingTableRows } from "../../src/present/routingTableRows.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

const INSIDE_C1 = "2026-12-03T09:00:00Z";

describe("routingTableRows", () => {
  test("gives a provider's rows with names, kinds and where each cell comes from", () => {
    const rows = routingTableRows(samplePractice(), "crusher");
    expect(
      rows.map((row) => [row.category, row.fromDefault, row.recipients.map((r) => `${r.kind}:${r.id}:${r.name}`)]),
    ).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          false,
          [
            "member:jsmith:Jane Smith",
          ],
        ],
        [
          "referrals",
          true,
          [
            "group:front-desk:Front Desk",
          ],
        ],
        [
          "prescriptions",
          false,
          [
            "group:nurses:Nurses",
            "assigned_provider:crusher:Beverly Crusher",
          ],
        ],
        [
          "test_results",
          true,
          [
            "assigned_provider:crusher:Beverly Crusher",
          ],
        ],
        [
          "general_inquiry",
          true,
          [
            "group:front-desk:Front Desk",
          ],
        ],
        [
          "health_question",
          false,
          [
            "assigned_provider:crusher:Beverly Crusher",
          ],
        ],
      ]
    `);
  });

  test("shows the default table's assigned provider without an id, and never marks it from the default", () => {
    const rows = routingTableRows(samplePractice(), null);
    expect(rows.every((row) => !row.fromDefault && !row.fromLocation)).toBe(true);
    expect(rows[3]?.recipients).toEqual([
      {
        kind: "assigned_provider",
        id: null,
        name: "Assigned provider",
        unknown: false,
        inactive: false,
        away: null,
        delivery: null,
      },
    ]);
  });

  test("marks inactive and unknown ids, and absences in force at `at` only", () => {
    const base = samplePractice();
    const practice: Practice = {
      ...base,
      defaultRouting: {
        ...base.defaultRouting,
        appointments: [
          { type: "member", id: "mreyes" },
          { type: "member", id: "kx" },
          { type: "group", id: "gx" },
          { type: "member", id: "jsmith" },
        ],
      },
    };
    const recipients = (at?: string) =>
      routingTableRows(practice, null, at === undefined ? {} : { at })[0]?.recipients.map(
        ({ name, unknown, inactive, away }) => ({ name, unknown, inactive, away }),
      );
    expect(recipients(INSIDE_C1)).toEqual([
      { name: "Marco Reyes", unknown: false, inactive: true, away: null },
      { name: 'member "kx"', unknown: true, inactive: false, away: null },
      { name: 'group "gx"', unknown: true, inactive: false, away: null },
      {
        name: "Jane Smith",
        unknown: false,
        inactive: false,
        away: { coverageId: "c1", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" },
      },
    ]);
    expect(recipients()?.[3]?.away).toBeNull();
    expect(recipients("2026-12-08T00:00:00Z")?.[3]?.away).toBeNull();
  });

  test("returns deeply frozen rows and leaves the practice untouched", () => {
    const practice = samplePractice();
    const before = JSON.stringify(practice);
    const rows = routingTableRows(practice, "crusher", { at: new Date(INSIDE_C1) });
    expect(Object.isFrozen(rows) && rows.every((row) => Object.isFrozen(row) && Object.isFrozen(row.recipients))).toBe(
      true,
    );
    expect(rows.flatMap((row) => row.recipients).every((recipient) => Object.isFrozen(recipient))).toBe(true);
    expect(JSON.stringify(practice)).toBe(before);
  });

  test("throws a TypeError for an id that is not a provider or a bad `at`, naming no free text", () => {
    expect(() => routingTableRows(samplePractice(), "kjones")).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: routingTableRows: "kjones" is not a provider of this practice.]`,
    );
    expect(() => routingTableRows(samplePractice(), null, { at: "next tuesday" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: routingTableRows: options.at must be a valid Date or an ISO 8601 timestamp with Z or an offset.]`,
    );
  });

  test("is what formatRoutingTable renders, text being the default format", () => {
    expect(formatRoutingTable(samplePractice(), "crusher")).toBe(
      formatRoutingTable(samplePractice(), "crusher", { format: "text" }),
    );
  });
});

describe("providers", () => {
  test("lists provider members in id order with whether each has a table", () => {
    const base = samplePractice();
    const practice: Practice = {
      ...base,
      members: { ...base.members, aaron: { name: "Aaron Ames", role: "provider", admin: false, active: false } },
    };
    expect(providers(practice)).toEqual([
      { id: "aaron", name: "Aaron Ames", active: false, hasTable: false },
      { id: "crusher", name: "Beverly Crusher", active: true, hasTable: true },
      { id: "oselkin", name: "Omar Selkin", active: true, hasTable: true },
    ]);
    expect(Object.isFrozen(providers(practice))).toBe(true);
  });
});
