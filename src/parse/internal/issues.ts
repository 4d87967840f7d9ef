import type * as z from "zod";
import { LIMITS } from "../../model/limits.js";
import type { Issue, IssuePath, ParseIssueCode } from "../../model/types.js";
import { UNREADABLE } from "./snapshot.js";

type ParseIssue = Issue<ParseIssueCode>;

/** Builds a parse issue (always an error). */
export function parseIssue(code: ParseIssueCode, path: IssuePath, message: string): ParseIssue {
  return { code, severity: "error", path, message };
}

/** The messages that do not depend on the value; every parse message is one of these or built below. */
export const MESSAGES = {
  required: "This field is required.",
  unknownField: "This field is not part of the format.",
  forbiddenKey: "This key is not allowed anywhere in a config.",
  id: "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
  idKey:
    "This key is not a valid id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
  timestamp: "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
  version: "Only schemaVersion 1 is supported.",
  empty: "Must not be empty.",
  emptyCell: "Must list at least one recipient.",
  negative: "Must be zero or more.",
  invalid: "This value is not valid here.",
  json: "The text is not well-formed JSON.",
  jsonText: "Expected JSON text (a string).",
  textTooLarge: "The JSON text is larger than the 32 MiB limit.",
  documentTooLarge: "The document is larger than the 32 MiB limit once written as compact JSON.",
} as const;

/** Our own parameters of refinements, carried on zod's `custom` issues. */
export interface CustomParams {
  readonly code: "invalid_id" | "name_too_long";
}

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
  if (value === undefined) return "no value";
  if (typeof value === "number") {
    if (Number.isInteger(value)) return "a number";
    return Number.isFinite(value) ? "a non-integer number" : "a non-finite number";
  }
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
      return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: node !== undefined, value: node }; // an undefined field is absent, as in JSON.stringify
}

/** `from` / `until` of a coverage entry: `["coverage", id, "from"]` in a practice, `["coverage", "from"]` in an edit. */
const isTimestampPath = (path: IssuePath): boolean => {
  const last = path[path.length - 1];
  return (last === "from" || last === "until") && path.slice(-3, -1).includes("coverage");
};

/**
 * Turns one zod issue into our issues. Only zod's structured fields are read (codes, bounds, our own
 * enum values, the path); its message text never is, nor the input it may carry.
 */
export function mapZodIssue(issue: z.core.$ZodIssue, root: unknown): ParseIssue[] {
  const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
  switch (issue.code) {
    case "invalid_type": {
      const at = valueAt(root, issue.path);
      if (!at.found && path.length > 0) return [parseIssue("missing_field", path, MESSAGES.required)];
      const expected = EXPECTED[issue.expected] ?? "another type";
      return [parseIssue("invalid_type", path, `Expected ${expected}, got ${describeValue(at.value)}.`)];
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "array") {
        return [parseIssue("limit_exceeded", path, `More than the limit of ${max} entries.`)];
      }
      return [parseIssue("invalid_type", path, `Must be at most ${max}.`)];
    }
    case "too_small": {
      const message =
        issue.origin === "string" ? MESSAGES.empty : issue.origin === "array" ? MESSAGES.emptyCell : MESSAGES.negative;
      return [parseIssue("invalid_type", path, message)];
    }
    case "invalid_format":
      return isTimestampPath(path)
        ? [parseIssue("invalid_timestamp", path, MESSAGES.timestamp)]
        : [parseIssue("invalid_id", path, MESSAGES.id)];
    case "custom": {
      const params = issue.params as CustomParams | undefined;
      return params?.code === "name_too_long"
        ? [parseIssue("limit_exceeded", path, `Longer than the limit of ${LIMITS.nameLength} characters.`)]
        : [parseIssue("invalid_id", path, MESSAGES.id)];
    }
    case "invalid_key":
      return [parseIssue("invalid_id", path, MESSAGES.idKey)];
    case "unrecognized_keys":
      return issue.keys.map((key) => parseIssue("unknown_field", [...path, key], MESSAGES.unknownField));
    case "invalid_union": {
      if (!valueAt(root, issue.path).found) return [parseIssue("missing_field", path, MESSAGES.required)];
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      return [parseIssue("invalid_type", path, `Expected one of: ${options.join(", ")}.`)];
    }
    case "invalid_value": {
      const at = valueAt(root, issue.path);
      if (!at.found) return [parseIssue("missing_field", path, MESSAGES.required)];
      if (path.length === 1 && path[0] === "schemaVersion" && typeof at.value === "number") {
        return [parseIssue("unsupported_version", path, MESSAGES.version)];
      }
      return [parseIssue("invalid_type", path, `Expected one of: ${issue.values.map(String).join(", ")}.`)];
    }
    case "invalid_element":
    case "not_multiple_of":
      return [parseIssue("invalid_type", path, MESSAGES.invalid)];
    default: {
      const unreachable: never = issue;
      return unreachable;
    }
  }
}
