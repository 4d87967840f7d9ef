import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const AT = "2026-12-02T15:00:00Z";

describe("resolve --patient", () => {
  test("drops the patient's excluded members and explains it", async () => {
    const result = await runCli(
      ["resolve", "sample.json", "--category", "referrals", "--patient", "p.json", "--at", AT, "--explain"],
      { "p.json": JSON.stringify({ excludedMembers: ["kjones"] }) },
    );
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Referrals from a patient without an assigned provider (with a patient file), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the backstop (every active admin)):
        Jane Smith (jsmith)
      Respond by 4 Dec 2026, 5:00 PM EST.
      Explanation:
        The patient has no provider, so the practice's default table sends Referrals to Front Desk.
        Front Desk is Jane Smith and Kim Jones.
        Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.
        Jane Smith is away and is skipped: the cover, Kim Jones, does not receive this patient's messages.
        Kim Jones does not receive this patient's messages and is skipped.
        Nobody is left from the practice's default table, so the message goes to the backstop.
        The backstop sends the message to every active admin: Jane Smith.
      ",
      }
    `);
  });

  test("refuses a blocked patient, and one not seen recently when eligibility is configured", async () => {
    const eligible = sampleWith({ messaging: { ...sample.messaging, eligibility: { visitWithinDays: 30 } } });
    const runs = await Promise.all([
      runCli(["resolve", "sample.json", "--category", "referrals", "--patient", "p.json", "--at", AT], {
        "p.json": JSON.stringify({ blocked: true }),
      }),
      runCli(["resolve", "e.json", "--category", "referrals", "--patient", "p.json", "--at", AT], {
        "e.json": eligible,
        "p.json": JSON.stringify({ lastVisitAt: "2026-01-01T00:00:00Z" }),
      }),
    ]);
    expect(runs.map((run) => run.stdout.split("\n").at(-2))).toMatchInlineSnapshot(`
      [
        "Nobody receives it: the patient may not message the practice in this category (patient_blocked).",
        "Nobody receives it: the patient has not visited recently enough to start a message (not_eligible).",
      ]
    `);
  });

  test("echoes the patient in --json", async () => {
    const result = await runCli(
      ["resolve", "sample.json", "--category", "referrals", "--patient", "p.json", "--at", AT, "--json"],
      { "p.json": JSON.stringify({ careTeam: ["lpatel"] }) },
    );
    const data = JSON.parse(result.stdout);
    expect([data.patient, data.resolution.recipients]).toEqual([{ careTeam: ["lpatel"] }, ["kjones"]]);
  });
});

describe("resolve --reply-to", () => {
  test("sends the reply to its sender", async () => {
    const result = await runCli(["resolve", "sample.json", "--reply-to", "lpatel", "--at", AT]);
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Reply to a message from Lena Patel (lpatel), General Inquiry, from a patient without an assigned provider, at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the sender of the message replied to):
        Lena Patel (lpatel)
      Respond by 4 Dec 2026, 5:00 PM EST.
      ",
      }
    `);
  });

  test("sends it to the sender's cover, else the category's route, explained", async () => {
    const runs = await Promise.all([
      runCli(["resolve", "sample.json", "--reply-to", "jsmith", "--at", AT, "--explain"]),
      runCli([
        "resolve",
        "sample.json",
        "--reply-to",
        "mreyes",
        "--category",
        "prescriptions",
        "--provider",
        "crusher",
        "--at",
        AT,
        "--explain",
      ]),
    ]);
    expect(runs.map((run) => run.stdout)).toMatchInlineSnapshot(`
      [
        "Reply to a message from Jane Smith (jsmith), General Inquiry, from a patient without an assigned provider, at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the cover of the sender, who is away):
        Kim Jones (kjones)
      Respond by 4 Dec 2026, 5:00 PM EST.
      Explanation:
        The patient replies to a message from Jane Smith, who receives the reply if they can; else it takes the General Inquiry route.
        Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.
      ",
        "Reply to a message from Marco Reyes (mreyes, inactive), Prescriptions & Refills, from a patient of Beverly Crusher (crusher), at 2026-12-02T15:00:00Z (2 Dec 2026, 10:00 AM EST)
      The practice is open.
      Recipients (from the provider's table):
        Lena Patel (lpatel)
        Beverly Crusher (crusher)
      Respond by 4 Dec 2026, 5:00 PM EST.
      Explanation:
        The patient replies to a message from Marco Reyes, who receives the reply if they can; else it takes the Prescriptions & Refills route.
        Marco Reyes is inactive and is skipped.
        Beverly Crusher's table sends Prescriptions & Refills to Nurses and the patient's provider.
        Nurses is Lena Patel.
        The patient's provider is Beverly Crusher.
      ",
      ]
    `);
  });

  test("says when replies are off, and gives the reply as data with --json", async () => {
    const off = sampleWith({ messaging: { ...sample.messaging, patientReplies: false } });
    const runs = await Promise.all([
      runCli(["resolve", "off.json", "--reply-to", "jsmith", "--at", AT], { "off.json": off }),
      runCli(["resolve", "sample.json", "--reply-to", "lpatel", "--at", AT, "--json"]),
    ]);
    expect(runs[0]?.stdout.split("\n").at(-2)).toMatchInlineSnapshot(
      `"Nobody receives it: patient replies are turned off for this practice (replies_disabled)."`,
    );
    const data = JSON.parse(runs[1]?.stdout ?? "");
    expect([data.replyTo, data.category, data.resolution.route, data.resolution.recipients]).toEqual([
      "lpatel",
      "general_inquiry",
      "sender",
      ["lpatel"],
    ]);
  });

  test("refuses --reply-to without a member id and a bad --category", async () => {
    const runs = await Promise.all([
      runCli(["resolve", "sample.json", "--reply-to="]),
      runCli(["resolve", "sample.json", "--reply-to", "jsmith", "--category", "nope"]),
    ]);
    expect(runs.map((run) => [run.code, run.stderr])).toMatchInlineSnapshot(`
      [
        [
          2,
          "error: --reply-to needs a value (--reply-to SENDER) (see 'patient-message-routing resolve --help')
      ",
        ],
        [
          2,
          "error: --category must be one of appointments, referrals, prescriptions, test_results, general_inquiry, health_question (see 'patient-message-routing resolve --help')
      ",
        ],
      ]
    `);
  });
});
