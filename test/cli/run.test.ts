import { describe, expect, test } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { run } from "../../src/cli/run.js";
import { runCli, SAMPLE_JSON } from "./harness.js";

describe("run", () => {
  test("prints the top-level help with --help, -h and help", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toMatchInlineSnapshot(`
      "patient-message-routing 0.1.0: check, explain and edit patient message routing configs.

      Usage: patient-message-routing <command> [arguments] [--json] [--help]

      Commands:
        demo      A guided tour on the built-in sample practice (npm start runs it).
        validate  Check a config file; list its issues by severity (exit 1 on errors).
        resolve   Show who receives a patient's message or reply in one category (and why, with --explain).
        view      Show what the patient portal shows a provider's patient: categories, whom they go to, notices.
        table     Print routing tables as the settings page shows them.
        schema    Print the JSON Schema (draft 2020-12) of the config format.
        diff      List what changed between two config files, in English.

      Options:
        -h, --help     Show this help, or a command's help after the command.
        -v, --version  Print the version.

      Run 'patient-message-routing <command> --help' for a command's arguments and options.
      Exit codes: 0 ok, 1 invalid input or config, 2 usage error.
      "
    `);
    expect((await runCli(["-h"])).stdout).toBe(help.stdout);
    expect((await runCli(["help"])).stdout).toBe(help.stdout);
  });

  test("prints the help on stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("Usage: patient-message-routing <command>");
  });

  test("prints a command's help with --help, -h or help <command>", async () => {
    const help = await runCli(["resolve", "--help"]);
    expect(help).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "Usage: patient-message-routing resolve <file> (--category C | --reply-to SENDER [--category C]) [--provider ID] [--location ID] [--patient FILE] [--at ISO] [--explain] [--json]

      Resolves a new patient message as resolveRecipients does: the category the patient chose, the
      patient's assigned provider (none when --provider is omitted), the location the message is for (its
      table is tried after the provider's; none when --location is omitted), the patient (--patient: a
      JSON file with id, careTeam, excludedMembers, lastVisitAt, blocked; no patient step runs without it)
      and the moment it is sent (now when --at is omitted; absences and opening hours are checked at that
      instant). With --reply-to, resolves the patient's reply to a message SENDER sent, as resolveReply
      does: the sender, the sender's cover, else the category's route (--category defaults to
      general_inquiry). Prints whether the practice is open (when closed, when it opens next), the
      recipients, the table they came from, the shared pools among them and the respond-by promise, or why
      nobody receives it; dates in the practice's time zone. Exit 0 in both cases: the exit code reports
      whether the input could be read, not the routing answer (check \`resolution.ok\` in --json output). A
      --provider that is not a provider of the practice gets a warning on stderr and is treated as no
      provider; a --location that is not a location of the practice, likewise, as no location. A --patient
      file that cannot be read, is not JSON or has a field of the wrong type is a usage error (exit 2).

      Options:
            --category C       appointments, referrals, prescriptions, test_results, general_inquiry or health_question.
            --reply-to SENDER  Resolve a reply to a message this member sent.
            --provider ID      The patient's assigned provider (a member id).
            --location ID      The location (site) the message is for.
            --patient FILE     The patient context, a JSON file.
            --at ISO           When the message is sent, e.g. 2026-12-03T09:00:00Z.
            --explain          Also print the explanation, one sentence per step.
            --json             Print machine-readable JSON on stdout.
        -h, --help             Show this help.

      Exit codes: 0 ok, 1 invalid input or config, 2 usage error.
      ",
      }
    `);
    expect((await runCli(["resolve", "-h"])).stdout).toBe(help.stdout);
    expect((await runCli(["help", "resolve"])).stdout).toBe(help.stdout);
    expect((await runCli(["resolve", "sample.json", "--category", "nope", "--help"])).code).toBe(0);
  });

  test("prints the package version with --version and -v", async () => {
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
    expect((await runCli(["-v"])).stdout).toBe(`${packageJson.version}\n`);
  });

  test("exits 2 with one line for an unknown command or top-level option", async () => {
    const runs = await Promise.all([runCli(["frobnicate"]), runCli(["--frob"]), runCli(["help", "toString"])]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs.map((r) => r.stdout)).toEqual(["", "", ""]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: unknown command "frobnicate" (commands: demo, validate, resolve, view, table, schema, diff; see 'patient-message-routing --help')
      ",
        "error: unknown option --frob (commands: demo, validate, resolve, view, table, schema, diff; see 'patient-message-routing --help')
      ",
        "error: unknown command "toString" (commands: demo, validate, resolve, view, table, schema, diff; see 'patient-message-routing --help')
      ",
      ]
    `);
  });

  test("exits 2 with one line for a flag mistake or a wrong number of arguments", async () => {
    const runs = await Promise.all([
      runCli(["table", "sample.json", "--nope"]),
      runCli(["table", "sample.json", "-x"]),
      runCli(["resolve", "sample.json", "--category"]),
      runCli(["resolve", "sample.json", "--category", "--json"]),
      runCli(["validate", "sample.json", "--json=yes"]),
      runCli(["validate"]),
      runCli(["validate", "a.json", "b.json"]),
      runCli(["diff", "sample.json"]),
    ]);
    expect(runs.map((r) => r.code)).toEqual(runs.map(() => 2));
    // With --json anywhere before `--`, the usage error is also a JSON object on stdout.
    expect(runs.map((r) => (r.stdout === "" ? "" : JSON.parse(r.stdout).error.code))).toEqual([
      "",
      "",
      "",
      "usage",
      "usage",
      "",
      "",
      "",
    ]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: unknown option --nope (see 'patient-message-routing table --help')
      ",
        "error: unknown option -x (see 'patient-message-routing table --help')
      ",
        "error: --category needs a value (--category C) (see 'patient-message-routing resolve --help')
      ",
        "error: --category needs a value (--category C) (see 'patient-message-routing resolve --help')
      ",
        "error: --json takes no value (see 'patient-message-routing validate --help')
      ",
        "error: missing argument <file> (see 'patient-message-routing validate --help')
      ",
        "error: unexpected argument "b.json" (see 'patient-message-routing validate --help')
      ",
        "error: missing argument <after> (see 'patient-message-routing diff --help')
      ",
      ]
    `);
  });

  test("reads a file named like a flag after --", async () => {
    const { code, stderr } = await runCli(["validate", "--", "--odd.json"]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: "error: cannot read --odd.json: no such file\n" });
  });

  test("reports a file that cannot be read in one line, naming the reason", async () => {
    const runs = await Promise.all(
      ["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "ELOOP", "EMFILE"].map((code) =>
        runCli(["table", "config.json"], { "config.json": { failWith: code } }),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: cannot read config.json: no such file
      ",
        "error: cannot read config.json: permission denied
      ",
        "error: cannot read config.json: it is a directory, not a regular file
      ",
        "error: cannot read config.json: a part of the path is not a directory
      ",
        "error: cannot read config.json: too many symbolic links
      ",
        "error: cannot read config.json: system error EMFILE
      ",
      ]
    `);
  });

  test("reports bad JSON in one line with its position, never the file's text", async () => {
    const files = { "a.json": '{\n  "secret": 1,\n}', "b.json": "", "c.json": "   " };
    const runs = await Promise.all(["a.json", "b.json", "c.json"].map((path) => runCli(["table", path], files)));
    expect(runs.map((r) => [r.code, r.stdout])).toEqual([
      [1, ""],
      [1, ""],
      [1, ""],
    ]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: a.json is not well-formed JSON at line 3, column 1 (expected a property name in double quotes)
      ",
        "error: b.json is not well-formed JSON (the file holds no JSON value)
      ",
        "error: c.json is not well-formed JSON (the file holds no JSON value)
      ",
      ]
    `);
    expect(runs[0]?.stderr).not.toContain("secret");
  });

  test("lists a structurally invalid config's first issues on stderr and exits 1", async () => {
    const members = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [`m${index}`, { name: "N", role: "staff", admin: true }]),
    );
    const file = JSON.stringify({ schemaVersion: 1, members });
    const { code, stdout, stderr } = await runCli(["table", "bad.json"], { "bad.json": file });
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toMatchInlineSnapshot(`
      "error: bad.json is not a valid practice config (18 issues):
        missing_field at id: This field is required.
        missing_field at name: This field is required.
        missing_field at revision: This field is required.
        missing_field at messaging: This field is required.
        missing_field at members.m0.active: This field is required.
        missing_field at members.m1.active: This field is required.
        missing_field at members.m2.active: This field is required.
        missing_field at members.m3.active: This field is required.
        missing_field at members.m4.active: This field is required.
        missing_field at members.m5.active: This field is required.
        … and 8 more (run: patient-message-routing validate bad.json)
      "
    `);
  });

  test("escapes control characters from a config in human output", async () => {
    const file = SAMPLE_JSON.replace('"Front Desk"', '"Front\\u001b[2J Desk"');
    const { stdout } = await runCli(["table", "x.json", "--default"], { "x.json": file });
    expect(stdout).toContain("Front\\u001B[2J Desk");
    expect(stdout).not.toContain("\u001b");
  });
});

describe("run, when writing fails", () => {
  test("reports an unexpected failure in one line and exits 1", async () => {
    let stderr = "";
    const code = await run(["schema"], {
      stdout: () => {
        throw new Error("disk full");
      },
      stderr: (text) => {
        stderr += text;
      },
      readInput: async () => ({ ok: true, text: "" }),
    });
    expect({ code, stderr }).toEqual({ code: 1, stderr: "error: unexpected failure: disk full\n" });
  });
});
