import { deepFreeze } from "../internal/freeze.js";
import { MESSAGES, parseIssue } from "./internal/issues.js";
import { type ParseResult, parsePractice } from "./parsePractice.js";

/**
 * Reads a format version 1 document (plain JSON data) into a version 2 practice, losslessly:
 * `schemaVersion: 2`, `timeZone: "UTC"`, no optional field of version 2. Every verdict and every resolution of
 * the document stays the same, apart from the new `hours` and `respondBy` fields of a resolution (always open,
 * no promise). `parsePractice` does the same for version 1 input; this function also refuses a version 2
 * document, so that a migration step cannot run twice unnoticed.
 *
 * @param v1Json - A version 1 document, typically the result of `JSON.parse`.
 * @returns `{ok: true, practice}` (version 2, deeply frozen), or `{ok: false, issues}` as `parsePractice`
 * reports them; a version 2 document is one `unsupported_version` issue at `["schemaVersion"]`.
 * @example
 * ```ts
 * const result = migratePractice(JSON.parse(serializePractice(samplePractice())));
 * result.ok ? "migrated" : result.issues.map((issue) => issue.code);
 * //=> ["unsupported_version"]
 * ```
 *
 * @group Parsing
 */
export function migratePractice(v1Json: unknown): ParseResult {
  const version =
    typeof v1Json === "object" && v1Json !== null && Object.hasOwn(v1Json, "schemaVersion")
      ? Object.getOwnPropertyDescriptor(v1Json, "schemaVersion")?.value
      : undefined;
  if (version === 2) {
    return deepFreeze({ ok: false, issues: [parseIssue("unsupported_version", ["schemaVersion"], MESSAGES.migrate)] });
  }
  return parsePractice(v1Json);
}
