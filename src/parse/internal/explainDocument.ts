import { deepFreeze } from "../../internal/freeze.js";
import { mapZodIssue, ZOD_CONTEXT } from "../../internal/zodIssues.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Issue, IssuePath, ParseIssueCode, Practice } from "../../model/types.js";
import type { ParseResult } from "../parsePractice.js";
import { PracticeDocumentSchema } from "../schema.js";
import { MESSAGES, parseIssue } from "./issues.js";

const RECORD_FIELDS = [
  ["members", LIMITS.members],
  ["groups", LIMITS.groups],
  ["coverage", LIMITS.coverage],
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks plain data (a snapshot, or what `JSON.parse` returned) with the zod schemas and says what is wrong;
 * the slow path, taken when `readPractice` refuses the data. `forbiddenKeys` are the paths of forbidden keys
 * found while the data was read; they come first.
 */
export function explainDocument(root: unknown, forbiddenKeys: readonly IssuePath[]): ParseResult {
  const issues: Issue<ParseIssueCode>[] = forbiddenKeys.map((path) =>
    parseIssue("forbidden_key", path, MESSAGES.forbiddenKey),
  );
  if (isRecord(root)) {
    const version = root.schemaVersion;
    if (typeof version === "number" && version !== 1) {
      return { ok: false, issues: [parseIssue("unsupported_version", ["schemaVersion"], MESSAGES.version)] };
    }
    for (const [field, max] of RECORD_FIELDS) {
      const value = root[field];
      if (isRecord(value) && Object.keys(value).length > max) {
        issues.push(parseIssue("limit_exceeded", [field], `More than the limit of ${max} entries.`));
      }
    }
    if (issues.some((issue) => issue.code === "limit_exceeded")) return { ok: false, issues };
  }
  const parsed = PracticeDocumentSchema.safeParse(root, ZOD_CONTEXT);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) issues.push(...mapZodIssue(zodIssue));
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
