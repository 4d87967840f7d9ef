import { formatInstant, listText, memberName, recipientName } from "../../internal/words.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import { locationOf } from "../../model/lookups.js";
import type { Coverage, GroupDelivery, Id, Practice, Recipient } from "../../model/types.js";
import type { EditActor } from "../types.js";

/** How many names a sentence about an edit lists before "… and N others". */
export const SHOWN_NAMES = 5;

/** The recipients of a cell in words, e.g. "Front Desk and the assigned provider". */
export function recipientsText(practice: Practice, recipients: readonly Recipient[]): string {
  return listText(
    recipients.map(
      (recipient) => recipientName(practice, recipient, "the assigned provider") ?? "an unknown recipient",
    ),
    SHOWN_NAMES,
  );
}

/** Who made an edit in words: a member's name, or "System hr-sync" for a system actor. */
export function actorName(practice: Practice, actor: EditActor): string {
  return typeof actor === "string" ? memberName(practice, actor) : `System ${actor.system}`;
}

/** Names a routing cell, e.g. "Appointments for Beverly Crusher's patients". */
export function cellText(practice: Practice, providerId: string | null, category: MessageCategory): string {
  const label = CATEGORY_LABELS[category];
  return providerId === null
    ? `${label} in the default table`
    : `${label} for ${memberName(practice, providerId)}'s patients`;
}

/** Names a routing cell by ids only, for error messages, e.g. "The Appointments cell of provider crusher". */
export function cellIdText(providerId: string | null, category: MessageCategory): string {
  const label = CATEGORY_LABELS[category];
  return providerId === null ? `The ${label} cell of the default table` : `The ${label} cell of provider ${providerId}`;
}

/** An absence in words, e.g. "Jane Smith away from … until …, covered by Kim Jones" (or "with nobody covering"). */
export function coverageText(practice: Practice, coverage: Coverage): string {
  const cover =
    coverage.coveredBy === undefined
      ? "with nobody covering"
      : `covered by ${memberName(practice, coverage.coveredBy)}`;
  return `${memberName(practice, coverage.member)} away from ${formatInstant(coverage.from, practice.timeZone)} until ${formatInstant(coverage.until, practice.timeZone)}, ${cover}`;
}

/** How patients see a group, e.g. "as Front desk team", or "by its name" without a label. */
export function shownAsText(label: string | undefined): string {
  return label === undefined ? "by its name" : `as ${label}`;
}

/** A location's name, or its id when the practice has no such location. */
export function locationName(practice: Practice, id: string): string {
  const location = locationOf(practice, id);
  return location?.name ?? id;
}

/** Names a location's cell, e.g. "Appointments at Riverside clinic". */
export function locationCellText(practice: Practice, locationId: string, category: MessageCategory): string {
  return `${CATEGORY_LABELS[category]} at ${locationName(practice, locationId)}`;
}

/**
 * How a group's messages are delivered, in words: "each member gets a copy" (also when left out), "one shared
 * copy for the group" (pool) or "one member per patient" (sticky).
 */
export function deliveryText(delivery: GroupDelivery | undefined): string {
  if (delivery === "pool") return "one shared copy for the group";
  return delivery === "sticky" ? "one member per patient" : "each member gets a copy";
}

/** The locations a member works at, in words, e.g. "Riverside clinic and North site", or "no location". */
export function memberLocationsText(practice: Practice, ids: readonly Id[] | undefined): string {
  if (ids === undefined || ids.length === 0) return "no location";
  return listText(
    ids.map((id) => locationName(practice, id)),
    SHOWN_NAMES,
  );
}
