import { takeSnapshot } from "../internal/snapshot.js";
import type { Issue, ParseIssueCode, Practice } from "../model/types.js";
import { enforceCap } from "./internal/enforceCap.js";
import { explainDocument } from "./internal/explainDocument.js";
import { MESSAGES, parseFailure, parseIssue, parseSuccess } from "./internal/issues.js";
import { readPractice } from "./internal/readDocument.js";

/**
 * The result of {@link parsePractice} and {@link parsePracticeJson}.
 *
 * @group Parsing
 */
export type ParseResult =
  | {
      /** The document is structurally valid. */
      readonly ok: true;
      /** The parsed practice: fresh and deeply frozen. */
      readonly practice: Practice;
    }
  | {
      /** The document was rejected. */
      readonly ok: false;
      /** At least one issue, each of severity `"error"`. */
      readonly issues: readonly Issue<ParseIssueCode>[];
    };

/**
 * Checks a value against config format version 1 or 2 and returns a fresh, deeply frozen practice, always
 * of version 2 (a version 1 document is migrated: `timeZone: "UTC"` and no optional field of version 2).
 *
 * Checks structure, limits and forbidden keys only; semantics (unknown members, cycles…) are
 * {@link validatePractice}'s job. Never throws and never mutates `input`, whatever it is: only own
 * enumerable data properties of plain objects and arrays are read, getters are never called, a field holding
 * `undefined` counts as absent, and a Proxy is refused without calling its traps on Node (elsewhere only its
 * `ownKeys`, `getOwnPropertyDescriptor` and `getPrototypeOf` traps may run; docs/config-format.md says more).
 * The 32 MiB cap applies to the practice written compactly, so every accepted practice can be stored with
 * `serializePractice(practice, {indent: false})` and read back. Normalises three things: omitted `groups`,
 * `coverage` and `schedule.closures` become `{}`, `messaging.disabledCategories` comes back in category order
 * without repeats, and a version 1 document comes back as version 2. The `"HH:MM"` and date texts of a
 * schedule and the time zone's name are only checked to be strings here; {@link validatePractice} reads them.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @returns A frozen `{ok: true, practice}`, or a deeply frozen `{ok: false, issues}` with structural codes (at
 * most 1,000, then one `limit_exceeded` issue at `[]` when there were more).
 * @example
 * ```ts
 * const result = parsePractice({ schemaVersion: 3 });
 * result.ok ? "ok" : result.issues[0]?.code;
 * //=> "unsupported_version"
 * ```
 *
 * @group Parsing
 */
export function parsePractice(input: unknown): ParseResult {
  const snapshot = takeSnapshot(input);
  if (snapshot.tooLarge) return parseFailure([parseIssue("limit_exceeded", [], MESSAGES.documentTooLarge)]);
  // The snapshot is ours, so the fast path may freeze it in place, unless it holds a node twice.
  const practice = snapshot.forbiddenKeys.length === 0 && !snapshot.shared ? readPractice(snapshot.value) : undefined;
  const result: ParseResult =
    practice === undefined ? explainDocument(snapshot.value, snapshot.forbiddenKeys) : parseSuccess(practice);
  return enforceCap(result, () => snapshot.bytes);
}
