import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { EditResult } from "../../src/edit/types.js";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

// Cases found by review: errors the practice already has must neither hide new ones nor be taken for new
// ones; an edit that changes nothing must not change the practice; a revert leaves no empty table.

const ctx = { actor: "jsmith", at: "2026-11-20T10:00:00Z" } as const;
const base = samplePractice();
const errorCodes = (practice: Practice) =>
  validatePractice(practice)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.code} ${issue.path.join(".")}`);
function succeeded(result: EditResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result;
}

describe("applyEdit on a practice that already has errors", () => {
  it("refuses a second coverage cycle reported at the same path as an existing one", () => {
    const practice = deepFreeze<Practice>({
      ...base,
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
    const result = applyEdit(practice, { type: "add_coverage", id: "c3", coverage }, ctx);
    expect(result.ok ? "ok" : result.error.code).toBe("introduces_errors");
    expect(result.ok ? [] : result.error.issues?.map((issue) => issue.code)).toEqual(["coverage_cycle"]);
  });

  it("allows an edit that only moves an existing error to another index", () => {
    const practice = deepFreeze<Practice>({
      ...base,
      routing: {
        ...base.routing,
        crusher: {
          ...base.routing.crusher,
          appointments: [
            { type: "member", id: "kjones" },
            { type: "member", id: "jsmith" },
            { type: "member", id: "ghost" },
          ],
        },
      },
    });
    expect(errorCodes(practice)).toEqual(["unknown_member routing.crusher.appointments.2"]);
    const result = succeeded(applyEdit(practice, { type: "replace_member", from: "kjones", to: "jsmith" }, ctx));
    expect(result.practice.routing.crusher?.appointments).toEqual([
      { type: "member", id: "jsmith" },
      { type: "member", id: "ghost" },
    ]);
    expect(errorCodes(result.practice)).toEqual(["unknown_member routing.crusher.appointments.1"]);
  });
});

describe("set_route_for_all_providers in add mode", () => {
  it("changes nothing when every provider already gets those recipients from the default cell", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "referrals",
      recipients: [{ type: "group", id: "front-desk" }],
      mode: "add",
    } as const;
    const result = succeeded(applyEdit(base, edit, ctx));
    expect(result.changed).toBe(false);
    expect(result.practice).toBe(base);
  });

  it("still writes an explicit cell in replace mode", () => {
    const edit = {
      type: "set_route_for_all_providers",
      category: "referrals",
      recipients: [{ type: "group", id: "front-desk" }],
      mode: "replace",
    } as const;
    const result = succeeded(applyEdit(base, edit, ctx));
    expect(result.practice.routing.oselkin?.referrals).toEqual([{ type: "group", id: "front-desk" }]);
  });
});

describe("revertEdit", () => {
  it("removes a provider table the revert leaves empty", () => {
    const first = succeeded(
      applyEdit(
        base,
        {
          type: "set_route",
          providerId: "oselkin",
          category: "referrals",
          recipients: [{ type: "member", id: "kjones" }],
        },
        ctx,
      ),
    );
    let practice = first.practice;
    for (const category of ["test_results", "health_question"] as const) {
      practice = succeeded(
        applyEdit(practice, { type: "set_route", providerId: "oselkin", category, recipients: [] }, ctx),
      ).practice;
    }
    expect(practice.routing.oselkin).toEqual({ referrals: [{ type: "member", id: "kjones" }] });
    const undone = succeeded(revertEdit(practice, first, ctx));
    expect(Object.hasOwn(undone.practice.routing, "oselkin")).toBe(false);
  });
});
