import type { MessageCategory } from "../model/categories.js";
import type {
  Coverage,
  Group,
  Id,
  Issue,
  IssuePath,
  Member,
  ParseIssueCode,
  Practice,
  Recipient,
  Schedule,
  Severity,
  ValidationIssueCode,
  WeeklyHours,
} from "../model/types.js";
import type {
  RemoveLocationEdit,
  RoutingTableRef,
  SetLocationRouteEdit,
  UpsertLocationEdit,
} from "./locationEditTypes.js";
import type { SetEligibilityEdit, SetShowRecipientsEdit } from "./patientEditTypes.js";

/**
 * Turns patient-initiated messaging on or off for the whole practice.
 *
 * @group Editing
 */
export interface SetMessagingEdit {
  /** The edit type. */
  readonly type: "set_messaging";
  /** `true` lets patients start messages from the portal. */
  readonly enabled: boolean;
}

/**
 * Lets patients reply to messages the practice sent them, or not.
 *
 * @group Editing
 */
export interface SetRepliesEdit {
  /** The edit type. */
  readonly type: "set_replies";
  /** `true` lets patients reply. */
  readonly enabled: boolean;
}

/**
 * Lets patients choose a category, or hides it.
 *
 * @group Editing
 */
export interface SetCategoryEnabledEdit {
  /** The edit type. */
  readonly type: "set_category_enabled";
  /** The category to show or hide. */
  readonly category: MessageCategory;
  /** `false` adds the category to `messaging.disabledCategories`. */
  readonly enabled: boolean;
}

/**
 * Sets one routing cell: a provider's (`providerId`) or the default table's (`providerId: null`).
 *
 * @group Editing
 */
export interface SetRouteEdit {
  /** The edit type. */
  readonly type: "set_route";
  /** A provider's id, or `null` for the default table. */
  readonly providerId: Id | null;
  /** The cell's category. */
  readonly category: MessageCategory;
  /** The new recipients; `[]` clears a provider's cell (it then uses the default table). */
  readonly recipients: readonly Recipient[];
}

/**
 * Sets one cell of the after-hours table (`afterHoursRouting`), tried first while the practice is closed.
 * `[]` clears the cell; clearing the last one removes the table.
 *
 * @group Editing
 */
export interface SetAfterHoursRouteEdit {
  /** The edit type. */
  readonly type: "set_route";
  /** Always `"after_hours"`: which table (an after-hours cell belongs to no provider). */
  readonly table: "after_hours";
  /** The cell's category. */
  readonly category: MessageCategory;
  /** The new recipients; `[]` clears the cell (closed hours then use the usual routing). */
  readonly recipients: readonly Recipient[];
}

/**
 * How {@link SetRouteForAllProvidersEdit} treats cells that already exist.
 *
 * @group Editing
 */
export type AllProvidersMode = "replace" | "add" | "fill_empty";

/**
 * The settings page's "Routing for All Providers": one category, every active provider's table.
 *
 * @group Editing
 */
export interface SetRouteForAllProvidersEdit {
  /** The edit type. */
  readonly type: "set_route_for_all_providers";
  /** The category to set. */
  readonly category: MessageCategory;
  /** The recipients; `[]` is allowed with `mode: "replace"` only and clears the cells. */
  readonly recipients: readonly Recipient[];
  /** `replace` every cell, `add` the recipients to every cell (no duplicates), or `fill_empty` cells only. */
  readonly mode: AllProvidersMode;
}

/**
 * Makes other tables exact copies of one table: providers' tables by member id, locations' tables as
 * `{locationId}`.
 *
 * @group Editing
 */
export interface CopyRoutingEdit {
  /** The edit type. */
  readonly type: "copy_routing";
  /** The table copied: a provider's id, or `{locationId}` for a location's table. */
  readonly from: RoutingTableRef;
  /** The tables replaced: providers' ids and `{locationId}`s, in any mix. */
  readonly to: readonly RoutingTableRef[];
}

/**
 * Staff turnover: puts `to` in place of `from` in every routing cell (after-hours and location cells included),
 * group and coverage entry.
 *
 * @group Editing
 */
export interface ReplaceMemberEdit {
  /** The edit type. */
  readonly type: "replace_member";
  /** The member leaving. */
  readonly from: Id;
  /** The member taking over. */
  readonly to: Id;
}

