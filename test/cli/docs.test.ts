// Every ```console block of docs/cli.md is run in-process and must print exactly what the page shows.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FILES } from "./docFiles.js";
import { runCli } from "./harness.js";

const page = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
const blocks = [...page.matchAll(/```console\n\$ patient-message-routing (.*)\n([\s\S]*?)```/g)].map((match) => ({
  args: (match[1] ?? "").split(" "),
  expected: match[2] ?? "",
}));

describe("docs/cli.md", () => {
  test("has console examples", () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  test("quotes the demo's real output", async () => {
    const { stdout } = await runCli(["demo"]);
    const excerpts = [...page.matchAll(/```text\n((?:Patient message routing|6\. )[\s\S]*?)```/g)];
    expect(excerpts).toHaveLength(2);
    for (const [, excerpt = ""] of excerpts) expect(stdout).toContain(excerpt.replace(/…\n$/, ""));
  });

  test.each(blocks)("shows the real output of $args", async ({ args, expected }) => {
    const { stdout, stderr } = await runCli(args, FILES);
    expect(stdout + stderr).toBe(expected);
  });
});
