import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit, EditResult, EditSuccess } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, isDeeplyFrozen } from "./helpers.js";

const ctx = { actor: "jsmith", at: AT };

function done(edit: Edit, practice = samplePractice()): EditSuccess {
  const result = applyEdit(practice, edit, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const toFrontDesk: Edit = {
  type: "set_route",
  providerId: "crusher",
  category: "appointments",
  recipients: [{ type: "group", id: "front-desk" }],
};

describe("revertEdit", () => {
  it("undoes an edit as a new audited edit with a higher revision", () => {
    const forward = done(toFrontDesk);
    const undone = revertEdit(forward.practice, forward, ctx);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.practice).toEqual({ ...samplePractice(), revision: 2 });
    expect(undone.audit).toMatchInlineSnapshot(`
      {
        "actor": "jsmith",
        "at": "2026-05-01T09:00:00.000Z",
        "edit": {
          "action": "undo",
          "originalSummary": "Jane Smith routed Appointments for Beverly Crusher's patients to Front Desk (was: Jane Smith).",
          "revision": 1,
          "type": "revert",
        },
        "practiceId": "enterprise-family-medicine",
        "revision": 2,
        "summary": "Jane Smith undid: Jane Smith routed Appointments for Beverly Crusher's patients to Front Desk (was: Jane Smith).",
      }
    `);
    expect(undone.patches).toMatchInlineSnapshot(`
      [
        {
          "op": "replace",
          "path": [
            "routing",
            "crusher",
            "appointments",
          ],
          "value": [
            {
              "id": "jsmith",
              "type": "member",
            },
          ],
        },
        {
          "op": "replace",
          "path": [
            "revision",
          ],
          "value": 2,
        },
      ]
    `);
    expect(isDeeplyFrozen(undone)).toBe(true);
  });

  it("undoes an edit after unrelated later edits", () => {
    const forward = done(toFrontDesk);
    const later = done({ type: "set_messaging", enabled: false }, forward.practice);
    const undone = revertEdit(later.practice, forward, ctx);
    expect(undone.ok && undone.practice.routing.crusher?.appointments).toEqual([{ type: "member", id: "jsmith" }]);
    expect(undone.ok && undone.practice.messaging.patientInitiated).toBe(false);
    expect(undone.ok && undone.practice.revision).toBe(3);
  });

  it("redoes an edit by reverting its revert", () => {
    const forward = done({ type: "remove_coverage", id: "c1" });
    const undone = revertEdit(forward.practice, forward, ctx);
    if (!undone.ok) throw new Error(undone.error.message);
    const redone = revertEdit(undone.practice, undone, ctx);
    expect(redone.ok && redone.practice).toEqual({ ...forward.practice, revision: 3 });
    expect(redone.ok && redone.audit.summary).toMatchInlineSnapshot(
      `"Jane Smith redid: Jane Smith removed coverage c1 (Jane Smith away from 30 Nov 2026, 7:00 PM EST until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)."`,
    );
  });

  it("refuses when a later edit changed what the edit wrote", () => {
    const forward = done(toFrontDesk);
    const later = done(
      {
        type: "set_route",
        providerId: "crusher",
        category: "appointments",
        recipients: [{ type: "member", id: "kjones" }],
      },
      forward.practice,
    );
    expect(revertEdit(later.practice, forward, ctx)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "The practice has changed at routing.crusher.appointments since revision 1, so that edit cannot be undone automatically.",
              "path": [
                "routing",
                "crusher",
                "appointments",
              ],
              "severity": "error",
            },
          ],
          "message": "The practice has changed at routing.crusher.appointments since revision 1, so that edit cannot be undone automatically.",
          "path": [
            "routing",
            "crusher",
            "appointments",
          ],
        },
        "ok": false,
      }
    `);
  });

  it("refuses when the place the edit wrote into is gone", () => {
    const forward = done({ type: "set_route", providerId: "crusher", category: "prescriptions", recipients: [] });
    const gone = done({ type: "copy_routing", from: "oselkin", to: ["crusher"] }, forward.practice);
    const withoutTable = done(
      { type: "set_route", providerId: "crusher", category: "test_results", recipients: [] },
      gone.practice,
    );
    const cleared = done(
      { type: "set_route", providerId: "crusher", category: "health_question", recipients: [] },
      withoutTable.practice,
    );
    const result = revertEdit(cleared.practice, forward, ctx);
    expect(result.ok || result.error.code !== "invalid_edit" ? "ok" : result.error.path).toEqual([
      "routing",
      "crusher",
      "prescriptions",
    ]);
  });

  it("removes a provider table the revert leaves empty", () => {
    const first = done({
      type: "set_route",
      providerId: "oselkin",
      category: "referrals",
      recipients: [{ type: "member", id: "kjones" }],
    });
    let practice = first.practice;
    for (const category of ["test_results", "health_question"] as const) {
      practice = done({ type: "set_route", providerId: "oselkin", category, recipients: [] }, practice).practice;
    }
    expect(practice.routing.oselkin).toEqual({ referrals: [{ type: "member", id: "kjones" }] });
    const undone = revertEdit(practice, first, ctx);
    expect(undone.ok && Object.hasOwn(undone.practice.routing, "oselkin")).toBe(false);
    expect(undone.ok && undone.patches.map((patch) => [patch.op, ...patch.path])).toEqual([
      ["remove", "routing", "oselkin"],
      ["replace", "revision"],
    ]);
  });

  it("refuses an undo that would add validation errors", () => {
    const added = done({
      type: "upsert_member",
      id: "alee",
      member: { name: "Ann Lee", role: "staff", admin: false, active: true },
    });
    const routed = done(
      { type: "set_route", providerId: null, category: "referrals", recipients: [{ type: "member", id: "alee" }] },
      added.practice,
    );
    const result = revertEdit(routed.practice, added, ctx);
    expect(result.ok ? "ok" : result.error.code).toBe("introduces_errors");
  });

  it("checks the actor and refuses failed results", () => {
    const forward = done(toFrontDesk);
    expect(revertEdit(forward.practice, forward, { actor: "kjones" })).toMatchObject({ error: { code: "forbidden" } });
    const refused: EditResult = { ok: false, error: { code: "forbidden", message: "no" } };
    expect(revertEdit(forward.practice, refused, ctx)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "Only a successful edit can be undone.",
              "path": [],
              "severity": "error",
            },
          ],
          "message": "Only a successful edit can be undone.",
          "path": [],
        },
        "ok": false,
      }
    `);
  });

  it("changes nothing when the edit changed nothing", () => {
    const noop = done({ type: "set_messaging", enabled: true });
    const result = revertEdit(noop.practice, noop, ctx);
    expect(result.ok && result.changed).toBe(false);
    expect(result.ok && result.practice).toBe(noop.practice);
  });

  it("reverts a new routing table, and refuses to bring one back for someone who is no longer a provider", () => {
    const druiz = { name: "Ana Ruiz", role: "provider", admin: false, active: true } as const;
    const hired = done({ type: "upsert_member", id: "druiz", member: druiz });
    const routed = done(
      { type: "set_route", providerId: "druiz", category: "referrals", recipients: [{ type: "member", id: "kjones" }] },
      hired.practice,
    );
    expect(routed.patches[0]).toMatchObject({ op: "add", path: ["routing", "druiz"] });
    const undone = revertEdit(routed.practice, routed, ctx);
    expect(undone.ok && undone.practice.routing).toEqual(samplePractice().routing);
    const cleared = done(
      { type: "set_route", providerId: "druiz", category: "referrals", recipients: [] },
      routed.practice,
    );
    const demoted = done({ type: "upsert_member", id: "druiz", member: { ...druiz, role: "staff" } }, cleared.practice);
    const back = revertEdit(demoted.practice, cleared, ctx);
    expect(
      back.ok || back.error.code !== "introduces_errors" ? "ok" : back.error.issues.map((issue) => issue.code),
    ).toEqual(["not_a_provider"]);
  });
});