/**
 * Adds a member, or replaces an existing member's name, role, admin flag, active flag and locations.
 *
 * @group Editing
 */
export interface UpsertMemberEdit {
  /** The edit type. */
  readonly type: "upsert_member";
  /** The member's id. */
  readonly id: Id;
  /** The member's full record. */
  readonly member: Member;
}

/**
 * Activates or deactivates a member.
 *
 * @group Editing
 */
export interface SetMemberActiveEdit {
  /** The edit type. */
  readonly type: "set_member_active";
  /** The member's id. */
  readonly id: Id;
  /** The new active flag. */
  readonly active: boolean;
}

/**
 * Adds a group or replaces an existing group's name, members, patient label and delivery (each left out: the
 * group has none).
 *
 * @group Editing
 */
export interface UpsertGroupEdit {
  /** The edit type. */
  readonly type: "upsert_group";
  /** The group's id. */
  readonly id: Id;
  /** The group's full record. */
  readonly group: Group;
}

/**
 * Removes a group (rejected while a routing cell still names it).
 *
 * @group Editing
 */
export interface RemoveGroupEdit {
  /** The edit type. */
  readonly type: "remove_group";
  /** The group's id. */
  readonly id: Id;
}

/**
 * Adds a dated absence under a new coverage id; without `coveredBy`, nobody covers.
 *
 * @group Editing
 */
export interface AddCoverageEdit {
  /** The edit type. */
  readonly type: "add_coverage";
  /** A coverage id not used yet. */
  readonly id: Id;
  /** The absence. */
  readonly coverage: Coverage;
}

/**
 * Removes a coverage entry.
 *
 * @group Editing
 */
export interface RemoveCoverageEdit {
  /** The edit type. */
  readonly type: "remove_coverage";
  /** The coverage id. */
  readonly id: Id;
}

/**
 * Sets the practice's IANA time zone, in which every date a person reads is written.
 *
 * @group Editing
 */
export interface SetTimeZoneEdit {
  /** The edit type. */
  readonly type: "set_time_zone";
  /** An IANA zone name, e.g. `"Europe/London"` (1-64 characters; a zone `Intl` does not know is `introduces_errors`). */
  readonly timeZone: string;
}

/**
 * A schedule as an edit carries it: the config format's, with `closures` optional (stored as `{}` when omitted).
 *
 * @group Editing
 */
export interface ScheduleInput {
  /** Per weekday, sorted non-overlapping `[open, close]` periods; a missing weekday is closed. */
  readonly hours: WeeklyHours;
  /** Closed days, keyed by id. */
  readonly closures?: Schedule["closures"];
}

/**
 * Sets the opening hours and closures, or removes them (`null`: the practice is always open).
 *
 * @group Editing
 */
export interface SetScheduleEdit {
  /** The edit type. */
  readonly type: "set_schedule";
  /** The new schedule, or `null` to remove it. */
  readonly schedule: ScheduleInput | null;
}

/**
 * Sets the response time promised to patients (`messaging.responseBusinessDays`), or removes it (`null`).
 *
 * @group Editing
 */
export interface SetResponseDaysEdit {
  /** The edit type. */
  readonly type: "set_response_days";
  /** Business days, an integer from 1 to 30, or `null` to remove the promise. */
  readonly days: number | null;
}

/**
 * A settings change: serialisable data that a backend may queue, store or receive as JSON (see `parseEdit`).
 *
 * @group Editing
 */
export type Edit =
  | SetMessagingEdit
  | SetRepliesEdit
  | SetCategoryEnabledEdit
  | SetRouteEdit
  | SetAfterHoursRouteEdit
  | SetLocationRouteEdit
  | SetRouteForAllProvidersEdit
  | CopyRoutingEdit
  | ReplaceMemberEdit
  | UpsertMemberEdit
  | SetMemberActiveEdit
  | UpsertGroupEdit
  | RemoveGroupEdit
  | UpsertLocationEdit
  | RemoveLocationEdit
  | AddCoverageEdit
  | RemoveCoverageEdit
  | SetTimeZoneEdit
  | SetScheduleEdit
  | SetResponseDaysEdit
  | SetEligibilityEdit
  | SetShowRecipientsEdit;

