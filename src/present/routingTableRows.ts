import { absencesAt } from "../internal/absences.js";
import { getOwn, sortedKeys } from "../internal/own.js";
import { instantOf } from "../internal/time.js";
import { groupName, memberName } from "../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Id, Practice, Recipient, Timestamp } from "../model/types.js";

/**
 * Options of {@link routingTableRows} and of `formatRoutingTable`.
 *
 * @group Presenting
 */
export interface RoutingTableRowsOptions {
  /**
   * The instant at which to mark absent people, as a `Date` or an ISO 8601 timestamp with `Z` or an offset.
   * Without it no absence is marked: the function never reads the clock.
   */
  readonly at?: Date | string;
  /**
   * `"after_hours"`: the practice's after-hours table (with `providerId` null) instead of the default table.
   * Its missing cells have no recipients: the usual route applies while the practice is closed.
   */
  readonly table?: "after_hours";
}

/**
 * An absence in force at the table's instant: until when, and who covers.
 *
 * @group Presenting
 */
export interface RoutingTableAbsence {
  /** The coverage entry's id. */
  readonly coverageId: Id;
  /** The end of the absence (exclusive), as configured. */
  readonly until: Timestamp;
  /** The coverer's id; `null` when nobody covers (the member is dropped while away). */
  readonly coveredBy: Id | null;
}

/**
 * One entry of a routing cell as the settings page shows it.
 *
 * @group Presenting
 */
export interface RoutingTableRecipient {
  /** The cell entry's type. */
  readonly kind: Recipient["type"];
  /** The member or group id; for `assigned_provider`, the provider's id, or `null` in the default table. */
  readonly id: Id | null;
  /** The member's or group's name; "Assigned provider" in the default table; `member "kx"` for an unknown id. */
  readonly name: string;
  /** The id names no member or group of the practice. */
  readonly unknown: boolean;
  /** An inactive member (never true for a group). */
  readonly inactive: boolean;
  /** The member's absence in force at `options.at` (first in coverage-id order), else `null`. */
  readonly away: RoutingTableAbsence | null;
}

/**
 * One category of a routing table: who receives it, and whether the provider's own cell is missing.
 *
 * @group Presenting
 */
export interface RoutingTableRow {
  /** The category. */
  readonly category: MessageCategory;
  /** Its patient-facing label. */
  readonly label: string;
  /** The cell's entries in order (the default cell's when `fromDefault`; none for a missing after-hours cell). */
  readonly recipients: readonly RoutingTableRecipient[];
  /** A provider's table without this cell: the practice default applies. Always `false` for the default table. */
  readonly fromDefault: boolean;
}

/**
 * A provider of the practice, for a settings page's provider picker.
 *
 * @group Presenting
 */
export interface ProviderSummary {
  /** The member id. */
  readonly id: Id;
  /** The provider's name. */
  readonly name: string;
  /** Whether the provider is active. */
  readonly active: boolean;
  /** Whether the provider has a routing table of their own. */
  readonly hasTable: boolean;
}

/**
 * The rows of a routing table as data, in category order: what a settings page renders, and what
 * `formatRoutingTable` prints. Names come from the practice; absences are marked only with `options.at`.
 *
 * @param practice - A parsed practice (left untouched).
 * @param providerId - A provider's id (a provider member, or any id that has a routing table), or `null`
 *   for the practice's default table.
 * @param options - Optionally, the instant at which to mark absences.
 * @returns A deeply frozen array of six rows.
 * @throws TypeError when `providerId` is neither a provider nor a routing-table key, or `at` is not a valid time.
 * @example
 * ```ts
 * const [row] = routingTableRows(samplePractice(), "crusher");
 * [row.label, row.recipients.map((r) => r.name), row.fromDefault];
 * //=> ["Appointments", ["Jane Smith"], false]
 * ```
 *
 * @group Presenting
 */
export function routingTableRows(
  practice: Practice,
  providerId: Id | null,
  options: RoutingTableRowsOptions = {},
): readonly RoutingTableRow[] {
  return tableRows(practice, providerId, options, "routingTableRows");
}

