import { describe, expect, test } from "vitest";
import { run } from "../../src/cli/run.js";
import { runCli } from "./harness.js";

const FILES = {
  "bad.json": "[1,",
  "bom.json": "\uFEFF{}",
  "partial.json": '{"schemaVersion":1,"id":"x"}',
  "locked.json": { failWith: "EACCES" },
  "dir.json": { failWith: "EISDIR" },
};

/** The `error` of the one JSON document a run printed, with its exit code. */
async function jsonFailure(argv: readonly string[]) {
  const { code, stdout, stderr } = await runCli(argv, FILES);
  const document = JSON.parse(stdout);
  expect(document.ok).toBe(false);
  expect(stderr.split("\n")[0]?.startsWith(`error: ${document.error.message}`)).toBe(true);
  return { exit: code, ...document.error };
}

describe("run with --json, on failure", () => {
  test("prints one JSON error for every usage mistake, exit 2", async () => {
    const argvs = [
      ["frob", "--json"],
      ["--json"],
      ["table", "sample.json", "--nope", "--json"],
      ["validate", "--json"],
      ["validate", "a.json", "b.json", "--json"],
      ["validate", "sample.json", "--json=yes"],
      ["resolve", "sample.json", "--json"],
      ["resolve", "sample.json", "--category", "appointments", "--at", "2026-12-03", "--json"],
      ["table", "sample.json", "--provider", "crusher", "--default", "--json"],
      ["diff", "-", "-", "--json"],
    ];
    const failures = await Promise.all(argvs.map(jsonFailure));
    expect(failures.map(({ exit, code }) => [exit, code])).toEqual(argvs.map(() => [2, "usage"]));
    expect(failures.map(({ message }) => message)).toMatchInlineSnapshot(`
      [
        "unknown command "frob" (commands: demo, validate, resolve, view, table, schema, diff; see 'patient-message-routing --help')",
        "unknown option --json (commands: demo, validate, resolve, view, table, schema, diff; see 'patient-message-routing --help')",
        "unknown option --nope (see 'patient-message-routing table --help')",
        "missing argument <file> (see 'patient-message-routing validate --help')",
        "unexpected argument "b.json" (see 'patient-message-routing validate --help')",
        "--json takes no value (see 'patient-message-routing validate --help')",
        "missing --category C (one of appointments, referrals, prescriptions, test_results, general_inquiry, health_question) (see 'patient-message-routing resolve --help')",
        "--at needs an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-03T09:00:00Z (see 'patient-message-routing resolve --help')",
        "give one of --provider, --default and --after-hours (see 'patient-message-routing table --help')",
        "only one of the two files can be - (standard input) (see 'patient-message-routing diff --help')",
      ]
    `);
  });

  test("prints one JSON error for a file that cannot be read or is not JSON, exit 1", async () => {
    const failures = await Promise.all(
      ["missing.json", "locked.json", "dir.json", "bad.json", "bom.json"].map((file) =>
        jsonFailure(["resolve", file, "--category", "appointments", "--json"]),
      ),
    );
    expect(failures).toMatchInlineSnapshot(`
      [
        {
          "code": "unreadable_file",
          "exit": 1,
          "file": "missing.json",
          "message": "cannot read missing.json: no such file",
        },
        {
          "code": "unreadable_file",
          "exit": 1,
          "file": "locked.json",
          "message": "cannot read locked.json: permission denied",
        },
        {
          "code": "unreadable_file",
          "exit": 1,
          "file": "dir.json",
          "message": "cannot read dir.json: it is a directory, not a regular file",
        },
        {
          "code": "invalid_json",
          "column": 4,
          "exit": 1,
          "file": "bad.json",
          "line": 1,
          "message": "bad.json is not well-formed JSON at line 1, column 4 (the text ends before a value)",
        },
        {
          "code": "invalid_json",
          "exit": 1,
          "file": "bom.json",
          "message": "bom.json starts with a byte order mark (BOM), which JSON does not allow; save it without one",
        },
      ]
    `);
  });

  test("prints the parse issues of a structurally invalid config, exit 1", async () => {
    const failure = await jsonFailure(["diff", "sample.json", "partial.json", "--json"]);
    expect({ ...failure, issues: failure.issues.length }).toMatchInlineSnapshot(`
      {
        "code": "invalid_config",
        "exit": 1,
        "file": "partial.json",
        "issues": 6,
        "message": "partial.json is not a valid practice config (6 issues)",
      }
    `);
  });

  test("prints a too large input as a JSON error", async () => {
    const big = `[${" ".repeat(32 * 1024 * 1024)}]`;
    const { code, stdout } = await runCli(["table", "-", "--json"], { "-": big });
    expect([code, JSON.parse(stdout).error]).toMatchInlineSnapshot(`
      [
        1,
        {
          "code": "too_large",
          "file": "-",
          "message": "cannot read standard input: it is larger than 32 MiB, the size limit of a config",
        },
      ]
    `);
  });

  test("keeps validate's own document for an invalid config", async () => {
    const { code, stdout } = await runCli(["validate", "partial.json", "--json"], FILES);
    expect([code, JSON.parse(stdout).valid, JSON.parse(stdout).stage]).toEqual([1, false, "parse"]);
  });

  test("prints no JSON after a -- that hides --json", async () => {
    expect(await runCli(["frob", "--", "--json"])).toMatchObject({ code: 2, stdout: "" });
  });

  test("prints an unexpected failure as a JSON error when stdout still works", async () => {
    let stdout = "";
    let stderr = "";
    const code = await run(["validate", "x.json", "--json"], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      readInput: async () => {
        throw new Error("reader bug");
      },
    });
    expect({ code, stdout: JSON.parse(stdout), stderr }).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "error: unexpected failure: reader bug
      ",
        "stdout": {
          "error": {
            "code": "unexpected",
            "message": "unexpected failure: reader bug",
          },
          "ok": false,
        },
      }
    `);
  });

  test("never prints a second document after a success", async () => {
    const { code, stdout } = await runCli(["validate", "sample.json", "--json"]);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});
