import type { RemoveLocationEdit, SetLocationRouteEdit, UpsertLocationEdit } from "./locationEditTypes.js";
import type { SetEligibilityEdit, SetShowRecipientsEdit } from "./patientEditTypes.js";
import type {
  AddCoverageEdit,
  CopyRoutingEdit,
  Edit,
  EditType,
  RemoveCoverageEdit,
  RemoveGroupEdit,
  ReplaceMemberEdit,
  SetAfterHoursRouteEdit,
  SetCategoryEnabledEdit,
  SetMemberActiveEdit,
  SetMessagingEdit,
  SetRepliesEdit,
  SetResponseDaysEdit,
  SetRouteEdit,
  SetRouteForAllProvidersEdit,
  SetScheduleEdit,
  SetTimeZoneEdit,
  UpsertGroupEdit,
  UpsertMemberEdit,
} from "./types.js";

/**
 * The fields of an edit type: the edit without its `type`.
 *
 * @group Editing
 */
export type EditFields<E extends Edit> = Omit<E, "type">;

/**
 * One edit constructor: takes the edit's fields as one object and returns the {@link Edit}.
 *
 * @group Editing
 */
export type EditConstructor<E extends Edit> = (fields: EditFields<E>) => E;

/**
 * The edit constructors of {@link edits}, one per edit type, named after the type in camelCase.
 *
 * @group Editing
 */
export interface EditConstructors {
  /** `{type: "set_messaging", enabled}`: patient-initiated messaging on or off. */
  readonly setMessaging: EditConstructor<SetMessagingEdit>;
  /** `{type: "set_replies", enabled}`: patient replies on or off. */
  readonly setReplies: EditConstructor<SetRepliesEdit>;
  /** `{type: "set_category_enabled", category, enabled}`: shows or hides a category. */
  readonly setCategoryEnabled: EditConstructor<SetCategoryEnabledEdit>;
  /**
   * `{type: "set_route", providerId, category, recipients}`: one cell (`providerId: null`: the default table);
   * `{type: "set_route", table: "after_hours", category, recipients}`: one after-hours cell; or
   * `{type: "set_route", table: "location", locationId, category, recipients}`: one cell of a location's table.
   */
  readonly setRoute: EditConstructor<SetRouteEdit> &
    EditConstructor<SetAfterHoursRouteEdit> &
    EditConstructor<SetLocationRouteEdit>;
  /** `{type: "set_route_for_all_providers", category, recipients, mode}`: "Routing for All Providers". */
  readonly setRouteForAllProviders: EditConstructor<SetRouteForAllProvidersEdit>;
  /** `{type: "copy_routing", from, to}`: copies one table (a provider's, or a location's) to others. */
  readonly copyRouting: EditConstructor<CopyRoutingEdit>;
  /** `{type: "replace_member", from, to}`: staff turnover. */
  readonly replaceMember: EditConstructor<ReplaceMemberEdit>;
  /** `{type: "upsert_member", id, member}`: adds or replaces a member. */
  readonly upsertMember: EditConstructor<UpsertMemberEdit>;
  /** `{type: "set_member_active", id, active}`: activates or deactivates a member. */
  readonly setMemberActive: EditConstructor<SetMemberActiveEdit>;
  /** `{type: "upsert_group", id, group}`: adds or replaces a group. */
  readonly upsertGroup: EditConstructor<UpsertGroupEdit>;
  /** `{type: "remove_group", id}`: removes a group. */
  readonly removeGroup: EditConstructor<RemoveGroupEdit>;
  /** `{type: "add_coverage", id, coverage}`: adds a dated absence. */
  readonly addCoverage: EditConstructor<AddCoverageEdit>;
  /** `{type: "remove_coverage", id}`: removes an absence. */
  readonly removeCoverage: EditConstructor<RemoveCoverageEdit>;
  /** `{type: "set_time_zone", timeZone}`: the practice's IANA time zone. */
  readonly setTimeZone: EditConstructor<SetTimeZoneEdit>;
  /** `{type: "set_schedule", schedule}`: opening hours and closures (`null`: always open). */
  readonly setSchedule: EditConstructor<SetScheduleEdit>;
  /** `{type: "set_response_days", days}`: the response time promised to patients (`null`: none). */
  readonly setResponseDays: EditConstructor<SetResponseDaysEdit>;
  /** `{type: "set_eligibility", eligibility}`: which patients may start a message (`null`: every patient). */
  readonly setEligibility: EditConstructor<SetEligibilityEdit>;
  /** `{type: "set_show_recipients", enabled}`: whether the patient view names who will receive. */
  readonly setShowRecipients: EditConstructor<SetShowRecipientsEdit>;
  /** `{type: "upsert_location", id, location}`: adds or renames a location. */
  readonly upsertLocation: EditConstructor<UpsertLocationEdit>;
  /** `{type: "remove_location", id}`: removes a location. */
  readonly removeLocation: EditConstructor<RemoveLocationEdit>;
}

