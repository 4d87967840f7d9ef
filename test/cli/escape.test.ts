import { describe, expect, test } from "vitest";
import { escapeLine } from "../../src/cli/internal/escape.js";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
/** Jane Smith's name forges an error line; Beverly Crusher's reverses the text after it. */
const HOSTILE = sampleWith({
  name: "Enterprise\r\nerror: forged",
  members: {
    ...sample.members,
    jsmith: { ...sample.members.jsmith, name: "Jane\nerror: forged line" },
    crusher: { ...sample.members.crusher, name: "Beverly \u202Eabc\u2066 Crusher\u0085\u2028" },
  },
  groups: { ...sample.groups, nurses: { ...sample.groups.nurses, name: "Nurses\tteam\u001b[2J" } },
});
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

describe("escapeLine", () => {
  test("shows line breaks, controls and bidi controls as visible escapes", () => {
    expect(escapeLine("a\nb\rc\td\u0000e\u007F\u0085\u061C\u200E\u200F\u202A\u202E\u2066\u2069\u2028\u2029")).toBe(
      "a\\nb\\rc\\td\\u0000e\\u007F\\u0085\\u061C\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069\\u2028\\u2029",
    );
  });

  test("leaves other text alone and is idempotent", () => {
    const text = "Jos\u00E9 M\u00FCller \u05E9\u05DC\u05D5\u05DD \u{1F600} \\n";
    expect(escapeLine(text)).toBe(text);
    expect(escapeLine(escapeLine("x\u202Ey\n"))).toBe(escapeLine("x\u202Ey\n"));
  });
});

describe("human output with hostile names", () => {
  const commands = [
    ["table", "x.json"],
    ["table", "x.json", "--format", "markdown", "--provider", "crusher"],
    [
      "resolve",
      "x.json",
      "--category",
      "appointments",
      "--provider",
      "crusher",
      "--at",
      "2026-12-03T09:00:00Z",
      "--explain",
    ],
    ["validate", "x.json"],
    ["diff", "sample.json", "x.json"],
    ["resolve", "x.json", "--category", "appointments", "--provider", "bad\nerror: id\u202E"],
  ];

  test.each(commands)("%s prints no unsafe character and no forged line", async (...args) => {
    const { stdout, stderr } = await runCli(args, { "x.json": HOSTILE });
    for (const line of `${stdout}${stderr}`.split("\n")) expect(line).not.toMatch(UNSAFE);
    expect(stdout.split("\n").filter((line) => line.startsWith("error:"))).toEqual([]);
    expect(stderr.split("\n").filter((line) => line.startsWith("error:"))).toEqual([]);
  });

  test("shows the escapes in a resolution and its explanation", async () => {
    const { stdout } = await runCli(commands[2] ?? [], { "x.json": HOSTILE });
    expect(stdout).toMatchInlineSnapshot(`
      "Appointments from a patient of Beverly \\u202Eabc\\u2066 Crusher\\u0085\\u2028 (crusher), at 2026-12-03T09:00:00Z (3 Dec 2026, 4:00 AM EST)
      The practice is closed; it opens again 3 Dec 2026, 8:00 AM EST.
      Recipients (from the provider's table):
        Kim Jones (kjones)
      Respond by 7 Dec 2026, 5:00 PM EST.
      Explanation:
        Beverly \\u202Eabc\\u2066 Crusher\\u0085\\u2028's table sends Appointments to Jane\\nerror: forged line.
        Jane\\nerror: forged line is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.
      "
    `);
  });

  test("shows the escapes in a diff and a validation message", async () => {
    const diff = await runCli(["diff", "sample.json", "x.json"], { "x.json": HOSTILE });
    expect(diff.stdout).toMatchInlineSnapshot(`
      "4 changes from sample.json to x.json:
        name: Practice renamed from Enterprise Family Medicine to Enterprise\\r\\nerror: forged.
        members.crusher.name: Renamed member Beverly Crusher to Beverly \\u202Eabc\\u2066 Crusher\\u0085\\u2028.
        members.jsmith.name: Renamed member Jane Smith to Jane\\nerror: forged line.
        groups.nurses.name: Renamed group Nurses to Nurses\\tteam\\u001B[2J.
      "
    `);
  });

  test("keeps names as JSON strings with --json", async () => {
    const { stdout } = await runCli(["diff", "sample.json", "x.json", "--json"], { "x.json": HOSTILE });
    expect(
      JSON.parse(stdout)
        .changes.map((change: { summary: string }) => change.summary)
        .join(),
    ).toContain("Jane\nerror: forged line");
  });
});
