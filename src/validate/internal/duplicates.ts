import { unknownRecipient } from "../../internal/recipients.js";
import { listText, memberName } from "../../internal/words.js";
import type { MessageCategory } from "../../model/categories.js";
import type { Id, Recipient } from "../../model/types.js";
import { groupInfo, groupOverlap, type ValidationContext } from "./context.js";
import { cellLabel, groupLabel } from "./names.js";

const SHOWN = 3;

/**
 * The first `SHOWN + 1` names (in group order) of the members of a group that earlier entries already
 * reach. Only the head of each memoised overlap is read, so the cost does not grow with group sizes: the
 * smallest positions of a union are among the smallest positions of its parts.
 */
function firstReachedAgain(
  context: ValidationContext,
  groupId: Id,
  direct: ReadonlySet<Id>,
  provider: Id | null,
  earlierGroups: readonly Id[],
): string[] {
  const positions = groupInfo(context, groupId)?.positions ?? new Map<Id, number>();
  const candidates = new Set<Id>();
  for (const id of direct) if (positions.has(id)) candidates.add(id);
  if (provider !== null && positions.has(provider)) candidates.add(provider);
  for (const other of earlierGroups) {
    for (const id of groupOverlap(context, groupId, other).slice(0, SHOWN + 1)) candidates.add(id);
  }
  return [...candidates]
    .sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
    .slice(0, SHOWN + 1)
    .map((id) => memberName(context.practice, id));
}

/**
 * Finds the entries of one cell that repeat an earlier entry or reach a member an earlier entry already
 * reaches (directly, through a group, or as the assigned provider). Returns a message per such entry index.
 * Cost: entries² plus each group overlap once per run (memoised in the context).
 */
export function findDuplicates(
  context: ValidationContext,
  providerId: Id | null,
  category: MessageCategory,
  cell: readonly Recipient[],
): Map<number, string> {
  const { practice } = context;
  const label = cellLabel(practice, providerId, category);
  const direct = new Set<Id>();
  const groups: Id[] = [];
  let assigned = false;
  const found = new Map<number, string>();
  const reachedBefore = (id: Id): boolean =>
    direct.has(id) ||
    (assigned && id === providerId) ||
    groups.some((group) => groupInfo(context, group)?.positions.has(id) === true);

  cell.forEach((recipient, index) => {
    switch (recipient.type) {
      case "member":
        if (reachedBefore(recipient.id)) {
          found.set(index, `${label} reaches ${memberName(practice, recipient.id)} a second time here.`);
        }
        direct.add(recipient.id);
        return;
      case "group": {
        if (groups.includes(recipient.id)) {
          found.set(index, `${label} lists ${groupLabel(practice, recipient.id)} a second time.`);
          return;
        }
        if (groupInfo(context, recipient.id) !== undefined) {
          const names = firstReachedAgain(context, recipient.id, direct, assigned ? providerId : null, groups);
          if (names.length > 0) {
            const shown = names.length > SHOWN ? `${names.slice(0, SHOWN).join(", ")} and others` : listText(names);
            found.set(index, `${label} reaches ${shown} a second time through ${groupLabel(practice, recipient.id)}.`);
          }
        }
        groups.push(recipient.id);
        return;
      }
      case "assigned_provider":
        if (assigned) {
          found.set(index, `${label} lists the assigned provider a second time.`);
        } else if (providerId !== null && reachedBefore(providerId)) {
          found.set(
            index,
            `${label} reaches ${memberName(practice, providerId)} a second time as the assigned provider.`,
          );
        }
        assigned = true;
        return;
      default: {
        throw unknownRecipient(recipient);
      }
    }
  });
  return found;
}
