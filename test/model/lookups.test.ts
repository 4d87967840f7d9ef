import { describe, expect, test } from "vitest";
import { getGroup, getMember, getProviderTable } from "../../src/model/lookups.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

const INHERITED = ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"];

describe("getMember, getGroup, getProviderTable", () => {
  test("find own entries", () => {
    const practice = samplePractice();
    expect(getMember(practice, "kjones")).toBe(practice.members.kjones);
    expect(getGroup(practice, "front-desk")).toBe(practice.groups["front-desk"]);
    expect(getProviderTable(practice, "crusher")).toBe(practice.routing.crusher);
  });

  test("never return inherited properties", () => {
    const practice = samplePractice();
    for (const id of INHERITED) {
      expect([getMember(practice, id), getGroup(practice, id), getProviderTable(practice, id)]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  test("answer undefined for a provider without a table of their own", () => {
    expect(getProviderTable(samplePractice(), "lpatel")).toBeUndefined();
  });
});
