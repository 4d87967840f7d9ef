import { absencesAt } from "../../internal/absences.js";
import { getOwn } from "../../internal/own.js";
import { groupName, memberName } from "../../internal/words.js";
import { CATEGORY_LABELS, MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { RoutingTableRecipient, RoutingTableRow, RoutingTableRowsOptions } from "../routingTableRows.js";
import { pickCell, tableView } from "./tableView.js";

/** An entry without an id, with no mark: the default table's assigned provider, or the care team. */
function unmarked(kind: "assigned_provider" | "care_team", name: string): RoutingTableRecipient {
  return Object.freeze({ kind, id: null, name, unknown: false, inactive: false, away: null, delivery: null });
}

/** @internal `routingTableRows` for a public function named `caller` (it names itself in errors). */
export function tableRows(
  practice: Practice,
  providerId: Id | null,
  options: RoutingTableRowsOptions,
  caller: string,
): readonly RoutingTableRow[] {
  const view = tableView(practice, providerId, options, caller);
  const absenceOf = view.at === undefined ? undefined : absencesAt(practice, view.at);
  const member = (kind: "member" | "assigned_provider", id: Id): RoutingTableRecipient => {
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
      delivery: null,
    });
  };
  const entry = (recipient: Recipient): RoutingTableRecipient => {
    switch (recipient.type) {
      case "member":
        return member("member", recipient.id);
      case "group": {
        const group = getOwn(practice.groups, recipient.id);
        return Object.freeze({
          kind: "group",
          id: recipient.id,
          name: groupName(practice, recipient.id),
          unknown: group === undefined,
          inactive: false,
          away: null,
          delivery: group === undefined ? null : (group.delivery ?? "each"),
        });
      }
      case "assigned_provider":
        return providerId === null
          ? unmarked("assigned_provider", "Assigned provider")
          : member("assigned_provider", providerId);
      case "care_team":
        return unmarked("care_team", "Patient's care team");
      default: {
        const unreachable: never = recipient;
        return unreachable;
      }
    }
  };
  return Object.freeze(
    MESSAGE_CATEGORIES.map((category) => {
      const { shown, fromDefault, fromLocation } = pickCell(practice, view, category);
      return Object.freeze({
        category,
        label: CATEGORY_LABELS[category],
        recipients: Object.freeze(shown.map(entry)),
        fromDefault,
        fromLocation,
      });
    }),
  );
}
