import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";

// The patient fields of format version 2 (DESIGN.md section 11) on the way out.

const golden = new URL("../../conformance/parse/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, golden), "utf8");
const index: readonly { file: string; valid: boolean }[] = JSON.parse(read("index.json"));
const PATIENT_FILES = /care-team|show-recipients|eligibility|patient-label|patient-sample|patient-key-order/;
const validPatientFiles = index.filter((entry) => entry.valid && PATIENT_FILES.test(entry.file));

function parsed(text: string): Practice {
  const result = parsePracticeJson(text);
  if (!result.ok) throw new Error("the document does not parse");
  return result.practice;
}

const patientSample = () => parsed(read("valid/v2-patient-sample.json"));

describe("serializePractice (patient fields)", () => {
  test("writes messaging, eligibility and group keys in the documented order", () => {
    const practice = patientSample();
    const shuffled: Practice = {
      ...practice,
      messaging: {
        eligibility: {
          categories: { test_results: { visitWithinDays: 90 }, appointments: { visitWithinDays: 730 } },
          visitWithinDays: 365,
        },
        responseBusinessDays: 2,
        showRecipientsToPatients: true,
        disabledCategories: [],
        patientReplies: true,
        patientInitiated: true,
      },
      groups: { nurses: { patientLabel: "Nursing team", members: ["lpatel"], name: "Nurses" } },
    };
    const doc = JSON.parse(serializePractice(shuffled));
    expect([
      Object.keys(doc.messaging),
      Object.keys(doc.messaging.eligibility),
      Object.keys(doc.messaging.eligibility.categories),
      Object.keys(doc.groups.nurses),
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
      ["name", "members", "patientLabel"],
    ]);
  });

  test("writes the patient sample's care_team cells and fields as canonical text", () => {
    const text = serializePractice(patientSample(), { indent: false });
    expect(text.slice(text.indexOf('"messaging"'), text.indexOf('"schedule"'))).toMatchInlineSnapshot(
      `""messaging":{"patientInitiated":true,"patientReplies":true,"disabledCategories":[],"showRecipientsToPatients":true,"responseBusinessDays":2,"eligibility":{"visitWithinDays":1095,"categories":{"prescriptions":{"visitWithinDays":365}}}},"`,
    );
    expect(JSON.parse(text).defaultRouting.health_question).toEqual([{ type: "care_team" }]);
    expect(JSON.parse(text).groups["front-desk"]).toEqual({
      name: "Front Desk",
      members: ["jsmith", "kjones"],
      patientLabel: "Front desk team",
    });
  });

  test("writes an empty eligibility and empty categories as {}", () => {
    const practice = patientSample();
    const empty = { ...practice, messaging: { ...practice.messaging, eligibility: {} } };
    const emptyCategories = { ...practice, messaging: { ...practice.messaging, eligibility: { categories: {} } } };
    expect(
      [JSON.parse(serializePractice(empty)), JSON.parse(serializePractice(emptyCategories))].map(
        (d) => d.messaging.eligibility,
      ),
    ).toEqual([{}, { categories: {} }]);
  });

  test.each(validPatientFiles)(
    "round-trips $file: parse, write, parse gives the same practice and text",
    ({ file }) => {
      const practice = parsed(read(file));
      const text = serializePractice(practice);
      expect(parsed(text)).toEqual(practice);
      expect(serializePractice(parsed(text))).toBe(text);
      expect(parsed(serializePractice(practice, { indent: false }))).toEqual(practice);
    },
  );
});

describe("canSerializeAsV1 (patient fields)", () => {
  test("names each patient field, each care_team cell and each patientLabel, in config order", () => {
    const answer = canSerializeAsV1(patientSample());
    expect(answer.ok ? [] : answer.paths.map((path) => path.join("."))).toMatchInlineSnapshot(`
      [
        "timeZone",
        "messaging.showRecipientsToPatients",
        "messaging.responseBusinessDays",
        "messaging.eligibility",
        "schedule",
        "afterHoursRouting",
        "groups.front-desk.patientLabel",
        "routing.crusher.health_question",
        "defaultRouting.health_question",
        "coverage.c2.coveredBy",
      ]
    `);
  });

  test("refuses schemaVersion 1 for a UTC practice whose only version 2 field is a patient field", () => {
    const sample = parsed(read("valid/v2-v1-sample-as-v2.json"));
    expect(canSerializeAsV1(sample)).toEqual({ ok: true });
    const withEach: [string, Practice][] = [
      [
        "messaging.showRecipientsToPatients",
        { ...sample, messaging: { ...sample.messaging, showRecipientsToPatients: false } },
      ],
      ["messaging.eligibility", { ...sample, messaging: { ...sample.messaging, eligibility: {} } }],
      [
        "groups.nurses.patientLabel",
        { ...sample, groups: { ...sample.groups, nurses: { name: "N", members: [], patientLabel: "Nursing" } } },
      ],
      [
        "routing.oselkin.test_results",
        {
          ...sample,
          routing: {
            ...sample.routing,
            oselkin: { test_results: [{ type: "group", id: "nurses" }, { type: "care_team" }] },
          },
        },
      ],
      [
        "defaultRouting.referrals",
        { ...sample, defaultRouting: { ...sample.defaultRouting, referrals: [{ type: "care_team" }] } },
      ],
    ];
    for (const [path, practice] of withEach) {
      const answer = canSerializeAsV1(practice);
      expect(answer.ok ? [] : answer.paths.map((p) => p.join("."))).toEqual([path]);
      expect(() => serializePractice(practice, { schemaVersion: 1 })).toThrow(
        new TypeError(
          `serializePractice: schemaVersion 1 cannot hold ${JSON.stringify(path.split("."))}; use schemaVersion 2.`,
        ),
      );
    }
  });
});
