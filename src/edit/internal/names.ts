import { getOwn } from "../../internal/own.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import type { Coverage, Practice, Recipient } from "../../model/types.js";

/** A member's name, or its id when the member is unknown. */
export function memberName(practice: Practice, id: string): string {
  return getOwn(practice.members, id)?.name ?? id;
}

/** A group's name, or its id when the group is unknown. */
export function groupName(practice: Practice, id: string): string {
  return getOwn(practice.groups, id)?.name ?? id;
}

function recipientName(practice: Practice, recipient: Recipient): string {
  switch (recipient.type) {
    case "member":
      return memberName(practice, recipient.id);
    case "group":
      return groupName(practice, recipient.id);
    case "assigned_provider":
      return "the assigned provider";
    default: {
      const unreachable: never = recipient;
      return unreachable;
    }
  }
}

/** "A", "A and B", "A, B and C"; after `max` names, "and N others". */
export function listText(names: readonly string[], max = 5): string {
  if (names.length === 0) return "nobody";
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} others`] : names;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] as string}`;
}

/** The recipients of a cell in words, e.g. "Front Desk and the assigned provider". */
export function recipientsText(practice: Practice, recipients: readonly Recipient[]): string {
  return listText(recipients.map((recipient) => recipientName(practice, recipient)));
}

/** Names a routing cell, e.g. "Appointments for Beverly Crusher's patients". */
export function cellText(practice: Practice, providerId: string | null, category: MessageCategory): string {
  const label = CATEGORY_LABELS[category];
  return providerId === null
    ? `${label} in the default table`
    : `${label} for ${memberName(practice, providerId)}'s patients`;
}

/** "1 group", "2 groups". */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** An absence in words, e.g. "Jane Smith away from … until …, covered by Kim Jones". */
export function coverageText(practice: Practice, coverage: Coverage): string {
  return `${memberName(practice, coverage.member)} away from ${coverage.from} until ${coverage.until}, covered by ${memberName(practice, coverage.coveredBy)}`;
}
