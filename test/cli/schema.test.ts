import { describe, expect, test } from "vitest";
import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";
import { runCli } from "./harness.js";

describe("schema", () => {
  test("prints the JSON Schema of the config format", async () => {
    const { code, stdout, stderr } = await runCli(["schema"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual(toConfigJsonSchema());
    expect(stdout.endsWith("}\n")).toBe(true);
  });

  test("prints the same JSON with --json", async () => {
    expect((await runCli(["schema", "--json"])).stdout).toBe((await runCli(["schema"])).stdout);
  });
});
