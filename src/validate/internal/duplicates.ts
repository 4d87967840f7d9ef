import { unknownRecipient } from "../../internal/recipients.js";
import { listText, memberName } from "../../internal/words.js";
import type { MessageCategory } from "../../model/categories.js";
import type { Id, Recipient } from "../../model/types.js";
import { groupInfo, groupOverlap, type ValidationContext } from "./context.js";
import { type CellOwner, cellLabel, groupLabel } from "./names.js";

const SHOWN = 3;

/**
 * The first `SHOWN + 1` names (in group order) of the members of group `groupId` that the entries of `cell`
 * before `end` already reach (`provider`: the assigned provider, when an earlier entry names it). Only the
 * head of each memoised overlap is read, so the cost does not grow with group sizes: the smallest positions
 * of a union are among the smallest positions of its parts.
 */
function firstReachedAgain(
  context: ValidationContext,
  groupId: Id,
  cell: readonly Recipient[],
  end: number,
  provider: Id | null,
): string[] {
  const positions = groupInfo(context, groupId)?.positions;
  if (positions === undefined) return [];
  let candidates: Id[] | undefined;
  if (provider !== null && positions.has(provider)) candidates = [provider];
  for (let index = 0; index < end; index += 1) {
    const earlier = cell[index] as Recipient;
    if (earlier.type === "member" && positions.has(earlier.id)) candidates = withId(candidates, earlier.id);
    if (earlier.type !== "group" || groupInfo(context, earlier.id) === undefined) continue;
    const overlap = groupOverlap(context, groupId, earlier.id);
    for (let at = 0; at < overlap.length && at <= SHOWN; at += 1) candidates = withId(candidates, overlap[at] as Id);
  }
  if (candidates === undefined) return [];
  return candidates
    .sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
    .slice(0, SHOWN + 1)
    .map((id) => memberName(context.practice, id));
}

/** `list` with `id` added at its end unless it is already there (a new list when `list` is `undefined`). */
function withId(list: Id[] | undefined, id: Id): Id[] {
  if (list === undefined) return [id];
  if (!list.includes(id)) list.push(id);
  return list;
}

/** Whether an entry of `cell` before `end` names the recipient `type`/`id` itself (`id` ignored for the assigned provider). */
function listedBefore(cell: readonly Recipient[], end: number, type: Recipient["type"], id: Id | null): boolean {
  for (let index = 0; index < end; index += 1) {
    const earlier = cell[index] as Recipient;
    if (earlier.type !== type) continue;
    if (earlier.type === "assigned_provider" || earlier.type === "care_team" || earlier.id === id) return true;
  }
  return false;
}

/** Whether an entry of `cell` before `end` reaches member `id`: directly, as the assigned provider `provider`, or through a group. */
function reachedBefore(
  context: ValidationContext,
  cell: readonly Recipient[],
  end: number,
  id: Id,
  provider: Id | null,
): boolean {
  for (let index = 0; index < end; index += 1) {
    const earlier = cell[index] as Recipient;
    if (earlier.type === "member" && earlier.id === id) return true;
    if (earlier.type === "group" && groupInfo(context, earlier.id)?.positions.has(id) === true) return true;
    if (earlier.type === "assigned_provider" && id === provider) return true;
  }
  return false;
}

/**
 * Finds the entries of one cell that repeat an earlier entry or reach a member an earlier entry already
 * reaches (directly, through a group, or as the assigned provider). Returns a message per such entry index,
 * or `undefined` when there is none; nothing is allocated for a cell without repeats.
 * Cost: entries² (a parsed cell holds at most 50) plus each group overlap once per run (memoised in the context).
 */
export function findDuplicates(
  context: ValidationContext,
  owner: CellOwner,
  category: MessageCategory,
  cell: readonly Recipient[],
): Map<number, string> | undefined {
  const { practice } = context;
  const providerId = typeof owner === "string" ? owner : null;
  let found: Map<number, string> | undefined;
  let label: string | undefined;
  for (let index = 1; index < cell.length; index += 1) {
    const recipient = cell[index] as Recipient;
    const assignedBefore = providerId !== null && listedBefore(cell, index, "assigned_provider", null);
    let message: string | undefined;
    switch (recipient.type) {
      case "member":
        if (reachedBefore(context, cell, index, recipient.id, assignedBefore ? providerId : null)) {
          message = `reaches ${memberName(practice, recipient.id)} a second time here.`;
        }
        break;
      case "group": {
        if (listedBefore(cell, index, "group", recipient.id)) {
          message = `lists ${groupLabel(practice, recipient.id)} a second time.`;
          break;
        }
        const names = firstReachedAgain(context, recipient.id, cell, index, assignedBefore ? providerId : null);
        if (names.length > 0) {
          const shown = names.length > SHOWN ? `${names.slice(0, SHOWN).join(", ")} and others` : listText(names);
          message = `reaches ${shown} a second time through ${groupLabel(practice, recipient.id)}.`;
        }
        break;
      }
      case "assigned_provider":
        if (listedBefore(cell, index, "assigned_provider", null)) {
          message = "lists the assigned provider a second time.";
        } else if (providerId !== null && reachedBefore(context, cell, index, providerId, null)) {
          message = `reaches ${memberName(practice, providerId)} a second time as the assigned provider.`;
        }
        break;
      case "care_team":
        if (listedBefore(cell, index, "care_team", null)) message = "lists the patient's care team a second time.";
        break;
      default: {
        throw unknownRecipient(recipient);
      }
    }
    if (message === undefined) continue;
    label ??= cellLabel(practice, owner, category);
    found ??= new Map();
    found.set(index, `${label} ${message}`);
  }
  return found;
}
