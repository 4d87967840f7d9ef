import { describe, expect, test } from "vitest";
import { indexAbsences } from "../../src/internal/absences.js";
import { boundariesOf, stretchAt } from "../../src/resolve/internal/timeline.js";
import { samplePracticeWith } from "./fixtures.js";

const practice = samplePracticeWith({
  coverage: {
    a: { member: "jsmith", coveredBy: "kjones", from: "2026-03-01T00:00:00Z", until: "2026-03-10T00:00:00Z" },
    b: { member: "kjones", coveredBy: "lpatel", from: "2026-03-05T00:00:00Z", until: "2026-03-10T00:00:00Z" },
    c: { member: "lpatel", coveredBy: "kjones", from: "2026-04-01T00:00:00Z", until: "2026-04-02T00:00:00Z" },
  },
});
const absences = indexAbsences(practice);
const ms = (text: string) => Date.parse(text);

describe("stretchAt", () => {
  const bounds = boundariesOf(absences);

  test("cuts time at every from and until, once each", () => {
    expect(bounds.map((bound) => new Date(bound).toISOString().slice(0, 10))).toEqual([
      "2026-03-01",
      "2026-03-05",
      "2026-03-10",
      "2026-04-01",
      "2026-04-02",
    ]);
  });

  test("gives the stretch [from, until) holding an instant, and whether an absence is in force", () => {
    const at = (text: string) => stretchAt(bounds, absences, ms(text));
    expect(at("2026-01-01T00:00:00Z")).toEqual({ from: -Infinity, until: ms("2026-03-01T00:00:00Z"), inForce: false });
    expect(at("2026-03-01T00:00:00Z")).toEqual({
      from: ms("2026-03-01T00:00:00Z"),
      until: ms("2026-03-05T00:00:00Z"),
      inForce: true,
    });
    expect(at("2026-03-09T23:59:59.999Z")).toMatchObject({ from: ms("2026-03-05T00:00:00Z"), inForce: true });
    expect(at("2026-03-10T00:00:00Z")).toEqual({
      from: ms("2026-03-10T00:00:00Z"),
      until: ms("2026-04-01T00:00:00Z"),
      inForce: false,
    });
    expect(at("2027-01-01T00:00:00Z")).toEqual({ from: ms("2026-04-02T00:00:00Z"), until: Infinity, inForce: false });
  });

  test("gives one endless stretch without absences", () => {
    const none = indexAbsences(samplePracticeWith({ coverage: {} }));
    expect(stretchAt(boundariesOf(none), none, 0)).toEqual({ from: -Infinity, until: Infinity, inForce: false });
  });
});
