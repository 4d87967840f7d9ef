import type * as z from "zod/mini";
import { LIMITS } from "../model/limits.js";
import type { Issue, IssuePath, ParseIssueCode } from "../model/types.js";
import { UNREADABLE } from "./snapshot.js";

// Turns zod issues into ours. Our own checks (ids, timestamps, name lengths) carry our code and message in
// their params (see `CheckParams`); zod's structural codes (type, enum, size, unknown key, record key) say by
// themselves what failed. Whether a field was absent is read from the value zod reports with the issue
// (parse with `ZOD_CONTEXT`). Zod's message text is never read: a host app may rewrite it.

/** The params of a check of ours: a failed check becomes a zod `custom` issue carrying our code and message. */
export interface CheckParams {
  readonly code: "invalid_id" | "invalid_timestamp" | "limit_exceeded" | "invalid_type";
  readonly message: string;
}

/** The parse context every schema of ours runs with: issues report the value they are about. */
export const ZOD_CONTEXT = { reportInput: true } as const;

/** The messages of structural issues; none depends on the value. */
export const ZOD_MESSAGES = {
  required: "This field is required.",
  unknownField: "This field is not part of the format.",
  id: "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
  idKey:
    "This key is not a valid id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
  timestamp: "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
  nameTooLong: `Longer than the limit of ${LIMITS.nameLength} characters.`,
  timeZoneTooLong: `Longer than the limit of ${LIMITS.timeZoneLength} characters.`,
  version: "Expected one of: 1, 2.",
  period: 'Expected an opening period: two "HH:MM" strings, [open, close].',
  empty: "Must not be empty.",
  emptyCell: "Must list at least one recipient.",
  negative: "Must be zero or more.",
  invalid: "This value is not valid here.",
} as const;

type ParseIssue = Issue<ParseIssueCode>;

const issue = (code: ParseIssueCode, path: IssuePath, message: string): ParseIssue => ({
  code,
  severity: "error",
  path,
  message,
});

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

/**
 * The value an issue is about, `undefined` when the field is absent. Zod reports it with `ZOD_CONTEXT` (a
 * discriminated union reports the object, at the path of its discriminator); without, it is read from `root`.
 */
function valueAt(zodIssue: z.core.$ZodIssue, root: unknown): unknown {
  if (!Object.hasOwn(zodIssue, "input")) return zodIssue.path.reduce(ownValue, root);
  const discriminator = zodIssue.code === "invalid_union" ? zodIssue.discriminator : undefined;
  return discriminator === undefined ? zodIssue.input : ownValue(zodIssue.input, discriminator);
}

/**
 * Turns one zod issue into our issues (one, or one per unknown key). Reads only zod's structured fields and
 * our own params, never its message. `root` (the value parsed) is needed only for issues parsed without
 * {@link ZOD_CONTEXT}.
 */
export function mapZodIssue(zodIssue: z.core.$ZodIssue, root?: unknown): ParseIssue[] {
  const path = zodIssue.path.map((key) => (typeof key === "number" ? key : String(key)));
  switch (zodIssue.code) {
    case "custom": {
      const params = zodIssue.params as CheckParams | undefined;
      return [issue(params?.code ?? "invalid_type", path, params?.message ?? ZOD_MESSAGES.invalid)];
    }
    case "invalid_type": {
      const value = valueAt(zodIssue, root);
      if (value === undefined && path.length > 0) return [issue("missing_field", path, ZOD_MESSAGES.required)];
      const expected = EXPECTED[zodIssue.expected] ?? "another type";
      return [issue("invalid_type", path, `Expected ${expected}, got ${describeValue(value)}.`)];
    }
    case "invalid_value":
    case "invalid_union": {
      if (valueAt(zodIssue, root) === undefined) return [issue("missing_field", path, ZOD_MESSAGES.required)];
      const options =
        zodIssue.code === "invalid_value" ? zodIssue.values : "options" in zodIssue ? zodIssue.options : [];
      return [issue("invalid_type", path, `Expected one of: ${options.map(String).join(", ")}.`)];
    }
    case "too_big":
      return zodIssue.origin === "array"
        ? [issue("limit_exceeded", path, `More than the limit of ${String(zodIssue.maximum)} entries.`)]
        : [issue("invalid_type", path, `Must be at most ${String(zodIssue.maximum)}.`)];
    case "too_small": {
      const origin = zodIssue.origin;
      const message =
        origin === "string"
          ? ZOD_MESSAGES.empty
          : origin === "array"
            ? ZOD_MESSAGES.emptyCell
            : Number(zodIssue.minimum) > 0
              ? `Must be at least ${String(zodIssue.minimum)}.`
              : ZOD_MESSAGES.negative;
      return [issue("invalid_type", path, message)];
    }
    case "invalid_key":
      return [issue("invalid_id", path, ZOD_MESSAGES.idKey)];
    case "unrecognized_keys":
      return zodIssue.keys.map((key) => issue("unknown_field", [...path, key], ZOD_MESSAGES.unknownField));
    case "invalid_format":
    case "invalid_element":
    case "not_multiple_of":
      return [issue("invalid_type", path, ZOD_MESSAGES.invalid)];
    default: {
      const unreachable: never = zodIssue;
      return unreachable;
    }
  }
}

/** An own property of a plain value (parsed data: no getters), or `undefined`. */
function ownValue(node: unknown, key: PropertyKey): unknown {
  if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
  return (node as Record<PropertyKey, unknown>)[key];
}