/**
 * The `type` of every {@link Edit}.
 *
 * @group Editing
 */
export type EditType = Edit["type"];

/**
 * What an audit entry records for `revertEdit`. It is not an {@link Edit}: a revert is only made by
 * `revertEdit`, from the inverse patches of an earlier edit, never by `applyEdit`. It carries the original
 * edit's summary, so a revert of a revert (redo) is worded from the stored entry alone.
 *
 * @group Editing
 */
export interface RevertRecord {
  /** Always `"revert"`. */
  readonly type: "revert";
  /** The revision the reverted edit produced (its `audit.revision`). */
  readonly revision: number;
  /**
   * `"undo"` when the practice goes back to before the original edit, `"redo"` when the original edit's
   * change is made again (a revert of an undo).
   */
  readonly action: "undo" | "redo";
  /** The summary of the original edit: the first one of the chain that is not a revert. */
  readonly originalSummary: string;
}

/**
 * A named automated actor, e.g. `{system: "hr-sync"}` for an HR-directory sync.
 *
 * @group Editing
 */
export interface SystemActor {
  /** The system's name: an id (1-128 characters of `A-Z a-z 0-9 . _ : @ -`). */
  readonly system: Id;
}

/**
 * Who makes an edit: the member id of an admin, or a {@link SystemActor}.
 *
 * @group Editing
 */
export type EditActor = Id | SystemActor;

/**
 * Who edits, when, and (optionally) which revision they saw. Any other field is `invalid_edit`.
 *
 * @group Editing
 */
export interface EditContext {
  /**
   * The member id of the person editing, who must be an active admin of the practice; or a
   * {@link SystemActor}, accepted only with `allowSystemActors: true` (else `forbidden`).
   */
  readonly actor: EditActor;
  /**
   * When the edit happens: a `Date` (of any realm) or an ISO 8601 string; the current time when omitted.
   * Anything else, an invalid `Date` included, is `invalid_edit` at `["at"]`.
   */
  readonly at?: Date | string;
  /**
   * The revision the editor saw (optimistic concurrency): when the practice's `revision` differs, the edit is
   * refused with `conflict` and nothing changes.
   */
  readonly expectedRevision?: number | undefined;
  /**
   * `true` lets `actor` be a {@link SystemActor}: say so only where the backend itself acts (a sync job),
   * never for a value taken from a request.
   */
  readonly allowSystemActors?: boolean | undefined;
}

/**
 * One line of the settings audit trail.
 *
 * @group Editing
 */
export interface AuditEntry {
  /** When, as an ISO 8601 UTC string (`Date.prototype.toISOString`). */
  readonly at: string;
  /** The member id of the admin who made the change, or the {@link SystemActor} that made it. */
  readonly actor: EditActor;
  /** The `id` of the practice edited; `revertEdit` refuses an edit whose practice id is not the practice's. */
  readonly practiceId: Id;
  /** The edit as applied (a fresh frozen copy), or a {@link RevertRecord}. */
  readonly edit: Edit | RevertRecord;
  /** The practice revision after the edit (unchanged when nothing changed). */
  readonly revision: number;
  /** An English sentence naming people, e.g. "Jane Smith turned patient-initiated messaging off." */
  readonly summary: string;
}

/**
 * Why an edit was refused.
 *
 * @group Editing
 */
export type EditErrorCode = "forbidden" | "invalid_edit" | "introduces_errors" | "conflict";

/**
 * The code of an {@link EditIssue}: a structural code from `parseEdit`, or `invalid_edit` for any other check.
 *
 * @group Editing
 */
export type EditIssueCode = ParseIssueCode | "invalid_edit";

/**
 * One problem with an edit, its context or a stored edit; shaped like a parse issue.
 *
 * @group Editing
 */
export interface EditIssue {
  /** A structural code (`invalid_type`, `unknown_field`…) for a malformed edit, else `invalid_edit`. */
  readonly code: EditIssueCode;
  /** Always `"error"`. */
  readonly severity: Severity;
  /** Where: into the edit, a context field such as `["at"]`, or a config path. */
  readonly path: IssuePath;
  /** An English explanation using ids, never names or other input text. */
  readonly message: string;
}

/**
 * The actor is not an active admin of this practice (or a system actor not allowed by the context).
 *
 * @group Editing
 */
