import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { MessageCategory } from "../../src/model/categories.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { patientMessagingView } from "../../src/present/patientMessagingView.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

/** A Wednesday afternoon, open, no absence in force. */
const OPEN = "2026-07-01T15:00:00Z";

function withMessaging(changes: Partial<Practice["messaging"]>): Practice {
  const practice = samplePractice();
  return deepFreeze({ ...practice, messaging: { ...practice.messaging, ...changes } });
}

function ids(practice: Practice): MessageCategory[] {
  return patientMessagingView(practice, { at: OPEN }).categories.map((category) => category.id);
}

describe("patientMessagingView", () => {
  it("offers every category with its label, open and with the promise of the first available one", () => {
    expect(patientMessagingView(samplePractice(), { at: OPEN })).toMatchInlineSnapshot(`
      {
        "canReply": true,
        "canStartMessage": true,
        "categories": [
          {
            "available": true,
            "id": "appointments",
            "label": "Appointments",
          },
          {
            "available": true,
            "id": "referrals",
            "label": "Referrals",
          },
          {
            "available": true,
            "id": "prescriptions",
            "label": "Prescriptions & Refills",
          },
          {
            "available": true,
            "id": "test_results",
            "label": "Lab or Other Test Results",
          },
          {
            "available": true,
            "id": "general_inquiry",
            "label": "General Inquiry",
          },
          {
            "available": true,
            "id": "health_question",
            "label": "Question About My Health",
          },
        ],
        "notice": null,
        "respondBy": "2026-07-03T21:00:00Z",
      }
    `);
  });

  it("leaves out disabled categories", () => {
    const practice = withMessaging({ disabledCategories: ["referrals", "health_question"] });
    expect(ids(practice)).toEqual(["appointments", "prescriptions", "test_results", "general_inquiry"]);
  });

  it("hides New Message and offers no category when patient messaging is off, replies still allowed", () => {
    expect(patientMessagingView(withMessaging({ patientInitiated: false }), { at: OPEN })).toEqual({
      canStartMessage: false,
      canReply: true,
      categories: [],
      notice: null,
      respondBy: null,
    });
  });

  it("reports replies switched off independently of New Message", () => {
    const view = patientMessagingView(withMessaging({ patientReplies: false }), { at: OPEN });
    expect([view.canStartMessage, view.canReply, view.categories.length]).toEqual([true, false, 6]);
  });

  it("hides New Message when every category is disabled", () => {
    const view = patientMessagingView(withMessaging({ disabledCategories: [...MESSAGE_CATEGORIES] }), { at: OPEN });
    expect([view.canStartMessage, view.categories]).toEqual([false, []]);
  });

  it("shows the closed notice with the next opening", () => {
    expect(patientMessagingView(samplePractice(), { at: "2026-12-25T15:00:00Z" }).notice).toMatchInlineSnapshot(`
      {
        "kind": "closed",
        "nextOpenAt": "2026-12-28T13:00:00Z",
      }
    `);
  });

  it("marks every category of a blocked patient patient_blocked, replies still allowed", () => {
    const view = patientMessagingView(samplePractice(), { at: OPEN, patient: { blocked: true } });
    expect(view).toMatchInlineSnapshot(`
      {
        "canReply": true,
        "canStartMessage": true,
        "categories": [
          {
            "available": false,
            "id": "appointments",
            "label": "Appointments",
            "reason": "patient_blocked",
          },
          {
            "available": false,
            "id": "referrals",
            "label": "Referrals",
            "reason": "patient_blocked",
          },
          {
            "available": false,
            "id": "prescriptions",
            "label": "Prescriptions & Refills",
            "reason": "patient_blocked",
          },
          {
            "available": false,
            "id": "test_results",
            "label": "Lab or Other Test Results",
            "reason": "patient_blocked",
          },
          {
            "available": false,
            "id": "general_inquiry",
            "label": "General Inquiry",
            "reason": "patient_blocked",
          },
          {
            "available": false,
            "id": "health_question",
            "label": "Question About My Health",
            "reason": "patient_blocked",
          },
        ],
        "notice": null,
        "respondBy": null,
      }
    `);
  });

  it("marks a category listed in blocked patient_blocked and leaves the others available", () => {
    const view = patientMessagingView(samplePractice(), { at: OPEN, patient: { blocked: ["referrals"] } });
    expect(
      view.categories.map((category) => [category.id, category.available, category.reason]),
    ).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          true,
          undefined,
        ],
        [
          "referrals",
          false,
          "patient_blocked",
        ],
        [
          "prescriptions",
          true,
          undefined,
        ],
        [
          "test_results",
          true,
          undefined,
        ],
        [
          "general_inquiry",
          true,
          undefined,
        ],
        [
          "health_question",
          true,
          undefined,
        ],
      ]
    `);
  });

  it("marks categories not_eligible by the category's rule, else the practice's", () => {
    const practice = withMessaging({
      eligibility: { visitWithinDays: 365, categories: { health_question: { visitWithinDays: 90 } } },
    });
    const seen = patientMessagingView(practice, { at: OPEN, patient: { lastVisitAt: "2026-02-01T00:00:00Z" } });
    expect(seen.categories.map((category) => [category.id, category.reason ?? "available"])).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          "available",
        ],
        [
          "referrals",
          "available",
        ],
        [
          "prescriptions",
          "available",
        ],
        [
          "test_results",
          "available",
        ],
        [
          "general_inquiry",
          "available",
        ],
        [
          "health_question",
          "not_eligible",
        ],
      ]
    `);
    const unknown = patientMessagingView(practice, { at: OPEN, patient: {} });
    expect(new Set(unknown.categories.map((category) => category.reason))).toEqual(new Set(["not_eligible"]));
  });

  it("marks categories unavailable without a reason when the backstop's only admin is excluded", () => {
    const practice = withMessaging({});
    const view = patientMessagingView(
      deepFreeze({
        ...practice,
        groups: { ...practice.groups, "front-desk": { name: "Front Desk", members: ["jsmith"] } },
      }),
      {
        at: OPEN,
        patient: { excludedMembers: ["jsmith"] },
      },
    );
    expect(
      view.categories.map((category) => [category.id, category.available, category.reason ?? "no reason"]),
    ).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          false,
          "no reason",
        ],
        [
          "referrals",
          false,
          "no reason",
        ],
        [
          "prescriptions",
          false,
          "no reason",
        ],
        [
          "test_results",
          false,
          "no reason",
        ],
        [
          "general_inquiry",
          false,
          "no reason",
        ],
        [
          "health_question",
          false,
          "no reason",
        ],
      ]
    `);
  });

  it("leaves `to` out unless the practice shows recipients", () => {
    const view = patientMessagingView(samplePractice(), { at: OPEN, providerId: "crusher" });
    expect(view.categories.some((category) => "to" in category)).toBe(false);
  });

  it("names group labels, members, the provider and the care team", () => {
    const sample = samplePractice();
    const practice: Practice = deepFreeze({
      ...sample,
      messaging: { ...sample.messaging, showRecipientsToPatients: true },
      groups: { ...sample.groups, nurses: { name: "Nurses", members: ["lpatel"], patientLabel: "Nursing team" } },
      routing: {
        ...sample.routing,
        crusher: { ...sample.routing.crusher, referrals: [{ type: "care_team" }, { type: "member", id: "kjones" }] },
      },
    });
    const view = patientMessagingView(practice, { at: OPEN, providerId: "crusher", patient: { careTeam: ["lpatel"] } });
    expect(view.categories.map((category) => [category.id, category.to])).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          [
            "Jane Smith",
          ],
        ],
        [
          "referrals",
          [
            "Your care team",
            "Kim Jones",
          ],
        ],
        [
          "prescriptions",
          [
            "Nursing team",
            "Beverly Crusher",
          ],
        ],
        [
          "test_results",
          [
            "Beverly Crusher",
          ],
        ],
        [
          "general_inquiry",
          [
            "Front Desk",
          ],
        ],
        [
          "health_question",
          [
            "Beverly Crusher",
          ],
        ],
      ]
    `);
  });

  it("names the coverer while a member is covered, and drops entries that reach nobody", () => {
    const practice = withMessaging({ showRecipientsToPatients: true });
    const view = patientMessagingView(practice, {
      at: "2026-12-02T15:00:00Z",
      providerId: "crusher",
      patient: { excludedMembers: ["lpatel"] },
    });
    expect(view.categories.map((category) => [category.id, category.to])).toMatchInlineSnapshot(`
      [
        [
          "appointments",
          [
            "Kim Jones",
          ],
        ],
        [
          "referrals",
          [
            "Front Desk",
          ],
        ],
        [
          "prescriptions",
          [
            "Beverly Crusher",
          ],
        ],
        [
          "test_results",
          [
            "Beverly Crusher",
          ],
        ],
        [
          "general_inquiry",
          [
            "Front Desk",
          ],
        ],
        [
          "health_question",
          [
            "Beverly Crusher",
          ],
        ],
      ]
    `);
  });

  it("shows the practice's name for the backstop", () => {
    const sample = withMessaging({ showRecipientsToPatients: true });
    const practice = deepFreeze({
      ...sample,
      defaultRouting: { ...sample.defaultRouting, referrals: [{ type: "member", id: "mreyes" }] },
    });
    const view = patientMessagingView(practice as Practice, { at: OPEN });
    expect(view.categories[1]).toMatchInlineSnapshot(`
      {
        "available": true,
        "id": "referrals",
        "label": "Referrals",
        "to": [
          "Enterprise Family Medicine",
        ],
      }
    `);
  });

  it("names an entry only when it adds a recipient: not for a duplicate, an inactive or an unknown member", () => {
    const sample = withMessaging({ showRecipientsToPatients: true });
    const cell = [
      { type: "member", id: "kjones" },
      { type: "member", id: "mreyes" },
      { type: "member", id: "ghost" },
      { type: "group", id: "front-desk" },
      { type: "member", id: "kjones" },
      { type: "group", id: "nurses" },
    ] as const;
    const practice = deepFreeze({ ...sample, defaultRouting: { ...sample.defaultRouting, referrals: cell } });
    expect(patientMessagingView(practice as Practice, { at: OPEN }).categories[1]?.to).toEqual([
      "Kim Jones",
      "Front Desk",
      "Nurses",
    ]);
    const covered = patientMessagingView(practice as Practice, { at: "2026-12-02T15:00:00Z" });
    expect(covered.categories[1]?.to).toEqual(["Kim Jones", "Nurses"]);
  });

  it("returns a frozen view and leaves its inputs untouched", () => {
    const patient = { careTeam: ["lpatel"], excludedMembers: ["kjones"], blocked: ["referrals"] as MessageCategory[] };
    const copy = structuredClone(patient);
    const view = patientMessagingView(samplePractice(), { at: OPEN, patient });
    expect(patient).toEqual(copy);
    expect([Object.isFrozen(view), Object.isFrozen(view.categories), Object.isFrozen(view.categories[0])]).toEqual([
      true,
      true,
      true,
    ]);
  });

  test.prop([practiceArbitrary()], { numRuns: 150 })(
    "offers exactly the enabled categories, in category order, when messaging is on",
    (practice) => {
      const { patientInitiated, patientReplies, disabledCategories } = practice.messaging;
      const expected = patientInitiated
        ? MESSAGE_CATEGORIES.filter((category) => !disabledCategories.includes(category))
        : [];
      const view = patientMessagingView(practice, { at: OPEN });
      expect(view.categories.map((category) => category.id)).toEqual(expected);
      expect([view.canStartMessage, view.canReply]).toEqual([expected.length > 0, patientReplies]);
    },
  );
});
