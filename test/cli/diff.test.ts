import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const AFTER = sampleWith({
  revision: 1,
  routing: { ...sample.routing, crusher: { ...sample.routing.crusher, referrals: [{ type: "member", id: "lpatel" }] } },
});

describe("diff", () => {
  test("lists each change with its path and a summary using names", async () => {
    expect(await runCli(["diff", "sample.json", "after.json"], { "after.json": AFTER })).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "2 changes from sample.json to after.json:
        revision: Revision went from 0 to 1.
        routing.crusher.referrals: Referrals for Beverly Crusher's patients now go to Lena Patel (was: the default table).
      ",
      }
    `);
  });

  test("says when there is no difference", async () => {
    expect(await runCli(["diff", "sample.json", "sample.json"])).toEqual({
      code: 0,
      stdout: "No differences between sample.json and sample.json.\n",
      stderr: "",
    });
  });

  test("gives the changes as data with --json", async () => {
    const { code, stdout } = await runCli(["diff", "sample.json", "after.json", "--json"], { "after.json": AFTER });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
      {
        "after": "after.json",
        "before": "sample.json",
        "changes": [
          {
            "path": [
              "revision",
            ],
            "summary": "Revision went from 0 to 1.",
          },
          {
            "path": [
              "routing",
              "crusher",
              "referrals",
            ],
            "summary": "Referrals for Beverly Crusher's patients now go to Lena Patel (was: the default table).",
          },
        ],
      }
    `);
  });

  test("exits 1 naming the file that cannot be read or parsed", async () => {
    const runs = await Promise.all([
      runCli(["diff", "missing.json", "sample.json"]),
      runCli(["diff", "sample.json", "bad.json"], { "bad.json": "{" }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    expect(runs.map((r) => r.stderr)).toMatchInlineSnapshot(`
      [
        "error: cannot read missing.json: no such file
      ",
        "error: bad.json is not well-formed JSON at line 1, column 2 (the text ends before a property name in double quotes)
      ",
      ]
    `);
  });
});
