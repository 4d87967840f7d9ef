// Shared by the parse tests: sample documents, hostile-input checks and the "no input text in issues" law.
import { expect } from "vitest";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { Issue, Practice } from "../../src/model/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { serializePractice } from "../../src/serialize/serializePractice.js";

/** A fresh, mutable plain-JSON copy of the sample practice. */
// biome-ignore lint/suspicious/noExplicitAny: test documents are edited freely
export const sampleDoc = (): any => JSON.parse(serializePractice(samplePractice()));

/** The issues of a parse result, or "ok". */
export function issuesOf(result: { ok: true; practice: Practice } | { ok: false; issues: readonly Issue[] }) {
  return result.ok ? "ok" : result.issues;
}

/** Adds an own enumerable key, even `__proto__`. */
export function setKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every field name of the format, the category ids and our enum values: the words a path may hold. */
export const FORMAT_WORDS: ReadonlySet<string> = new Set([
  ...["schemaVersion", "id", "name", "revision", "messaging", "members", "groups", "routing", "defaultRouting"],
  ...["coverage", "patientInitiated", "patientReplies", "disabledCategories", "role", "admin", "active", "type"],
  ...["member", "from", "until", "coveredBy", "timeZone", "schedule", "afterHoursRouting", "responseBusinessDays"],
  ...["hours", "closures", "firstDay", "lastDay", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
  ...["showRecipientsToPatients", "eligibility", "visitWithinDays", "categories", "patientLabel"],
  ...MESSAGE_CATEGORIES,
]);

const EXPECTED_WORDS = ["a string", "a number", "an integer", "true or false", "an object", "an array", "another type"];
const GOT_WORDS = [
  ...["a value that is not plain JSON data", "no value", "null", "an array", "a non-integer number"],
  ...["a non-finite number", "an object", "a string", "a number", "a boolean", "a bigint", "a symbol", "a function"],
];
const ONE_OF_LISTS = [
  "member, group, assigned_provider",
  "member, group, assigned_provider, care_team",
  "provider, staff",
  MESSAGE_CATEGORIES.join(", "),
  "1, 2",
  "each, pool, sticky",
  "1",
  "2",
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const EXPECTED = `(?:${EXPECTED_WORDS.join("|")})`;
const GOT = `(?:${GOT_WORDS.join("|")})`;
const ONE_OF = ONE_OF_LISTS.map(escapeRegExp);
const ID_RULE =
  "1-128 characters of A-Z a-z 0-9 \\. _ : @ -, starting with a letter or digit, not constructor or prototype\\.";

/** Every message parsePractice / parsePracticeJson may write, written out independently of the sources. */
const MESSAGE_TEMPLATES: readonly RegExp[] = [
  /^This field is required\.$/,
  /^This field is not part of the format\.$/,
  /^This key is not allowed anywhere in a config\.$/,
  new RegExp(`^Expected an id: ${ID_RULE}$`),
  new RegExp(`^This key is not a valid id: ${ID_RULE}$`),
  /^Expected an ISO 8601 date-time with seconds and Z or an offset, e\.g\. 2026-12-01T00:00:00Z\.$/,
  /^Only schemaVersion 1 and 2 are supported\.$/,
  /^migratePractice reads schemaVersion 1 documents; this one is already version 2 \(use parsePractice\)\.$/,
  /^Expected an opening period: two "HH:MM" strings, \[open, close\]\.$/,
  /^Must be at least 1\.$/,
  /^Must be at most 30\.$/,
  /^Must be at most 3650\.$/,
  /^Longer than the limit of 64 characters\.$/,
  /^Must not be empty\.$/,
  /^Must list at least one recipient\.$/,
  /^Must be zero or more\.$/,
  /^Must be at most 9007199254740991\.$/,
  /^This value is not valid here\.$/,
  /^The text is not well-formed JSON\.$/,
  /^Expected JSON text \(a string\)\.$/,
  /^The JSON text is larger than the 32 MiB limit\.$/,
  /^The document is larger than the 32 MiB limit once written as compact JSON\.$/,
  /^More problems were found than the 1000 listed\.$/,
  /^More than the limit of (?:50000|2000|10000|1000|50|24) entries\.$/,
  /^Longer than the limit of 200 characters\.$/,
  new RegExp(`^Expected ${EXPECTED}, got ${GOT}\\.$`),
  new RegExp(`^Expected one of: (?:${ONE_OF.join("|")})\\.$`),
];

/** All of our own words: any input string that is a substring of this cannot be told from ours. */
// Our own wording, written out: the fixed templates and every sentence the templates with choices can make.
// An input string found only inside it (e.g. the key "ct," inside "an object, got null") is not an echo.
const RENDERED = [
  ...EXPECTED_WORDS.flatMap((expected) => GOT_WORDS.map((got) => `Expected ${expected}, got ${got}.`)),
  ...ONE_OF_LISTS.map((list) => `Expected one of: ${list}.`),
];
const OUR_TEXT = [
  ...MESSAGE_TEMPLATES.map((template) => template.source.replace(/\\/g, "")),
  ...RENDERED,
  ...FORMAT_WORDS,
].join("\n");

/** Reads an own data property without calling getters or proxy traps that throw. */
function ownData(node: unknown, key: string | number): { found: boolean; value?: unknown } {
  if (typeof node !== "object" || node === null) return { found: false };
  try {
    const descriptor = Object.getOwnPropertyDescriptor(node, key);
    return descriptor !== undefined && "value" in descriptor
      ? { found: true, value: descriptor.value }
      : { found: false };
  } catch {
    return { found: false };
  }
}

/** Every string (keys and values) of a plain input of length >= 3, read without side effects. */
function inputStrings(input: unknown): Set<string> {
  const strings = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (node.length >= 3) strings.add(node);
      continue;
    }
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    let keys: string[] = [];
    try {
      keys = Object.keys(node);
    } catch {
      continue;
    }
    for (const key of keys) {
      if (key.length >= 3) strings.add(key);
      stack.push(ownData(node, key).value);
    }
  }
  return strings;
}

/**
 * The law: every message is one of our templates; no message contains an input string of length >= 3
 * unless that string is one of our own words; every path element is an index, a key that exists at that
 * place in the input, or a field name of the format.
 */
export function expectCleanIssues(input: unknown, issues: readonly Issue[]): void {
  const strings = [...inputStrings(input)].filter((text) => !OUR_TEXT.includes(text));
  for (const issue of issues) {
    expect(
      MESSAGE_TEMPLATES.some((template) => template.test(issue.message)),
      issue.message,
    ).toBe(true);
    for (const text of strings) expect(issue.message.includes(text), `message echoes ${text}`).toBe(false);
    let node: unknown = input;
    for (const key of issue.path) {
      const own = ownData(node, key);
      if (!own.found) expect(typeof key === "number" || FORMAT_WORDS.has(key), `path element ${key}`).toBe(true);
      node = own.value;
    }
  }
}

/** Every object reachable from `value` (cycles allowed). */
export function objectsOf(value: unknown): Set<object> {
  const found = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || found.has(node)) continue;
    found.add(node);
    for (const key of Object.keys(node)) stack.push(ownData(node, key).value);
  }
  return found;
}

/** Asserts every node of a parsed practice is frozen and none is shared with the input. */
export function expectFreshFrozen(input: unknown, practice: Practice): void {
  const inputObjects = objectsOf(input);
  for (const node of objectsOf(practice)) {
    expect(Object.isFrozen(node)).toBe(true);
    expect(inputObjects.has(node)).toBe(false);
  }
}
