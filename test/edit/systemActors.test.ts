import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { EditContext } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, isDeeplyFrozen } from "./helpers.js";

const hrSync = { actor: { system: "hr-sync" }, at: AT, allowSystemActors: true } as const;
const leave = edits.setMemberActive({ id: "kjones", active: false });

describe("applyEdit: system actors", () => {
  it("records a system actor in the audit entry and names it in the summary", () => {
    const result = applyEdit(samplePractice(), leave, hrSync);
    expect(result.ok && result.audit).toMatchInlineSnapshot(`
      {
        "actor": {
          "system": "hr-sync",
        },
        "at": "2026-05-01T09:00:00.000Z",
        "edit": {
          "active": false,
          "id": "kjones",
          "type": "set_member_active",
        },
        "practiceId": "enterprise-family-medicine",
        "revision": 1,
        "summary": "System hr-sync deactivated Kim Jones.",
      }
    `);
    expect(isDeeplyFrozen(result)).toBe(true);
    expect(hrSync.actor).toEqual({ system: "hr-sync" });
  });

  it("refuses a system actor unless the context allows system actors", () => {
    for (const allowSystemActors of [undefined, false]) {
      const ctx = { actor: { system: "hr-sync" }, at: AT, allowSystemActors };
      expect(applyEdit(samplePractice(), leave, ctx)).toMatchInlineSnapshot(`
        {
          "error": {
            "code": "forbidden",
            "message": "A system actor may edit only where the context sets allowSystemActors.",
          },
          "ok": false,
        }
      `);
    }
  });

  it("still checks member actors when system actors are allowed", () => {
    const result = applyEdit(samplePractice(), leave, { actor: "kjones", at: AT, allowSystemActors: true });
    expect(result.ok || result.error.code).toBe("forbidden");
  });

  it("answers invalid_edit for a malformed system actor or allowSystemActors, even when not allowed", () => {
    const contexts: unknown[] = [
      { actor: { system: "bad name!" }, allowSystemActors: true },
      { actor: { system: "hr-sync", role: "admin" } },
      { actor: {} },
      { actor: "jsmith", allowSystemActors: "yes" },
    ];
    expect(
      contexts.map((ctx) => {
        const result = applyEdit(samplePractice(), leave, ctx as EditContext);
        return result.ok || result.error.code !== "invalid_edit" ? result : [result.error.path, result.error.message];
      }),
    ).toMatchInlineSnapshot(`
      [
        [
          [
            "actor",
            "system",
          ],
          "Expected a system name: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit.",
        ],
        [
          [
            "actor",
            "role",
          ],
          "A system actor has only the field system.",
        ],
        [
          [
            "actor",
            "system",
          ],
          "Expected a system name: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit.",
        ],
        [
          [
            "allowSystemActors",
          ],
          "Expected true or false.",
        ],
      ]
    `);
  });

  it("lets a system actor undo and redo", () => {
    const done = applyEdit(samplePractice(), leave, hrSync);
    const undone = done.ok ? revertEdit(done.practice, done, hrSync) : done;
    expect(undone.ok && [undone.audit.actor, undone.audit.summary]).toMatchInlineSnapshot(`
      [
        {
          "system": "hr-sync",
        },
        "System hr-sync undid: System hr-sync deactivated Kim Jones.",
      ]
    `);
    expect(done.ok && revertEdit(done.practice, done, { ...hrSync, allowSystemActors: false }).ok).toBe(false);
  });
});
