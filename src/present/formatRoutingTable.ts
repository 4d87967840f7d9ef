import { getOwn } from "../internal/own.js";
import { formatInstant, locationName, memberName } from "../internal/words.js";
import type { GroupDelivery, Id, Practice } from "../model/types.js";
import { tableRows } from "./internal/tableRows.js";
import type { RoutingTableRecipient, RoutingTableRowsOptions } from "./routingTableRows.js";

/**
 * Options of {@link formatRoutingTable}.
 *
 * @group Presenting
 */
export interface FormatRoutingTableOptions extends RoutingTableRowsOptions {
  /** `"text"` (the default): aligned columns under a header and a rule; `"markdown"`: a GitHub table. */
  readonly format?: "text" | "markdown";
}

/**
 * Renders a routing table as the settings page shows it: the rows of {@link routingTableRows}, one per
 * category (in category order), with the category's label and who receives it, by name.
 *
 * - Members are shown by name, groups by group name. In a provider's table `assigned_provider` is the
 *   provider's name; in the default table (`providerId` null) it is "Assigned provider".
 * - Inactive people are marked "(inactive)", ids that name nobody `member "kx" (unknown)` / `group "kx" (unknown)`.
 * - A provider's missing cell shows the default table's route followed by "(practice default)"; with
 *   `locationId`, the location's route followed by "(Riverside Clinic table)" when the location has the cell.
 *   With `table: "location"`, the location's table is shown and its missing cells read "(practice default)";
 *   with `table: "after_hours"`, the after-hours table is shown and its missing cells read "(usual route)".
 * - A group whose `delivery` is `"pool"` is marked "(shared pool)", one whose `delivery` is `"sticky"`
 *   "(one member per patient)".
 * - With `at`, a member named in a cell (or the provider, for `assigned_provider`) who is absent at that
 *   instant is marked "(away until 7 Dec 2026, 7:00 PM EST, covered by Kim Jones)", or "nobody covers",
 *   with the date on the practice's wall clock; the first absence in coverage-id order counts, as in
 *   resolution. Members inside a group are not expanded or marked.
 * - There is no title line and no trailing newline; line breaks in names become spaces.
 *
 * @param practice - A parsed practice.
 * @param providerId - A provider's id (a provider member, or any id that has a routing table), or `null`
 *   for the practice's default table.
 * @param options - The output format (text by default) and, optionally, the instant for absence marks, the
 *   table and the location (as for `routingTableRows`).
 * @returns The table as text.
 * @throws TypeError when `format` is not `"text"` or `"markdown"`, and where `routingTableRows` throws.
 * @example
 * ```ts
 * formatRoutingTable(samplePractice(), "crusher", { format: "markdown" }).split("\n")[2];
 * //=> "| Appointments | Jane Smith |"
 * ```
 *
 * @group Presenting
 */
export function formatRoutingTable(
  practice: Practice,
  providerId: Id | null,
  options: FormatRoutingTableOptions = {},
): string {
  const format = options.format ?? "text";
  if (format !== "text" && format !== "markdown") {
    throw new TypeError('formatRoutingTable: options.format must be "text" or "markdown".');
  }
  const rows = tableRows(practice, providerId, options, "formatRoutingTable").map((row): readonly [string, string] => {
    const route =
      row.recipients.length === 0
        ? "(usual route)"
        : row.recipients.map((recipient) => describe(practice, recipient)).join(", ");
    if (row.fromDefault) return [row.label, `${route} (practice default)`];
    const location = row.fromLocation ? locationName(practice, options.locationId ?? "") : undefined;
    return [row.label, location === undefined ? route : `${route} (${location} table)`];
  });
  return format === "text" ? renderText(rows) : renderMarkdown(rows);
}

/** What follows a group's name, by its delivery. */
const DELIVERY_MARKS: Readonly<Record<GroupDelivery, string>> = {
  each: "",
  pool: " (shared pool)",
  sticky: " (one member per patient)",
};

function describe(practice: Practice, recipient: RoutingTableRecipient): string {
  if (recipient.unknown) return `${recipient.name} (unknown)`;
  if (recipient.delivery !== null) return `${recipient.name}${DELIVERY_MARKS[recipient.delivery]}`;
  if (recipient.inactive) return `${recipient.name} (inactive)`;
  if (recipient.away === null) return recipient.name;
  const { until, coveredBy } = recipient.away;
  const away = `${recipient.name} (away until ${formatInstant(until, practice.timeZone)}`;
  if (coveredBy === null) return `${away}, nobody covers)`;
  const coverer = getOwn(practice.members, coveredBy);
  const cover =
    coverer === undefined
      ? `${memberName(practice, coveredBy)} (unknown)`
      : `${coverer.name}${coverer.active ? "" : ", who is inactive"}`;
  return `${away}, covered by ${cover})`;
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
