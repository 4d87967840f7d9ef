import { getOwn } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import { CATEGORY_LABELS, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import { createContext, groupInfo, isProvider, type ValidationContext } from "./context.js";
import { findDuplicates } from "./duplicates.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { cellLabel } from "./names.js";

/**
 * @internal
 * The issues `validatePractice` reports for one routing cell, in the same order; `providerId` null
 * means `defaultRouting`. Returns `[]` for a missing cell and for a table whose key is not a provider
 * (that table is reported once, as `not_a_provider`). Cost: the cell and the groups it names.
 */
export function validateCell(
  practice: Practice,
  providerId: string | null,
  category: MessageCategory,
): ValidationIssue[] {
  return checkCell(createContext(practice), providerId, category);
}

/** `validateCell` sharing a run's memo. */
export function checkCell(
  context: ValidationContext,
  providerId: Id | null,
  category: MessageCategory,
): ValidationIssue[] {
  const cell = cellAt(context.practice, providerId, category);
  if (cell === undefined) return [];
  const base = providerId === null ? ["defaultRouting", category] : ["routing", providerId, category];
  const entryIssues: ValidationIssue[] = [];
  const duplicates = findDuplicates(context, providerId, category, cell);
  let reaches = false;
  cell.forEach((recipient, index) => {
    const problem = recipientProblem(context, providerId, category, recipient);
    const subject = recipientSubject(recipient);
    if (problem === undefined) reaches = true;
    else if (problem !== null) {
      entryIssues.push(validationIssue(problem.code, [...base, index], problem.message, subject));
    }
    const duplicate = duplicates.get(index);
    if (duplicate !== undefined) {
      entryIssues.push(validationIssue("duplicate_recipient", [...base, index], duplicate, subject));
    }
  });
  if (reaches) return entryIssues;
  const label = cellLabel(context.practice, providerId, category);
  const cellIssue =
    providerId === null
      ? validationIssue(
          "default_reaches_nobody",
          base,
          `${label} reaches no active member for a patient without a provider, so those messages go to the backstop (every active admin).`,
        )
      : validationIssue(
          "route_falls_back",
          base,
          `${label} reaches no active member, so ${memberName(context.practice, providerId)}'s patients fall back to the default ${CATEGORY_LABELS[category]} route.`,
        );
  return [cellIssue, ...entryIssues];
}

function cellAt(
  practice: Practice,
  providerId: Id | null,
  category: MessageCategory,
): readonly Recipient[] | undefined {
  if (providerId === null) return getOwn(practice.defaultRouting, category);
  const table = getOwn(practice.routing, providerId);
  return table === undefined || !isProvider(practice, providerId) ? undefined : getOwn(table, category);
}

/** What a recipient is, for issue keys: `["member", id]`, `["group", id]` or `["assigned_provider"]`. */
function recipientSubject(recipient: Recipient): readonly Id[] {
  return recipient.type === "assigned_provider" ? [recipient.type] : [recipient.type, recipient.id];
}

type Problem = { readonly code: "unknown_member" | "unknown_group" | "inactive_recipient"; readonly message: string };

/** `undefined`: the entry reaches an active member; `null`: it reaches nobody but is no issue by itself. */
function recipientProblem(
  context: ValidationContext,
  providerId: Id | null,
  category: MessageCategory,
  recipient: Recipient,
): Problem | null | undefined {
  const { practice } = context;
  switch (recipient.type) {
    case "member": {
      const member = getOwn(practice.members, recipient.id);
      const label = cellLabel(practice, providerId, category);
      if (member === undefined) {
        return {
          code: "unknown_member",
          message: `${label} names member "${recipient.id}", who is not in the practice.`,
        };
      }
      if (member.active) return undefined;
      return {
        code: "inactive_recipient",
        message: `${label} names ${member.name}, who is inactive and receives nothing.`,
      };
    }
    case "group": {
      const info = groupInfo(context, recipient.id);
      if (info === undefined) {
        const label = cellLabel(practice, providerId, category);
        return { code: "unknown_group", message: `${label} names group "${recipient.id}", which does not exist.` };
      }
      return info.reachesActive ? undefined : null;
    }
    case "assigned_provider":
      return providerId !== null && getOwn(practice.members, providerId)?.active === true ? undefined : null;
    default: {
      const unreachable: never = recipient;
      return unreachable;
    }
  }
}
