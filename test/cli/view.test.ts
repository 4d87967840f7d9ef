import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const SHOWING = sampleWith({
  messaging: { ...sample.messaging, showRecipientsToPatients: true },
  groups: { ...sample.groups, nurses: { ...sample.groups.nurses, patientLabel: "Nursing team" } },
  routing: { ...sample.routing, crusher: { ...sample.routing.crusher, referrals: [{ type: "care_team" }] } },
});
const PATIENT = JSON.stringify({ careTeam: ["lpatel"], excludedMembers: ["kjones"], blocked: ["appointments"] });

describe("view", () => {
  test("prints what the portal shows, with whom each category goes to", async () => {
    const result = await runCli(
      ["view", "showing.json", "--provider", "crusher", "--patient", "patient.json", "--at", "2026-12-02T15:00:00Z"],
      { "showing.json": SHOWING, "patient.json": PATIENT },
    );
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "The portal of a patient of Beverly Crusher (crusher) (with a patient file), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      No notice: the practice is open.
      "New Message": shown; replies: allowed.
      Categories:
        Appointments: not available, the patient may not message the practice in this category (patient_blocked)
        Referrals: to Your care team
        Prescriptions & Refills: to Nursing team, Beverly Crusher
        Lab or Other Test Results: to Beverly Crusher
        General Inquiry: to Enterprise Family Medicine
        Question About My Health: to Beverly Crusher
      Respond by 4 Dec 2026, 5:00 PM EST.
      ",
      }
    `);
  });

  test("shows no notice while open, at the current time without --at", async () => {
    const result = await runCli(["view", "sample.json"]);
    expect(result.stdout.split("\n").slice(0, 3)).toMatchInlineSnapshot(`
      [
        "The portal of a patient without an assigned provider, at 2026-11-20T15:00:00.000Z (20 Nov 2026, 10:00 AM EST)",
        "No notice: the practice is open.",
        ""New Message": shown; replies: allowed.",
      ]
    `);
  });

  test("gives the view as data with --json", async () => {
    const result = await runCli(
      ["view", "sample.json", "--patient", "patient.json", "--at", "2026-12-02T15:00:00Z", "--json"],
      { "patient.json": JSON.stringify({ lastVisitAt: null, blocked: true }) },
    );
    const data = JSON.parse(result.stdout);
    expect([result.code, data.providerId, data.patient, data.at]).toEqual([
      0,
      null,
      { lastVisitAt: null, blocked: true },
      "2026-12-02T15:00:00Z",
    ]);
    expect(data.view.categories[0]).toEqual({
      id: "appointments",
      label: "Appointments",
      available: false,
      reason: "patient_blocked",
    });
  });

  test("warns when the provider is not a provider", async () => {
    const result = await runCli(["view", "sample.json", "--provider", "jsmith", "--at", "2026-12-02T15:00:00Z"]);
    expect([result.code, result.stderr]).toMatchInlineSnapshot(`
      [
        0,
        "warning: "jsmith" is not a provider of this practice; showing the view of a patient without an assigned provider
      ",
      ]
    `);
  });

  test("explains itself with --help", async () => {
    const result = await runCli(["view", "--help"]);
    expect([result.code, result.stdout]).toMatchInlineSnapshot(`
      [
        0,
        "Usage: patient-message-routing view <file> [--provider ID] [--location ID] [--patient FILE] [--at ISO] [--json]

      Prints patientMessagingView for one patient: whether "New Message" and replies are offered, each
      enabled category with whether this patient may choose it (and why not), whom it goes to when the
      practice shows recipients to patients, the closed notice and the respond-by promise; dates in the
      practice's time zone. --provider is the patient's assigned provider (none when omitted), --location
      the location (site) the patient writes to (none when omitted), --patient the patient context as a
      JSON file (as for resolve), --at the moment the page is shown (now when omitted). Exit 0 whatever the
      portal shows.

      Options:
            --provider ID   The patient's assigned provider (a member id).
            --location ID   The location (site) the patient writes to.
            --patient FILE  The patient context, a JSON file.
            --at ISO        When the portal page is shown, e.g. 2026-12-03T09:00:00Z.
            --json          Print machine-readable JSON on stdout.
        -h, --help          Show this help.

      Exit codes: 0 ok, 1 invalid input or config, 2 usage error.
      ",
      ]
    `);
  });

  test("refuses a bad --at and a config that does not parse", async () => {
    const runs = await Promise.all([
      runCli(["view", "sample.json", "--at", "tomorrow"]),
      runCli(["view", "bad.json"], { "bad.json": "{" }),
    ]);
    expect(runs.map((run) => run.code)).toEqual([2, 1]);
  });
});
