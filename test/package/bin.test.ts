// Runs the BUILT executable as a child process. `npm test` builds dist/ first; while developing, build a
// private copy and point PMR_CLI at it:
//   npx tsup src/cli/main.ts --no-config --format esm --out-dir .tmp/cli-dist && PMR_CLI=.tmp/cli-dist/main.js npx vitest run --config vitest.package.config.ts test/package/bin.test.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { SAMPLE_JSON } from "../cli/harness.js";

const CLI = resolve(process.env.PMR_CLI ?? "dist/cli.js");
const folder = mkdtempSync(join(tmpdir(), "pmr-cli-"));
const sample = join(folder, "sample.json");
writeFileSync(sample, SAMPLE_JSON);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: folder });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built patient-message-routing executable", () => {
  test("exists, as built by npm test", () => {
    expect(existsSync(CLI), `${CLI} is missing: run the build first`).toBe(true);
  });

  test("starts with a shebang so npm can link it as a bin", () => {
    if (process.env.PMR_CLI !== undefined) return; // a private dev build has no banner
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  test("prints help and the version, exit 0", () => {
    const help = cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: patient-message-routing <command>");
    expect(cli("table", "--help").stdout).toContain("Usage: patient-message-routing table <file>");
    expect(cli("--version")).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  test("validates a file: exit 0 and --json output", () => {
    const result = cli("validate", "sample.json", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: "sample.json", valid: true, stage: "validate" });
  });

  test("exits 1 with one line and no stack trace for a missing file and for bad JSON", () => {
    writeFileSync(join(folder, "bad.json"), "{ nope");
    expect(cli("validate", "missing.json")).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot read missing.json: no such file\n",
    });
    expect(cli("table", "bad.json")).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "error: bad.json is not well-formed JSON at line 1, column 3 (expected a property name in double quotes)\n",
    });
  });

  test("reads standard input with - and refuses a FIFO and a device without reading them", () => {
    const piped = spawnSync(process.execPath, [CLI, "validate", "-", "--json"], {
      input: SAMPLE_JSON,
      encoding: "utf8",
    });
    expect([piped.status, JSON.parse(piped.stdout).valid]).toEqual([0, true]);
    const fifo = join(folder, "pipe.json");
    spawnSync("mkfifo", [fifo]);
    expect(cli("validate", "pipe.json")).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot read pipe.json: it is a named pipe, not a regular file (give - to read standard input)\n",
    });
    expect(cli("validate", "/dev/zero", "--json")).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error: /),
    });
  });

  test("exits 2 with one line for an unknown flag or command", () => {
    expect(cli("table", "sample.json", "--bogus")).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown option --bogus (see 'patient-message-routing table --help')\n",
    });
    expect(cli("bogus").code).toBe(2);
  });

  test("resolves with --json", () => {
    const result = cli(
      "resolve",
      "sample.json",
      "--category",
      "appointments",
      "--provider",
      "crusher",
      "--at",
      "2026-12-03T09:00:00Z",
      "--json",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).resolution).toMatchObject({ ok: true, recipients: ["kjones"] });
  });

  test("runs the demo, the same on every run", () => {
    const first = cli("demo");
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("Enterprise Family Medicine");
    expect(cli("demo").stdout).toBe(first.stdout);
  });
});
