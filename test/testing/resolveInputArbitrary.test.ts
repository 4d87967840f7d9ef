import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { clockOf, isOpenAt, openStretchAt } from "../../src/internal/schedule.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { ResolveInput } from "../../src/resolve/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { buildPractice } from "../../src/testing/builders/buildPractice.js";
import { clockChanges2026 } from "../../src/testing/internal/boundaryInstants.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";

const instantOf = (input: ResolveInput): number | undefined =>
  input.at === undefined ? undefined : new Date(input.at).getTime();

const instantsOf = (inputs: readonly ResolveInput[]): Set<number> =>
  new Set(inputs.map(instantOf).filter((ms) => ms !== undefined));

const iso = (ms: number) => new Date(ms).toISOString();

describe("resolveInputArbitrary", () => {
  it("runs the TSDoc example", () => {
    const [input] = fc.sample(resolveInputArbitrary(samplePractice()), { numRuns: 1, seed: 42 });
    expect(typeof input?.category).toBe("string");
  });

  test.prop([practiceArbitrary().chain((p) => fc.tuple(fc.constant(p), resolveInputArbitrary(p)))], { numRuns: 200 })(
    "generates inputs that resolve",
    ([practice, input]) => {
      const resolution = resolveRecipients(practice, input);
      expect(typeof resolution.hours.open).toBe("boolean");
    },
  );

  it("hits open and closed instants, and the instants at which the practice opens and closes", () => {
    const pairs = fc.sample(
      practiceArbitrary({ messaging: "on" })
        .filter((p) => p.schedule !== undefined)
        .chain((p) => resolveInputArbitrary(p).map((input) => [p, input] as const)),
      { numRuns: 800, seed: 3 },
    );
    const counts = { open: 0, closed: 0, opening: 0, closing: 0, beforeOpening: 0, afterHours: 0 };
    for (const [practice, input] of pairs) {
      const clock = clockOf(practice);
      const at = instantOf(input);
      if (clock === undefined || at === undefined) continue;
      const open = isOpenAt(clock, at);
      counts[open ? "open" : "closed"]++;
      const changes = openStretchAt(clock, at).from === at && isOpenAt(clock, at - 1) !== open;
      if (changes) counts[open ? "opening" : "closing"]++;
      if (!open && isOpenAt(clock, at + 1)) counts.beforeOpening++;
      const resolution = resolveRecipients(practice, input);
      expect(resolution.hours.open).toBe(open);
      if (resolution.ok && resolution.route === "after_hours_table") counts.afterHours++;
    }
    expect(counts.open).toBeGreaterThan(100);
    expect(counts.closed).toBeGreaterThan(100);
    expect(counts.opening).toBeGreaterThan(8);
    expect(counts.closing).toBeGreaterThan(8);
    expect(counts.beforeOpening).toBeGreaterThan(8);
    expect(counts.afterHours).toBeGreaterThan(30);
  });

  it("includes the clock changes of the practice's zone in 2026", () => {
    const practice = buildPractice({ timeZone: "America/New_York" });
    const instants = instantsOf(fc.sample(resolveInputArbitrary(practice), { numRuns: 1000, seed: 1 }));
    const changes = clockChanges2026("America/New_York");
    expect(changes.map(iso)).toEqual(["2026-03-08T07:00:00.000Z", "2026-11-01T06:00:00.000Z"]);
    for (const change of changes) {
      const near = [change - 60_000, change - 1, change, change + 1, change + 60_000];
      expect(near.map((ms) => instants.has(ms))).toEqual([true, true, true, true, true]);
    }
  });

  it("finds the clock changes of zones with daylight saving time, and none elsewhere", () => {
    const zones = ["UTC", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia", "America/St_Johns"];
    expect(Object.fromEntries(zones.map((zone) => [zone, clockChanges2026(zone).map(iso)]))).toMatchInlineSnapshot(`
      {
        "America/St_Johns": [
          "2026-03-08T05:30:00.000Z",
          "2026-11-01T04:30:00.000Z",
        ],
        "Asia/Kolkata": [],
        "Australia/Lord_Howe": [
          "2026-04-04T15:00:00.000Z",
          "2026-10-03T15:30:00.000Z",
        ],
        "Europe/London": [
          "2026-03-29T01:00:00.000Z",
          "2026-10-25T01:00:00.000Z",
        ],
        "Pacific/Apia": [],
        "UTC": [],
      }
    `);
  });

  it("includes the starts and ends of closures on the practice's wall clock", () => {
    const practice = buildPractice({
      timeZone: "America/New_York",
      schedule: { hours: { fri: [["08:00", "17:00"]] }, closures: { "xmas-2026": "2026-12-25" } },
    });
    const instants = instantsOf(fc.sample(resolveInputArbitrary(practice), { numRuns: 1000, seed: 2 }));
    expect(instants.has(Date.parse("2026-12-25T05:00:00Z"))).toBe(true);
    expect(instants.has(Date.parse("2026-12-26T05:00:00Z"))).toBe(true);
  });

  it("includes the bounds of absences, with or without cover, and the instants either side", () => {
    const practice = buildPractice({
      staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: "Kim Jones" },
      absences: [{ member: "kjones", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" }],
    });
    const instants = instantsOf(fc.sample(resolveInputArbitrary(practice), { numRuns: 1000, seed: 4 }));
    for (const bound of [Date.parse("2026-12-01T00:00:00Z"), Date.parse("2026-12-08T00:00:00Z")]) {
      expect([bound - 1, bound, bound + 1].map((ms) => instants.has(ms))).toEqual([true, true, true]);
    }
  });

  it("leaves the practice untouched", () => {
    const practice = samplePractice();
    const before = structuredClone(practice);
    fc.sample(resolveInputArbitrary(practice), { numRuns: 50, seed: 5 });
    expect(practice).toEqual(before);
  });

  it("draws a patient for every input only when asked, around the input's instant", () => {
    const practice = buildPractice({
      staff: { kjones: "Kim Jones" },
      eligibility: { visitWithinDays: 30 },
    });
    const plain = fc.sample(resolveInputArbitrary(practice), { numRuns: 100, seed: 4 });
    expect(plain.filter((input) => "patient" in input)).toEqual([]);
    const inputs = fc.sample(resolveInputArbitrary(practice, { patient: true }), { numRuns: 300, seed: 4 });
    expect(inputs.filter((input) => input.patient === undefined)).toEqual([]);
    const onBoundary = inputs.filter((input) => {
      const visit = input.patient?.lastVisitAt;
      const at = instantOf(input);
      return (
        at !== undefined && visit !== undefined && visit !== null && new Date(visit).getTime() === at - 30 * 86_400_000
      );
    });
    expect(onBoundary.length).toBeGreaterThan(10);
    const [withPatient] = fc.sample(resolveInputArbitrary(samplePractice(), { patient: true }), { numRuns: 1 });
    expect(typeof withPatient?.patient).toBe("object");
  });
  it("draws location ids with and without a table, unknown ones, null and none", () => {
    const practice = buildPractice({
      staff: { kjones: "Kim Jones" },
      locations: { north: "North Clinic", east: "East Clinic" },
      locationRoutes: { north: { referrals: ["kjones"] } },
    });
    const inputs = fc.sample(resolveInputArbitrary(practice), { numRuns: 400, seed: 6 });
    const count = (has: (input: ResolveInput) => boolean) => inputs.filter(has).length;
    expect(count((input) => input.locationId === "north")).toBeGreaterThan(100);
    expect(count((input) => input.locationId === "east")).toBeGreaterThan(20);
    expect(
      count((input) => typeof input.locationId === "string" && !["north", "east"].includes(input.locationId)),
    ).toBeGreaterThan(20);
    expect(count((input) => input.locationId === null)).toBeGreaterThan(20);
    expect(count((input) => !("locationId" in input))).toBeGreaterThan(40);
    const routes = new Set(
      inputs.map((input) => resolveRecipients(practice, input)).map((r) => (r.ok ? r.route : r.reason)),
    );
    expect(routes.has("location_table")).toBe(true);
  });

  it("draws a patient with only an id when asked, most often with an id", () => {
    const inputs = fc.sample(resolveInputArbitrary(samplePractice(), { patient: "id" }), { numRuns: 300, seed: 7 });
    expect(inputs.filter((input) => input.patient === undefined)).toEqual([]);
    expect(inputs.filter((input) => Object.keys(input.patient ?? {}).some((key) => key !== "id"))).toEqual([]);
    const ids = inputs.map((input) => input.patient?.id);
    expect(ids.filter((id) => id !== undefined).length).toBeGreaterThan(200);
    expect(ids.filter((id) => id === undefined).length).toBeGreaterThan(10);
    expect(ids.some((id) => id !== undefined && [...id].some((char) => (char.codePointAt(0) as number) > 0x7f))).toBe(
      true,
    );
  });
});
