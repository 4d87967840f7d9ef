import type * as z from "zod";
import type { Issue, IssuePath, ParseIssueCode } from "../../model/types.js";
import { UNREADABLE } from "./snapshot.js";

type ParseIssue = Issue<ParseIssueCode>;

/** Builds a parse issue (always an error). */
export function parseIssue(code: ParseIssueCode, path: IssuePath, message: string): ParseIssue {
  return { code, severity: "error", path, message };
}

const TIMESTAMP_FIELDS = new Set(["from", "until"]);

const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  record: "an object",
};

function describeValue(value: unknown): string {
  if (value === UNREADABLE) return "a value that is not plain JSON data";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isInteger(value)) return "a non-integer number";
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
      return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/**
 * Turns one zod issue into our issues. Only zod's structured fields are read (codes, bounds, our own
 * enum values, the path); its message text never is.
 */
export function mapZodIssue(issue: z.core.$ZodIssue, root: unknown): ParseIssue[] {
  const path = toPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const at = valueAt(root, issue.path);
      if (!at.found || at.value === undefined) return [parseIssue("missing_field", path, "This field is required.")];
      const expected = EXPECTED[issue.expected] ?? "another type";
      return [parseIssue("invalid_type", path, `Expected ${expected}, got ${describeValue(at.value)}.`)];
    }
    case "too_big":
      return [
        parseIssue(
          "limit_exceeded",
          path,
          issue.origin === "string"
            ? `Longer than the limit of ${String(issue.maximum)} characters.`
            : `More than the limit of ${String(issue.maximum)} entries.`,
        ),
      ];
    case "too_small":
      return [
        parseIssue(
          "invalid_type",
          path,
          issue.origin === "string"
            ? "Must not be empty."
            : issue.origin === "array"
              ? "Must list at least one recipient."
              : "Must be zero or more.",
        ),
      ];
    case "invalid_format":
    case "custom":
    case "invalid_key": {
      const last = path[path.length - 1];
      if (issue.code !== "invalid_key" && typeof last === "string" && TIMESTAMP_FIELDS.has(last)) {
        return [
          parseIssue(
            "invalid_timestamp",
            path,
            "Expected an ISO 8601 date-time with Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          ),
        ];
      }
      return [
        parseIssue(
          "invalid_id",
          path,
          "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not a reserved word.",
        ),
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        parseIssue("unknown_field", [...path, key], "This field is not part of the format."),
      );
    case "invalid_union": {
      const at = valueAt(root, issue.path);
      if (!at.found) return [parseIssue("missing_field", path, "This field is required.")];
      return [parseIssue("invalid_type", path, "Expected one of: member, group, assigned_provider.")];
    }
    case "invalid_value": {
      const at = valueAt(root, issue.path);
      if (!at.found) return [parseIssue("missing_field", path, "This field is required.")];
      if (path.length === 1 && path[0] === "schemaVersion" && typeof at.value === "number") {
        return [parseIssue("unsupported_version", path, "Only schemaVersion 1 is supported.")];
      }
      const allowed = issue.values.map((value) => String(value)).join(", ");
      return [parseIssue("invalid_type", path, `Expected one of: ${allowed}.`)];
    }
    default:
      return [parseIssue("invalid_type", path, "This value is not valid here.")];
  }
}
