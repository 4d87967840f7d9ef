import type * as z from "zod";
import { LIMITS } from "../../model/limits.js";
import type { IssuePath } from "../../model/types.js";

const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  null: "null",
};

const TIMESTAMP_FIELDS = new Set(["from", "until"]);

function has(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

/** Turns a zod issue into our path and message; zod's own message text is never read. */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): { path: IssuePath; message: string } {
  const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
  switch (issue.code) {
    case "invalid_type":
      if (!has(root, issue.path)) return { path, message: "This field is required." };
      return { path, message: `Expected ${EXPECTED[issue.expected] ?? "another type"}.` };
    case "unrecognized_keys":
      return { path: [...path, ...issue.keys.slice(0, 1)], message: "This field is not part of the edit." };
    case "invalid_value":
      if (!has(root, issue.path)) return { path, message: "This field is required." };
      return { path, message: `Expected one of: ${issue.values.map(String).join(", ")}.` };
    case "too_big":
      return {
        path,
        message:
          issue.origin === "string"
            ? `Longer than the limit of ${String(issue.maximum)} characters.`
            : `More than the limit of ${String(issue.maximum)} entries.`,
      };
    case "too_small":
      return { path, message: "Must not be empty." };
    case "invalid_format":
    case "custom": {
      if ((issue as { params?: { code?: string } }).params?.code === "name_too_long") {
        return { path, message: `Longer than the limit of ${LIMITS.nameLength} characters.` };
      }
      const last = path[path.length - 1];
      if (typeof last === "string" && TIMESTAMP_FIELDS.has(last)) {
        return { path, message: "Expected an ISO 8601 date-time with Z or an offset, e.g. 2026-12-01T00:00:00Z." };
      }
      return {
        path,
        message:
          "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not a reserved word.",
      };
    }
    case "invalid_union":
      if (!has(root, issue.path)) return { path, message: "This field is required." };
      return { path, message: "Expected a recipient of type member, group or assigned_provider." };
    default:
      return { path, message: "This value is not valid here." };
  }
}
