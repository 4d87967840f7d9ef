import { deepFreeze } from "../internal/freeze.js";
import { isTimeZone } from "../internal/zone.js";
import { MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice } from "../model/types.js";
import { parsePractice } from "../parse/parsePractice.js";

/**
 * Options of {@link createPractice}.
 *
 * @group Parsing
 */
export interface CreatePracticeOptions {
  /** The practice's id (the id syntax of the config format). */
  readonly id: Id;
  /** The practice's name. */
  readonly name: string;
  /** The first admin: a staff member who can then change every setting. */
  readonly admin: {
    /** The admin's member id. */
    readonly id: Id;
    /** The admin's name, shown in audit summaries and tables. */
    readonly name: string;
  };
  /** The practice's IANA time zone, e.g. `"America/New_York"`; `"UTC"` when omitted. */
  readonly timeZone?: string;
}

/**
 * Creates a new practice for production code: valid and minimal, with one active admin (a staff member),
 * patient-initiated messaging off (the format's default), replies on, no groups, no provider tables, no
 * absences, and a default table that sends every category to the admin. Every later change is an audited
 * edit by that admin (`applyEdit`).
 *
 * @param options - The practice's id and name, and its first admin's id and name.
 * @returns A deeply frozen practice at revision 0 that `validatePractice` accepts.
 * @throws TypeError when an id or a name does not fit the config format; the message names the fields and
 *   issue codes, never the values.
 * @example
 * ```ts
 * const practice = createPractice({ id: "acme", name: "Acme Clinic", admin: { id: "ada", name: "Ada Park" } });
 * [practice.revision, practice.messaging.patientInitiated, practice.defaultRouting.referrals];
 * //=> [0, false, [{ type: "member", id: "ada" }]]
 * ```
 *
 * @group Parsing
 */
export function createPractice(options: CreatePracticeOptions): Practice {
  const admin = options.admin;
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new TypeError("createPractice: timeZone is not an IANA time zone name (invalid_time_zone).");
  }
  const cell = [{ type: "member", id: admin.id }] as const;
  const document = {
    schemaVersion: 2,
    id: options.id,
    name: options.name,
    revision: 0,
    timeZone: options.timeZone ?? "UTC",
    messaging: { patientInitiated: false, patientReplies: true, disabledCategories: [] },
    members: { [admin.id]: { name: admin.name, role: "staff", admin: true, active: true } },
    groups: {},
    routing: {},
    defaultRouting: Object.fromEntries(MESSAGE_CATEGORIES.map((category) => [category, cell])),
    coverage: {},
  };
  const parsed = parsePractice(document);
  if (parsed.ok) return deepFreeze(parsed.practice);
  const problems = new Set(parsed.issues.map((issue) => `${issue.code} at ${optionAt(issue.path)}`));
  throw new TypeError(`createPractice: the options do not make a valid practice (${[...problems].join("; ")}).`);
}

/** The option an issue of the built document comes from: `id`, `name`, `admin.id` or `admin.name`. */
function optionAt(path: readonly (string | number)[]): string {
  const [head, , field] = path;
  if (head === "id" || head === "name") return head;
  return head === "members" && field === "name" ? "admin.name" : "admin.id";
}
