import { describe, expect, test } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { formatRoutingTable } from "../../src/present/formatRoutingTable.js";
import { routingTableRows } from "../../src/present/routingTableRows.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { SITES_DOCUMENT, sitesPractice } from "./sitesPractice.js";

/** Each row as `category: where-from: kind:id:name:delivery, ...`. */
function rowsText(...args: Parameters<typeof routingTableRows>): string[] {
  return routingTableRows(...args).map((row) => {
    const from = row.fromDefault ? "default" : row.fromLocation ? "location" : "own";
    const entries = row.recipients.map((r) => `${r.kind}:${r.id}:${r.name}:${r.delivery}`);
    return `${row.category}: ${from}: ${entries.join(", ")}`;
  });
}

describe("routingTableRows with locations", () => {
  test("shows a location's table, its missing cells from the practice default, and each group's delivery", () => {
    expect(rowsText(sitesPractice(), null, { table: "location", locationId: "riverside" })).toMatchInlineSnapshot(`
      [
        "appointments: own: member:rvega:Rosa Vega:null",
        "referrals: default: group:coordinators:Care Coordinators:sticky",
        "prescriptions: own: group:nurses:Nurses:pool",
        "test_results: own: group:coordinators:Care Coordinators:sticky",
        "general_inquiry: default: group:front-desk:Front Desk:each",
        "health_question: default: assigned_provider:null:Assigned provider:null, group:nurses:Nurses:pool",
      ]
    `);
  });

  test("shows a provider's table at a location: a missing cell reads the location's, then the default", () => {
    expect(rowsText(sitesPractice(), "drlee", { locationId: "riverside" })).toMatchInlineSnapshot(`
      [
        "appointments: location: member:rvega:Rosa Vega:null",
        "referrals: default: group:coordinators:Care Coordinators:sticky",
        "prescriptions: location: group:nurses:Nurses:pool",
        "test_results: own: group:nurses:Nurses:pool",
        "general_inquiry: default: group:front-desk:Front Desk:each",
        "health_question: own: assigned_provider:drlee:Dana Lee:null",
      ]
    `);
  });

  test("shows the route resolution takes for the provider's patients at the location", () => {
    const practice = sitesPractice();
    for (const providerId of ["drlee", "drkim"]) {
      for (const locationId of ["downtown", "riverside"]) {
        const rows = routingTableRows(practice, providerId, { locationId });
        for (const row of rows) {
          const resolution = resolveRecipients(practice, { category: row.category, providerId, locationId });
          const route = row.fromDefault ? "default_table" : row.fromLocation ? "location_table" : "provider_table";
          expect([row.category, resolution.ok && resolution.route]).toEqual([row.category, route]);
        }
      }
    }
  });

  test("shows a location without a table as the practice default, and never reads a table of an unknown location", () => {
    const base = sitesPractice();
    const practice: Practice = {
      ...base,
      locations: { ...base.locations, harbor: { name: "Harbor Point" } },
      locationRouting: { ...base.locationRouting, ghost: { referrals: [{ type: "member", id: "lpatel" }] } },
    };
    const harbor = routingTableRows(practice, null, { table: "location", locationId: "harbor" });
    expect(harbor.map((row) => [row.fromDefault, row.fromLocation])).toEqual(Array(6).fill([true, false]));
    expect(rowsText(practice, null, { table: "location", locationId: "ghost" })[1]).toBe(
      "referrals: own: member:lpatel:Lena Patel:null",
    );
    expect(rowsText(practice, "drkim", { locationId: "ghost" })[1]).toBe(
      "referrals: default: group:coordinators:Care Coordinators:sticky",
    );
    expect(
      resolveRecipients(practice, { category: "referrals", providerId: "drkim", locationId: "ghost" }),
    ).toMatchObject({ route: "default_table" });
  });

  test("gives no delivery for an unknown group, and `each` for a group without one", () => {
    const [row] = routingTableRows(sitesPractice(), null, { table: "location", locationId: "downtown" });
    expect(row?.recipients).toEqual([
      {
        kind: "group",
        id: "front-desk",
        name: "Front Desk",
        unknown: false,
        inactive: false,
        away: null,
        delivery: "each",
      },
    ]);
    const base = sitesPractice();
    const practice: Practice = {
      ...base,
      defaultRouting: { ...base.defaultRouting, appointments: [{ type: "group", id: "gx" }] },
    };
    expect(routingTableRows(practice, null)[0]?.recipients[0]?.delivery).toBeNull();
  });

  test("throws a TypeError for a table or location that does not fit, naming ids only", () => {
    const practice = sitesPractice();
    const messages = [
      { table: "location" },
      { locationId: "riverside" },
      { table: "after_hours", locationId: "riverside" },
      { table: "location", locationId: "uptown" },
      { table: "lobby" },
    ].map((options) => {
      try {
        routingTableRows(practice, null, options as Parameters<typeof routingTableRows>[2]);
        return "no error";
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "TypeError: routingTableRows: options.locationId goes with table "location" or with a provider, and is needed with table "location".",
        "TypeError: routingTableRows: options.locationId goes with table "location" or with a provider, and is needed with table "location".",
        "TypeError: routingTableRows: options.locationId goes with table "location" or with a provider, and is needed with table "location".",
        "TypeError: routingTableRows: "uptown" is not a location of this practice.",
        "TypeError: routingTableRows: options.table must be "after_hours" or "location", with providerId null.",
      ]
    `);
    expect(() => routingTableRows(practice, "drlee", { table: "location", locationId: "riverside" })).toThrow(
      'options.table must be "after_hours" or "location", with providerId null.',
    );
    expect(() => routingTableRows(practice, "drlee", { locationId: "toString" })).toThrow(
      'routingTableRows: "toString" is not a location of this practice.',
    );
  });

  test("returns deeply frozen rows and leaves the practice untouched", () => {
    const practice = structuredClone(SITES_DOCUMENT) as unknown as Practice;
    const before = structuredClone(practice);
    const rows = routingTableRows(practice, "drlee", { locationId: "riverside" });
    expect(rows.every((row) => Object.isFrozen(row) && row.recipients.every((r) => Object.isFrozen(r)))).toBe(true);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(practice).toEqual(before);
  });
});

describe("formatRoutingTable with locations", () => {
  test("renders a location's table with pool and sticky groups marked", () => {
    expect(
      formatRoutingTable(sitesPractice(), null, { table: "location", locationId: "riverside" }),
    ).toMatchInlineSnapshot(`
        "Category                   Route to
        -------------------------  -------------------------------------------------------------
        Appointments               Rosa Vega
        Referrals                  Care Coordinators (one member per patient) (practice default)
        Prescriptions & Refills    Nurses (shared pool)
        Lab or Other Test Results  Care Coordinators (one member per patient)
        General Inquiry            Front Desk (practice default)
        Question About My Health   Assigned provider, Nurses (shared pool) (practice default)"
      `);
  });

  test("renders a provider's table at a location, naming the location a missing cell falls to", () => {
    expect(
      formatRoutingTable(sitesPractice(), "drlee", { locationId: "downtown", format: "markdown" }),
    ).toMatchInlineSnapshot(`
        "| Category | Route to |
        | --- | --- |
        | Appointments | Front Desk (Downtown Clinic table) |
        | Referrals | Care Coordinators (one member per patient) (practice default) |
        | Prescriptions & Refills | Dana Lee, Nurses (shared pool) (practice default) |
        | Lab or Other Test Results | Nurses (shared pool) |
        | General Inquiry | Front Desk (practice default) |
        | Question About My Health | Dana Lee |"
      `);
  });

  test("marks groups in the default table too, and an unknown group as unknown only", () => {
    const base = sitesPractice();
    const practice: Practice = {
      ...base,
      defaultRouting: {
        ...base.defaultRouting,
        appointments: [
          { type: "group", id: "gx" },
          { type: "group", id: "coordinators" },
        ],
      },
    };
    expect(formatRoutingTable(practice, null).split("\n")[2]).toBe(
      'Appointments               group "gx" (unknown), Care Coordinators (one member per patient)',
    );
  });
});