/** @internal {@link routingTableRows} for a public function named `caller` (it names itself in errors). */
export function tableRows(
  practice: Practice,
  providerId: Id | null,
  options: RoutingTableRowsOptions,
  caller: string,
): readonly RoutingTableRow[] {
  const at = options.at === undefined ? undefined : instantOf(options.at);
  if (Number.isNaN(at)) {
    throw new TypeError(`${caller}: options.at must be a valid Date or an ISO 8601 timestamp with Z or an offset.`);
  }
  const afterHours = options.table === "after_hours";
  if (options.table !== undefined && (!afterHours || providerId !== null)) {
    throw new TypeError(`${caller}: options.table must be "after_hours", with providerId null.`);
  }
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  if (providerId !== null && table === undefined && getOwn(practice.members, providerId)?.role !== "provider") {
    throw new TypeError(`${caller}: "${String(providerId)}" is not a provider of this practice.`);
  }
  const absenceOf = at === undefined ? undefined : absencesAt(practice, at);
  const member = (kind: Recipient["type"], id: Id): RoutingTableRecipient => {
    const found = getOwn(practice.members, id);
    const hit = found?.active === true ? absenceOf?.(id) : undefined;
    return Object.freeze({
      kind,
      id,
      name: memberName(practice, id),
      unknown: found === undefined,
      inactive: found !== undefined && !found.active,
      away:
        hit === undefined
          ? null
          : Object.freeze({ coverageId: hit.id, until: hit.coverage.until, coveredBy: hit.coverage.coveredBy ?? null }),
    });
  };
  const entry = (recipient: Recipient): RoutingTableRecipient => {
    switch (recipient.type) {
      case "member":
        return member("member", recipient.id);
      case "group": {
        const unknown = getOwn(practice.groups, recipient.id) === undefined;
        const name = groupName(practice, recipient.id);
        return Object.freeze({ kind: "group", id: recipient.id, name, unknown, inactive: false, away: null });
      }
      case "assigned_provider":
        return providerId === null
          ? Object.freeze({ ...ASSIGNED, kind: "assigned_provider" })
          : member("assigned_provider", providerId);
      case "care_team":
        return Object.freeze({ ...CARE_TEAM, kind: "care_team" });
      default: {
        const unreachable: never = recipient;
        return unreachable;
      }
    }
  };
  return Object.freeze(
    MESSAGE_CATEGORIES.map((category) => {
      const cell = afterHours
        ? getOwn<readonly Recipient[]>(practice.afterHoursRouting ?? {}, category)
        : table === undefined
          ? undefined
          : getOwn(table, category);
      const shown = afterHours ? (cell ?? []) : (cell ?? practice.defaultRouting[category]);
      return Object.freeze({
        category,
        label: CATEGORY_LABELS[category],
        recipients: Object.freeze(shown.map(entry)),
        fromDefault: providerId !== null && cell === undefined,
      });
    }),
  );
}

const ASSIGNED = { id: null, name: "Assigned provider", unknown: false, inactive: false, away: null } as const;
const CARE_TEAM = { id: null, name: "Patient's care team", unknown: false, inactive: false, away: null } as const;

/**
 * The practice's providers in id order, for a settings page's provider picker (the tables it can show
 * after the default one).
 *
 * @param practice - A parsed practice (left untouched).
 * @returns A frozen array of `{id, name, active, hasTable}`.
 * @example
 * ```ts
 * providers(samplePractice()).map((provider) => provider.id);
 * //=> ["crusher", "oselkin"]
 * ```
 *
 * @group Presenting
 */
export function providers(practice: Practice): readonly ProviderSummary[] {
  const found: ProviderSummary[] = [];
  for (const id of sortedKeys(practice.members)) {
    const member = getOwn(practice.members, id);
    if (member?.role !== "provider") continue;
    const hasTable = getOwn(practice.routing, id) !== undefined;
    found.push(Object.freeze({ id, name: member.name, active: member.active, hasTable }));
  }
  return Object.freeze(found);
}
