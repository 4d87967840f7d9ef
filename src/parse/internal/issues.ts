import type { Issue, IssuePath, ParseIssueCode } from "../../model/types.js";

/** Builds a parse issue (always an error). */
export function parseIssue(code: ParseIssueCode, path: IssuePath, message: string): Issue<ParseIssueCode> {
  return { code, severity: "error", path, message };
}

/** The messages of the checks `parsePractice` and `parsePracticeJson` make before zod runs. */
export const MESSAGES = {
  forbiddenKey: "This key is not allowed anywhere in a config.",
  version: "Only schemaVersion 1 is supported.",
  json: "The text is not well-formed JSON.",
  jsonText: "Expected JSON text (a string).",
  textTooLarge: "The JSON text is larger than the 32 MiB limit.",
  documentTooLarge: "The document is larger than the 32 MiB limit once written as compact JSON.",
} as const;
