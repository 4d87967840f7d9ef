import { type AbsenceLookup, absencesAt } from "../internal/absences.js";
import { getOwn } from "../internal/own.js";
import { instantOf } from "../internal/time.js";
import { formatInstant, groupName, memberName } from "../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../model/categories.js";
import type { Id, Practice, Recipient } from "../model/types.js";

/** Options of {@link formatRoutingTable}. */
export interface FormatRoutingTableOptions {
  /** `"text"`: aligned columns under a header and a rule; `"markdown"`: a GitHub table. */
  readonly format: "text" | "markdown";
  /**
   * The instant at which to mark absent people ("away until …, covered by …"), as a `Date` or an ISO 8601
   * timestamp with `Z` or an offset (the config's syntax). Without it no absence is marked: the function
   * never reads the clock.
   */
  readonly at?: Date | string;
}

/**
 * Renders a routing table as the settings page shows it: one row per category (in category order) with
 * the category's label and who receives it, by name.
 *
 * - Members are shown by name, groups by group name. In a provider's table `assigned_provider` is the
 *   provider's name; in the default table (`providerId` null) it is "Assigned provider".
 * - Inactive people are marked "(inactive)", ids that name nobody `member "kx" (unknown)` / `group "kx" (unknown)`.
 * - A provider's missing cell shows the default table's route followed by "(practice default)".
 * - With `at`, a member named in a cell (or the provider, for `assigned_provider`) who is absent at that
 *   instant is marked "(away until 8 Dec 2026, covered by Kim Jones)"; the first absence in coverage-id
 *   order counts, as in resolution. Members inside a group are not expanded or marked.
 * - There is no title line and no trailing newline; line breaks in names become spaces.
 *
 * @param practice - A parsed practice.
 * @param providerId - A provider's id (a provider member, or any id that has a routing table), or `null`
 *   for the practice's default table.
 * @param options - The output format and, optionally, the instant for absence marks.
 * @returns The table as text.
 * @throws TypeError when `providerId` is neither a provider nor a routing-table key, when `format` is not
 *   `"text"` or `"markdown"`, or when `at` is not a valid date.
 * @example
 * ```ts
 * formatRoutingTable(samplePractice(), "crusher", { format: "markdown" }).split("\n")[2];
 * //=> "| Appointments | Jane Smith |"
 * ```
 */
export function formatRoutingTable(
  practice: Practice,
  providerId: Id | null,
  options: FormatRoutingTableOptions,
): string {
  const format = options?.format;
  if (format !== "text" && format !== "markdown") {
    throw new TypeError('formatRoutingTable: options.format must be "text" or "markdown".');
  }
  const at = toInstant(options.at);
  const context: Context = { practice, providerId, absenceOf: at === undefined ? undefined : absencesAt(practice, at) };
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  if (providerId !== null && table === undefined && getOwn(practice.members, providerId)?.role !== "provider") {
    throw new TypeError(`formatRoutingTable: "${String(providerId)}" is not a provider of this practice.`);
  }
  const rows = MESSAGE_CATEGORIES.map((category): readonly [string, string] => {
    const cell = table === undefined ? undefined : getOwn(table, category);
    const shown = cell ?? practice.defaultRouting[category];
    const route = shown.map((recipient) => describeRecipient(context, recipient)).join(", ");
    return [
      CATEGORY_LABELS[category],
      providerId !== null && cell === undefined ? `${route} (practice default)` : route,
    ];
  });
  return format === "text" ? renderText(rows) : renderMarkdown(rows);
}

function toInstant(at: Date | string | undefined): number | undefined {
  if (at === undefined) return undefined;
  const time = instantOf(at);
  if (Number.isNaN(time)) {
    throw new TypeError(
      "formatRoutingTable: options.at must be a valid Date or an ISO 8601 timestamp with Z or an offset.",
    );
  }
  return time;
}

interface Context {
  readonly practice: Practice;
  readonly providerId: Id | null;
  /** The absences in force at the table's instant, when one is given. */
  readonly absenceOf: AbsenceLookup | undefined;
}

function describeRecipient(context: Context, recipient: Recipient): string {
  switch (recipient.type) {
    case "member":
      return describeMember(context, recipient.id);
    case "group": {
      const known = getOwn(context.practice.groups, recipient.id) !== undefined;
      return known
        ? groupName(context.practice, recipient.id)
        : `${groupName(context.practice, recipient.id)} (unknown)`;
    }
    case "assigned_provider":
      return context.providerId === null ? "Assigned provider" : describeMember(context, context.providerId);
    default: {
      const unreachable: never = recipient;
      return unreachable;
    }
  }
}

function describeMember(context: Context, id: Id): string {
  const { practice } = context;
  const member = getOwn(practice.members, id);
  if (member === undefined) return `${memberName(practice, id)} (unknown)`;
  if (!member.active) return `${member.name} (inactive)`;
  const absence = context.absenceOf?.(id)?.coverage;
  if (absence === undefined) return member.name;
  const coverer = getOwn(practice.members, absence.coveredBy);
  const cover =
    coverer === undefined
      ? `${memberName(practice, absence.coveredBy)} (unknown)`
      : `${coverer.name}${coverer.active ? "" : ", who is inactive"}`;
  return `${member.name} (away until ${formatInstant(absence.until)}, covered by ${cover})`;
}

function flatten(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

function renderText(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max("Category".length, ...rows.map(([label]) => label.length));
  const routeWidth = Math.max("Route to".length, ...rows.map(([, route]) => flatten(route).length));
  const line = (left: string, right: string) => `${left.padEnd(width)}  ${right}`;
  return [
    line("Category", "Route to"),
    line("-".repeat(width), "-".repeat(routeWidth)),
    ...rows.map(([label, route]) => line(label, flatten(route))),
  ].join("\n");
}

function renderMarkdown(rows: readonly (readonly [string, string])[]): string {
  const cell = (text: string) => flatten(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
  return ["| Category | Route to |", "| --- | --- |", ...rows.map(([l, r]) => `| ${cell(l)} | ${cell(r)} |`)].join(
    "\n",
  );
}
