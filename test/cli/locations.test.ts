import { describe, expect, test } from "vitest";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { sitesPractice } from "../present/sitesPractice.js";
import { runCli } from "./harness.js";

const practice = sitesPractice();
const FILES = {
  "sites.json": serializePractice(practice),
  "showing.json": serializePractice({
    ...practice,
    messaging: { ...practice.messaging, showRecipientsToPatients: true },
  }),
  "p.json": JSON.stringify({ id: "patient-4711" }),
  "hostile.json": serializePractice({
    ...practice,
    locations: { ...practice.locations, riverside: { name: "River\nerror: forged\u202E" } },
  }),
};
const AT = "2026-12-02T15:00:00Z";

function cli(...args: string[]) {
  return runCli(args, FILES);
}

describe("table --location", () => {
  test("prints a location's table, with pool and sticky groups marked", async () => {
    expect(await cli("table", "sites.json", "--location", "riverside")).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Location: Riverside Clinic (riverside)

      Category                   Route to
      -------------------------  -------------------------------------------------------------
      Appointments               Rosa Vega
      Referrals                  Care Coordinators (one member per patient) (practice default)
      Prescriptions & Refills    Nurses (shared pool)
      Lab or Other Test Results  Care Coordinators (one member per patient)
      General Inquiry            Front Desk (practice default)
      Question About My Health   Assigned provider, Nurses (shared pool) (practice default)
      ",
      }
    `);
  });

  test("prints a provider's table as the location's patients get it", async () => {
    expect(
      await cli("table", "sites.json", "--provider", "drlee", "--location", "riverside", "--format", "markdown"),
    ).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "## Dana Lee (drlee), at Riverside Clinic (riverside)

      | Category | Route to |
      | --- | --- |
      | Appointments | Rosa Vega (Riverside Clinic table) |
      | Referrals | Care Coordinators (one member per patient) (practice default) |
      | Prescriptions & Refills | Nurses (shared pool) (Riverside Clinic table) |
      | Lab or Other Test Results | Nurses (shared pool) |
      | General Inquiry | Front Desk (practice default) |
      | Question About My Health | Dana Lee |
      ",
      }
    `);
  });

  test("lists every location's table after the default table and before the providers'", async () => {
    const { stdout } = await cli("table", "sites.json", "--format", "markdown");
    expect(stdout.split("\n").filter((line) => line.startsWith("## "))).toMatchInlineSnapshot(`
      [
        "## Practice default",
        "## Location: Downtown Clinic (downtown)",
        "## Location: Riverside Clinic (riverside)",
        "## Sam Kim (drkim)",
        "## Dana Lee (drlee)",
      ]
    `);
  });

  test("gives the location and the rows' marks with --json", async () => {
    const { stdout } = await cli("table", "sites.json", "--provider", "drkim", "--location", "riverside", "--json");
    const [table] = JSON.parse(stdout).tables;
    expect([table.providerId, table.table, table.locationId, table.title]).toMatchInlineSnapshot(`
      [
        "drkim",
        undefined,
        "riverside",
        "Sam Kim (drkim), at Riverside Clinic (riverside)",
      ]
    `);
    expect(table.rows[3]).toMatchInlineSnapshot(`
      {
        "category": "test_results",
        "fromDefault": false,
        "fromLocation": true,
        "label": "Lab or Other Test Results",
        "recipients": [
          {
            "away": null,
            "delivery": "sticky",
            "id": "coordinators",
            "inactive": false,
            "kind": "group",
            "name": "Care Coordinators",
            "unknown": false,
          },
        ],
      }
    `);
    const located = await cli("table", "sites.json", "--location", "downtown", "--json");
    const [only] = JSON.parse(located.stdout).tables;
    expect([only.providerId, only.table, only.locationId, only.title]).toMatchInlineSnapshot(`
      [
        null,
        "location",
        "downtown",
        "Location: Downtown Clinic (downtown)",
      ]
    `);
  });

  test("warns for an id that is not a location and leaves it out, exit 0", async () => {
    const runs = await Promise.all([
      cli("table", "sites.json", "--location", "uptown", "--format", "markdown"),
      cli("table", "sites.json", "--provider", "drlee", "--location", "uptown", "--format", "markdown"),
      cli("table", "sites.json", "--provider", "jsmith", "--location", "riverside", "--format", "markdown"),
    ]);
    const alone = await Promise.all([
      cli("table", "sites.json", "--default", "--format", "markdown"),
      cli("table", "sites.json", "--provider", "drlee", "--format", "markdown"),
      cli("table", "sites.json", "--location", "riverside", "--format", "markdown"),
    ]);
    expect(runs.map((run, index) => [run.code, run.stdout === alone[index]?.stdout])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
    expect(runs.map((run) => run.stderr)).toMatchInlineSnapshot(`
      [
        "warning: "uptown" is not a location of this practice; showing the practice default table, which applies to messages for this location id
      ",
        "warning: "uptown" is not a location of this practice; showing the provider's table without a location
      ",
        "warning: "jsmith" is not a provider of this practice; showing the location's table, which applies to patients with this provider id there
      ",
      ]
    `);
  });

  test("exits 2 for --location with --default or --after-hours", async () => {
    const runs = await Promise.all([
      cli("table", "sites.json", "--location", "riverside", "--default"),
      cli("table", "sites.json", "--location", "riverside", "--after-hours"),
    ]);
    expect(runs.map((run) => [run.code, run.stderr])).toMatchInlineSnapshot(`
      [
        [
          2,
          "error: --location goes alone or with --provider (see 'patient-message-routing table --help')
      ",
        ],
        [
          2,
          "error: --location goes alone or with --provider (see 'patient-message-routing table --help')
      ",
        ],
      ]
    `);
  });
});

