import { diffPractices } from "../../index.js";
import type { Command } from "../internal/command.js";
import { EXIT } from "../internal/exit.js";
import { formatPath, plural } from "../internal/format.js";
import { fileLabel, loadPractice } from "../internal/load.js";

/** `diff <before> <after>`: what changed between two configs, in words. */
export const diffCommand: Command = {
  name: "diff",
  summary: "List what changed between two config files, in English.",
  usage: "<before> <after>",
  description: [
    "Parses both files and lists their differences as diffPractices does: one line per change, with the",
    "path in the config and a summary using names. Exit 0 whether or not they differ (unlike diff(1));",
    "exit 1 when either file cannot be read or is not a valid config.",
  ],
  positionals: ["before", "after"],
  flags: {},
  run: async ({ io, out, positionals, json, usage }) => {
    const [beforePath = "", afterPath = ""] = positionals;
    if (beforePath === "-" && afterPath === "-") return usage("only one of the two files can be - (standard input)");
    const before = await loadPractice(io, beforePath);
    if (!before.ok) return out.fail(before.failure);
    const after = await loadPractice(io, afterPath);
    if (!after.ok) return out.fail(after.failure);
    const changes = diffPractices(before.practice, after.practice);
    if (json) {
      out.json({ before: beforePath, after: afterPath, changes });
    } else if (changes.length === 0) {
      out.lines(`No differences between ${fileLabel(beforePath)} and ${fileLabel(afterPath)}.`);
    } else {
      out.lines(
        `${plural(changes.length, "change")} from ${fileLabel(beforePath)} to ${fileLabel(afterPath)}:`,
        ...changes.map((change) => `  ${formatPath(change.path)}: ${change.summary}`),
      );
    }
    return EXIT.ok;
  },
};
