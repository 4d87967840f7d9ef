import { type Issue, validatePractice } from "../../index.js";
import type { Command } from "../internal/command.js";
import { EXIT } from "../internal/exit.js";
import { formatIssue, plural } from "../internal/format.js";
import type { Output } from "../internal/io.js";
import { fileLabel, loadPractice } from "../internal/load.js";

function printIssues(out: Output, file: string, verdict: string, issues: readonly Issue[]): void {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  const counts =
    issues.length === 0 ? "no issues" : `${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`;
  out.lines(`${file}: ${verdict} (${counts})`);
  for (const [title, group] of [
    ["Errors", errors],
    ["Warnings", warnings],
  ] as const) {
    if (group.length > 0) out.lines("", `${title}:`, ...group.map((issue) => `  ${formatIssue(issue)}`));
  }
}

/** `validate <file>`: structural then semantic checks, issues grouped by severity. */
export const validateCommand: Command = {
  name: "validate",
  summary: "Check a config file; list its issues by severity (exit 1 on errors).",
  usage: "<file>",
  description: [
    "Parses the file (structure, limits, forbidden keys). If that fails, the parse issues are listed and",
    "validation stops there. Otherwise validatePractice runs and its issues are listed, errors first, then",
    "warnings. Exits 1 when there is any error; warnings alone exit 0. A file that cannot be read or is not",
    "well-formed JSON gives one line on stderr and exit 1. Give - to read the config from standard input.",
  ],
  positionals: ["file"],
  flags: {},
  run: async ({ io, out, positionals, json }) => {
    const [path = ""] = positionals;
    const loaded = await loadPractice(io, path);
    if (!loaded.ok && loaded.failure.code !== "invalid_config") return out.fail(loaded.failure);
    const stage = loaded.ok ? "validate" : "parse";
    const issues = loaded.ok ? validatePractice(loaded.practice).issues : loaded.issues;
    const valid = !issues.some((issue) => issue.severity === "error");
    if (json) {
      const errors = issues.filter((issue) => issue.severity === "error").length;
      out.json({ file: path, valid, stage, errors, warnings: issues.length - errors, issues });
    } else {
      const verdict = valid ? "valid" : stage === "parse" ? "invalid structure, semantic checks not run" : "invalid";
      printIssues(out, fileLabel(path), verdict, issues);
    }
    return valid ? EXIT.ok : EXIT.invalid;
  },
};
