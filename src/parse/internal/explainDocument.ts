import type * as z from "zod/mini";
import { deepFreeze } from "../../internal/freeze.js";
import { MAX_ISSUES } from "../../internal/issueCap.js";
import { practiceSchemas } from "../../internal/practiceSchemas.js";
import { mapZodIssue, ZOD_CONTEXT, ZOD_MESSAGES } from "../../internal/zodIssues.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Issue, IssuePath, ParseIssueCode, Practice } from "../../model/types.js";
import type { ParseResult } from "../parsePractice.js";
import { MESSAGES, parseFailure, parseIssue, parseSuccess } from "./issues.js";

const RECORD_FIELDS = [
  ["members", LIMITS.members],
  ["groups", LIMITS.groups],
  ["coverage", LIMITS.coverage],
  ["locations", LIMITS.locations],
  ["locationRouting", LIMITS.locations],
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
    if (typeof version === "number" && version !== 1 && version !== 2) {
      return parseFailure([parseIssue("unsupported_version", ["schemaVersion"], MESSAGES.version)]);
    }
    const closures = isRecord(root.schedule) ? root.schedule.closures : undefined;
    const records: [IssuePath, unknown, number][] = [
      ...RECORD_FIELDS.map(([field, max]): [IssuePath, unknown, number] => [[field], root[field], max]),
      [["schedule", "closures"], closures, LIMITS.closures],
    ];
    for (const [path, value, max] of records) {
      if (isRecord(value) && Object.keys(value).length > max) {
        issues.push(parseIssue("limit_exceeded", path, `More than the limit of ${max} entries.`));
      }
    }
    if (issues.some((issue) => issue.code === "limit_exceeded")) return parseFailure(issues);
  }
  const schemas = practiceSchemas();
  const schema =
    isRecord(root) && root.schemaVersion === 1 ? schemas.PracticeDocumentV1Schema : schemas.PracticeDocumentSchema;
  const parsed = schema.safeParse(root, ZOD_CONTEXT);
  // No version to go by: the document is checked as version 2, and its version said to be 1 or 2.
  const unversioned = isRecord(root) && root.schemaVersion !== 1 && root.schemaVersion !== 2;
  if (unversioned) {
    issues.push(
      root.schemaVersion === undefined
        ? parseIssue("missing_field", ["schemaVersion"], ZOD_MESSAGES.required)
        : parseIssue("invalid_type", ["schemaVersion"], ZOD_MESSAGES.version),
    );
  }
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      if (unversioned && zodIssue.path.length === 1 && zodIssue.path[0] === "schemaVersion") continue;
      if (issues.length > MAX_ISSUES) break; // enough to say that there are more
      issues.push(...mapZodIssue(zodIssue).slice(0, MAX_ISSUES + 1));
    }
  }
  if (issues.length > 0 || !parsed.success) return parseFailure(issues);
  const document = parsed.data as z.output<typeof schemas.PracticeDocumentSchema>;
  const disabled = new Set<MessageCategory>(document.messaging.disabledCategories);
  const { showRecipientsToPatients, responseBusinessDays, eligibility } = document.messaging;
  const practice: Record<string, unknown> = {
    schemaVersion: 2,
    id: document.id,
    name: document.name,
    revision: document.revision + 0, // -0 becomes 0
    timeZone: document.timeZone ?? "UTC",
    messaging: {
      patientInitiated: document.messaging.patientInitiated,
      patientReplies: document.messaging.patientReplies,
      disabledCategories: MESSAGE_CATEGORIES.filter((category) => disabled.has(category)),
      ...(showRecipientsToPatients === undefined ? {} : { showRecipientsToPatients }),
      ...(responseBusinessDays === undefined ? {} : { responseBusinessDays }),
      ...(eligibility === undefined ? {} : { eligibility }),
    },
  };
  // The optional fields of version 2 are kept only when the document has them (closures default to none).
  if (document.schedule !== undefined)
    practice.schedule = { hours: document.schedule.hours, closures: document.schedule.closures ?? {} };
  if (document.afterHoursRouting !== undefined) practice.afterHoursRouting = document.afterHoursRouting;
  if (document.locations !== undefined) practice.locations = document.locations;
  Object.assign(practice, { members: document.members, groups: document.groups ?? {}, routing: document.routing });
  if (document.locationRouting !== undefined) practice.locationRouting = document.locationRouting;
  Object.assign(practice, { defaultRouting: document.defaultRouting, coverage: document.coverage ?? {} });
  return parseSuccess(deepFreeze(practice as unknown as Practice));
}
