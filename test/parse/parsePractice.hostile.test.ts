import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { parsePracticeJson } from "../../src/parse/parsePracticeJson.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";
import { expectCleanIssues, expectFreshFrozen, issuesOf, sampleDoc, setKey } from "./helpers.js";

const parse = (input: unknown) => issuesOf(parsePractice(input));
const codesAndPaths = (input: unknown) => {
  const result = parsePractice(input);
  return result.ok ? "ok" : result.issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);
};
const throwing = () => {
  throw new Error("trap");
};

describe("parsePractice", () => {
  test("never calls getters: a getter field is invalid_type and the getter never runs", () => {
    let calls = 0;
    const doc = sampleDoc();
    const getter = () => {
      calls++;
      return throwing();
    };
    Object.defineProperty(doc.members, "jsmith", { enumerable: true, get: getter });
    Object.defineProperty(doc, "name", { enumerable: true, get: getter });
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "message": "Expected a string, got a value that is not plain JSON data.",
          "path": [
            "name",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected an object, got a value that is not plain JSON data.",
          "path": [
            "members",
            "jsmith",
          ],
          "severity": "error",
        },
      ]
    `);
    expect(calls).toBe(0);
  });

  test("survives proxies whose every trap throws, at the root and nested", () => {
    const traps = { get: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing };
    const doc = sampleDoc();
    doc.groups = new Proxy({}, traps);
    doc.routing.crusher = new Proxy([], traps);
    expect(codesAndPaths(new Proxy({}, traps))).toEqual(["invalid_type []"]);
    expect(codesAndPaths(doc)).toEqual(['invalid_type ["groups"]', 'invalid_type ["routing","crusher"]']);
  });

  test("survives revoked proxies", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const doc = sampleDoc();
    doc.coverage.c1 = proxy;
    expect(codesAndPaths(proxy)).toEqual(["invalid_type []"]);
    expect(codesAndPaths(doc)).toEqual(['invalid_type ["coverage","c1"]']);
  });

  test("refuses a Proxy, even a well-behaved one, without calling any of its traps", () => {
    const calls: string[] = [];
    // A handler whose every trap is logged: the handler itself is a Proxy answering each trap lookup.
    const handler = new Proxy({}, { get: (_, trap) => void calls.push(String(trap)) });
    const doc = sampleDoc();
    doc.members.jsmith = new Proxy(doc.members.jsmith, handler);
    doc.groups.nurses.members = new Proxy(doc.groups.nurses.members, handler);
    expect(codesAndPaths(new Proxy(sampleDoc(), handler))).toEqual(["invalid_type []"]);
    expect(codesAndPaths(doc)).toEqual([
      'invalid_type ["members","jsmith"]',
      'invalid_type ["groups","nurses","members"]',
    ]);
    expect(calls).toEqual([]);
  });

  test("reports cycles as invalid_type at the point where they close", () => {
    const doc = sampleDoc();
    doc.members.jsmith = doc.members;
    doc.groups.nurses.members.push(doc.groups.nurses.members);
    expect(codesAndPaths(doc)).toEqual([
      'invalid_type ["members","jsmith"]',
      'invalid_type ["groups","nurses","members",1]',
    ]);
  });

  test("survives 10^6-deep nesting of objects and arrays", () => {
    let object: unknown = {};
    let array: unknown = [];
    for (let depth = 0; depth < 1_000_000; depth++) {
      object = { members: object };
      array = [array];
    }
    expect(codesAndPaths(object)).toContain('unknown_field ["members","members","members"]');
    expect(codesAndPaths(array)).toEqual(["invalid_type []"]);
    const doc = sampleDoc();
    doc.members.jsmith.name = object;
    expect(codesAndPaths(doc)).toEqual(['invalid_type ["members","jsmith","name"]']);
  });

  test("walks a wide shared graph once (40 levels of {a: x, b: x})", () => {
    let shared: unknown = "leaf";
    for (let level = 0; level < 40; level++) shared = { a: shared, b: shared };
    const doc = sampleDoc();
    doc.routing.crusher = shared;
    const issues = parse(doc);
    expect(issues).not.toBe("ok");
    expectCleanIssues(doc, issues === "ok" ? [] : issues);
  });

  test("accepts shared sub-objects in a valid position and returns an unshared practice", () => {
    const doc = sampleDoc();
    const cell = [{ type: "assigned_provider" }];
    for (const category of Object.keys(doc.defaultRouting)) doc.defaultRouting[category] = cell;
    const result = parsePractice(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.practice.defaultRouting.appointments).toEqual(cell);
      expect(result.practice.defaultRouting.appointments).not.toBe(result.practice.defaultRouting.referrals);
      expectFreshFrozen(doc, result.practice);
    }
  });

  test("rejects class instances, functions, symbols and bigints as values", () => {
    const doc = sampleDoc();
    doc.members.jsmith = new Map();
    doc.groups.nurses = new Date(0);
    doc.revision = 1n;
    doc.name = Symbol("name");
    doc.id = () => "id";
    expect(codesAndPaths(doc)).toMatchInlineSnapshot(`
      [
        "invalid_type ["id"]",
        "invalid_type ["name"]",
        "invalid_type ["revision"]",
        "invalid_type ["members","jsmith"]",
        "invalid_type ["groups","nurses"]",
      ]
    `);
  });

  test("accepts null-prototype objects and objects from another realm", () => {
    const doc = sampleDoc();
    const bare = Object.assign(Object.create(null), doc.members.jsmith);
    doc.members.jsmith = bare;
    expect(parse(doc)).toBe("ok");
    const foreign = runInNewContext(`(${serializePractice(samplePractice())})`);
    expect(parsePractice(foreign)).toEqual({ ok: true, practice: samplePractice() });
  });

  test("ignores symbol keys and non-enumerable properties, as JSON.stringify does", () => {
    const doc = sampleDoc();
    doc[Symbol("extra")] = 1;
    Object.defineProperty(doc, "hidden", { value: 1, enumerable: false });
    expect(parse(doc)).toBe("ok");
  });

  test("leaves Object.prototype untouched after parsing __proto__ documents", () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const payload = '{"polluted": true, "admin": true}';
    const text = serializePractice(samplePractice())
      .replace('"members": {', `"members": {"__proto__": ${payload},`)
      .replace('"schemaVersion": 1,', `"__proto__": ${payload}, "schemaVersion": 1,`)
      .replace('"type": "member",', `"__proto__": ${payload}, "type": "member",`);
    const doc = sampleDoc();
    setKey(doc, "__proto__", { polluted: true });
    setKey(doc.coverage.c1, "__proto__", { polluted: true });
    const results = [parsePracticeJson(text), parsePractice(JSON.parse(text)), parsePractice(doc)];
    expect(results.map((result) => result.ok)).toEqual([false, false, false]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc.coverage.c1)).toBe(Object.prototype);
  });
});