describe("revertEdit on results it cannot trust", () => {
  const hire = () =>
    done({
      type: "upsert_member",
      id: "kjones",
      member: { name: "Kim Lee", role: "staff", admin: false, active: true },
    });
  const withInverse = (result: EditSuccess, value: unknown): EditResult => ({
    ...result,
    inversePatches: [{ op: "replace", path: ["members", "kjones"], value }, ...result.inversePatches.slice(1)],
  });

  it("undoes a result read back from JSON", () => {
    const forward = hire();
    const stored = JSON.parse(JSON.stringify(forward)) as EditResult;
    const undone = revertEdit(forward.practice, stored, ctx);
    expect(undone.ok && undone.practice.members.kjones?.name).toBe("Kim Jones");
  });

  it("refuses a result without patches or audit, or with a getter, and never throws", () => {
    const forward = hire();
    const getter = Object.defineProperty({ ...forward }, "inversePatches", {
      get() {
        throw new Error("getter called");
      },
      enumerable: true,
    });
    const results = [{ ok: true }, { ...forward, audit: undefined }, { ...forward, patches: "x" }, getter, null];
    for (const result of results) {
      const answer = revertEdit(forward.practice, result as unknown as EditResult, ctx);
      const altered = "This stored edit is incomplete or altered, so it cannot be undone.";
      expect(answer).toMatchObject({ ok: false, error: { code: "invalid_edit", path: [], message: altered } });
      expect(!answer.ok && answer.error.code === "invalid_edit" && answer.error.issues.length).toBeGreaterThan(1);
      expect(isDeeplyFrozen(answer)).toBe(true);
    }
    const answer = revertEdit(forward.practice, { ...forward, patches: "x" } as unknown as EditResult, ctx);
    expect(!answer.ok && answer.error.code === "invalid_edit" && answer.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_edit",
          "message": "This stored edit is incomplete or altered, so it cannot be undone.",
          "path": [],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected an array, got a string.",
          "path": [
            "patches",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("refuses a result of another practice even when the values match", () => {
    const other = { ...samplePractice(), id: "other-practice" };
    const forward = done(toFrontDesk, other);
    const elsewhere = done(toFrontDesk);
    expect(revertEdit(elsewhere.practice, forward, ctx)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "That edit was made on practice other-practice, not on practice enterprise-family-medicine.",
              "path": [
                "id",
              ],
              "severity": "error",
            },
          ],
          "message": "That edit was made on practice other-practice, not on practice enterprise-family-medicine.",
          "path": [
            "id",
          ],
        },
        "ok": false,
      }
    `);
  });

  it("refuses stored inverse values the config format does not allow there", () => {
    const forward = hire();
    const old = samplePractice().members.kjones;
    for (const value of [{ ...old, name: 42 }, { ...old, extra: true }, { ...old, name: "" }, undefined]) {
      expect(revertEdit(forward.practice, withInverse(forward, value), ctx)).toMatchInlineSnapshot(`
        {
          "error": {
            "code": "invalid_edit",
            "issues": [
              {
                "code": "invalid_edit",
                "message": "The stored patch here does not fit the config format, so that edit cannot be undone.",
                "path": [
                  "members",
                  "kjones",
                ],
                "severity": "error",
              },
            ],
            "message": "The stored patch here does not fit the config format, so that edit cannot be undone.",
            "path": [
              "members",
              "kjones",
            ],
          },
          "ok": false,
        }
      `);
    }
    expect(revertEdit(forward.practice, withInverse(forward, old), ctx).ok).toBe(true);
  });

  it("refuses patches where no edit writes", () => {
    const forward = hire();
    const strange: EditResult = {
      ...forward,
      inversePatches: [{ op: "replace", path: ["schemaVersion"], value: 2 }, ...forward.inversePatches],
    };
    expect(revertEdit(forward.practice, strange, ctx)).toMatchObject({ error: { code: "invalid_edit", path: [] } });
  });
});
