import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { MessageCategory } from "../../src/model/categories.js";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { patientMessagingView } from "../../src/present/patientMessagingView.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

function withMessaging(changes: Partial<Practice["messaging"]>): Practice {
  const practice = samplePractice();
  return { ...practice, messaging: { ...practice.messaging, ...changes } };
}

describe("patientMessagingView", () => {
  test("offers New Message with all six categories and their labels in category order", () => {
    expect(patientMessagingView(samplePractice())).toMatchInlineSnapshot(`
      {
        "canReply": true,
        "canStartMessage": true,
        "categories": [
          {
            "id": "appointments",
            "label": "Appointments",
          },
          {
            "id": "referrals",
            "label": "Referrals",
          },
          {
            "id": "prescriptions",
            "label": "Prescriptions & Refills",
          },
          {
            "id": "test_results",
            "label": "Lab or Other Test Results",
          },
          {
            "id": "general_inquiry",
            "label": "General Inquiry",
          },
          {
            "id": "health_question",
            "label": "Question About My Health",
          },
        ],
      }
    `);
  });

  test("leaves out disabled categories", () => {
    const practice = withMessaging({ disabledCategories: ["referrals", "health_question"] });
    expect(patientMessagingView(practice).categories.map((category) => category.id)).toEqual([
      "appointments",
      "prescriptions",
      "test_results",
      "general_inquiry",
    ]);
  });

  test("hides New Message and offers no category when patient messaging is off, replies still allowed", () => {
    expect(patientMessagingView(withMessaging({ patientInitiated: false }))).toEqual({
      canStartMessage: false,
      canReply: true,
      categories: [],
    });
  });

  test("reports replies switched off independently of New Message", () => {
    const view = patientMessagingView(withMessaging({ patientReplies: false }));
    expect([view.canStartMessage, view.canReply, view.categories.length]).toEqual([true, false, 6]);
  });

  test("offers the same view whatever the provider id", () => {
    const practice = samplePractice();
    const plain = patientMessagingView(practice);
    for (const providerId of ["crusher", "jsmith", "ghost", "toString", null]) {
      expect(patientMessagingView(practice, { providerId })).toEqual(plain);
    }
  });

  test("returns a frozen view", () => {
    const view = patientMessagingView(samplePractice());
    expect([Object.isFrozen(view), Object.isFrozen(view.categories), Object.isFrozen(view.categories[0])]).toEqual([
      true,
      true,
      true,
    ]);
  });

  test.prop([practiceArbitrary()], { numRuns: 200 })(
    "offers exactly the enabled categories, in category order, when messaging is on",
    (practice) => {
      const { patientInitiated, patientReplies, disabledCategories } = practice.messaging;
      const expected: MessageCategory[] = patientInitiated
        ? MESSAGE_CATEGORIES.filter((category) => !disabledCategories.includes(category))
        : [];
      const view = patientMessagingView(practice);
      expect(view.categories.map((category) => category.id)).toEqual(expected);
      expect([view.canStartMessage, view.canReply]).toEqual([expected.length > 0, patientReplies]);
    },
  );

  it("hides New Message when every category is disabled", () => {
    const practice = samplePractice();
    const view = patientMessagingView({
      ...practice,
      messaging: { ...practice.messaging, disabledCategories: [...MESSAGE_CATEGORIES] },
    });
    expect(view).toEqual({ canStartMessage: false, canReply: true, categories: [] });
  });
});
