import { deepFreeze } from "../internal/freeze.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import { LIMITS } from "../model/limits.js";
import type { Issue, ParseIssueCode, Practice } from "../model/types.js";
import { MESSAGES, mapZodIssue, parseIssue } from "./internal/issues.js";
import { takeSnapshot } from "./internal/snapshot.js";
import { PracticeDocumentSchema } from "./schema.js";

/** The result of {@link parsePractice} and {@link parsePracticeJson}. */
export type ParseResult =
  | {
      /** The document is structurally valid. */
      readonly ok: true;
      /** The parsed practice: fresh and deeply frozen. */
      readonly practice: Practice;
    }
  | {
      /** The document was rejected. */
      readonly ok: false;
      /** At least one issue, each of severity `"error"`. */
      readonly issues: readonly Issue<ParseIssueCode>[];
    };

const RECORD_FIELDS = [
  ["members", LIMITS.members],
  ["groups", LIMITS.groups],
  ["coverage", LIMITS.coverage],
] as const;

/**
 * Checks a value against config format schemaVersion 1 and returns a fresh, deeply frozen practice.
 *
 * Checks structure, limits and forbidden keys only; semantics (unknown members, cycles…) are
 * {@link validatePractice}'s job. Never throws and never mutates `input`, whatever it is: only own
 * enumerable data properties of plain objects and arrays are read, getters are never called.
 * Normalises two things: omitted `groups` and `coverage` become `{}`, and
 * `messaging.disabledCategories` comes back in category order without repeats.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @returns `{ok: true, practice}` or `{ok: false, issues}` with structural codes.
 * @example
 * ```ts
 * const result = parsePractice({ schemaVersion: 2 });
 * result.ok ? "ok" : result.issues[0]?.code;
 * //=> "unsupported_version"
 * ```
 */
export function parsePractice(input: unknown): ParseResult {
  const snapshot = takeSnapshot(input);
  if (snapshot.tooLarge) return { ok: false, issues: [parseIssue("limit_exceeded", [], MESSAGES.documentTooLarge)] };
  const issues: Issue<ParseIssueCode>[] = snapshot.forbiddenKeys.map((path) =>
    parseIssue("forbidden_key", path, MESSAGES.forbiddenKey),
  );
  const root = snapshot.value;
  if (typeof root === "object" && root !== null && !Array.isArray(root)) {
    const record = root as Record<string, unknown>;
    const version = record.schemaVersion;
    if (typeof version === "number" && version !== 1) {
      return {
        ok: false,
        issues: [parseIssue("unsupported_version", ["schemaVersion"], MESSAGES.version)],
      };
    }
    for (const [field, max] of RECORD_FIELDS) {
      const value = record[field];
      if (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length > max) {
        issues.push(parseIssue("limit_exceeded", [field], `More than the limit of ${max} entries.`));
      }
    }
    if (issues.some((issue) => issue.code === "limit_exceeded")) return { ok: false, issues };
  }
  const parsed = PracticeDocumentSchema.safeParse(root);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) issues.push(...mapZodIssue(zodIssue, root));
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const document = parsed.data;
  const disabled = new Set<MessageCategory>(document.messaging.disabledCategories);
  const practice: Practice = {
    schemaVersion: 1,
    id: document.id,
    name: document.name,
    revision: document.revision + 0, // -0 becomes 0
    messaging: {
      patientInitiated: document.messaging.patientInitiated,
      patientReplies: document.messaging.patientReplies,
      disabledCategories: MESSAGE_CATEGORIES.filter((category) => disabled.has(category)),
    },
    members: document.members,
    groups: document.groups ?? {},
    routing: document.routing,
    defaultRouting: document.defaultRouting,
    coverage: document.coverage ?? {},
  };
  return { ok: true, practice: deepFreeze(practice) };
}
