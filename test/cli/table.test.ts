import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

describe("table", () => {
  test("prints the default table, then every provider's, each under a title", async () => {
    const { code, stdout, stderr } = await runCli(["table", "sample.json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatchInlineSnapshot(`
      "Practice default

      Category                   Route to
      -------------------------  -----------------------------
      Appointments               Front Desk
      Referrals                  Front Desk
      Prescriptions & Refills    Assigned provider, Jane Smith
      Lab or Other Test Results  Assigned provider
      General Inquiry            Front Desk
      Question About My Health   Assigned provider

      After hours

      Category                   Route to
      -------------------------  -------------
      Appointments               (usual route)
      Referrals                  (usual route)
      Prescriptions & Refills    (usual route)
      Lab or Other Test Results  (usual route)
      General Inquiry            (usual route)
      Question About My Health   On Call

      Beverly Crusher (crusher)

      Category                   Route to
      -------------------------  ----------------------------------
      Appointments               Jane Smith
      Referrals                  Front Desk (practice default)
      Prescriptions & Refills    Nurses, Beverly Crusher
      Lab or Other Test Results  Beverly Crusher (practice default)
      General Inquiry            Front Desk (practice default)
      Question About My Health   Beverly Crusher

      Omar Selkin (oselkin)

      Category                   Route to
      -------------------------  ------------------------------------------
      Appointments               Front Desk (practice default)
      Referrals                  Front Desk (practice default)
      Prescriptions & Refills    Omar Selkin, Jane Smith (practice default)
      Lab or Other Test Results  Nurses
      General Inquiry            Front Desk (practice default)
      Question About My Health   Omar Selkin, Nurses
      "
    `);
  });

  test("prints one provider's table in Markdown with absences marked at --at", async () => {
    const result = await runCli([
      "table",
      "sample.json",
      "--provider",
      "crusher",
      "--format",
      "markdown",
      "--at",
      "2026-12-03T09:00:00Z",
    ]);
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "## Beverly Crusher (crusher)

      | Category | Route to |
      | --- | --- |
      | Appointments | Jane Smith (away until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones) |
      | Referrals | Front Desk (practice default) |
      | Prescriptions & Refills | Nurses, Beverly Crusher |
      | Lab or Other Test Results | Beverly Crusher (practice default) |
      | General Inquiry | Front Desk (practice default) |
      | Question About My Health | Beverly Crusher |
      ",
      }
    `);
  });

  test("prints only the default table with --default", async () => {
    const { stdout } = await runCli(["table", "sample.json", "--default"]);
    expect(stdout.split("\n")[0]).toBe("Practice default");
    expect(stdout).not.toContain("Beverly Crusher");
  });

  test("marks an inactive provider in the title", async () => {
    const members = JSON.parse(sampleWith({})).members;
    const file = sampleWith({ members: { ...members, oselkin: { ...members.oselkin, active: false } } });
    const { stdout } = await runCli(["table", "practice.json", "--provider", "oselkin"], { "practice.json": file });
    expect(stdout.split("\n")[0]).toBe("Omar Selkin (oselkin, inactive)");
  });

  test("gives rows as data and the rendered table with --json", async () => {
    const { code, stdout } = await runCli(["table", "sample.json", "--provider", "oselkin", "--json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.format).toBe("text");
    expect(output.at).toBeNull();
    expect(output.tables).toHaveLength(1);
    expect(output.tables[0].rows[3]).toEqual({
      category: "test_results",
      label: "Lab or Other Test Results",
      fromDefault: false,
      fromLocation: false,
      recipients: [
        { kind: "group", id: "nurses", name: "Nurses", unknown: false, inactive: false, away: null, delivery: "each" },
      ],
    });
    expect(output.tables[0].rows[0].fromDefault).toBe(true);
    expect(output.tables[0].rendered.split("\n")[0]).toMatch(/^Category +Route to$/);
  });

  test("warns for an id that is not a provider and prints the default table, exit 0", async () => {
    const runs = await Promise.all(
      ["crushr", "jsmith"].map((id) => runCli(["table", "sample.json", "--provider", id, "--format", "markdown"])),
    );
    const defaultTable = await runCli(["table", "sample.json", "--default", "--format", "markdown"]);
    expect(runs.map((r) => [r.code, r.stdout === defaultTable.stdout])).toEqual([
      [0, true],
      [0, true],
    ]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "warning: "crushr" is not a provider of this practice; showing the practice default table, which applies to patients with this provider id
      ",
        "warning: "jsmith" is not a provider of this practice; showing the practice default table, which applies to patients with this provider id
      ",
      ]
    `);
    const json = await runCli(["table", "sample.json", "--provider", "crushr", "--json"]);
    expect(JSON.parse(json.stdout).tables.map((table: { providerId: unknown }) => table.providerId)).toEqual([null]);
    expect(json.stderr).toBe(runs[0]?.stderr);
  });

  test("prints an inactive provider's table without a warning", async () => {
    const sample = JSON.parse(SAMPLE_JSON);
    const file = sampleWith({ members: { ...sample.members, crusher: { ...sample.members.crusher, active: false } } });
    const { code, stderr } = await runCli(["table", "x.json", "--provider", "crusher"], { "x.json": file });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  test("exits 2 for a bad --format, a bad --at, or --provider with --default", async () => {
    const runs = await Promise.all([
      runCli(["table", "sample.json", "--format", "html"]),
      runCli(["table", "sample.json", "--at", "tomorrow"]),
      runCli(["table", "sample.json", "--provider", "crusher", "--default"]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: --format must be text or markdown (see 'patient-message-routing table --help')
      ",
        "error: --at needs an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-03T09:00:00Z (see 'patient-message-routing table --help')
      ",
        "error: give one of --provider, --default and --after-hours (see 'patient-message-routing table --help')
      ",
      ]
    `);
  });
});
