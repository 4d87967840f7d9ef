import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { Edit, EditContext } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, isDeeplyFrozen } from "./helpers.js";

const sample = samplePractice();
const edit: Edit = { type: "set_replies", enabled: false };
const withContext = (ctx: unknown) => applyEdit(sample, edit, ctx as EditContext);

describe("applyEdit: the context", () => {
  it("takes a Date of another realm", () => {
    const result = withContext({ actor: "jsmith", at: runInNewContext("new Date(0)") });
    expect(result.ok && result.audit.at).toBe("1970-01-01T00:00:00.000Z");
  });

  it("answers invalid_edit at at, never a throw, for Date-like values that are not Dates", () => {
    const lookalikes = [
      Object.create(Date.prototype),
      new Proxy(new Date(0), {}),
      new Proxy(new Date(0), {
        get() {
          throw new Error("trap called");
        },
      }),
      { getTime: () => 0, toISOString: () => AT },
    ];
    for (const at of lookalikes) {
      const result = withContext({ actor: "jsmith", at });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_edit", path: ["at"] } });
      expect(isDeeplyFrozen(result)).toBe(true);
    }
  });

  it("refuses unknown fields, getters and non-objects as invalid_edit", () => {
    expect(withContext({ actor: "jsmith", at: AT, user: "jsmith" })).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "An edit context has only the fields actor, at, expectedRevision and allowSystemActors.",
              "path": [
                "user",
              ],
              "severity": "error",
            },
          ],
          "message": "An edit context has only the fields actor, at, expectedRevision and allowSystemActors.",
          "path": [
            "user",
          ],
        },
        "ok": false,
      }
    `);
    let calls = 0;
    const getter = {
      get actor() {
        calls++;
        return "jsmith";
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    for (const ctx of [getter, throwingProxy, null, "jsmith", ["jsmith"]]) {
      expect(withContext(ctx)).toMatchObject({ ok: false, error: { code: "invalid_edit", path: [] } });
    }
    expect(calls).toBe(0);
  });

  it("answers conflict, changing nothing, when the practice is not at expectedRevision", () => {
    const result = withContext({ actor: "jsmith", at: AT, expectedRevision: 3 });
    expect(result).toMatchInlineSnapshot(`
      {
        "error": {
          "actual": 0,
          "code": "conflict",
          "expected": 3,
          "message": "The practice is at revision 0, not the expected revision 3: reload it and try again.",
        },
        "ok": false,
      }
    `);
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(withContext({ actor: "jsmith", at: AT, expectedRevision: 0 }).ok).toBe(true);
    for (const expectedRevision of [-1, 0.5, "0", Number.NaN]) {
      expect(withContext({ actor: "jsmith", at: AT, expectedRevision })).toMatchObject({
        error: { code: "invalid_edit", path: ["expectedRevision"] },
      });
    }
  });

  it("checks the context of revertEdit the same way", () => {
    const done = applyEdit(sample, edit, { actor: "jsmith", at: AT });
    if (!done.ok) throw new Error(done.error.message);
    const ctx = { actor: "jsmith", at: Object.create(Date.prototype) };
    expect(revertEdit(done.practice, done, ctx)).toMatchObject({ error: { code: "invalid_edit", path: ["at"] } });
    const stale = revertEdit(done.practice, done, { actor: "jsmith", expectedRevision: 0 });
    expect(stale).toMatchObject({ error: { code: "conflict", expected: 0, actual: 1 } });
  });

  it("freezes every failure deeply", () => {
    const failures = [
      withContext({ actor: "kjones" }),
      withContext({ actor: "jsmith", at: "yesterday" }),
      applyEdit(
        sample,
        { type: "set_route", providerId: "ghost", category: "referrals", recipients: [] },
        { actor: "jsmith" },
      ),
      applyEdit(sample, { type: "nonsense" } as unknown as Edit, { actor: "jsmith" }),
      applyEdit(sample, { type: "remove_group", id: "front-desk" }, { actor: "jsmith" }),
    ];
    expect(failures.map((result) => (result.ok ? "ok" : result.error.code))).toEqual([
      "forbidden",
      "invalid_edit",
      "invalid_edit",
      "invalid_edit",
      "introduces_errors",
    ]);
    for (const failure of failures) expect(isDeeplyFrozen(failure)).toBe(true);
  });
});
