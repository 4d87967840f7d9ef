import { describe, expect, test } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { explainResolution } from "../../src/present/explainResolution.js";
import { patientMessagingView } from "../../src/present/patientMessagingView.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { resolveReply } from "../../src/resolve/resolveReply.js";
import type { Resolution, ResolveInput } from "../../src/resolve/types.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { twoSites } from "../support/twoSites.js";

// DESIGN.md section 12: location tables, shared pools and sticky choices, on a practice with two sites.

const AT = "2026-11-20T15:00:00Z";

/** Both ways of resolving agree, traces included; the answer's essentials and its explanation. */
function resolveBoth(practice: Practice, input: ResolveInput) {
  const answer = resolveRecipients(practice, input);
  expect(compileRouter(practice).resolve(input)).toEqual(answer);
  return { ...essentials(answer), explained: explainResolution(practice, answer) };
}

function essentials(answer: Resolution) {
  return answer.ok
    ? { route: answer.route, recipients: answer.recipients, pools: answer.pools }
    : { reason: answer.reason };
}

describe("location tables", () => {
  test("the practice is valid (its warnings are the inactive member and the cells that rely on fallbacks)", () => {
    const { valid, issues } = validatePractice(twoSites);
    expect([valid, issues.map((issue) => [issue.code, issue.path.join("/")])]).toMatchInlineSnapshot(`
      [
        true,
        [
          [
            "inactive_recipient",
            "groups/coordinators/members/2",
          ],
          [
            "route_falls_back",
            "routing/drkim/prescriptions",
          ],
          [
            "inactive_recipient",
            "routing/drkim/prescriptions/0",
          ],
          [
            "route_falls_back",
            "locationRouting/hilltop/referrals",
          ],
          [
            "inactive_recipient",
            "locationRouting/hilltop/referrals/0",
          ],
          [
            "default_reaches_nobody",
            "defaultRouting/test_results",
          ],
          [
            "default_reaches_nobody",
            "defaultRouting/health_question",
          ],
        ],
      ]
    `);
  });

  test("a location's cell is used when the provider has none", () => {
    expect(
      resolveBoth(twoSites, { category: "appointments", providerId: "drlee", locationId: "riverside", at: AT }),
    ).toMatchInlineSnapshot(`
        {
          "explained": [
            "The table of Riverside Clinic sends Appointments to Front desk.",
            "Front desk is Marco Reyes and Tam Nguyen.",
          ],
          "pools": [],
          "recipients": [
            "mreyes",
            "tnguyen",
          ],
          "route": "location_table",
        }
      `);
  });

  test("the provider's cell comes before the location's", () => {
    expect(
      resolveBoth(twoSites, { category: "prescriptions", providerId: "drkim", locationId: "hilltop", at: AT }),
    ).toMatchInlineSnapshot(`
        {
          "explained": [
            "Dr. Sam Kim's table sends Prescriptions & Refills to Jo Doe.",
            "Jo Doe is inactive and is skipped.",
            "Nobody is left from the provider's table, so the location's table is used.",
            "The table of Hilltop Clinic sends Prescriptions & Refills to Marco Reyes.",
          ],
          "pools": [],
          "recipients": [
            "mreyes",
          ],
          "route": "location_table",
        }
      `);
  });

  test("a location's cell that reaches nobody falls back to the default cell", () => {
    expect(resolveBoth(twoSites, { category: "referrals", locationId: "hilltop", at: AT })).toMatchInlineSnapshot(`
      {
        "explained": [
          "The table of Hilltop Clinic sends Referrals to Jo Doe.",
          "Jo Doe is inactive and is skipped.",
          "Nobody is left from the location's table, so the practice's default table is used.",
          "The practice's default table sends Referrals to Tam Nguyen.",
        ],
        "pools": [],
        "recipients": [
          "tnguyen",
        ],
        "route": "default_table",
      }
    `);
  });

  test("an unknown location, and a location without a table, count as none", () => {
    const none = resolveRecipients(twoSites, { category: "appointments", at: AT });
    for (const locationId of ["nowhere", "annex", null]) {
      expect(resolveRecipients(twoSites, { category: "appointments", locationId, at: AT })).toEqual(none);
      expect(compileRouter(twoSites).resolve({ category: "appointments", locationId, at: AT })).toEqual(none);
    }
    expect(essentials(none)).toMatchInlineSnapshot(`
      {
        "pools": [],
        "recipients": [
          "tnguyen",
        ],
        "route": "default_table",
      }
    `);
  });

  test("a table keyed by no location is never used", () => {
    const ghost = deepFreeze<Practice>({
      ...twoSites,
      locationRouting: { ...twoSites.locationRouting, ghost: { appointments: [{ type: "member", id: "admin" }] } },
    });
    expect(resolveBoth(ghost, { category: "appointments", locationId: "ghost", at: AT }).route).toBe("default_table");
  });

  test("after hours, a failing after-hours cell falls to the location's cell", () => {
    const closed = deepFreeze<Practice>({
      ...twoSites,
      schedule: { hours: { mon: [["08:00", "17:00"]] }, closures: {} },
      afterHoursRouting: { appointments: [{ type: "member", id: "jdoe" }] },
    });
    expect(resolveBoth(closed, { category: "appointments", locationId: "riverside", at: AT })).toMatchInlineSnapshot(`
      {
        "explained": [
          "The practice is closed, so its after-hours table sends Appointments to Jo Doe.",
          "Jo Doe is inactive and is skipped.",
          "Nobody is left from the after-hours table, so the location's table is used.",
          "The table of Riverside Clinic sends Appointments to Front desk.",
          "Front desk is Marco Reyes and Tam Nguyen.",
        ],
        "pools": [],
        "recipients": [
          "mreyes",
          "tnguyen",
        ],
        "route": "location_table",
      }
    `);
  });

  test("a reply and the patient's view take the location into account", () => {
    const reply = resolveReply(twoSites, {
      senderId: "jdoe",
      category: "appointments",
      locationId: "riverside",
      at: AT,
    });
    expect(
      compileRouter(twoSites).resolveReply({
        senderId: "jdoe",
        category: "appointments",
        locationId: "riverside",
        at: AT,
      }),
    ).toEqual(reply);
    expect(essentials(reply)).toMatchInlineSnapshot(`
      {
        "pools": [],
        "recipients": [
          "mreyes",
          "tnguyen",
        ],
        "route": "location_table",
      }
    `);
    const shown = deepFreeze<Practice>({
      ...twoSites,
      messaging: { ...twoSites.messaging, showRecipientsToPatients: true },
    });
    const view = patientMessagingView(shown, { locationId: "riverside", at: AT });
    expect(view.categories.map((category) => [category.id, category.to])).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          [
            "Front desk",
          ],
        ],
        [
          "referrals",
          [
            "Care coordinators",
          ],
        ],
        [
          "prescriptions",
          [
            "Nurses",
          ],
        ],
        [
          "test_results",
          [
            "Harbour Family Medicine",
          ],
        ],
        [
          "general_inquiry",
          [
            "Front desk",
          ],
        ],
        [
          "health_question",
          [
            "Harbour Family Medicine",
          ],
        ],
      ]
    `);
  });
});

describe("pools", () => {
  test("a pool lists its members among the recipients and says they share one copy", () => {
    expect(
      resolveBoth(twoSites, { category: "prescriptions", locationId: "riverside", at: AT }),
    ).toMatchInlineSnapshot(`
        {
          "explained": [
            "The table of Riverside Clinic sends Prescriptions & Refills to Nurses.",
            "Nurses is Lena Patel and Omar Selkin.",
            "Nurses is a shared pool: one copy for Lena Patel and Omar Selkin.",
          ],
          "pools": [
            {
              "groupId": "nurses",
              "members": [
                "lpatel",
                "oselkin",
              ],
            },
          ],
          "recipients": [
            "lpatel",
            "oselkin",
          ],
          "route": "location_table",
        }
      `);
  });

  test("a pool after the assigned provider, with a member away covered by someone outside it", () => {
    const away = deepFreeze<Practice>({
      ...twoSites,
      coverage: {
        c1: { member: "oselkin", from: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z", coveredBy: "tnguyen" },
      },
    });
    expect(resolveBoth(away, { category: "health_question", providerId: "drlee", at: AT })).toMatchInlineSnapshot(`
      {
        "explained": [
          "Dr. Grace Lee's table sends Question About My Health to the patient's provider and Nurses.",
          "The patient's provider is Dr. Grace Lee.",
          "Nurses is Lena Patel and Omar Selkin.",
          "Omar Selkin is away until 30 Nov 2026, 7:00 PM EST; Tam Nguyen covers.",
          "Nurses is a shared pool: one copy for Lena Patel and Tam Nguyen.",
        ],
        "pools": [
          {
            "groupId": "nurses",
            "members": [
              "lpatel",
              "tnguyen",
            ],
          },
        ],
        "recipients": [
          "drlee",
          "lpatel",
          "tnguyen",
        ],
        "route": "provider_table",
      }
    `);
  });

  test("an excluded member leaves the pool; a pool left with nobody is not listed", () => {
    const patient = { excludedMembers: ["lpatel"] };
    expect(
      resolveBoth(twoSites, { category: "prescriptions", locationId: "riverside", patient, at: AT }),
    ).toMatchInlineSnapshot(`
        {
          "explained": [
            "The table of Riverside Clinic sends Prescriptions & Refills to Nurses.",
            "Nurses is Lena Patel and Omar Selkin.",
            "Lena Patel does not receive this patient's messages and is skipped.",
            "Nurses is a shared pool: one copy for Omar Selkin.",
          ],
          "pools": [
            {
              "groupId": "nurses",
              "members": [
                "oselkin",
              ],
            },
          ],
          "recipients": [
            "oselkin",
          ],
          "route": "location_table",
        }
      `);
    const nobody = { excludedMembers: ["lpatel", "oselkin"] };
    expect(
      resolveBoth(twoSites, { category: "prescriptions", locationId: "riverside", patient: nobody, at: AT }),
    ).toMatchInlineSnapshot(`
        {
          "explained": [
            "The table of Riverside Clinic sends Prescriptions & Refills to Nurses.",
            "Nurses is Lena Patel and Omar Selkin.",
            "Lena Patel does not receive this patient's messages and is skipped.",
            "Omar Selkin does not receive this patient's messages and is skipped.",
            "Nobody is left from the location's table, so the practice's default table is used.",
            "The practice's default table sends Prescriptions & Refills to Ada Admin.",
          ],
          "pools": [],
          "recipients": [
            "admin",
          ],
          "route": "default_table",
        }
      `);
  });
});

describe("sticky groups", () => {
  const input = (id?: string): ResolveInput => ({
    category: "referrals",
    locationId: "riverside",
    at: AT,
    ...(id === undefined ? {} : { patient: { id } }),
  });

  test("one member for a patient, the same on every call", () => {
    const router = compileRouter(twoSites);
    const first = resolveBoth(twoSites, input("patient-17"));
    expect(first).toMatchInlineSnapshot(`
      {
        "explained": [
          "The table of Riverside Clinic sends Referrals to Care coordinators.",
          "Care coordinators assigns this patient to Tam Nguyen, the first who can receive it of Jo Doe and Tam Nguyen.",
          "Jo Doe is inactive and is skipped.",
        ],
        "pools": [],
        "recipients": [
          "tnguyen",
        ],
        "route": "location_table",
      }
    `);
    expect(router.resolve(input("patient-17"))).toEqual(router.resolve(input("patient-17")));
    expect(resolveBoth(twoSites, input("patient-4")).recipients).toMatchInlineSnapshot(`
      [
        "tnguyen",
      ]
    `);
  });

  test("without a patient id, a sticky group delivers to each member", () => {
    expect(resolveBoth(twoSites, input())).toMatchInlineSnapshot(`
      {
        "explained": [
          "The table of Riverside Clinic sends Referrals to Care coordinators.",
          "Care coordinators is Marco Reyes, Tam Nguyen and Jo Doe.",
          "Jo Doe is inactive and is skipped.",
        ],
        "pools": [],
        "recipients": [
          "mreyes",
          "tnguyen",
        ],
        "route": "location_table",
      }
    `);
  });

  test("says plainly who the patient is assigned to when the first member by score receives", () => {
    expect(resolveBoth(twoSites, input("patient-2")).explained).toMatchInlineSnapshot(`
      [
        "The table of Riverside Clinic sends Referrals to Care coordinators.",
        "Care coordinators assigns this patient to Marco Reyes.",
      ]
    `);
  });

  test("says the group has nobody for the patient when none of its members can receive, then falls back", () => {
    const patient = { id: "patient-2", excludedMembers: ["mreyes", "tnguyen"] };
    expect(resolveBoth(twoSites, { ...input(), patient })).toMatchInlineSnapshot(`
      {
        "explained": [
          "The table of Riverside Clinic sends Referrals to Care coordinators.",
          "Care coordinators has nobody who can receive this patient's message.",
          "Marco Reyes does not receive this patient's messages and is skipped.",
          "Tam Nguyen does not receive this patient's messages and is skipped.",
          "Jo Doe is inactive and is skipped.",
          "Nobody is left from the location's table, so the practice's default table is used.",
          "The practice's default table sends Referrals to Tam Nguyen.",
          "Tam Nguyen does not receive this patient's messages and is skipped.",
          "Nobody is left from the practice's default table, so the message goes to the backstop.",
          "The backstop sends the message to every active admin: Ada Admin.",
        ],
        "pools": [],
        "recipients": [
          "admin",
        ],
        "route": "backstop",
      }
    `);
  });

  test("the next member by score when the first cannot receive", () => {
    const scores = resolveBoth(twoSites, input("patient-17"));
    const chosen = scores.recipients?.[0] as string;
    const patient = { id: "patient-17", excludedMembers: [chosen] };
    expect(resolveBoth(twoSites, { ...input(), patient })).toMatchInlineSnapshot(`
      {
        "explained": [
          "The table of Riverside Clinic sends Referrals to Care coordinators.",
          "Care coordinators assigns this patient to Marco Reyes, the first who can receive it of Jo Doe, Tam Nguyen and Marco Reyes.",
          "Jo Doe is inactive and is skipped.",
          "Tam Nguyen does not receive this patient's messages and is skipped.",
        ],
        "pools": [],
        "recipients": [
          "mreyes",
        ],
        "route": "location_table",
      }
    `);
  });
});
