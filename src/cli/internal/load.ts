import type { Issue, ParseIssueCode, Practice } from "../../model/types.js";
import { parsePracticeJson } from "../../parse/parsePracticeJson.js";
import { formatIssue } from "./format.js";
import type { CliIo } from "./io.js";

/** The outcome of {@link loadPractice}. */
export type LoadResult =
  | { readonly ok: true; readonly practice: Practice }
  /** The file could not be read or is not JSON: `message` is one line naming the file, never its contents. */
  | { readonly ok: false; readonly kind: "unreadable"; readonly message: string }
  /** The JSON is not a structurally valid config. */
  | { readonly ok: false; readonly kind: "invalid"; readonly issues: readonly Issue<ParseIssueCode>[] };

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ERR_STRING_TOO_LONG: "the file is too large",
};

function readFailure(path: string, error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const reason = typeof code === "string" ? (REASONS[code] ?? `system error ${code}`) : "unknown error";
  return `cannot read ${path}: ${reason}`;
}

/** Where JSON.parse stopped, as "line L, column C", from the position in its message (never the text it quotes). */
function jsonPosition(text: string): string {
  if (text.trim() === "") return " (the file holds no JSON value)";
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const match = /at position (\d+)/.exec(message);
    if (match?.[1] !== undefined) {
      const before = text.slice(0, Number(match[1]));
      const line = before.split("\n").length;
      return ` (line ${line}, column ${before.length - before.lastIndexOf("\n")})`;
    }
    if (message.includes("end of JSON input")) return " (the text ends too early)";
  }
  return "";
}

/** Reads a config file and parses it; failures are data, described without echoing the file's contents. */
export async function loadPractice(io: CliIo, path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return { ok: false, kind: "unreadable", message: readFailure(path, error) };
  }
  const result = parsePracticeJson(text);
  if (result.ok) return result;
  if (result.issues.length === 1 && result.issues[0]?.code === "invalid_json") {
    return { ok: false, kind: "unreadable", message: `${path} is not well-formed JSON${jsonPosition(text)}` };
  }
  return { ok: false, kind: "invalid", issues: result.issues };
}

const SHOWN_ISSUES = 10;

/** Writes a failed {@link loadPractice} to stderr (one line, or a header and the first issues) and returns exit 1. */
export function reportLoadFailure(
  out: { readonly errorLines: (...lines: readonly string[]) => void },
  path: string,
  failure: Exclude<LoadResult, { ok: true }>,
): number {
  if (failure.kind === "unreadable") {
    out.errorLines(`error: ${failure.message}`);
    return 1;
  }
  const { issues } = failure;
  const more = issues.length - SHOWN_ISSUES;
  out.errorLines(
    `error: ${path} is not a valid practice config (${issues.length === 1 ? "1 issue" : `${issues.length} issues`}):`,
    ...issues.slice(0, SHOWN_ISSUES).map((issue) => `  ${formatIssue(issue)}`),
    ...(more > 0 ? [`  … and ${more} more (run: patient-message-routing validate ${path})`] : []),
  );
  return 1;
}
