import { deepFreeze } from "../../internal/freeze.js";
import { MAX_ISSUES } from "../../internal/issueCap.js";
import { practiceSchemas } from "../../internal/practiceSchemas.js";
import { mapZodIssue, ZOD_CONTEXT } from "../../internal/zodIssues.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Issue, IssuePath, ParseIssueCode, Practice } from "../../model/types.js";
import type { ParseResult } from "../parsePractice.js";
import { MESSAGES, parseFailure, parseIssue, parseSuccess } from "./issues.js";

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
      return parseFailure([parseIssue("unsupported_version", ["schemaVersion"], MESSAGES.version)]);
    }
    for (const [field, max] of RECORD_FIELDS) {
      const value = root[field];
      if (isRecord(value) && Object.keys(value).length > max) {
        issues.push(parseIssue("limit_exceeded", [field], `More than the limit of ${max} entries.`));
      }
    }
    if (issues.some((issue) => issue.code === "limit_exceeded")) return parseFailure(issues);
  }
  const parsed = practiceSchemas().PracticeDocumentSchema.safeParse(root, ZOD_CONTEXT);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      if (issues.length > MAX_ISSUES) break; // enough to say that there are more
      issues.push(...mapZodIssue(zodIssue).slice(0, MAX_ISSUES + 1));
    }
  }
  if (issues.length > 0 || !parsed.success) return parseFailure(issues);
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
  return parseSuccess(deepFreeze(practice));
}
