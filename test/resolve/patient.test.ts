import { describe, expect, test } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { explainResolution } from "../../src/present/explainResolution.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { resolveReply } from "../../src/resolve/resolveReply.js";
import type { ReplyInput, Resolution, ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

// DESIGN.md section 11 on the sample practice (New York; Jane Smith away 1-8 Dec 2026, Kim Jones covers; open
// weekdays 08:00-12:00 and 13:00-17:00), with eligibility rules and a care-team cell added where needed.

const sample = samplePractice();
const OPEN = "2026-11-20T15:00:00Z"; // Friday 10:00 in New York
const AWAY = "2026-12-03T15:00:00Z"; // Jane Smith away, Kim Jones covers

const withEligibility = deepFreeze<Practice>({
  ...sample,
  messaging: {
    ...sample.messaging,
    eligibility: { visitWithinDays: 365, categories: { health_question: { visitWithinDays: 90 } } },
  },
  routing: {
    ...sample.routing,
    crusher: { ...sample.routing.crusher, test_results: [{ type: "care_team" }, { type: "assigned_provider" }] },
  },
});

/** The sample with its Front Desk group made sticky, with Lena Patel in it. */
const sticky = deepFreeze<Practice>({
  ...sample,
  groups: {
    ...sample.groups,
    "front-desk": { name: "Front Desk", members: ["jsmith", "kjones", "lpatel"], delivery: "sticky" },
  },
});

/** Both ways of resolving agree, traces included; the answer and its explanation. */
function resolveBoth(practice: Practice, input: ResolveInput): { answer: Resolution; explained: readonly string[] } {
  const answer = resolveRecipients(practice, input);
  expect(compileRouter(practice).resolve(input)).toEqual(answer);
  return { answer, explained: explainResolution(practice, answer) };
}

function replyBoth(practice: Practice, input: ReplyInput): { answer: Resolution; explained: readonly string[] } {
  const answer = resolveReply(practice, input);
  expect(compileRouter(practice).resolveReply(input)).toEqual(answer);
  return { answer, explained: explainResolution(practice, answer) };
}

const summary = ({ answer, explained }: { answer: Resolution; explained: readonly string[] }) => ({
  answer: answer.ok ? { route: answer.route, recipients: answer.recipients } : { reason: answer.reason },
  explained,
});

describe("resolveRecipients with a patient", () => {
  test("patient_blocked: blocked everywhere, or in the category asked for", () => {
    const input = { category: "appointments", providerId: "crusher", at: OPEN } as const;
    expect({
      everywhere: summary(resolveBoth(sample, { ...input, patient: { blocked: true } })),
      inThisCategory: summary(resolveBoth(sample, { ...input, patient: { blocked: ["appointments"] } })),
      inAnother: summary(resolveBoth(sample, { ...input, patient: { blocked: ["referrals"] } })).answer,
    }).toMatchInlineSnapshot(`
      {
        "everywhere": {
          "answer": {
            "reason": "patient_blocked",
          },
          "explained": [
            "The patient may not message the practice about Appointments, so nobody receives the message.",
          ],
        },
        "inAnother": {
          "recipients": [
            "jsmith",
          ],
          "route": "provider_table",
        },
        "inThisCategory": {
          "answer": {
            "reason": "patient_blocked",
          },
          "explained": [
            "The patient may not message the practice about Appointments, so nobody receives the message.",
          ],
        },
      }
    `);
  });

  test("not_eligible: no known visit, or one older than the category's rule (else the practice's)", () => {
    const at = "2026-11-20T15:00:00Z";
    const question = { category: "health_question", providerId: "crusher", at } as const;
    expect({
      unknownVisit: summary(resolveBoth(withEligibility, { ...question, patient: {} })),
      ninetyOneDays: summary(
        resolveBoth(withEligibility, { ...question, patient: { lastVisitAt: "2026-08-21T15:00:00Z" } }),
      ),
      exactlyNinetyDays: summary(
        resolveBoth(withEligibility, { ...question, patient: { lastVisitAt: "2026-08-22T15:00:00Z" } }),
      ).answer,
      practiceRule: summary(
        resolveBoth(withEligibility, {
          category: "appointments",
          providerId: "crusher",
          at,
          patient: { lastVisitAt: new Date("2026-08-21T15:00:00Z") },
        }),
      ).answer,
      visitAfterAt: summary(
        resolveBoth(withEligibility, { ...question, patient: { lastVisitAt: "2027-01-01T00:00:00Z" } }),
      ).answer,
      withoutPatient: summary(resolveBoth(withEligibility, question)).answer,
    }).toMatchInlineSnapshot(`
      {
        "exactlyNinetyDays": {
          "recipients": [
            "crusher",
          ],
          "route": "provider_table",
        },
        "ninetyOneDays": {
          "answer": {
            "reason": "not_eligible",
          },
          "explained": [
            "Only patients seen in the last 90 days may write about Question About My Health; this patient was last seen 21 Aug 2026, 11:00 AM EDT, so nobody receives the message.",
          ],
        },
        "practiceRule": {
          "recipients": [
            "jsmith",
          ],
          "route": "provider_table",
        },
        "unknownVisit": {
          "answer": {
            "reason": "not_eligible",
          },
          "explained": [
            "Only patients seen in the last 90 days may write about Question About My Health, and this patient's last visit is unknown, so nobody receives the message.",
          ],
        },
        "visitAfterAt": {
          "recipients": [
            "crusher",
          ],
          "route": "provider_table",
        },
        "withoutPatient": {
          "recipients": [
            "crusher",
          ],
          "route": "provider_table",
        },
      }
    `);
  });

  test("excluded members are dropped wherever they appear: cells, groups, coverers, the backstop", () => {
    const appointments = { category: "appointments", providerId: "crusher" } as const;
    const frontDesk = { category: "general_inquiry", providerId: null } as const;
    expect({
      cell: summary(resolveBoth(sample, { ...appointments, at: OPEN, patient: { excludedMembers: ["jsmith"] } })),
      coverer: summary(resolveBoth(sample, { ...appointments, at: AWAY, patient: { excludedMembers: ["kjones"] } })),
      group: summary(resolveBoth(sample, { ...frontDesk, at: OPEN, patient: { excludedMembers: ["kjones"] } })),
      backstop: summary(
        resolveBoth(sample, { ...frontDesk, at: OPEN, patient: { excludedMembers: ["jsmith", "kjones"] } }),
      ),
    }).toMatchInlineSnapshot(`
      {
        "backstop": {
          "answer": {
            "reason": "no_recipient",
          },
          "explained": [
            "The patient has no provider, so the practice's default table sends General Inquiry to Front Desk.",
            "Front Desk is Jane Smith and Kim Jones.",
            "Jane Smith does not receive this patient's messages and is skipped.",
            "Kim Jones does not receive this patient's messages and is skipped.",
            "Nobody is left from the practice's default table, so the message goes to the backstop.",
            "Jane Smith does not receive this patient's messages and is skipped.",
            "Every active admin is excluded from this patient's messages, so nobody receives the message.",
          ],
        },
        "cell": {
          "answer": {
            "recipients": [
              "kjones",
            ],
            "route": "default_table",
          },
          "explained": [
            "Beverly Crusher's table sends Appointments to Jane Smith.",
            "Jane Smith does not receive this patient's messages and is skipped.",
            "Nobody is left from the provider's table, so the practice's default table is used.",
            "The practice's default table sends Appointments to Front Desk.",
            "Front Desk is Jane Smith and Kim Jones.",
            "Jane Smith does not receive this patient's messages and is skipped.",
          ],
        },
        "coverer": {
          "answer": {
            "recipients": [
              "jsmith",
            ],
            "route": "backstop",
          },
          "explained": [
            "Beverly Crusher's table sends Appointments to Jane Smith.",
            "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
            "Jane Smith is away and is skipped: the cover, Kim Jones, does not receive this patient's messages.",
            "Nobody is left from the provider's table, so the practice's default table is used.",
            "The practice's default table sends Appointments to Front Desk.",
            "Front Desk is Jane Smith and Kim Jones.",
            "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
            "Jane Smith is away and is skipped: the cover, Kim Jones, does not receive this patient's messages.",
            "Kim Jones does not receive this patient's messages and is skipped.",
            "Nobody is left from the practice's default table, so the message goes to the backstop.",
            "The backstop sends the message to every active admin: Jane Smith.",
          ],
        },
        "group": {
          "answer": {
            "recipients": [
              "jsmith",
            ],
            "route": "default_table",
          },
          "explained": [
            "The patient has no provider, so the practice's default table sends General Inquiry to Front Desk.",
            "Front Desk is Jane Smith and Kim Jones.",
            "Kim Jones does not receive this patient's messages and is skipped.",
          ],
        },
      }
    `);
  });

  test("care_team expands to the patient's care team, in order, and to nobody without one", () => {
    const input = { category: "test_results", providerId: "crusher", at: OPEN } as const;
    expect({
      team: summary(
        resolveBoth(withEligibility, {
          ...input,
          patient: { careTeam: ["lpatel", "mreyes", "crusher"], lastVisitAt: "2026-11-01T00:00:00Z" },
        }),
      ),
      noPatient: summary(resolveBoth(withEligibility, input)),
    }).toMatchInlineSnapshot(`
      {
        "noPatient": {
          "answer": {
            "recipients": [
              "crusher",
            ],
            "route": "provider_table",
          },
          "explained": [
            "Beverly Crusher's table sends Lab or Other Test Results to the patient's care team and the patient's provider.",
            "The patient's care team is not known, so it reaches nobody.",
            "The patient's provider is Beverly Crusher.",
          ],
        },
        "team": {
          "answer": {
            "recipients": [
              "lpatel",
              "crusher",
            ],
            "route": "provider_table",
          },
          "explained": [
            "Beverly Crusher's table sends Lab or Other Test Results to the patient's care team and the patient's provider.",
            "The patient's care team is Lena Patel, Marco Reyes and Beverly Crusher.",
            "Marco Reyes is inactive and is skipped.",
            "The patient's provider is Beverly Crusher.",
            "Beverly Crusher already receives the message, so the repeat is skipped.",
          ],
        },
      }
    `);
  });

  test("a patient who changes nothing gets the very answer a call without one gets, from a router", () => {
    const router = compileRouter(sample);
    const input = { category: "appointments", providerId: "crusher", at: OPEN } as const;
    const plain = router.resolve(input);
    expect(
      router.resolve({ ...input, patient: { id: "p1", excludedMembers: ["oselkin"], careTeam: ["lpatel"] } }),
    ).toBe(plain);
    const touched = router.resolve({ ...input, patient: { excludedMembers: ["jsmith"] } });
    expect(touched).not.toBe(plain);
    expect(touched).toEqual(resolveRecipients(sample, { ...input, patient: { excludedMembers: ["jsmith"] } }));
    // Kept for the span, by the patient's lists: the same lists give the same object, other lists another answer.
    expect(router.resolve({ ...input, patient: { id: "p2", excludedMembers: ["jsmith"] } })).toBe(touched);
    const both = router.resolve({ ...input, patient: { excludedMembers: ["jsmith", "kjones"] } });
    expect(both).not.toBe(touched);
    expect(both).toEqual(resolveRecipients(sample, { ...input, patient: { excludedMembers: ["jsmith", "kjones"] } }));
  });

  test("a kept answer is given again only to a patient it fits: a sticky choice after a fallback, past 31 names", () => {
    // Excluding Jane Smith sends crusher's appointments to the default cell, where a sticky group chooses by id:
    // patients who agree on the exclusion share a key, and their ids still tell their answers apart.
    const router = compileRouter(sticky);
    const chosen = new Set<unknown>();
    for (const id of ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"]) {
      const input = {
        category: "appointments",
        providerId: "crusher",
        at: OPEN,
        patient: { id, excludedMembers: ["jsmith"] },
      } as const;
      const answer = router.resolve(input);
      expect(answer).toEqual(resolveRecipients(sticky, input));
      chosen.add(answer.ok && answer.recipients[0]);
    }
    expect(chosen).toEqual(new Set(["kjones", "lpatel"]));
    // Excluding Jane Smith (and Marco Reyes being inactive) sends crusher's appointments to a care-team cell:
    // the answer names no member the stored one does not, yet it reads the care team.
    const team = deepFreeze<Practice>({
      ...sample,
      routing: {
        ...sample.routing,
        crusher: {
          ...sample.routing.crusher,
          appointments: [
            { type: "member", id: "jsmith" },
            { type: "member", id: "mreyes" },
          ],
        },
      },
      defaultRouting: { ...sample.defaultRouting, appointments: [{ type: "care_team" }] },
    });
    const teamRouter = compileRouter(team);
    for (const careTeam of [["mreyes"], ["kjones"], ["mreyes"], ["lpatel"]]) {
      const input = {
        category: "appointments",
        providerId: "crusher",
        at: OPEN,
        patient: { excludedMembers: ["jsmith"], careTeam },
      } as const;
      expect(teamRouter.resolve(input)).toEqual(resolveRecipients(team, input));
    }
    // Forty more admins: the backstop names 42 members, so a patient's exclusions are told apart by position
    // past the 31st (a00 is the second name, a32 the 34th).
    const admins = Array.from({ length: 40 }, (_, k) => `a${String(k).padStart(2, "0")}`);
    const crowded = deepFreeze<Practice>({
      ...sample,
      members: {
        ...sample.members,
        ...Object.fromEntries(admins.map((id) => [id, { name: "Admin", role: "staff", admin: true, active: true }])),
      },
      defaultRouting: { ...sample.defaultRouting, referrals: [] },
    });
    const backstop = compileRouter(crowded);
    for (const excluded of [["a00"], ["a32"], ["a01", "a33"], ["a33"], ["a00"]]) {
      const input = {
        category: "referrals",
        providerId: "crusher",
        at: OPEN,
        patient: { excludedMembers: excluded },
      } as const;
      const answer = backstop.resolve(input);
      expect(answer).toEqual(resolveRecipients(crowded, input));
      expect(answer.ok && answer.recipients.filter((id) => excluded.includes(id))).toEqual([]);
      expect(answer.ok && answer.recipients.length).toBe(41 - excluded.length);
    }
  });

  test("a router keeps at most 10,000 answers for patients per span, then starts the span again", () => {
    const router = compileRouter(sticky);
    const input = (id: string) =>
      ({ category: "referrals", providerId: "crusher", at: OPEN, patient: { id } }) as const;
    const first = router.resolve(input("p0"));
    expect(router.resolve(input("p0"))).toBe(first); // kept
    for (let k = 1; k < 10_000; k++) router.resolve(input(`p${k}`));
    expect(router.resolve(input("p0"))).toBe(first); // 10,000 kept: still there
    const next = router.resolve(input("p10000")); // the 10,001st: the span starts again
    expect(next).toEqual(resolveRecipients(sticky, input("p10000")));
    const again = router.resolve(input("p0"));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test("a patient outside the types is misuse: a TypeError naming the field, never the value", () => {
    const input = { category: "appointments", providerId: "crusher", at: OPEN } as const;
    const bad = [
      { careTeam: "secret-id" },
      { excludedMembers: [42] },
      { blocked: "yes" },
      { lastVisitAt: "yesterday" },
      { id: 7 },
    ] as unknown as NonNullable<ResolveInput["patient"]>[];
    const messages = bad.map((patient) => {
      try {
        resolveRecipients(sample, { ...input, patient });
        return "no error";
      } catch (error) {
        return String(error);
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "TypeError: resolveRecipients: input.patient.careTeam must be an array of member ids.",
        "TypeError: resolveRecipients: input.patient.excludedMembers must be an array of member ids.",
        "TypeError: resolveRecipients: input.patient.blocked must be a boolean or an array of categories.",
        "TypeError: resolveRecipients: input.patient.lastVisitAt must be a Date, an ISO 8601 timestamp with Z or an offset, or null.",
        "TypeError: resolveRecipients: input.patient.id must be a string.",
      ]
    `);
    expect(messages.join("")).not.toContain("secret-id");
    expect(() =>
      compileRouter(sample).resolve({ ...input, patient: bad[0] as NonNullable<ResolveInput["patient"]> }),
    ).toThrow(TypeError);
  });
});

describe("resolveReply", () => {
  test("goes to the sender, to the sender's cover, or else down the category's route", () => {
    const inactive = deepFreeze<Practice>({
      ...sample,
      members: {
        ...sample.members,
        jsmith: { ...(sample.members.jsmith as Practice["members"][string]), active: false },
      },
    });
    expect({
      sender: summary(replyBoth(sample, { senderId: "kjones", at: OPEN })),
      cover: summary(replyBoth(sample, { senderId: "jsmith", at: AWAY })),
      senderLeft: summary(
        replyBoth(inactive, { senderId: "jsmith", providerId: "crusher", category: "appointments", at: OPEN }),
      ),
      unknownSender: summary(replyBoth(sample, { senderId: "ghost", at: OPEN })).answer,
      excludedSender: summary(
        replyBoth(sample, { senderId: "kjones", at: OPEN, patient: { excludedMembers: ["kjones"] } }),
      ).answer,
    }).toMatchInlineSnapshot(`
      {
        "cover": {
          "answer": {
            "recipients": [
              "kjones",
            ],
            "route": "sender_cover",
          },
          "explained": [
            "The patient replies to a message from Jane Smith, who receives the reply if they can; else it takes the General Inquiry route.",
            "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
          ],
        },
        "excludedSender": {
          "recipients": [
            "jsmith",
          ],
          "route": "default_table",
        },
        "sender": {
          "answer": {
            "recipients": [
              "kjones",
            ],
            "route": "sender",
          },
          "explained": [
            "The patient replies to a message from Kim Jones, who receives the reply if they can; else it takes the General Inquiry route.",
          ],
        },
        "senderLeft": {
          "answer": {
            "recipients": [
              "kjones",
            ],
            "route": "default_table",
          },
          "explained": [
            "The patient replies to a message from Jane Smith, who receives the reply if they can; else it takes the Appointments route.",
            "Jane Smith is inactive and is skipped.",
            "Beverly Crusher's table sends Appointments to Jane Smith.",
            "Jane Smith is inactive and is skipped.",
            "Nobody is left from the provider's table, so the practice's default table is used.",
            "The practice's default table sends Appointments to Front Desk.",
            "Front Desk is Jane Smith and Kim Jones.",
            "Jane Smith is inactive and is skipped.",
          ],
        },
        "unknownSender": {
          "recipients": [
            "jsmith",
            "kjones",
          ],
          "route": "default_table",
        },
      }
    `);
  });

  test("ignores patientInitiated, disabled categories and eligibility; refuses when replies are off or the patient is blocked", () => {
    const off = deepFreeze<Practice>({
      ...withEligibility,
      messaging: { ...withEligibility.messaging, patientInitiated: false, disabledCategories: ["general_inquiry"] },
      members: {
        ...sample.members,
        kjones: { ...(sample.members.kjones as Practice["members"][string]), active: false },
      },
    });
    expect(replyBoth(off, { senderId: "kjones", at: OPEN, patient: {} }).answer).toMatchObject({
      ok: true,
      route: "default_table",
      recipients: ["jsmith"],
    });
    const noReplies = deepFreeze<Practice>({ ...sample, messaging: { ...sample.messaging, patientReplies: false } });
    expect({
      repliesOff: summary(replyBoth(noReplies, { senderId: "kjones", at: OPEN })),
      blocked: summary(replyBoth(sample, { senderId: "kjones", at: OPEN, patient: { blocked: true } })),
    }).toMatchInlineSnapshot(`
      {
        "blocked": {
          "answer": {
            "reason": "patient_blocked",
          },
          "explained": [
            "The patient may not message the practice about General Inquiry, so nobody receives the message.",
          ],
        },
        "repliesOff": {
          "answer": {
            "reason": "replies_disabled",
          },
          "explained": [
            "Patient replies are switched off for this practice, so nobody receives the reply.",
          ],
        },
      }
    `);
  });
});
