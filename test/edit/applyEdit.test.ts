import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import type { Edit, EditResult } from "../../src/edit/types.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";
import { AT, isDeeplyFrozen, outcome } from "./helpers.js";

const sample = samplePractice();
const apply = (edit: Edit, actor = "jsmith"): EditResult => applyEdit(sample, edit, { actor, at: AT });
const errorCodes = (practice: Practice) =>
  validatePractice(practice)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.code} ${issue.path.join(".")}`);

describe("applyEdit", () => {
  it("returns the new frozen practice, patches in the config's keys and an audit entry", () => {
    const edit: Edit = {
      type: "set_route",
      providerId: "crusher",
      category: "appointments",
      recipients: [{ type: "group", id: "front-desk" }],
    };
    const result = apply(edit);
    if (!result.ok) throw new Error("refused");
    expect(result.changed).toBe(true);
    expect(result.practice.revision).toBe(1);
    expect(result.practice.routing.crusher?.appointments).toEqual([{ type: "group", id: "front-desk" }]);
    expect(result.practice.routing.oselkin).toBe(sample.routing.oselkin);
    expect(result.practice.members).toBe(sample.members);
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(result.patches).toEqual([
      { op: "replace", path: ["routing", "crusher", "appointments"], value: [{ type: "group", id: "front-desk" }] },
      { op: "replace", path: ["revision"], value: 1 },
    ]);
    expect(result.inversePatches).toEqual([
      { op: "replace", path: ["routing", "crusher", "appointments"], value: [{ type: "member", id: "jsmith" }] },
      { op: "replace", path: ["revision"], value: 0 },
    ]);
    expect(result.audit).toEqual({
      at: "2026-05-01T09:00:00.000Z",
      actor: "jsmith",
      practiceId: sample.id,
      edit,
      revision: 1,
      summary: "Jane Smith routed Appointments for Beverly Crusher's patients to Front Desk (was: Jane Smith).",
    });
    expect(sample).toEqual(samplePractice());
  });

  it("returns the same practice, no patches and no revision bump when nothing changes", () => {
    const result = apply({ type: "set_messaging", enabled: true });
    expect(result).toEqual({
      ok: true,
      practice: sample,
      changed: false,
      patches: [],
      inversePatches: [],
      audit: {
        at: "2026-05-01T09:00:00.000Z",
        actor: "jsmith",
        practiceId: sample.id,
        edit: { type: "set_messaging", enabled: true },
        revision: 0,
        summary: "No change: Jane Smith turned patient-initiated messaging on.",
      },
    });
    expect(result.ok && result.practice).toBe(sample);
  });

  it("refuses staff, inactive admins, unknown ids and inherited names", () => {
    const inactiveAdmin = applyEdit(
      sample,
      {
        type: "upsert_member",
        id: "mreyes",
        member: { name: "Marco Reyes", role: "staff", admin: true, active: false },
      },
      { actor: "jsmith", at: AT },
    );
    if (!inactiveAdmin.ok) throw new Error("refused");
    for (const actor of ["kjones", "crusher", "nobody", "toString", "constructor"]) {
      expect(apply({ type: "set_messaging", enabled: false }, actor)).toMatchInlineSnapshot(`
        {
          "error": {
            "code": "forbidden",
            "message": "Only an active admin of this practice may change its settings.",
          },
          "ok": false,
        }
      `);
    }
    const byInactive = applyEdit(
      inactiveAdmin.practice,
      { type: "set_messaging", enabled: false },
      { actor: "mreyes" },
    );
    expect(byInactive.ok ? "ok" : byInactive.error.code).toBe("forbidden");
  });

  it("takes `at` as a Date or an ISO string with an offset, and defaults it to now", () => {
    const edit: Edit = { type: "set_replies", enabled: false };
    const withDate = applyEdit(sample, edit, { actor: "jsmith", at: new Date(Date.UTC(2026, 4, 1, 9)) });
    const withOffset = applyEdit(sample, edit, { actor: "jsmith", at: "2026-05-01T11:00:00+02:00" });
    expect(withDate.ok && withDate.audit.at).toBe("2026-05-01T09:00:00.000Z");
    expect(withOffset.ok && withOffset.audit.at).toBe("2026-05-01T09:00:00.000Z");
    const before = Date.now();
    const now = applyEdit(sample, edit, { actor: "jsmith" });
    const at = now.ok ? Date.parse(now.audit.at) : Number.NaN;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it("rejects an invalid `at`", () => {
    for (const at of ["yesterday", "2026-02-30T00:00:00Z", new Date(Number.NaN), 42 as unknown as string]) {
      const result = applyEdit(sample, { type: "set_replies", enabled: false }, { actor: "jsmith", at });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_edit", path: ["at"] } });
    }
  });

  it("rejects a malformed edit with a path", () => {
    const edit = { type: "set_route", providerId: "crusher", category: "appointments", recipients: [{ type: "x" }] };
    expect(apply(edit as unknown as Edit)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_type",
              "message": "Expected one of: member, group, assigned_provider, care_team.",
              "path": [
                "recipients",
                0,
                "type",
              ],
              "severity": "error",
            },
          ],
          "message": "Expected one of: member, group, assigned_provider, care_team.",
          "path": [
            "recipients",
            0,
            "type",
          ],
        },
        "ok": false,
      }
    `);
  });
});

