import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { fuzzRuns } from "../support/fuzzRuns.js";
import { expectCleanIssues, expectFreshFrozen, objectsOf } from "./helpers.js";
import { hostileDocumentArbitrary, keyArbitrary, mutatedDocumentArbitrary } from "./mutations.js";

/** Parses, and checks the laws that hold for any input: issues are clean, practices fresh and frozen. */
function parseAndCheck(input: unknown): void {
  const result = parsePractice(input);
  if (result.ok) expectFreshFrozen(input, result.practice);
  else {
    expect(result.issues.length).toBeGreaterThan(0);
    expectCleanIssues(input, result.issues);
  }
}

const jsonLikeWithDangerousKeys = fc.object({
  key: keyArbitrary,
  maxDepth: 4,
  values: [fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(null)],
});

/** Freezes every object of `value` that can be frozen (typed arrays with elements cannot). */
function freezeAll<T>(value: T): T {
  for (const node of objectsOf(value)) if (!ArrayBuffer.isView(node)) Object.freeze(node);
  return value;
}

let prototypeKeys: string[] = [];
beforeAll(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
});
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
});

describe("parsePractice", () => {
  test.prop(
    [
      fc.anything({
        key: keyArbitrary,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    ],
    { numRuns: fuzzRuns(2_000) },
  )("never throws on fc.anything() and its issues hold no input text; a frozen input is fine", (input) => {
    parseAndCheck(freezeAll(input));
  });

  test.prop([fc.oneof(fc.jsonValue(), jsonLikeWithDangerousKeys)], { numRuns: fuzzRuns(2_000) })(
    "never throws on JSON values with dangerous keys and leaves them deep-equal to a prior clone",
    (input) => {
      const clone = structuredClone(input);
      parseAndCheck(input);
      expect(input).toEqual(clone);
    },
  );

  test.prop([mutatedDocumentArbitrary(fc.oneof(fc.anything({ key: keyArbitrary }), fc.jsonValue()))], {
    numRuns: fuzzRuns(1_000),
  })("never throws on valid documents with random edits deep inside, and leaves them untouched", (input) => {
    const clone = structuredClone(input);
    parseAndCheck(input);
    expect(input).toEqual(clone);
  });

  test.prop([hostileDocumentArbitrary()], { numRuns: fuzzRuns(1_500) })(
    "never runs code of hostile inputs (proxies, lying lengths, getters) and reads undefined fields as absent",
    ({ document, calls }) => {
      const result = parsePractice(document);
      expect(calls).toEqual([]);
      for (const node of objectsOf(result)) expect(Object.isFrozen(node)).toBe(true);
      if (result.ok) {
        expect(parsePracticeJson(serializePractice(result.practice, { indent: false }))).toStrictEqual(result);
      }
    },
  );

  test.prop([practiceArbitrary(), fc.array(fc.constantFrom(...MESSAGE_CATEGORIES), { maxLength: 12 })], {
    numRuns: 200,
  })(
    "fills omitted groups and coverage with {} and orders disabledCategories without repeats",
    (practice, disabled) => {
      const doc = JSON.parse(serializePractice(practice));
      delete doc.groups;
      delete doc.coverage;
      doc.messaging.disabledCategories = disabled;
      const result = parsePractice(doc);
      const expected: Practice = {
        ...practice,
        messaging: {
          ...practice.messaging,
          disabledCategories: MESSAGE_CATEGORIES.filter((c) => disabled.includes(c)),
        },
        groups: {},
        coverage: {},
      };
      expect(result).toEqual({ ok: true, practice: expected });
    },
  );
});

describe("expectCleanIssues", () => {
  const issue = (path: (string | number)[], message: string) => ({
    code: "invalid_type" as const,
    severity: "error" as const,
    path,
    message,
  });

  test("fails on a message that echoes an input string or is not one of ours, and on a value in a path", () => {
    const input = { name: "Secret Clinic", members: { x1: { role: "chief" } } };
    expect(() => expectCleanIssues(input, [issue(["name"], "Expected a string, got Secret Clinic.")])).toThrow();
    expect(() => expectCleanIssues(input, [issue(["name"], "Must not be Secret Clinic.")])).toThrow();
    expect(() => expectCleanIssues(input, [issue(["members", "x1", "chief"], "Must not be empty.")])).toThrow();
    expect(() => expectCleanIssues(input, [issue(["members", "x1", "role"], "Must not be empty.")])).not.toThrow();
  });

  test("does not count an input string that only occurs inside our own wording as an echo", () => {
    // Found by the dangerous-keys property (seed -487297525): the key "ct," sits inside "an object, got null".
    const input = { members: null, "ct,": [] };
    parseAndCheck(input);
    expect(() => expectCleanIssues(input, [issue(["members"], "Expected an object, got ct,.")])).toThrow();
  });
});
