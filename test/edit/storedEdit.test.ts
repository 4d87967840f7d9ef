import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import { parseStoredEdit } from "../../src/edit/parseStoredEdit.js";
import { revertEdit } from "../../src/edit/revertEdit.js";
import type { EditResult, EditSuccess, StoredEdit } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { AT, isDeeplyFrozen } from "./helpers.js";

const ctx = { actor: "jsmith", at: AT };

function succeeded(result: EditResult): EditSuccess {
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** What a backend stores and reads back: the audit entry's fields and the patches, through JSON. */
function row(result: EditSuccess): unknown {
  return JSON.parse(
    JSON.stringify({ ...result.audit, patches: result.patches, inversePatches: result.inversePatches }),
  );
}

function stored(result: EditSuccess): StoredEdit {
  const parsed = parseStoredEdit(row(result));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.storedEdit;
}

const offEdit = edits.setMessaging({ enabled: false });

describe("parseStoredEdit", () => {
  it("reads back a stored edit as a fresh frozen copy, leaving its input untouched", () => {
    const forward = succeeded(applyEdit(samplePractice(), offEdit, ctx));
    const input = row(forward);
    const copy = structuredClone(input);
    const parsed = parseStoredEdit(input);
    expect(parsed).toEqual({ ok: true, storedEdit: input });
    expect(parsed.ok && parsed.storedEdit).not.toBe(input);
    expect(isDeeplyFrozen(parsed)).toBe(true);
    expect(input).toEqual(copy);
  });

  it("reads a revert's record and a system actor", () => {
    const forward = succeeded(applyEdit(samplePractice(), offEdit, ctx));
    const system = { actor: { system: "hr-sync" }, at: AT, allowSystemActors: true };
    const undone = succeeded(revertEdit(forward.practice, forward, system));
    expect(parseStoredEdit(row(undone))).toEqual({ ok: true, storedEdit: row(undone) });
  });

  it("reports every issue, without repeating input values, and never throws", () => {
    const forward = row(succeeded(applyEdit(samplePractice(), offEdit, ctx))) as Record<string, unknown>;
    const bad = {
      ...forward,
      at: "yesterday",
      actor: { system: "bad name!" },
      revision: -1,
      patches: [{ op: "move", path: [] }],
      inversePatches: undefined,
      extra: 1,
    };
    expect(parseStoredEdit(bad)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_timestamp",
            "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
            "path": [
              "at",
            ],
            "severity": "error",
          },
          {
            "code": "invalid_id",
            "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
            "path": [
              "actor",
              "system",
            ],
            "severity": "error",
          },
          {
            "code": "invalid_type",
            "message": "Must be zero or more.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
          {
            "code": "invalid_type",
            "message": "Expected one of: replace, remove, add.",
            "path": [
              "patches",
              0,
              "op",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "inversePatches",
            ],
            "severity": "error",
          },
          {
            "code": "unknown_field",
            "message": "This field is not part of the format.",
            "path": [
              "extra",
            ],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
    const getter = Object.defineProperty({ ...forward }, "summary", {
      enumerable: true,
      get() {
        throw new Error("getter called");
      },
    });
    expect(parseStoredEdit(getter).ok).toBe(false);
    const withProto = JSON.parse(JSON.stringify(forward).replace('"summary"', '"__proto__":{},"summary"'));
    expect(parseStoredEdit(withProto)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a stored edit.",
            "path": [
              "__proto__",
            ],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
    expect(parseStoredEdit(null)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_type",
            "message": "Expected an object, got null.",
            "path": [],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
  });
});

describe("revertEdit from storage", () => {
  it("undoes and redoes from stored edits alone, naming the original edit once", () => {
    const forward = succeeded(applyEdit(samplePractice(), offEdit, ctx));
    const undone = succeeded(revertEdit(forward.practice, stored(forward), ctx));
    const redone = succeeded(revertEdit(undone.practice, stored(undone), ctx));
    const again = succeeded(revertEdit(redone.practice, stored(redone), ctx));
    expect(
      [forward, undone, redone, again].map((result) => [
        result.practice.messaging.patientInitiated,
        result.practice.revision,
        result.audit.summary,
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          false,
          1,
          "Jane Smith turned patient-initiated messaging off.",
        ],
        [
          true,
          2,
          "Jane Smith undid: Jane Smith turned patient-initiated messaging off.",
        ],
        [
          false,
          3,
          "Jane Smith redid: Jane Smith turned patient-initiated messaging off.",
        ],
        [
          true,
          4,
          "Jane Smith undid: Jane Smith turned patient-initiated messaging off.",
        ],
      ]
    `);
    expect(again.audit.edit).toMatchInlineSnapshot(`
      {
        "action": "undo",
        "originalSummary": "Jane Smith turned patient-initiated messaging off.",
        "revision": 3,
        "type": "revert",
      }
    `);
  });

  it("gives the same answer for a stored edit as for the result it was stored from, leaving both untouched", () => {
    const forward = succeeded(applyEdit(samplePractice(), offEdit, ctx));
    const input = row(forward) as StoredEdit;
    const copy = structuredClone(input);
    expect(revertEdit(forward.practice, input, ctx)).toEqual(revertEdit(forward.practice, forward, ctx));
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("names an original edit that changed nothing without the No change prefix", () => {
    const nothing = succeeded(applyEdit(samplePractice(), edits.setReplies({ enabled: true }), ctx));
    const undone = succeeded(revertEdit(nothing.practice, stored(nothing), ctx));
    expect([nothing.audit.summary, undone.changed, undone.audit.summary]).toMatchInlineSnapshot(`
      [
        "No change: Jane Smith turned patient replies on.",
        false,
        "No change: Jane Smith undid: Jane Smith turned patient replies on.",
      ]
    `);
  });

  it("refuses a malformed stored edit with parseStoredEdit's issues after its own", () => {
    const forward = succeeded(applyEdit(samplePractice(), offEdit, ctx));
    const answer = revertEdit(forward.practice, { ...stored(forward), revision: 1.5 }, ctx);
    expect(answer).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "invalid_edit",
          "issues": [
            {
              "code": "invalid_edit",
              "message": "This stored edit is incomplete or altered, so it cannot be undone.",
              "path": [],
              "severity": "error",
            },
            {
              "code": "invalid_type",
              "message": "Expected an integer, got a non-integer number.",
              "path": [
                "revision",
              ],
              "severity": "error",
            },
          ],
          "message": "This stored edit is incomplete or altered, so it cannot be undone.",
          "path": [],
        },
        "ok": false,
      }
    `);
  });
});
