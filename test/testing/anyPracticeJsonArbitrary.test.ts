import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Practice } from "../../src/model/types.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { anyPracticeJsonArbitrary } from "../../src/testing/anyPracticeJsonArbitrary.js";
import { validatePractice } from "../../src/validate/validatePractice.js";

const sample = fc.sample(anyPracticeJsonArbitrary(), { numRuns: 1500, seed: 42 });
const results = sample.map((text) => parsePracticeJson(text));

describe("anyPracticeJsonArbitrary", () => {
  test.prop([anyPracticeJsonArbitrary()], { numRuns: 300 })("generates text that the parser answers", (text) => {
    expect(typeof text).toBe("string");
    const result = parsePracticeJson(text);
    expect(result.ok || result.issues.length > 0).toBe(true);
  });

  it("generates both accepted and rejected documents in a reasonable share", () => {
    const accepted = results.filter((result) => result.ok).length;
    expect(accepted).toBeGreaterThan(sample.length * 0.2);
    expect(accepted).toBeLessThan(sample.length * 0.6);
  });

  it("reaches every structural issue code", () => {
    const codes = new Set(results.flatMap((result) => (result.ok ? [] : result.issues.map((issue) => issue.code))));
    expect([...codes].sort()).toEqual([
      "forbidden_key",
      "invalid_id",
      "invalid_json",
      "invalid_timestamp",
      "invalid_type",
      "limit_exceeded",
      "missing_field",
      "unknown_field",
      "unsupported_version",
    ]);
  });

  it("includes documents that parse but do not validate", () => {
    const invalid = results.filter((result) => result.ok && !validatePractice(result.practice).valid);
    expect(invalid.length).toBeGreaterThan(10);
  });

  it("writes forbidden keys as own keys at some depth", () => {
    const withProto = sample.filter((text) => text.includes('"__proto__"'));
    expect(withProto.length).toBeGreaterThan(5);
    const depths = new Set(
      results.flatMap((result) =>
        result.ok ? [] : result.issues.filter((i) => i.code === "forbidden_key").map((i) => i.path.length),
      ),
    );
    expect(Math.max(...depths)).toBeGreaterThan(2);
  });

  it("includes canonical, compact and pretty-printed documents of both versions", () => {
    expect(sample.some((text) => text.startsWith('{\n  "schemaVersion": 2,'))).toBe(true);
    expect(sample.some((text) => text.startsWith('{\n  "schemaVersion": 1,'))).toBe(true);
    expect(sample.some((text) => text.startsWith('{"schemaVersion":2,'))).toBe(true);
    expect(sample.some((text) => text.startsWith('{"schemaVersion":1,'))).toBe(true);
  });

  it("includes accepted documents with every field of format version 2", () => {
    const practices = results.flatMap((result) => (result.ok ? [result.practice] : []));
    const count = (has: (practice: Practice) => boolean) => practices.filter(has).length;
    expect(count((p) => p.timeZone !== "UTC")).toBeGreaterThan(50);
    expect(count((p) => p.schedule !== undefined)).toBeGreaterThan(50);
    expect(count((p) => Object.keys(p.schedule?.closures ?? {}).length > 0)).toBeGreaterThan(20);
    expect(count((p) => p.afterHoursRouting !== undefined)).toBeGreaterThan(50);
    expect(count((p) => p.messaging.responseBusinessDays !== undefined)).toBeGreaterThan(20);
    expect(count((p) => Object.values(p.coverage).some((entry) => entry.coveredBy === undefined))).toBeGreaterThan(20);
  });

  it("breaks the fields of format version 2 where the parser reads them", () => {
    const issues = results.flatMap((result) => (result.ok ? [] : result.issues));
    const reaches = (code: string, ...prefix: (string | undefined)[]) =>
      issues.some(
        (issue) => issue.code === code && prefix.every((key, index) => key === undefined || issue.path[index] === key),
      );
    const coverWanted = issues.some((issue) => issue.code === "missing_field" && issue.path.at(-1) === "coveredBy");
    expect({
      zoneMissing: reaches("missing_field", "timeZone"),
      zoneMalformed: reaches("invalid_type", "timeZone"),
      zoneTooLong: reaches("limit_exceeded", "timeZone"),
      zoneInVersion1: reaches("unknown_field", "timeZone"),
      periodMalformed: reaches("invalid_type", "schedule", "hours", undefined, undefined),
      unknownWeekday: reaches("unknown_field", "schedule", "hours"),
      closureMalformed: reaches("invalid_type", "schedule", "closures"),
      scheduleInVersion1: reaches("unknown_field", "schedule"),
      afterHoursMalformed: reaches("invalid_type", "afterHoursRouting"),
      afterHoursUnknownCategory: reaches("unknown_field", "afterHoursRouting"),
      responseDaysOutOfRange: reaches("invalid_type", "messaging", "responseBusinessDays"),
      coverWanted,
    }).toEqual({
      zoneMissing: true,
      zoneMalformed: true,
      zoneTooLong: true,
      zoneInVersion1: true,
      periodMalformed: true,
      unknownWeekday: true,
      closureMalformed: true,
      scheduleInVersion1: true,
      afterHoursMalformed: true,
      afterHoursUnknownCategory: true,
      responseDaysOutOfRange: true,
      coverWanted: true,
    });
  });

  it("includes accepted documents with the patient settings, and breaks them where the parser reads them", () => {
    const practices = results.flatMap((result) => (result.ok ? [result.practice] : []));
    expect(practices.filter((p) => p.messaging.eligibility !== undefined).length).toBeGreaterThan(20);
    expect(practices.filter((p) => p.messaging.showRecipientsToPatients !== undefined).length).toBeGreaterThan(20);
    expect(practices.filter((p) => Object.values(p.groups).some((g) => g.patientLabel)).length).toBeGreaterThan(20);
    const paths = new Set(
      results.flatMap((result) =>
        result.ok ? [] : result.issues.map((issue) => `${issue.code} ${issue.path.join(".")}`),
      ),
    );
    const reached = (pattern: RegExp) => [...paths].some((path) => pattern.test(path));
    expect({
      eligibilityDays: reached(/ messaging\.eligibility(\.categories\.billing)?\.visitWithinDays$/),
      eligibilityCategory: reached(/^unknown_field messaging\.eligibility\.categories/),
      label: reached(/ groups\.[^.]+\.patientLabel$/),
      show: reached(/ messaging\.showRecipientsToPatients$/),
      v1Setting: reached(/^unknown_field messaging\.(eligibility|showRecipientsToPatients)$/),
      v1Label: reached(/^unknown_field groups\.[^.]+\.patientLabel$/),
    }).toEqual({
      eligibilityDays: true,
      eligibilityCategory: true,
      label: true,
      show: true,
      v1Setting: true,
      v1Label: true,
    });
  });

  it("includes accepted documents with sites and pools, and breaks them where the parser reads them", () => {
    const practices = results.flatMap((result) => (result.ok ? [result.practice] : []));
    const count = (has: (practice: Practice) => boolean) => practices.filter(has).length;
    expect(count((p) => Object.keys(p.locations ?? {}).length > 0)).toBeGreaterThan(50);
    expect(count((p) => Object.keys(p.locationRouting ?? {}).length > 0)).toBeGreaterThan(50);
    expect(count((p) => Object.values(p.members).some((member) => member.locations !== undefined))).toBeGreaterThan(50);
    expect(count((p) => Object.values(p.groups).some((group) => group.delivery === "sticky"))).toBeGreaterThan(20);
    const paths = new Set(
      results.flatMap((result) =>
        result.ok ? [] : result.issues.map((issue) => `${issue.code} ${issue.path.join(".")}`),
      ),
    );
    const reached = (pattern: RegExp) => [...paths].some((path) => pattern.test(path));
    expect({
      location: reached(/^(missing_field|invalid_type|limit_exceeded) locations\.[^.]+(\.name)?$/),
      tooManyLocations: reached(/^limit_exceeded locations$/),
      memberLocations: reached(/ members\.[^.]+\.locations(\.\d+)?$/),
      tooManyMemberLocations: reached(/^limit_exceeded members\.[^.]+\.locations$/),
      table: reached(/ locationRouting\.[^.]+/),
      delivery: reached(/^invalid_type groups\.[^.]+\.delivery$/),
      v1Field: reached(/^unknown_field (locations|locationRouting|members\.[^.]+\.locations|groups\.[^.]+\.delivery)$/),
    }).toEqual({
      location: true,
      tooManyLocations: true,
      memberLocations: true,
      tooManyMemberLocations: true,
      table: true,
      delivery: true,
      v1Field: true,
    });
    const codes = new Set(
      results.flatMap((result) =>
        result.ok ? validatePractice(result.practice).issues.map((issue) => issue.code) : [],
      ),
    );
    expect(codes.has("unknown_location")).toBe(true);
  });

  it("includes documents whose time settings parse but do not validate", () => {
    const codes = new Set(
      results.flatMap((result) =>
        result.ok ? validatePractice(result.practice).issues.map((issue) => issue.code) : [],
      ),
    );
    const time = ["invalid_time_zone", "invalid_schedule", "after_hours_reaches_nobody", "response_needs_schedule"];
    expect(time.filter((code) => codes.has(code as never))).toEqual(time);
  });

  it("passes practice options through", () => {
    const off = fc.sample(anyPracticeJsonArbitrary({ practice: { messaging: "off" } }), { numRuns: 300, seed: 1 });
    const practices = off.map((text) => parsePracticeJson(text)).flatMap((r) => (r.ok ? [r.practice] : []));
    expect(practices.length).toBeGreaterThan(50);
    expect(practices.every((practice) => !practice.messaging.patientInitiated)).toBe(true);
  });
});