export interface ForbiddenError {
  /** Always `"forbidden"`. */
  readonly code: "forbidden";
  /** An English explanation. */
  readonly message: string;
}

/**
 * Bad arguments or context: `issues` lists every problem found (all of `parseEdit`'s for a malformed edit,
 * capped at 1,000; one for any other check), and `path` and `message` repeat the first.
 *
 * @group Editing
 */
export interface InvalidEditError {
  /** Always `"invalid_edit"`. */
  readonly code: "invalid_edit";
  /** The first issue's message. */
  readonly message: string;
  /**
   * The first issue's path: into the edit; a context field such as `["at"]`; `["revision"]` or `[]` when the
   * practice would pass the highest revision or the size limit; or (from `revertEdit`) the config path where
   * the practice no longer holds what the undone edit wrote.
   */
  readonly path: IssuePath;
  /** Every problem found, at least one. */
  readonly issues: readonly EditIssue[];
}

/**
 * The edit would add validation errors the practice did not have.
 *
 * @group Editing
 */
export interface IntroducesErrorsError {
  /** Always `"introduces_errors"`. */
  readonly code: "introduces_errors";
  /** An English explanation naming the count and the first error. */
  readonly message: string;
  /** The validation errors the edit would add. */
  readonly issues: readonly Issue<ValidationIssueCode>[];
}

/**
 * The practice is not at `ctx.expectedRevision`.
 *
 * @group Editing
 */
export interface ConflictError {
  /** Always `"conflict"`. */
  readonly code: "conflict";
  /** An English explanation with both revisions. */
  readonly message: string;
  /** The revision the context expected. */
  readonly expected: number;
  /** The practice's actual revision. */
  readonly actual: number;
}

/**
 * A refused edit, discriminated by `code`; nothing changed. Frozen, like every result.
 *
 * @group Editing
 */
export type EditError = ForbiddenError | InvalidEditError | IntroducesErrorsError | ConflictError;

/**
 * One JSON patch of an edit, in immer's format (immer's `applyPatches` accepts it once the host has called
 * `enablePatches()`; the library never registers that global plugin): paths use the config's own keys, e.g.
 * `["routing", "crusher", "appointments"]`, and never index into arrays. Frozen at runtime.
 *
 * @group Editing
 */
export interface EditPatch {
  /** `add` (a new key), `replace` (a new value) or `remove`. */
  readonly op: "replace" | "remove" | "add";
  /** Where, from the practice's root. */
  readonly path: (string | number)[];
  /** The new value, for `add` and `replace`. */
  readonly value?: unknown;
}

/**
 * An edit that was applied (possibly changing nothing).
 *
 * @group Editing
 */
export interface EditSuccess {
  /** Always `true`. */
  readonly ok: true;
  /** The new practice, deeply frozen; the same object as the input when `changed` is false. */
  readonly practice: Practice;
  /** Whether anything (besides `revision`) changed. */
  readonly changed: boolean;
  /** Immer patches from the old practice to the new one, in the config's own keys (`revision` included). */
  readonly patches: readonly EditPatch[];
  /** Immer patches from the new practice back to the old one. */
  readonly inversePatches: readonly EditPatch[];
  /** The audit entry to store. */
  readonly audit: AuditEntry;
}

/**
 * An edit that was refused.
 *
 * @group Editing
 */
export interface EditFailure {
  /** Always `false`. */
  readonly ok: false;
  /** Why. */
  readonly error: EditError;
}

/**
 * The result of `applyEdit` and `revertEdit`.
 *
 * @group Editing
 */
export type EditResult = EditSuccess | EditFailure;

/**
 * What a backend stores to undo an edit later: the {@link AuditEntry} fields plus the patches, flat and
 * serialisable (`{...result.audit, patches: result.patches, inversePatches: result.inversePatches}`). Read it
 * back with `parseStoredEdit` or hand it to `revertEdit` as it is.
 *
 * @group Editing
 */
export interface StoredEdit extends AuditEntry {
  /** The edit's patches (`EditSuccess.patches`). */
  readonly patches: readonly EditPatch[];
  /** The edit's inverse patches (`EditSuccess.inversePatches`). */
  readonly inversePatches: readonly EditPatch[];
}
