import { describeSystemError, tooLarge } from "../../src/cli/internal/readInput.js";
import { run } from "../../src/cli/run.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";

/** What one in-process run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The sample practice as a config file. */
export const SAMPLE_JSON = serializePractice(samplePractice());

/** A file whose read fails with this Node.js error code. */
export interface FailingFile {
  readonly failWith: string;
}

/**
 * Runs the CLI in-process over an in-memory file system (`sample.json` is always there; `-` is a file like
 * any other). A file over the reader's byte limit is refused as the real reader refuses it.
 */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, string | FailingFile>> = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const all: Readonly<Record<string, string | FailingFile>> = { "sample.json": SAMPLE_JSON, ...files };
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readInput: async (path, limit) => {
      const file = Object.hasOwn(all, path) ? all[path] : { failWith: "ENOENT" };
      if (typeof file !== "string") return { ok: false, failure: describeSystemError({ code: file?.failWith }) };
      if (Buffer.byteLength(file) > limit) return { ok: false, failure: tooLarge(limit) };
      return { ok: true, text: file };
    },
    now: () => new Date("2026-11-20T15:00:00Z"),
  });
  return { code, stdout, stderr };
}

/** The sample practice as JSON with some top-level fields replaced. */
export function sampleWith(changes: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ ...JSON.parse(SAMPLE_JSON), ...changes });
}
