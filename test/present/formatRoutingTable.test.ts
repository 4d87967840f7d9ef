import { test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { formatRoutingTable } from "../../src/present/formatRoutingTable.js";
import type { RoutingTableRowsOptions } from "../../src/present/routingTableRows.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

const INSIDE_C1 = "2026-12-03T09:00:00Z";

function withChanges(changes: Partial<Practice>): Practice {
  return { ...samplePractice(), ...changes };
}

describe("formatRoutingTable", () => {
  test("renders the default table as aligned text with a header and a rule", () => {
    expect(formatRoutingTable(samplePractice(), null, { format: "text" })).toMatchInlineSnapshot(`
      "Category                   Route to
      -------------------------  -----------------------------
      Appointments               Front Desk
      Referrals                  Front Desk
      Prescriptions & Refills    Assigned provider, Jane Smith
      Lab or Other Test Results  Assigned provider
      General Inquiry            Front Desk
      Question About My Health   Assigned provider"
    `);
  });

  test("names the provider for assigned_provider and marks cells taken from the default table", () => {
    expect(formatRoutingTable(samplePractice(), "crusher", { format: "text" })).toMatchInlineSnapshot(`
      "Category                   Route to
      -------------------------  ----------------------------------
      Appointments               Jane Smith
      Referrals                  Front Desk (practice default)
      Prescriptions & Refills    Nurses, Beverly Crusher
      Lab or Other Test Results  Beverly Crusher (practice default)
      General Inquiry            Front Desk (practice default)
      Question About My Health   Beverly Crusher"
    `);
  });

  test("renders a GitHub Markdown table", () => {
    expect(formatRoutingTable(samplePractice(), "oselkin", { format: "markdown" })).toMatchInlineSnapshot(`
      "| Category | Route to |
      | --- | --- |
      | Appointments | Front Desk (practice default) |
      | Referrals | Front Desk (practice default) |
      | Prescriptions & Refills | Omar Selkin, Jane Smith (practice default) |
      | Lab or Other Test Results | Nurses |
      | General Inquiry | Front Desk (practice default) |
      | Question About My Health | Omar Selkin, Nurses |"
    `);
  });

  test("escapes pipes and backslashes in Markdown and flattens line breaks in both formats", () => {
    const base = samplePractice();
    const practice = withChanges({
      groups: { ...base.groups, "front-desk": { name: "Front | Desk\\\nEast", members: ["jsmith"] } },
    });
    const markdown = formatRoutingTable(practice, null, { format: "markdown" }).split("\n")[2];
    expect(markdown).toBe("| Appointments | Front \\| Desk\\\\ East |");
    const text = formatRoutingTable(practice, null, { format: "text" }).split("\n")[2];
    expect(text).toBe("Appointments               Front | Desk\\ East");
  });

  test("marks inactive members and ids that name nobody", () => {
    const base = samplePractice();
    const practice = withChanges({
      defaultRouting: {
        ...base.defaultRouting,
        appointments: [
          { type: "member", id: "mreyes" },
          { type: "member", id: "kx" },
          { type: "group", id: "gx" },
        ],
      },
    });
    expect(formatRoutingTable(practice, null, { format: "text" }).split("\n")[2]).toBe(
      `Appointments               Marco Reyes (inactive), member "kx" (unknown), group "gx" (unknown)`,
    );
  });

  test("marks people absent at `at` with the date they return and who covers them", () => {
    const table = formatRoutingTable(samplePractice(), "crusher", { format: "text", at: INSIDE_C1 });
    expect(table.split("\n")[2]).toBe(
      "Appointments               Jane Smith (away until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)",
    );
    expect(table.split("\n")[4]).toBe("Prescriptions & Refills    Nurses, Beverly Crusher");
  });

  test("accepts a Date for `at` and marks nobody outside an absence", () => {
    const during = formatRoutingTable(samplePractice(), "crusher", { format: "markdown", at: new Date(INSIDE_C1) });
    expect(during).toContain("Jane Smith (away until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)");
    const after = formatRoutingTable(samplePractice(), "crusher", { format: "markdown", at: "2026-12-08T00:00:00Z" });
    expect(after).not.toContain("away");
    expect(formatRoutingTable(samplePractice(), "crusher", { format: "markdown" })).not.toContain("away");
  });

  test("marks an absent assigned provider, a non-midnight return and an inactive or unknown coverer", () => {
    const practice = withChanges({
      coverage: {
        a1: { member: "crusher", from: "2026-01-01T00:00:00Z", until: "2026-01-02T14:30:00Z", coveredBy: "mreyes" },
        a2: { member: "jsmith", from: "2026-01-01T00:00:00Z", until: "2026-01-05T00:00:00Z", coveredBy: "kx" },
        a3: { member: "jsmith", from: "2026-01-01T00:00:00Z", until: "2026-01-09T00:00:00Z", coveredBy: "kjones" },
      },
    });
    const rows = formatRoutingTable(practice, "crusher", { format: "text", at: "2026-01-01T12:00:00+02:00" }).split(
      "\n",
    );
    expect(rows[2]).toBe(
      `Appointments               Jane Smith (away until 4 Jan 2026, 7:00 PM EST, covered by member "kx" (unknown))`,
    );
    expect(rows[7]).toBe(
      "Question About My Health   Beverly Crusher (away until 2 Jan 2026, 9:30 AM EST, covered by Marco Reyes, who is inactive)",
    );
  });

  test("marks an absence nobody covers, and shows the after-hours table with its missing cells", () => {
    const away = formatRoutingTable(samplePractice(), "oselkin", { at: "2026-12-15T15:00:00Z" });
    expect(away.split("\n")[5]).toBe("Lab or Other Test Results  Nurses");
    const practice = withChanges({
      afterHoursRouting: { health_question: [{ type: "member", id: "lpatel" }, { type: "assigned_provider" }] },
    });
    expect(
      formatRoutingTable(practice, null, { table: "after_hours", at: "2026-12-15T15:00:00Z" }),
    ).toMatchInlineSnapshot(`
        "Category                   Route to
        -------------------------  -----------------------------------------------------------------------------------
        Appointments               (usual route)
        Referrals                  (usual route)
        Prescriptions & Refills    (usual route)
        Lab or Other Test Results  (usual route)
        General Inquiry            (usual route)
        Question About My Health   Lena Patel (away until 19 Dec 2026, 12:00 AM EST, nobody covers), Assigned provider"
      `);
    expect(() => formatRoutingTable(practice, "crusher", { table: "after_hours" })).toThrow(TypeError);
  });

  test("shows every cell from the default table for a provider without a table", () => {
    const base = samplePractice();
    const practice = withChanges({ routing: { crusher: base.routing.crusher ?? {} } });
    const rows = formatRoutingTable(practice, "oselkin", { format: "markdown" }).split("\n").slice(2);
    expect(rows.every((row) => row.endsWith("(practice default) |"))).toBe(true);
    expect(rows[3]).toBe("| Lab or Other Test Results | Omar Selkin (practice default) |");
  });

  test("renders a table keyed by an id that is not a provider", () => {
    const practice = withChanges({ routing: { kx: { appointments: [{ type: "assigned_provider" }] } } });
    expect(formatRoutingTable(practice, "kx", { format: "markdown" }).split("\n")[2]).toBe(
      `| Appointments | member "kx" (unknown) |`,
    );
  });

  test("throws a TypeError for an unknown provider, a staff member, a bad format or a bad `at`", () => {
    const practice = samplePractice();
    expect(() => formatRoutingTable(practice, "nobody", { format: "text" })).toThrow(TypeError);
    expect(() => formatRoutingTable(practice, "jsmith", { format: "text" })).toThrow(
      'formatRoutingTable: "jsmith" is not a provider of this practice.',
    );
    expect(() => formatRoutingTable(practice, "toString", { format: "text" })).toThrow(TypeError);
    expect(() => formatRoutingTable(practice, null, { format: "html" as "text" })).toThrow(TypeError);
    expect(() => formatRoutingTable(practice, null, { format: "text", at: "soon" })).toThrow(TypeError);
    expect(() => formatRoutingTable(practice, null, { format: "text", at: "Dec 3 2026" })).toThrow(TypeError);
    expect(() => formatRoutingTable(practice, null, { format: "text", at: new Date(Number.NaN) })).toThrow(TypeError);
  });

  test("does not mutate its input", () => {
    const practice = structuredClone(samplePractice());
    const before = structuredClone(practice);
    formatRoutingTable(practice, "crusher", { format: "text", at: INSIDE_C1 });
    expect(practice).toEqual(before);
  });

  propTest.prop([practiceArbitrary({ coverage: true, inactiveMembers: true, locations: true })], { numRuns: 200 })(
    "renders every table of a valid practice as one row per category, in both formats",
    (practice) => {
      const locationIds = Object.keys(practice.locations ?? {});
      const views: [string | null, RoutingTableRowsOptions][] = [
        [null, {}],
        ...locationIds.map((locationId): [null, RoutingTableRowsOptions] => [null, { table: "location", locationId }]),
        ...Object.keys(practice.routing).flatMap((providerId) => [
          [providerId, {}] as [string, RoutingTableRowsOptions],
          ...locationIds.map((locationId): [string, RoutingTableRowsOptions] => [providerId, { locationId }]),
        ]),
      ];
      for (const [providerId, view] of views) {
        const markdown = formatRoutingTable(practice, providerId, {
          ...view,
          format: "markdown",
          at: "2026-06-01T00:00:00Z",
        });
        const rows = markdown.split("\n");
        expect(rows).toHaveLength(2 + MESSAGE_CATEGORIES.length);
        rows.forEach((row, index) => {
          // Two cells: exactly three pipes that are not escaped by a backslash.
          expect(row.replace(/\\./g, "").split("|")).toHaveLength(4);
          const category = MESSAGE_CATEGORIES[index - 2];
          if (category !== undefined) expect(row.startsWith(`| ${CATEGORY_LABELS[category]} | `)).toBe(true);
        });
        const text = formatRoutingTable(practice, providerId, { ...view, format: "text" }).split("\n");
        expect(text).toHaveLength(2 + MESSAGE_CATEGORIES.length);
        const width = (text[1] ?? "").indexOf(" ");
        text.slice(2).forEach((line, index) => {
          const category = MESSAGE_CATEGORIES[index];
          if (category !== undefined)
            expect(line.slice(0, width + 2)).toBe(CATEGORY_LABELS[category].padEnd(width + 2));
        });
      }
    },
  );
});
