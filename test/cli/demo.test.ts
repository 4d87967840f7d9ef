import { describe, expect, test } from "vitest";
import { runCli } from "./harness.js";

describe("demo", () => {
  test("prints the guided tour on the sample practice", async () => {
    const { code, stdout, stderr } = await runCli(["demo"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatchInlineSnapshot(`
      "Patient message routing: a tour of Enterprise Family Medicine (the sample practice)

      1. The practice and its routing tables
      --------------------------------------
      Patient-initiated messaging is on. Members:
        Beverly Crusher (crusher): provider
        Jane Smith (jsmith): staff, admin
        Kim Jones (kjones): staff
        Lena Patel (lpatel): staff
        Marco Reyes (mreyes): staff, inactive
        Omar Selkin (oselkin): provider
      Groups:
        Front Desk (front-desk): Jane Smith, Kim Jones
        Nurses (nurses): Lena Patel
        On Call (on-call): Omar Selkin

      The practice default table, used when a provider has no cell of their own:
        Category                   Route to
        -------------------------  -----------------------------
        Appointments               Front Desk
        Referrals                  Front Desk
        Prescriptions & Refills    Assigned provider, Jane Smith
        Lab or Other Test Results  Assigned provider
        General Inquiry            Front Desk
        Question About My Health   Assigned provider

      Beverly Crusher's table:
        Category                   Route to
        -------------------------  ----------------------------------
        Appointments               Jane Smith
        Referrals                  Front Desk (practice default)
        Prescriptions & Refills    Nurses, Beverly Crusher
        Lab or Other Test Results  Beverly Crusher (practice default)
        General Inquiry            Front Desk (practice default)
        Question About My Health   Beverly Crusher

      2. A patient of Beverly Crusher writes (at 2026-11-20T15:00:00Z)
      ----------------------------------------------------------------
      Appointments → Jane Smith (jsmith), from the provider's table
        · Beverly Crusher's table sends Appointments to Jane Smith.
      Referrals → Jane Smith (jsmith), Kim Jones (kjones), from the practice default table
        · Beverly Crusher's table has no Referrals entry, so the practice's default table sends Referrals to Front Desk.
        · Front Desk is Jane Smith and Kim Jones.
      Prescriptions & Refills → Lena Patel (lpatel), Beverly Crusher (crusher), from the provider's table
        · Beverly Crusher's table sends Prescriptions & Refills to Nurses and the patient's provider.
        · Nurses is Lena Patel.
        · The patient's provider is Beverly Crusher.
      Lab or Other Test Results → Beverly Crusher (crusher), from the practice default table
        · Beverly Crusher's table has no Lab or Other Test Results entry, so the practice's default table sends Lab or Other Test Results to the patient's provider.
        · The patient's provider is Beverly Crusher.
      General Inquiry → Jane Smith (jsmith), Kim Jones (kjones), from the practice default table
        · Beverly Crusher's table has no General Inquiry entry, so the practice's default table sends General Inquiry to Front Desk.
        · Front Desk is Jane Smith and Kim Jones.
      Question About My Health → Beverly Crusher (crusher), from the provider's table
        · Beverly Crusher's table sends Question About My Health to the patient's provider.
        · The patient's provider is Beverly Crusher.

      3. Jane Smith is away (coverage c1); the same patient writes at 2026-12-03T15:00:00Z
      ------------------------------------------------------------------------------------
      Beverly Crusher's table at that instant:
        Category                   Route to
        -------------------------  ---------------------------------------------------------------------
        Appointments               Jane Smith (away until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)
        Referrals                  Front Desk (practice default)
        Prescriptions & Refills    Nurses, Beverly Crusher
        Lab or Other Test Results  Beverly Crusher (practice default)
        General Inquiry            Front Desk (practice default)
        Question About My Health   Beverly Crusher

      Appointments → Kim Jones (kjones), from the provider's table
        · Beverly Crusher's table sends Appointments to Jane Smith.
        · Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.

      4. The practice's week: opening hours, after hours, an absence nobody covers
      ----------------------------------------------------------------------------
      Time zone America/New_York. Open Mon–Fri 08:00–12:00, 13:00–17:00. Closed: Christmas Day (25 Dec 2026).
      Patients are promised an answer within 2 business days.

      Friday evening (20 Nov 2026, 8:00 PM EST), a patient of Beverly Crusher asks a health question:
      Question About My Health → Omar Selkin (oselkin), from the after-hours table
        · The practice is closed, so its after-hours table sends Question About My Health to On Call.
        · On Call is Omar Selkin.
        Open again 23 Nov 2026, 8:00 AM EST; answer promised by 24 Nov 2026, 5:00 PM EST.

      Lena Patel is away from 14 to 18 December and nobody covers (coverage c2), at 15 Dec 2026, 10:00 AM EST:
      Prescriptions & Refills → Beverly Crusher (crusher), from the provider's table
        · Beverly Crusher's table sends Prescriptions & Refills to Nurses and the patient's provider.
        · Nurses is Lena Patel.
        · Lena Patel is away until 19 Dec 2026, 12:00 AM EST, and nobody covers.
        · Lena Patel is away and is skipped: nobody covers.
        · The patient's provider is Beverly Crusher.

      5. An admin changes a route, then undoes it
      -------------------------------------------
      Kim Jones (not an admin) tries it first. Refused (forbidden): Only an active admin of this practice may change its settings.

      Jane Smith (an admin) applies {"type":"set_route","providerId":"crusher","category":"referrals","recipients":[{"type":"member","id":"lpatel"}]}
      Audit: 20 Nov 2026, 11:00 AM EST · jsmith · revision 1 · Jane Smith routed Referrals for Beverly Crusher's patients to Lena Patel (was: the default table).
      Changed routing.crusher.referrals: Referrals for Beverly Crusher's patients now go to Lena Patel (was: the default table).
      Referrals → Lena Patel (lpatel), from the provider's table

      Jane Smith undoes it with revertEdit:
      Audit: 20 Nov 2026, 11:05 AM EST · jsmith · revision 2 · Jane Smith undid: Jane Smith routed Referrals for Beverly Crusher's patients to Lena Patel (was: the default table).
      Referrals → Jane Smith (jsmith), Kim Jones (kjones), from the practice default table

      6. An admin turns patient messaging off
      ---------------------------------------
      Jane Smith applies {"type":"set_messaging","enabled":false}
      Audit: 20 Nov 2026, 12:00 PM EST · jsmith · revision 3 · Jane Smith turned patient-initiated messaging off.
      Appointments → nobody: patient-initiated messaging is turned off for this practice (messaging_disabled)
        · Patient messaging is switched off for this practice, so nobody receives the message.
      The portal now shows "New Message": no; replies allowed: yes.
      "
    `);
  });

  test("gives every section as data with --json", async () => {
    const { code, stdout } = await runCli(["demo", "--json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.practice).toBe("enterprise-family-medicine");
    expect(output.sections.map((section: { title: string }) => section.title)).toMatchInlineSnapshot(`
      [
        "The practice and its routing tables",
        "A patient of Beverly Crusher writes (at 2026-11-20T15:00:00Z)",
        "Jane Smith is away (coverage c1); the same patient writes at 2026-12-03T15:00:00Z",
        "The practice's week: opening hours, after hours, an absence nobody covers",
        "An admin changes a route, then undoes it",
        "An admin turns patient messaging off",
      ]
    `);
    const [, everyCategory, absence, week, edit, off] = output.sections;
    expect(week.evening.resolution).toMatchObject({
      route: "after_hours_table",
      recipients: ["oselkin"],
      hours: { open: false, nextOpenAt: "2026-11-23T13:00:00Z" },
      respondBy: "2026-11-24T22:00:00Z",
    });
    expect(week.nurseAway.resolution).toMatchObject({ recipients: ["crusher"] });
    expect(everyCategory.resolutions.map((r: { category: string }) => r.category)).toEqual([
      "appointments",
      "referrals",
      "prescriptions",
      "test_results",
      "general_inquiry",
      "health_question",
    ]);
    expect(absence.resolution).toMatchObject({ ok: true, recipients: ["kjones"] });
    expect(edit.refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(edit.done.audit).toMatchObject({ actor: "jsmith", revision: 1 });
    expect(edit.undone.audit).toMatchObject({ actor: "jsmith", revision: 2, edit: { type: "revert", revision: 1 } });
    expect(off.after.resolution).toMatchObject({ ok: false, reason: "messaging_disabled" });
    expect(off.view).toEqual({
      canStartMessage: false,
      canReply: true,
      categories: [],
      notice: { kind: "closed", nextOpenAt: "2026-11-20T18:00:00Z" },
      respondBy: null,
    });
  });
});
