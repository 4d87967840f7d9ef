// Hostile command lines and files, as an attacker or a careless user would try them: every run must end
// with a clear answer (issue 10). The pinned cases are the ones found once; the property tries many more
// (1,000 per `npm test`; FUZZ_RUNS=100000 runs a tenth of that, since each case is a whole CLI run).
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { escapeLine } from "../../src/cli/internal/escape.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const HOSTILE_TEXT = ["a\nerror: forged", "x\u202Eexe.txt", "\u001b[2J", "tab\there", "\r", "\u2028", "\u0085", ""];

/** Files whose text must never be echoed contain SECRET; the valid ones carry hostile names instead. */
const FILES: Readonly<Record<string, string>> = {
  "sample.json": SAMPLE_JSON,
  "names.json": sampleWith({
    name: HOSTILE_TEXT.join(" "),
    members: { ...sample.members, jsmith: { ...sample.members.jsmith, name: "Jane\nerror: x\u202E" } },
  }),
  "bom.json": `\uFEFF${SAMPLE_JSON}`,
  "bad.json": '{"SECRET": tru}',
  "ctrl.json": '{"id": "SECRET\u0000"}',
  "deep.json": `${"[".repeat(100_000)}"SECRET"`,
  "proto.json": '{"__proto__": {"SECRET": 1}, "constructor": "SECRET"}',
  "partial.json": '{"schemaVersion": 1, "name": "SECRET\\n", "revision": "SECRET"}',
  "nul.json": "\u0000SECRET",
  "-": "[SECRET",
};

function hasJsonFlag(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--json" || arg.startsWith("--json="));
}

/** Runs the CLI and checks what every run must satisfy, whatever its input. */
async function expectClearAnswer(argv: readonly string[]): Promise<number> {
  const { code, stdout, stderr } = await runCli(argv, FILES);
  expect([0, 1, 2]).toContain(code);
  const json = hasJsonFlag(argv) && argv.length > 0;
  const humanLines = [...stderr.split("\n"), ...(json ? [] : stdout.split("\n"))];
  for (const line of humanLines) expect(line).not.toMatch(UNSAFE);
  const errorLines = stderr.split("\n").filter((line) => line.startsWith("error: "));
  expect(errorLines.length).toBeLessThanOrEqual(1);
  expect(stdout.split("\n").filter((line) => line.startsWith("error: "))).toEqual([]);
  if (!argv.some((arg) => arg === "names.json" || arg === "sample.json"))
    expect(stdout + stderr).not.toContain("SECRET");
  const help = argv[0] === "help" || ["--help", "-h", "--version", "-v"].some((flag) => argv.includes(flag));
  if (json && !help) {
    const document = JSON.parse(stdout);
    if (document?.ok === false) {
      expect(code).toBe(document.error.code === "usage" ? 2 : 1);
      const colon = document.error.code === "invalid_config" ? ":" : "";
      expect(errorLines).toEqual([escapeLine(`error: ${document.error.message}${colon}`)]);
    } else if (code !== 0) {
      expect(document.valid).toBe(false);
    }
  } else if (code !== 0 && stdout === "") {
    expect(errorLines.length + (argv.length === 0 ? 1 : 0)).toBe(1);
  }
  return code;
}

const PINNED: readonly (readonly string[])[] = [
  ["validate", "bom.json"],
  ["validate", "bad.json", "--json"],
  ["validate", "ctrl.json"],
  ["validate", "deep.json"],
  ["table", "proto.json", "--json"],
  ["table", "partial.json"],
  ["validate", "nul.json", "--json"],
  ["validate", "-"],
  ["diff", "-", "-"],
  ["resolve", "sample.json", "--category", "appointments", "--provider", "crushr"],
  ["table", "sample.json", "--provider", "crushr", "--json"],
  ["resolve", "sample.json", "--category", "appointments", "--provider", "a\nerror: forged\u202E"],
  ["table", "names.json"],
  ["resolve", "names.json", "--category", "referrals", "--provider", "crusher", "--explain"],
  ["diff", "sample.json", "names.json"],
  ["validate", "names.json"],
  ["validate", "x\nerror: y\u202E.json"],
  ["frob\u202E", "--json"],
  ["table", "sample.json", "--\u001b[2J"],
  ["resolve", "sample.json", "--category", "appointments", "--at", "2026-12-03T09:00:00Z\n", "--json"],
  ["--json"],
  [],
];

describe("the CLI on hostile input", () => {
  test.each(PINNED.map((argv) => [argv]))("answers %j clearly", async (argv) => {
    await expectClearAnswer(argv);
  });

  const token = fc.oneof(
    fc.constantFrom("demo", "validate", "resolve", "table", "schema", "diff", "help", "--", "-"),
    fc.constantFrom("--json", "--json=1", "--help", "--explain", "--default", "--category", "--provider", "--at"),
    fc.constantFrom("--format", "markdown", "appointments", "crusher", "crushr", "jsmith", "2026-12-03T09:00:00Z"),
    fc.constantFrom(...Object.keys(FILES), "missing.json", ...HOSTILE_TEXT),
    fc.string({ unit: "binary", maxLength: 8 }),
  );

  propTest.prop([fc.array(token, { maxLength: 7 })], { numRuns: fuzzRuns(1_000) })(
    "answers any command line clearly",
    async (argv) => {
      await expectClearAnswer(argv);
    },
  );
});
