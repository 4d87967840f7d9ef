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

/** Runs the CLI in-process over an in-memory file system (`sample.json` is always there). */
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
    readFile: async (path) => {
      const file = Object.hasOwn(all, path) ? all[path] : { failWith: "ENOENT" };
      if (typeof file === "string") return file;
      throw Object.assign(new Error(`fake ${file?.failWith}`), { code: file?.failWith });
    },
    now: () => new Date("2026-11-20T15:00:00Z"),
  });
  return { code, stdout, stderr };
}

/** The sample practice as JSON with some top-level fields replaced. */
export function sampleWith(changes: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ ...JSON.parse(SAMPLE_JSON), ...changes });
}