function make<E extends Edit>(type: EditType): EditConstructor<E> {
  return (fields) => {
    // A `type` among the fields (from JavaScript) never wins over the constructor's own.
    const { type: _ignored, ...rest } = fields as EditFields<E> & { readonly type?: unknown };
    return { type, ...rest } as unknown as E;
  };
}

/**
 * Edit constructors: each takes the edit's fields as one object (so arguments cannot be swapped) and
 * returns the plain {@link Edit} with its `type`, to pass to `applyEdit`, queue or store. They only build
 * data: `applyEdit` checks it (with `parseEdit`) and applies it.
 *
 * @example
 * ```ts
 * edits.setRoute({ providerId: "crusher", category: "referrals", recipients: [{ type: "group", id: "nurses" }] });
 * //=> { type: "set_route", providerId: "crusher", category: "referrals", recipients: [{ type: "group", id: "nurses" }] }
 * const result = applyEdit(samplePractice(), edits.setMessaging({ enabled: false }), { actor: "jsmith" });
 * result.ok && result.audit.summary;
 * //=> "Jane Smith turned patient-initiated messaging off."
 * ```
 *
 * @group Editing
 */
export const edits: EditConstructors = Object.freeze({
  setMessaging: make<SetMessagingEdit>("set_messaging"),
  setReplies: make<SetRepliesEdit>("set_replies"),
  setCategoryEnabled: make<SetCategoryEnabledEdit>("set_category_enabled"),
  setRoute: make<SetRouteEdit>("set_route") as EditConstructors["setRoute"],
  setRouteForAllProviders: make<SetRouteForAllProvidersEdit>("set_route_for_all_providers"),
  copyRouting: make<CopyRoutingEdit>("copy_routing"),
  replaceMember: make<ReplaceMemberEdit>("replace_member"),
  upsertMember: make<UpsertMemberEdit>("upsert_member"),
  setMemberActive: make<SetMemberActiveEdit>("set_member_active"),
  upsertGroup: make<UpsertGroupEdit>("upsert_group"),
  removeGroup: make<RemoveGroupEdit>("remove_group"),
  addCoverage: make<AddCoverageEdit>("add_coverage"),
  removeCoverage: make<RemoveCoverageEdit>("remove_coverage"),
  setTimeZone: make<SetTimeZoneEdit>("set_time_zone"),
  setSchedule: make<SetScheduleEdit>("set_schedule"),
  setResponseDays: make<SetResponseDaysEdit>("set_response_days"),
  setEligibility: make<SetEligibilityEdit>("set_eligibility"),
  setShowRecipients: make<SetShowRecipientsEdit>("set_show_recipients"),
  upsertLocation: make<UpsertLocationEdit>("upsert_location"),
  removeLocation: make<RemoveLocationEdit>("remove_location"),
});
