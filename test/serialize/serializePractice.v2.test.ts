import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { canSerializeAsV1, serializePractice } from "../../src/serialize/serializePractice.js";

const golden = new URL("../../conformance/parse/", import.meta.url);
const index: readonly { file: string; schemaVersion: 1 | 2 | null; valid: boolean }[] = JSON.parse(
  readFileSync(new URL("index.json", golden), "utf8"),
);
const read = (file: string) => readFileSync(new URL(file, golden), "utf8");
const validOf = (version: 1 | 2) => index.filter((entry) => entry.valid && entry.schemaVersion === version);

function parsed(text: string): Practice {
  const result = parsePracticeJson(text);
  if (!result.ok) throw new Error("the document does not parse");
  return result.practice;
}

/** The sample, moved to UTC and stripped of every field version 1 cannot hold. */
function v1Compatible(): Practice {
  const { schedule, afterHoursRouting, messaging, coverage, ...rest } = samplePractice();
  const { responseBusinessDays, ...v1Messaging } = messaging;
  const { c2, ...covered } = coverage;
  return { ...rest, timeZone: "UTC", messaging: v1Messaging, coverage: covered };
}

describe("serializePractice (version 2)", () => {
  test("writes the documented key order: new fields after revision and disabledCategories, Monday first, closures by id", () => {
    const doc = JSON.parse(read("valid/v2-sample.json"));
    const shuffled = {
      ...Object.fromEntries(Object.entries(doc).reverse()),
      messaging: Object.fromEntries(Object.entries(doc.messaging).reverse()),
      schedule: {
        closures: { "b-day": { lastDay: "2027-01-01", firstDay: "2027-01-01", name: "B" }, ...doc.schedule.closures },
        hours: Object.fromEntries(Object.entries(doc.schedule.hours).reverse()),
      },
    };
    const text = serializePractice(parsed(JSON.stringify(shuffled)));
    const order = Object.keys(JSON.parse(text));
    expect(Object.keys(JSON.parse(text).messaging)).toEqual([
      "patientInitiated",
      "patientReplies",
      "disabledCategories",
      "responseBusinessDays",
    ]);
    expect(Object.keys(JSON.parse(text).schedule.hours)).toEqual(["mon", "tue", "wed", "thu", "fri"]);
    expect(Object.keys(JSON.parse(text).schedule.closures)).toEqual(["b-day", "xmas-2026"]);
    expect(order).toEqual([
      ...["schemaVersion", "id", "name", "revision", "timeZone", "messaging", "schedule", "afterHoursRouting"],
      ...["members", "groups", "routing", "defaultRouting", "coverage"],
    ]);
    expect(Object.keys(JSON.parse(text).schedule.closures["b-day"])).toEqual(["name", "firstDay", "lastDay"]);
  });

  test("round-trips the version 2 sample byte for byte", () => {
    const text = read("valid/v2-sample.json");
    expect(serializePractice(parsed(text))).toBe(text);
    expect(serializePractice(samplePractice())).toBe(text);
  });

  test.each(validOf(2).map((entry) => entry.file))(
    "writes %s canonically: serialising twice gives the same bytes",
    (file) => {
      const once = serializePractice(parsed(read(file)));
      expect(serializePractice(parsed(once))).toBe(once);
      expect(parsed(once)).toEqual(parsed(read(file)));
    },
  );

  test("writes closures omitted in the document as an empty record", () => {
    const text = serializePractice(parsed(read("valid/v2-closures-omitted.json")), { indent: false });
    expect(text).toContain('"schedule":{"hours":{"mon":[["08:00","12:00"],["13:00","17:00"]],');
    expect(text).toContain('"closures":{}},"afterHoursRouting"');
  });

  test("writes an uncovered absence without coveredBy, and an empty after-hours table as {}", () => {
    const text = serializePractice(parsed(read("valid/v2-after-hours-empty-object.json")), { indent: false });
    expect(text).toContain('"afterHoursRouting":{},"members"');
    expect(text).toContain('"c2":{"member":"lpatel","from":"2026-12-14T13:00:00Z","until":"2026-12-19T05:00:00Z"}}}');
  });
});

