import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const OFF = sampleWith({ messaging: { ...sample.messaging, patientInitiated: false } });

describe("resolve", () => {
  test("prints the recipients, the table they came from and the explanation", async () => {
    const result = await runCli([
      "resolve",
      "sample.json",
      "--category",
      "appointments",
      "--provider",
      "crusher",
      "--at",
      "2026-12-03T09:00:00Z",
      "--explain",
    ]);
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Appointments from a patient of Beverly Crusher (crusher), at 2026-12-03T09:00:00Z (3 Dec 2026, 4:00 AM EST)
      The practice is closed; it opens again 3 Dec 2026, 8:00 AM EST.
      Recipients (from the provider's table):
        Kim Jones (kjones)
      Respond by 7 Dec 2026, 5:00 PM EST.
      Explanation:
        Beverly Crusher's table sends Appointments to Jane Smith.
        Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.
      ",
      }
    `);
  });

  test("resolves at the current time without --at, for a patient without a provider", async () => {
    const result = await runCli(["resolve", "sample.json", "--category", "referrals"]);
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Referrals from a patient without an assigned provider, at 2026-11-20T15:00:00.000Z (20 Nov 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the practice default table):
        Jane Smith (jsmith)
        Kim Jones (kjones)
      Respond by 24 Nov 2026, 5:00 PM EST.
      ",
      }
    `);
  });

  test("says when the given provider is not a provider", async () => {
    const runs = await Promise.all([
      runCli(["resolve", "sample.json", "--category", "test_results", "--provider", "jsmith"]),
      runCli(["resolve", "sample.json", "--category", "test_results", "--provider", "kx"]),
    ]);
    expect(runs.map((r) => r.stdout.split("\n")[0])).toMatchInlineSnapshot(`
      [
        "Lab or Other Test Results from a patient of Jane Smith (jsmith), who is not a provider (treated as no provider), at 2026-11-20T15:00:00.000Z (20 Nov 2026, 10:00 AM EST)",
        "Lab or Other Test Results from a patient of kx, who is not a member (treated as no provider), at 2026-11-20T15:00:00.000Z (20 Nov 2026, 10:00 AM EST)",
      ]
    `);
  });

  test("warns on stderr for an id that is not a provider (a typo), still exit 0", async () => {
    const runs = await Promise.all(
      ["crushr", "jsmith"].flatMap((id) => [
        runCli(["resolve", "sample.json", "--category", "appointments", "--provider", id]),
        runCli(["resolve", "sample.json", "--category", "appointments", "--provider", id, "--json"]),
      ]),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "warning: "crushr" is not a provider of this practice; resolving as for a patient without an assigned provider
      ",
        "warning: "crushr" is not a provider of this practice; resolving as for a patient without an assigned provider
      ",
        "warning: "jsmith" is not a provider of this practice; resolving as for a patient without an assigned provider
      ",
        "warning: "jsmith" is not a provider of this practice; resolving as for a patient without an assigned provider
      ",
      ]
    `);
    const provider = await runCli(["resolve", "sample.json", "--category", "appointments", "--provider", "crusher"]);
    expect(provider.stderr).toBe("");
  });

  test("says why nobody receives the message, still exit 0", async () => {
    const result = await runCli(["resolve", "off.json", "--category", "appointments"], { "off.json": OFF });
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Appointments from a patient without an assigned provider, at 2026-11-20T15:00:00.000Z (20 Nov 2026, 10:00 AM EST)
      The practice is open.
      Nobody receives it: patient-initiated messaging is turned off for this practice (messaging_disabled).
      ",
      }
    `);
  });

  test("gives the input, the resolution and the explanation with --json", async () => {
    const args = ["resolve", "sample.json", "--category", "health_question", "--provider", "oselkin", "--json"];
    const plain = JSON.parse((await runCli(args)).stdout);
    expect(plain).toMatchInlineSnapshot(`
      {
        "at": "2026-11-20T15:00:00.000Z",
        "category": "health_question",
        "locationId": null,
        "providerId": "oselkin",
        "resolution": {
          "hours": {
            "nextOpenAt": null,
            "open": true,
          },
          "ok": true,
          "pools": [],
          "recipients": [
            "oselkin",
            "lpatel",
          ],
          "respondBy": "2026-11-24T22:00:00Z",
          "route": "provider_table",
          "trace": [
            {
              "category": "health_question",
              "kind": "provider_cell",
              "providerId": "oselkin",
              "recipients": [
                {
                  "type": "assigned_provider",
                },
                {
                  "id": "nurses",
                  "type": "group",
                },
              ],
            },
            {
              "kind": "assigned_provider",
              "providerId": "oselkin",
            },
            {
              "groupId": "nurses",
              "kind": "group",
              "members": [
                "lpatel",
              ],
            },
          ],
        },
      }
    `);
    const explained = JSON.parse((await runCli([...args, "--explain"])).stdout);
    expect(explained).toEqual({ ...plain, explanation: expect.any(Array) });
    expect(explained.explanation.length).toBe(plain.resolution.trace.length);
  });

  test("exits 2 for a missing or unknown --category or a bad --at", async () => {
    const runs = await Promise.all([
      runCli(["resolve", "sample.json"]),
      runCli(["resolve", "sample.json", "--category", "billing"]),
      runCli(["resolve", "sample.json", "--category", "referrals", "--at", "2026-12-03"]),
    ]);
    expect(runs.map((r) => [r.code, r.stdout])).toEqual([
      [2, ""],
      [2, ""],
      [2, ""],
    ]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: missing --category C (one of appointments, referrals, prescriptions, test_results, general_inquiry, health_question) (see 'patient-message-routing resolve --help')
      ",
        "error: --category must be one of appointments, referrals, prescriptions, test_results, general_inquiry, health_question (see 'patient-message-routing resolve --help')
      ",
        "error: --at needs an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-03T09:00:00Z (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("exits 1 for a config that does not parse", async () => {
    const result = await runCli(["resolve", "v3.json", "--category", "referrals"], {
      "v3.json": sampleWith({ schemaVersion: 3 }),
    });
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "error: v3.json is not a valid practice config (1 issue):
        unsupported_version at schemaVersion: Only schemaVersion 1 and 2 are supported.
      ",
        "stdout": "",
      }
    `);
  });
});
