import { compareIds } from "../../internal/own.js";
import { countText } from "../../internal/words.js";
import { CATEGORY_LABELS } from "../../model/categories.js";
import { LIMITS } from "../../model/limits.js";
import type { Practice, Recipient } from "../../model/types.js";
import type { SetRouteEdit, SetRouteForAllProvidersEdit } from "../types.js";
import { cellOf, writeCell } from "./cells.js";
import { checkProvider, checkRecipients } from "./checks.js";
import { isEqualData } from "./equal.js";
import { cellIdText, cellText, recipientsText } from "./names.js";
import { invalidEdit, type PlanResult, type Write } from "./plan.js";

/** `set_route`: one cell of a provider's table or of the default table. */
export function planSetRoute(practice: Practice, edit: SetRouteEdit): PlanResult {
  const { providerId, category, recipients } = edit;
  if (providerId === null && recipients.length === 0) {
    return invalidEdit(["recipients"], "Every category of the default table needs at least one recipient.");
  }
  const failure =
    (providerId === null ? undefined : checkProvider(practice, providerId, ["providerId"])) ??
    checkRecipients(practice, recipients, ["recipients"]);
  if (failure !== undefined) return failure;
  return {
    writes: [writeCell(providerId, category, recipients)],
    describe: (before, after) => {
      const old = cellOf(before, providerId, category);
      const was = old === undefined ? "the default table" : recipientsText(before, old);
      const cell = cellText(before, providerId, category);
      return recipients.length === 0
        ? `cleared ${cell}; they now use the default table (was: ${was}).`
        : `routed ${cell} to ${recipientsText(after, recipients)} (was: ${was}).`;
    },
  };
}

/** The ids of every active provider, in id order. */
function activeProviders(practice: Practice): string[] {
  const ids: string[] = [];
  for (const id of Object.keys(practice.members)) {
    const member = practice.members[id];
    if (member?.role === "provider" && member.active) ids.push(id);
  }
  return ids.sort(compareIds);
}

function appendNew(cell: readonly Recipient[], extra: readonly Recipient[]): Recipient[] {
  const out = [...cell];
  for (const recipient of extra) {
    if (!out.some((present) => isEqualData(present, recipient))) out.push(recipient);
  }
  return out;
}

/**
 * `set_route_for_all_providers` over every active provider. `add` starts from what the provider uses
 * today (its own cell, else the default table's) so nobody stops receiving; `fill_empty` writes only
 * providers without the cell.
 */
export function planSetRouteForAll(practice: Practice, edit: SetRouteForAllProvidersEdit): PlanResult {
  const { category, recipients, mode } = edit;
  if (mode !== "replace" && recipients.length === 0) {
    return invalidEdit(["recipients"], `Mode ${mode} needs at least one recipient.`);
  }
  const failure = checkRecipients(practice, recipients, ["recipients"]);
  if (failure !== undefined) return failure;
  const writes: Write[] = [];
  for (const providerId of activeProviders(practice)) {
    const current = cellOf(practice, providerId, category);
    let next: readonly Recipient[] | undefined;
    if (mode === "replace") next = recipients;
    else if (mode === "add") next = appendNew(current ?? practice.defaultRouting[category], recipients);
    else if (current === undefined) next = recipients;
    // `add` changes nothing when the provider already gets exactly that (from its own cell or the default
    // cell); `replace` and `fill_empty` write an explicit cell even when it equals the default one.
    const today = current ?? (mode === "add" ? practice.defaultRouting[category] : []);
    if (next === undefined || isEqualData(next, today)) continue;
    if (next.length > LIMITS.cellRecipients) {
      const cell = cellIdText(providerId, category);
      return invalidEdit(
        ["recipients"],
        `${cell} would have more than the limit of ${LIMITS.cellRecipients} recipients.`,
      );
    }
    writes.push(writeCell(providerId, category, next));
  }
  return {
    writes,
    describe: (_before, after) => {
      const label = CATEGORY_LABELS[category];
      const who = recipientsText(after, recipients);
      const changed = `(${countText(writes.length, "provider table")} changed)`;
      if (mode === "add") return `added ${who} to ${label} for every active provider ${changed}.`;
      if (mode === "fill_empty") {
        return `routed ${label} to ${who} for every active provider without their own ${label} routing ${changed}.`;
      }
      return recipients.length === 0
        ? `cleared ${label} for every active provider; their patients now use the default table ${changed}.`
        : `routed ${label} to ${who} for every active provider ${changed}.`;
    },
  };
}
