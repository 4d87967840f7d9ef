import { deepFreeze } from "../../internal/freeze.js";
import { capIssues } from "../../internal/issueCap.js";
import type { Issue, IssuePath, ParseIssueCode, Practice } from "../../model/types.js";
import type { ParseResult } from "../parsePractice.js";

type ParseIssue = Issue<ParseIssueCode>;

/** Builds a parse issue (always an error). */
export function parseIssue(code: ParseIssueCode, path: IssuePath, message: string): ParseIssue {
  return { code, severity: "error", path, message };
}

/** The messages of the checks `parsePractice` and `parsePracticeJson` make before zod runs. */
export const MESSAGES = {
  forbiddenKey: "This key is not allowed anywhere in a config.",
  version: "Only schemaVersion 1 and 2 are supported.",
  migrate: "migratePractice reads schemaVersion 1 documents; this one is already version 2 (use parsePractice).",
  json: "The text is not well-formed JSON.",
  jsonText: "Expected JSON text (a string).",
  textTooLarge: "The JSON text is larger than the 32 MiB limit.",
  documentTooLarge: "The document is larger than the 32 MiB limit once written as compact JSON.",
} as const;

/** A parse success, frozen like the practice it holds. */
export function parseSuccess(practice: Practice): ParseResult {
  return Object.freeze({ ok: true, practice });
}

/**
 * A parse failure, deeply frozen like every result of the library: at most 1,000 issues, then
 * one `limit_exceeded` issue at `[]` when there were more.
 */
export function parseFailure(issues: readonly ParseIssue[]): ParseResult {
  return deepFreeze({ ok: false, issues: capIssues(issues) });
}