describe("serializePractice (version 1)", () => {
  test.each(validOf(1).map((entry) => entry.file))("writes the migrated %s back as canonical version 1", (file) => {
    const practice = parsed(read(file));
    const v1 = serializePractice(practice, { schemaVersion: 1 });
    expect(v1).toBe(
      serializePractice(practice)
        .replace('"schemaVersion": 2,', '"schemaVersion": 1,')
        .replace('\n  "timeZone": "UTC",', ""),
    );
    expect(parsePracticeJson(v1)).toEqual({ ok: true, practice });
    const compact = serializePractice(practice, { schemaVersion: 1, indent: false });
    expect([JSON.parse(compact), compact.startsWith('{"schemaVersion":1,"id":')]).toEqual([JSON.parse(v1), true]);
  });

  test("writes the version 1 sample byte for byte", () => {
    const text = read("valid/sample.json");
    expect(serializePractice(parsed(text), { schemaVersion: 1 })).toBe(text);
  });

  test("writes a version 2 practice that uses no field of version 2", () => {
    const practice = v1Compatible();
    expect(canSerializeAsV1(practice)).toEqual({ ok: true });
    expect(serializePractice(practice, { schemaVersion: 1, indent: false })).toMatch(
      /^\{"schemaVersion":1,"id":"enterprise-family-medicine","name":"Enterprise Family Medicine","revision":0,"messaging":\{"patientInitiated":true,"patientReplies":true,"disabledCategories":\[\]\},"members":/,
    );
  });

  test("throws a TypeError naming the first path version 1 cannot hold, in config order", () => {
    const base = v1Compatible();
    const cases: Practice[] = [
      samplePractice(),
      { ...base, messaging: { ...base.messaging, responseBusinessDays: 2 }, afterHoursRouting: {} },
      { ...base, schedule: { hours: {}, closures: {} } },
      { ...base, afterHoursRouting: {} },
      { ...base, coverage: samplePractice().coverage },
    ];
    expect(
      cases.map((practice) => {
        try {
          return serializePractice(practice, { schemaVersion: 1 });
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      }),
    ).toMatchInlineSnapshot(`
      [
        "TypeError: serializePractice: schemaVersion 1 cannot hold ["timeZone"]; use schemaVersion 2.",
        "TypeError: serializePractice: schemaVersion 1 cannot hold ["messaging","responseBusinessDays"]; use schemaVersion 2.",
        "TypeError: serializePractice: schemaVersion 1 cannot hold ["schedule"]; use schemaVersion 2.",
        "TypeError: serializePractice: schemaVersion 1 cannot hold ["afterHoursRouting"]; use schemaVersion 2.",
        "TypeError: serializePractice: schemaVersion 1 cannot hold ["coverage","c2","coveredBy"]; use schemaVersion 2.",
      ]
    `);
  });
});

describe("canSerializeAsV1", () => {
  test("names every field version 1 cannot hold, in config order, once per uncovered absence", () => {
    const sample = samplePractice();
    const before = JSON.stringify(sample);
    const answer = canSerializeAsV1(sample);
    expect(answer).toMatchInlineSnapshot(`
      {
        "ok": false,
        "paths": [
          [
            "timeZone",
          ],
          [
            "messaging",
            "responseBusinessDays",
          ],
          [
            "schedule",
          ],
          [
            "afterHoursRouting",
          ],
          [
            "coverage",
            "c2",
            "coveredBy",
          ],
        ],
      }
    `);
    expect(Object.isFrozen(answer)).toBe(true);
    expect(JSON.stringify(sample)).toBe(before);
  });

  test("answers ok for every migrated version 1 document, and not for a time zone other than UTC alone", () => {
    for (const entry of validOf(1)) expect(canSerializeAsV1(parsed(read(entry.file)))).toEqual({ ok: true });
    expect(canSerializeAsV1({ ...v1Compatible(), timeZone: "Europe/London" })).toEqual({
      ok: false,
      paths: [["timeZone"]],
    });
  });

  test("agrees with serializePractice: it throws exactly when the answer is not ok", () => {
    for (const entry of validOf(2)) {
      const practice = parsed(read(entry.file));
      let threw = false;
      try {
        serializePractice(practice, { schemaVersion: 1 });
      } catch {
        threw = true;
      }
      expect([entry.file, threw]).toEqual([entry.file, !canSerializeAsV1(practice).ok]);
    }
    expect(parsePractice(JSON.parse(serializePractice(v1Compatible(), { schemaVersion: 1 }))).ok).toBe(true);
  });
});
