// Every ```console block of docs/cli.md is run in-process and must print exactly what the page shows.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli, SAMPLE_JSON, sampleWith } from "./harness.js";

const sample = JSON.parse(SAMPLE_JSON);
const FILES: Readonly<Record<string, string>> = {
  "practice.json": SAMPLE_JSON,
  "after.json": sampleWith({
    revision: 1,
    messaging: { ...sample.messaging, disabledCategories: ["general_inquiry"] },
    routing: {
      ...sample.routing,
      crusher: { ...sample.routing.crusher, referrals: [{ type: "member", id: "lpatel" }] },
    },
  }),
  "broken.json": sampleWith({
    defaultRouting: { ...sample.defaultRouting, appointments: [{ type: "member", id: "kx" }] },
    groups: { ...sample.groups, nurses: { name: "Nurses", members: ["mreyes", "lpatel"] } },
  }),
  "off.json": sampleWith({ messaging: { ...sample.messaging, patientInitiated: false } }),
  "partial.json": '{"schemaVersion":1,"id":"x"}\n',
  "bad.json": '{\n  "id": "x",\n}',
  "bom.json": "\uFEFF{}",
};

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
