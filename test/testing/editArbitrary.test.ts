import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDIT_TYPES, parseEdit } from "../../src/edit/schema.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { editArbitrary } from "../../src/testing/editArbitrary.js";

describe("editArbitrary", () => {
  const sample = fc.sample(editArbitrary(samplePractice()), { numRuns: 2000, seed: 12 });

  it("generates only well-formed edits", () => {
    expect(sample.filter((edit) => !parseEdit(edit).ok)).toEqual([]);
  });

  it("generates every edit type and every form of the new ones", () => {
    expect(new Set(sample.map((edit) => edit.type))).toEqual(new Set(EDIT_TYPES));
    const forms = new Set(
      sample.map((edit) => {
        if (edit.type === "set_route") {
          if (edit.recipients.some((recipient) => recipient.type === "care_team")) return "care team";
          if ("table" in edit) return edit.table === "location" ? "location cell" : "after-hours cell";
          return "provider or default cell";
        }
        if (edit.type === "copy_routing") {
          return [edit.from, ...edit.to].some((ref) => typeof ref !== "string") ? "location table" : "provider table";
        }
        if (edit.type === "upsert_member") return edit.member.locations === undefined ? "no locations" : "locations";
        if (edit.type === "upsert_group") {
          const label = edit.group.patientLabel === undefined ? "no label" : "label";
          return edit.group.delivery === undefined ? label : `${label}, delivery`;
        }
        if (edit.type === "set_eligibility") {
          if (edit.eligibility === null) return "no eligibility";
          const { visitWithinDays, categories } = edit.eligibility;
          return `eligibility${visitWithinDays === undefined ? "" : " days"}${categories === undefined ? "" : " categories"}`;
        }
        if (edit.type === "add_coverage") return edit.coverage.coveredBy === undefined ? "no cover" : "cover";
        if (edit.type === "set_schedule") {
          if (edit.schedule === null) return "no schedule";
          return edit.schedule.closures === undefined ? "closures left out" : "closures";
        }
        if (edit.type === "set_response_days") return edit.days === null ? "no promise" : "promise";
        return "other";
      }),
    );
    expect([...forms].sort()).toMatchInlineSnapshot(`
      [
        "after-hours cell",
        "care team",
        "closures",
        "closures left out",
        "cover",
        "eligibility categories",
        "eligibility days",
        "eligibility days categories",
        "label",
        "label, delivery",
        "location cell",
        "location table",
        "locations",
        "no cover",
        "no eligibility",
        "no label",
        "no label, delivery",
        "no locations",
        "no promise",
        "no schedule",
        "other",
        "promise",
        "provider or default cell",
        "provider table",
      ]
    `);
  });
});