describe("resolve --location", () => {
  test("takes the location's table and lists the shared pool", async () => {
    expect(
      await cli(
        "resolve",
        "sites.json",
        "--category",
        "prescriptions",
        "--location",
        "riverside",
        "--at",
        AT,
        "--explain",
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Prescriptions & Refills from a patient without an assigned provider, for Riverside Clinic (riverside), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the location's table):
        Lena Patel (lpatel)
        Omar Selkin (oselkin)
      Shared pool: Nurses (Lena Patel, Omar Selkin).
      Explanation:
        The table of Riverside Clinic sends Prescriptions & Refills to Nurses.
        Nurses is Lena Patel and Omar Selkin.
        Nurses is a shared pool: one copy for Lena Patel and Omar Selkin.
      ",
      }
    `);
  });

  test("gives a patient with an id one member of a sticky group", async () => {
    const run = await cli(
      "resolve",
      "sites.json",
      "--category",
      "test_results",
      "--provider",
      "drkim",
      "--location",
      "riverside",
      "--patient",
      "p.json",
      "--at",
      AT,
      "--explain",
    );
    expect(run).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Lab or Other Test Results from a patient of Sam Kim (drkim) (with a patient file), for Riverside Clinic (riverside), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the location's table):
        Tam Nguyen (tnguyen)
      Explanation:
        The table of Riverside Clinic sends Lab or Other Test Results to Care Coordinators.
        Care Coordinators assigns this patient to Tam Nguyen.
      ",
      }
    `);
  });

  test("says so when the location is unknown, and resolves without one", async () => {
    const run = await cli("resolve", "sites.json", "--category", "appointments", "--location", "uptown", "--at", AT);
    expect(run).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "warning: "uptown" is not a location of this practice; resolving as for a message without a location
      ",
        "stdout": "Appointments from a patient without an assigned provider, for uptown, which is not a location (treated as no location), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the practice default table):
        Jane Smith (jsmith)
      ",
      }
    `);
  });

  test("gives the location and the pools in --json", async () => {
    const { stdout } = await cli(
      "resolve",
      "sites.json",
      "--category",
      "prescriptions",
      "--location",
      "riverside",
      "--at",
      AT,
      "--json",
    );
    const output = JSON.parse(stdout);
    expect([
      output.providerId,
      output.locationId,
      output.resolution.route,
      output.resolution.pools,
    ]).toMatchInlineSnapshot(`
        [
          null,
          "riverside",
          "location_table",
          [
            {
              "groupId": "nurses",
              "members": [
                "lpatel",
                "oselkin",
              ],
            },
          ],
        ]
      `);
  });
});

describe("view --location", () => {
  test("shows whom each category goes to at the location, and says so when the location is unknown", async () => {
    const runs = await Promise.all([
      cli("view", "showing.json", "--provider", "drlee", "--location", "riverside", "--at", AT),
      cli("view", "showing.json", "--location", "uptown", "--at", AT),
    ]);
    expect(runs).toMatchInlineSnapshot(`
      [
        {
          "code": 0,
          "stderr": "",
          "stdout": "The portal of a patient of Dana Lee (drlee), for Riverside Clinic (riverside), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      No notice: the practice is open.
      "New Message": shown; replies: allowed.
      Categories:
        Appointments: to Rosa Vega
        Referrals: to Care Coordinators
        Prescriptions & Refills: to Nurses
        Lab or Other Test Results: to Nurses
        General Inquiry: to Front Desk
        Question About My Health: to Dana Lee
      ",
        },
        {
          "code": 0,
          "stderr": "warning: "uptown" is not a location of this practice; showing the view without a location
      ",
          "stdout": "The portal of a patient without an assigned provider, for uptown, which is not a location (treated as no location), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      No notice: the practice is open.
      "New Message": shown; replies: allowed.
      Categories:
        Appointments: to Front Desk
        Referrals: to Care Coordinators
        Prescriptions & Refills: to Nurses
        Lab or Other Test Results: to Harbor Health
        General Inquiry: to Front Desk
        Question About My Health: to Nurses
      ",
        },
      ]
    `);
  });

  test("gives the location in --json", async () => {
    const { stdout } = await cli("view", "sites.json", "--location", "riverside", "--at", AT, "--json");
    const output = JSON.parse(stdout);
    expect([output.providerId, output.locationId, output.view.canStartMessage]).toEqual([null, "riverside", true]);
  });
});

describe("--location with hostile text", () => {
  test("escapes a location's name and an id from the command line on every human line", async () => {
    const runs = await Promise.all([
      cli("table", "hostile.json", "--location", "riverside", "--provider", "drlee"),
      cli("resolve", "hostile.json", "--category", "appointments", "--location", "riverside", "--at", AT),
      cli("view", "sites.json", "--location", "up\ntown\u001b[2J", "--at", AT),
    ]);
    expect(
      runs.map((run) => [run.stdout.split("\n")[0], run.stdout.split("\n")[4], run.stderr]),
    ).toMatchInlineSnapshot(`
      [
        [
          "Dana Lee (drlee), at River\\nerror: forged\\u202E (riverside)",
          "Appointments               Rosa Vega (River error: forged\\u202E table)",
          "",
        ],
        [
          "Appointments from a patient without an assigned provider, for River\\nerror: forged\\u202E (riverside), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)",
          "",
          "",
        ],
        [
          "The portal of a patient without an assigned provider, for up\\ntown\\u001B[2J, which is not a location (treated as no location), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)",
          "  Appointments",
          "warning: "up\\ntown\\u001b[2J" is not a location of this practice; showing the view without a location
      ",
        ],
      ]
    `);
  });
});
