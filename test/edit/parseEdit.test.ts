import { describe, expect, it } from "vitest";
import { EDIT_TYPES, parseEdit } from "../../src/edit/schema.js";

const error = (input: unknown) => {
  const result = parseEdit(input);
  return result.ok ? result : { path: result.error.path, message: result.error.message };
};

describe("parseEdit", () => {
  it("returns a fresh frozen copy of a well-formed edit", () => {
    const input = {
      type: "set_route",
      providerId: null,
      category: "referrals",
      recipients: [{ type: "assigned_provider" }],
    };
    const result = parseEdit(input);
    expect(result).toEqual({ ok: true, edit: input });
    expect(result.ok && result.edit).not.toBe(input);
    expect(result.ok && Object.isFrozen(result.edit.type === "set_route" && result.edit.recipients)).toBe(true);
  });

  it("knows the thirteen edit types", () => {
    expect(EDIT_TYPES).toMatchInlineSnapshot(`
      [
        "set_messaging",
        "set_replies",
        "set_category_enabled",
        "set_route",
        "set_route_for_all_providers",
        "copy_routing",
        "replace_member",
        "upsert_member",
        "set_member_active",
        "upsert_group",
        "remove_group",
        "add_coverage",
        "remove_coverage",
      ]
    `);
  });

  it("points at what is wrong, without repeating input values", () => {
    expect(error(null)).toMatchInlineSnapshot(`
      {
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error([])).toMatchInlineSnapshot(`
      {
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error({ type: "drop_table" })).toMatchInlineSnapshot(`
      {
        "message": "Expected one of the edit types: set_messaging, set_replies, set_category_enabled, set_route, set_route_for_all_providers, copy_routing, replace_member, upsert_member, set_member_active, upsert_group, remove_group, add_coverage, remove_coverage.",
        "path": [
          "type",
        ],
      }
    `);
    expect(error({ type: "set_messaging" })).toMatchInlineSnapshot(`
      {
        "message": "This field is required.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error({ type: "set_messaging", enabled: true, secret: "x" })).toMatchInlineSnapshot(`
      {
        "message": "This field is not part of the format.",
        "path": [
          "secret",
        ],
      }
    `);
    expect(error({ type: "set_category_enabled", category: "billing", enabled: true })).toMatchInlineSnapshot(`
      {
        "message": "Expected one of: appointments, referrals, prescriptions, test_results, general_inquiry, health_question.",
        "path": [
          "category",
        ],
      }
    `);
    expect(
      error({ type: "set_route", providerId: "bad id!", category: "referrals", recipients: [] }),
    ).toMatchInlineSnapshot(`
      {
        "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(error({ type: "set_route", category: "referrals", recipients: [] })).toMatchInlineSnapshot(`
      {
        "message": "This field is required.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(
      error({ type: "set_route", providerId: "a", category: "referrals", recipients: [{ type: "member" }] }),
    ).toMatchInlineSnapshot(`
      {
        "message": "This field is required.",
        "path": [
          "recipients",
          0,
          "id",
        ],
      }
    `);
    expect(
      error({
        type: "set_route",
        providerId: "a",
        category: "referrals",
        recipients: Array.from({ length: 51 }, () => ({ type: "assigned_provider" })),
      }),
    ).toMatchInlineSnapshot(`
      {
        "message": "More than the limit of 50 entries.",
        "path": [
          "recipients",
        ],
      }
    `);
    expect(
      error({ type: "upsert_member", id: "a", member: { name: "", role: "staff", admin: false, active: true } }),
    ).toMatchInlineSnapshot(`
      {
        "message": "Must not be empty.",
        "path": [
          "member",
          "name",
        ],
      }
    `);
    expect(
      error({
        type: "upsert_member",
        id: "a",
        member: { name: "x".repeat(201), role: "staff", admin: false, active: true },
      }),
    ).toMatchInlineSnapshot(`
      {
        "message": "Longer than the limit of 200 characters.",
        "path": [
          "member",
          "name",
        ],
      }
    `);
    expect(
      error({
        type: "add_coverage",
        id: "c2",
        coverage: { member: "a", from: "tomorrow", until: "2026-01-01T00:00:00Z", coveredBy: "b" },
      }),
    ).toMatchInlineSnapshot(`
      {
        "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
        "path": [
          "coverage",
          "from",
        ],
      }
    `);
    expect(error({ type: "remove_group", id: "constructor" })).toMatchInlineSnapshot(`
      {
        "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
        "path": [
          "id",
        ],
      }
    `);
    expect(error({ type: "copy_routing", from: "a", to: "b" })).toMatchInlineSnapshot(`
      {
        "message": "Expected an array, got a string.",
        "path": [
          "to",
        ],
      }
    `);
    expect(
      error({ type: "set_route_for_all_providers", category: "referrals", recipients: [], mode: "all" }),
    ).toMatchInlineSnapshot(`
      {
        "message": "Expected one of: replace, add, fill_empty.",
        "path": [
          "mode",
        ],
      }
    `);
    expect(error({ type: "set_replies", enabled: 1 })).toMatchInlineSnapshot(`
      {
        "message": "Expected true or false, got a number.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error({ type: "remove_coverage", id: 7 })).toMatchInlineSnapshot(`
      {
        "message": "Expected a string, got a number.",
        "path": [
          "id",
        ],
      }
    `);
  });

  it("never throws, whatever the input", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const getter = Object.defineProperty({ type: "set_messaging" }, "enabled", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    expect(error(trap)).toMatchInlineSnapshot(`
      {
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error(getter)).toMatchInlineSnapshot(`
      {
        "message": "Expected true or false, got a value that is not plain JSON data.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error(JSON.parse('{"type":"set_messaging","enabled":true,"__proto__":{}}'))).toMatchInlineSnapshot(`
      {
        "message": "This key is not allowed anywhere in an edit.",
        "path": [
          "__proto__",
        ],
      }
    `);
    expect(error({ type: "copy_routing", from: "a", to: new Array(60_000).fill("a") })).toMatchInlineSnapshot(`
      {
        "message": "More than the limit of 50000 entries.",
        "path": [
          "to",
        ],
      }
    `);
  });
});
