import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const CLEAN = sampleWith({
  defaultRouting: {
    ...sample.defaultRouting,
    test_results: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
    health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
  },
});
const BROKEN = sampleWith({
  defaultRouting: { ...sample.defaultRouting, appointments: [{ type: "member", id: "kx" }] },
  groups: { ...sample.groups, nurses: { name: "Nurses", members: ["mreyes"] } },
});
const WARNED = sampleWith({ groups: { ...sample.groups, nurses: { name: "Nurses", members: ["mreyes", "lpatel"] } } });
const MALFORMED = sampleWith({ revision: -1, extra: true });

describe("validate", () => {
  test("reports a valid config with no issues and exits 0", async () => {
    expect(await runCli(["validate", "clean.json"], { "clean.json": CLEAN })).toEqual({
      code: 0,
      stdout: "clean.json: valid (no issues)\n",
      stderr: "",
    });
  });

  test("groups issues by severity, errors first, and exits 1 on errors", async () => {
    const result = await runCli(["validate", "broken.json"], { "broken.json": BROKEN });
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "broken.json: invalid (1 error, 6 warnings)

      Errors:
        unknown_member at defaultRouting.appointments[0]: The default Appointments route names member "kx", who is not in the practice.

      Warnings:
        empty_group at groups.nurses.members: The Nurses group has no active members, so routes that name it reach nobody through it.
        inactive_recipient at groups.nurses.members[0]: The Nurses group lists Marco Reyes, who is inactive and receives nothing.
        route_falls_back at routing.oselkin.test_results: Omar Selkin's Lab or Other Test Results route reaches no active member, so Omar Selkin's patients fall back to the default Lab or Other Test Results route.
        default_reaches_nobody at defaultRouting.appointments: The default Appointments route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).
        default_reaches_nobody at defaultRouting.test_results: The default Lab or Other Test Results route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).
        default_reaches_nobody at defaultRouting.health_question: The default Question About My Health route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).
      ",
      }
    `);
  });

  test("exits 0 when there are only warnings", async () => {
    const result = await runCli(["validate", "warned.json"], { "warned.json": WARNED });
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "warned.json: valid (0 errors, 3 warnings)

      Warnings:
        inactive_recipient at groups.nurses.members[0]: The Nurses group lists Marco Reyes, who is inactive and receives nothing.
        default_reaches_nobody at defaultRouting.test_results: The default Lab or Other Test Results route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).
        default_reaches_nobody at defaultRouting.health_question: The default Question About My Health route reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).
      ",
      }
    `);
  });

  test("lists parse issues and does not run the semantic checks", async () => {
    const result = await runCli(["validate", "malformed.json"], { "malformed.json": MALFORMED });
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "malformed.json: invalid structure, semantic checks not run (2 errors, 0 warnings)

      Errors:
        invalid_type at revision: Must be zero or more.
        unknown_field at extra: This field is not part of the format.
      ",
      }
    `);
  });

  test("gives the verdict, the stage and the issues with --json", async () => {
    const runs = await Promise.all([
      runCli(["validate", "clean.json", "--json"], { "clean.json": CLEAN }),
      runCli(["validate", "broken.json", "--json"], { "broken.json": BROKEN }),
      runCli(["validate", "malformed.json", "--json"], { "malformed.json": MALFORMED }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 1, 1]);
    const outputs = runs.map((r) => JSON.parse(r.stdout));
    expect(outputs[0]).toEqual({
      file: "clean.json",
      valid: true,
      stage: "validate",
      errors: 0,
      warnings: 0,
      issues: [],
    });
    expect(outputs[1]).toMatchObject({ file: "broken.json", valid: false, stage: "validate", errors: 1, warnings: 6 });
    expect(outputs[1].issues).toContainEqual({
      code: "unknown_member",
      severity: "error",
      path: ["defaultRouting", "appointments", 0],
      message: 'The default Appointments route names member "kx", who is not in the practice.',
    });
    expect(outputs[2]).toMatchObject({ valid: false, stage: "parse" });
    expect(outputs[2].issues.map((issue: { code: string }) => issue.code).sort()).toEqual(
      ["invalid_type", "unknown_field"].sort(),
    );
  });

  test("reports bad JSON in one line on stderr and as a JSON error with --json", async () => {
    expect(await runCli(["validate", "x.json", "--json"], { "x.json": "[" })).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "error: x.json is not well-formed JSON at line 1, column 2 (the text ends before a value)
      ",
        "stdout": "{
        "ok": false,
        "error": {
          "code": "invalid_json",
          "message": "x.json is not well-formed JSON at line 1, column 2 (the text ends before a value)",
          "file": "x.json",
          "line": 1,
          "column": 2
        }
      }
      ",
      }
    `);
  });

  test("reads the config from standard input with -", async () => {
    expect(await runCli(["validate", "-"], { "-": SAMPLE_JSON })).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^standard input: valid \(0 errors, 2 warnings\)\n/),
    });
  });
});
