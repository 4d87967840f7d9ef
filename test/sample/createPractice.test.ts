import { describe, expect, test } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { createPractice } from "../../src/sample/createPractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const OPTIONS = { id: "acme", name: "Acme Clinic", admin: { id: "ada", name: "Ada Park" } } as const;

describe("createPractice", () => {
  test("creates a minimal, valid, frozen practice whose every category reaches the admin", () => {
    const practice = createPractice(OPTIONS);
    expect(serializePractice(practice)).toBe(serializePractice(createPractice(OPTIONS)));
    expect(practice).toMatchObject({
      schemaVersion: 2,
      timeZone: "UTC",
      id: "acme",
      name: "Acme Clinic",
      revision: 0,
      messaging: { patientInitiated: false, patientReplies: true, disabledCategories: [] },
      members: { ada: { name: "Ada Park", role: "staff", admin: true, active: true } },
      groups: {},
      routing: {},
      coverage: {},
    });
    expect(Object.values(practice.defaultRouting)).toEqual(Array(6).fill([{ type: "member", id: "ada" }]));
    expect(validatePractice(practice)).toEqual({ valid: true, issues: [] });
    expect(Object.isFrozen(practice) && Object.isFrozen(practice.members.ada)).toBe(true);
  });

  test("lets the admin edit it right away", () => {
    const result = applyEdit(createPractice(OPTIONS), { type: "set_messaging", enabled: true }, { actor: "ada" });
    expect(result.ok && result.practice.messaging.patientInitiated).toBe(true);
  });

  test("throws a TypeError naming fields and codes, never the values", () => {
    const bad = { id: "has space", name: "", admin: { id: "constructor", name: "Secret Name" } };
    expect(() => createPractice(bad)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: createPractice: the options do not make a valid practice (forbidden_key at admin.id; invalid_id at id; invalid_type at name; invalid_id at admin.id).]`,
    );
    try {
      createPractice(bad);
    } catch (error) {
      expect(String(error)).not.toContain("has space");
      expect(String(error)).not.toContain("Secret Name");
    }
  });

  test("takes the practice's time zone, and refuses one Intl does not know without echoing it", () => {
    expect(createPractice({ ...OPTIONS, timeZone: "Europe/London" }).timeZone).toBe("Europe/London");
    expect(() => createPractice({ ...OPTIONS, timeZone: "Mars/Secret_Base" })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: createPractice: timeZone is not an IANA time zone name (invalid_time_zone).]`,
    );
  });

  test("leaves its options untouched", () => {
    const options = structuredClone(OPTIONS);
    createPractice(options);
    expect(options).toEqual(OPTIONS);
  });
});
