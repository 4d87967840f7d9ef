import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { takeSnapshot } from "../../src/internal/snapshot.js";
import { explainDocument } from "../../src/parse/internal/explainDocument.js";
import { readPractice } from "../../src/parse/internal/readDocument.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { expectCleanIssues, expectFreshFrozen, issuesOf, sampleDoc } from "./helpers.js";

// The patient fields of format version 2 (DESIGN.md section 11): care_team cells, showRecipientsToPatients,
// eligibility and group patientLabel.

const golden = new URL("../../conformance/parse/", import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: test documents are edited freely
const readDoc = (file: string): any => JSON.parse(readFileSync(new URL(file, golden), "utf8"));
const index: readonly { file: string; valid: boolean }[] = readDoc("index.json");
const PATIENT_FILES = /care-team|show-recipients|eligibility|patient-label|patient-sample|patient-key-order/;
const patientEntries = index.filter((entry) => PATIENT_FILES.test(entry.file));

/** The issues of a document as [path, code, message] rows, after checking the message law on them. */
function rows(document: unknown) {
  const result = issuesOf(parsePractice(document));
  if (result === "ok") return "ok";
  expectCleanIssues(document, result);
  return result.map((issue) => `${issue.path.join(".")} ${issue.code}: ${issue.message}`);
}

describe("parsePractice (patient fields)", () => {
  test("keeps every patient field of a version 2 document, frozen, the input untouched", () => {
    const doc = readDoc("valid/v2-patient-sample.json");
    const before = JSON.stringify(doc);
    const result = parsePractice(doc);
    if (!result.ok) throw new Error("the patient sample does not parse");
    const { messaging, groups, routing, defaultRouting, afterHoursRouting } = result.practice;
    expect({
      messaging,
      frontDesk: groups["front-desk"],
      nurses: groups.nurses,
      cells: [routing.crusher?.health_question, defaultRouting.health_question, afterHoursRouting?.test_results],
    }).toMatchInlineSnapshot(`
      {
        "cells": [
          [
            {
              "type": "care_team",
            },
            {
              "type": "assigned_provider",
            },
          ],
          [
            {
              "type": "care_team",
            },
          ],
          [
            {
              "type": "care_team",
            },
            {
              "id": "on-call",
              "type": "group",
            },
          ],
        ],
        "frontDesk": {
          "members": [
            "jsmith",
            "kjones",
          ],
          "name": "Front Desk",
          "patientLabel": "Front desk team",
        },
        "messaging": {
          "disabledCategories": [],
          "eligibility": {
            "categories": {
              "prescriptions": {
                "visitWithinDays": 365,
              },
            },
            "visitWithinDays": 1095,
          },
          "patientInitiated": true,
          "patientReplies": true,
          "responseBusinessDays": 2,
          "showRecipientsToPatients": true,
        },
        "nurses": {
          "members": [
            "lpatel",
          ],
          "name": "Nurses",
        },
      }
    `);
    expect(JSON.stringify(doc)).toBe(before);
    expectFreshFrozen(doc, result.practice);
  });

  test("puts messaging and eligibility keys in the format's order, categories in category order", () => {
    const doc = readDoc("valid/v2-eligibility-keys-out-of-order.json");
    doc.messaging = Object.fromEntries(Object.entries(doc.messaging).reverse());
    doc.messaging.showRecipientsToPatients = false;
    const result = parsePractice(doc);
    if (!result.ok) throw new Error("the document does not parse");
    const { messaging } = result.practice;
    expect([
      Object.keys(messaging),
      Object.keys(messaging.eligibility ?? {}),
      Object.keys(messaging.eligibility?.categories ?? {}),
    ]).toEqual([
      [
        "patientInitiated",
        "patientReplies",
        "disabledCategories",
        "showRecipientsToPatients",
        "responseBusinessDays",
        "eligibility",
      ],
      ["visitWithinDays", "categories"],
      ["appointments", "test_results"],
    ]);
  });

  test("keeps an empty eligibility object as a rule-free {}", () => {
    const result = parsePractice(readDoc("valid/v2-eligibility-empty.json"));
    expect(result.ok && result.practice.messaging.eligibility).toEqual({});
  });

  test.each(patientEntries)("gives $file the same verdict on the fast path and on zod's", ({ file, valid }) => {
    const doc = readDoc(file);
    const fast = readPractice(readDoc(file));
    const snapshot = takeSnapshot(doc);
    const slow = explainDocument(snapshot.value, snapshot.forbiddenKeys);
    expect(fast === undefined ? "refused" : JSON.stringify(fast)).toBe(
      slow.ok ? JSON.stringify(slow.practice) : "refused",
    );
    expect(slow.ok).toBe(valid);
  });

  test("reports each patient field's problems with our own messages", () => {
    const doc = sampleDoc();
    doc.messaging.showRecipientsToPatients = "yes";
    doc.messaging.eligibility = {
      visitWithinDays: 365.5,
      categories: {
        appointments: { visitWithinDays: 0 },
        referrals: { visitWithinDays: 3651 },
        prescriptions: {},
        billing: { visitWithinDays: 30 },
      },
      visitWithinMonths: 12,
    };
    doc.groups["front-desk"].patientLabel = "";
    doc.groups.nurses.patientLabel = "L".repeat(201);
    doc.defaultRouting.referrals = [{ type: "care_team", id: "crusher" }];
    expect(rows(doc)).toMatchInlineSnapshot(`
      [
        "messaging.showRecipientsToPatients invalid_type: Expected true or false, got a string.",
        "messaging.eligibility.visitWithinDays invalid_type: Expected an integer, got a non-integer number.",
        "messaging.eligibility.categories.appointments.visitWithinDays invalid_type: Must be at least 1.",
        "messaging.eligibility.categories.referrals.visitWithinDays invalid_type: Must be at most 3650.",
        "messaging.eligibility.categories.prescriptions.visitWithinDays missing_field: This field is required.",
        "messaging.eligibility.categories.billing unknown_field: This field is not part of the format.",
        "messaging.eligibility.visitWithinMonths unknown_field: This field is not part of the format.",
        "groups.front-desk.patientLabel invalid_type: Must not be empty.",
        "groups.nurses.patientLabel limit_exceeded: Longer than the limit of 200 characters.",
        "defaultRouting.referrals.0.id unknown_field: This field is not part of the format.",
      ]
    `);
  });

  test("refuses every patient field in a version 1 document, as version 1 always did", () => {
    const doc = readDoc("valid/sample.json");
    doc.messaging.showRecipientsToPatients = true;
    doc.messaging.eligibility = { visitWithinDays: 365 };
    doc.groups.nurses.patientLabel = "Nursing team";
    doc.routing.crusher.appointments = [{ type: "care_team" }];
    doc.defaultRouting.health_question = [{ type: "assigned_provider" }, { type: "care_team" }];
    expect(rows(doc)).toMatchInlineSnapshot(`
      [
        "messaging.showRecipientsToPatients unknown_field: This field is not part of the format.",
        "messaging.eligibility unknown_field: This field is not part of the format.",
        "groups.nurses.patientLabel unknown_field: This field is not part of the format.",
        "routing.crusher.appointments.0.type invalid_type: Expected one of: member, group, assigned_provider.",
        "defaultRouting.health_question.1.type invalid_type: Expected one of: member, group, assigned_provider.",
      ]
    `);
    expect(readPractice(readDoc("invalid/v1-with-care-team.json"))).toBeUndefined();
  });

  test.each(patientEntries.filter((entry) => !entry.valid))("keeps the message law on $file", ({ file }) => {
    const doc = readDoc(file);
    const result = issuesOf(parsePractice(doc));
    expect(result).not.toBe("ok");
    if (result !== "ok") expectCleanIssues(doc, result);
  });
});
