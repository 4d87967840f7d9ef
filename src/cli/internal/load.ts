import { LIMITS } from "../../model/limits.js";
import type { Issue, ParseIssueCode, Practice } from "../../model/types.js";
import { parsePracticeJson } from "../../parse/parsePracticeJson.js";
import { describeBadJson } from "./badJson.js";
import { formatIssue } from "./format.js";
import type { CliIo, Failure } from "./io.js";

/** The outcome of {@link loadPractice}. */
export type LoadResult =
  | { readonly ok: true; readonly practice: Practice }
  /**
   * The file could not be read, is not JSON, or is not a structurally valid config (`invalid_config`, with
   * its parse `issues`; empty for the other failures). Messages never quote the file's contents.
   */
  | { readonly ok: false; readonly failure: Failure; readonly issues: readonly Issue<ParseIssueCode>[] };

/** How a path is named in messages: `-` is standard input. */
export function fileLabel(path: string): string {
  return path === "-" ? "standard input" : path;
}

const SHOWN_ISSUES = 10;

function invalidConfig(path: string, issues: readonly Issue<ParseIssueCode>[]): Failure {
  const more = issues.length - SHOWN_ISSUES;
  return {
    code: "invalid_config",
    message: `${fileLabel(path)} is not a valid practice config (${issues.length === 1 ? "1 issue" : `${issues.length} issues`})`,
    details: [
      ...issues.slice(0, SHOWN_ISSUES).map((issue) => `  ${formatIssue(issue)}`),
      ...(more > 0 ? [`  … and ${more} more (run: patient-message-routing validate ${path})`] : []),
    ],
    data: { file: path, issues },
  };
}

/**
 * Reads a config file (or standard input for `-`, within the 32 MiB limit) and parses it; failures are
 * data, described without echoing the file's contents.
 */
export async function loadPractice(io: CliIo, path: string): Promise<LoadResult> {
  const read = await io.readInput(path, LIMITS.jsonBytes);
  if (!read.ok) {
    const { code, reason } = read.failure;
    return {
      ok: false,
      failure: { code, message: `cannot read ${fileLabel(path)}: ${reason}`, data: { file: path } },
      issues: [],
    };
  }
  const result = parsePracticeJson(read.text);
  if (result.ok) return result;
  if (result.issues.length === 1 && result.issues[0]?.code === "invalid_json") {
    const { message, ...where } = describeBadJson(fileLabel(path), read.text);
    return { ok: false, failure: { code: "invalid_json", message, data: { file: path, ...where } }, issues: [] };
  }
  return { ok: false, failure: invalidConfig(path, result.issues), issues: result.issues };
}