describe("applyEdit: existing errors", () => {
  const broken: Practice = {
    ...sample,
    routing: {
      ...sample.routing,
      crusher: { ...sample.routing.crusher, referrals: [{ type: "member", id: "ghost" }] },
    },
  };

  it("allows edits on a practice that already has errors, and edits that fix them", () => {
    expect(applyEdit(broken, { type: "set_replies", enabled: false }, { actor: "jsmith", at: AT }).ok).toBe(true);
    const other = applyEdit(
      broken,
      {
        type: "set_route",
        providerId: "oselkin",
        category: "referrals",
        recipients: [{ type: "member", id: "kjones" }],
      },
      { actor: "jsmith", at: AT },
    );
    expect(other.ok).toBe(true);
    const fixed = applyEdit(
      broken,
      { type: "set_route", providerId: "crusher", category: "referrals", recipients: [] },
      { actor: "jsmith", at: AT },
    );
    expect(fixed.ok && fixed.practice.routing.crusher?.referrals).toBeUndefined();
  });

  it("refuses a second coverage cycle reported at the same path as an existing one", () => {
    const practice = deepFreeze<Practice>({
      ...sample,
      coverage: {
        c1: { member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-31T00:00:00Z", coveredBy: "lpatel" },
        c2: { member: "lpatel", from: "2026-12-01T00:00:00Z", until: "2026-12-05T00:00:00Z", coveredBy: "kjones" },
      },
    });
    expect(errorCodes(practice)).toEqual(["coverage_cycle coverage.c1"]);
    const coverage = {
      member: "lpatel",
      from: "2026-12-10T00:00:00Z",
      until: "2026-12-15T00:00:00Z",
      coveredBy: "kjones",
    };
    const result = applyEdit(practice, { type: "add_coverage", id: "c3", coverage }, { actor: "jsmith", at: AT });
    expect(result.ok ? "ok" : result.error.code).toBe("introduces_errors");
    expect(
      result.ok || result.error.code !== "introduces_errors" ? [] : result.error.issues.map((issue) => issue.code),
    ).toEqual(["coverage_cycle"]);
  });

  it("allows an edit that only moves an existing error to another index", () => {
    const practice = deepFreeze<Practice>({
      ...sample,
      routing: {
        ...sample.routing,
        crusher: {
          ...sample.routing.crusher,
          appointments: [
            { type: "member", id: "kjones" },
            { type: "member", id: "jsmith" },
            { type: "member", id: "ghost" },
          ],
        },
      },
    });
    expect(errorCodes(practice)).toEqual(["unknown_member routing.crusher.appointments.2"]);
    const edit: Edit = { type: "replace_member", from: "kjones", to: "jsmith" };
    const result = applyEdit(practice, edit, { actor: "jsmith", at: AT });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.practice.routing.crusher?.appointments).toEqual([
      { type: "member", id: "jsmith" },
      { type: "member", id: "ghost" },
    ]);
    expect(errorCodes(result.practice)).toEqual(["unknown_member routing.crusher.appointments.1"]);
  });

  it("still refuses a new error elsewhere", () => {
    const result = applyEdit(broken, { type: "remove_group", id: "nurses" }, { actor: "jsmith", at: AT });
    expect(
      result.ok || result.error.code !== "introduces_errors"
        ? []
        : result.error.issues.map((issue) => issue.path.join(".")),
    ).toEqual([
      "routing.crusher.prescriptions.0",
      "routing.oselkin.test_results.0",
      "routing.oselkin.health_question.1",
    ]);
  });
});

describe("applyEdit: messaging switches", () => {
  it("describes set_messaging, set_replies and set_category_enabled", () => {
    expect(outcome({ type: "set_messaging", enabled: false })).toMatchInlineSnapshot(
      `"Jane Smith turned patient-initiated messaging off."`,
    );
    expect(outcome({ type: "set_replies", enabled: false })).toMatchInlineSnapshot(
      `"Jane Smith turned patient replies off."`,
    );
    expect(outcome({ type: "set_category_enabled", category: "prescriptions", enabled: false })).toMatchInlineSnapshot(
      `"Jane Smith disabled the Prescriptions & Refills category for patients."`,
    );
    expect(outcome({ type: "set_category_enabled", category: "prescriptions", enabled: true })).toMatchInlineSnapshot(
      `"No change: Jane Smith enabled the Prescriptions & Refills category for patients."`,
    );
  });

  it("keeps disabledCategories in category order", () => {
    const first = apply({ type: "set_category_enabled", category: "health_question", enabled: false });
    if (!first.ok) throw new Error("refused");
    const second = applyEdit(
      first.practice,
      { type: "set_category_enabled", category: "appointments", enabled: false },
      { actor: "jsmith", at: AT },
    );
    expect(second.ok && second.practice.messaging.disabledCategories).toEqual(["appointments", "health_question"]);
    const back = second.ok
      ? applyEdit(
          second.practice,
          { type: "set_category_enabled", category: "health_question", enabled: true },
          {
            actor: "jsmith",
            at: AT,
          },
        )
      : second;
    expect(back.ok && back.practice.messaging.disabledCategories).toEqual(["appointments"]);
  });
});
