import type { AbsenceIndex, AbsenceLookup, TimedAbsence } from "../../internal/absences.js";
import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { Resolution } from "../types.js";
import { resolveCategory } from "./expand.js";
import { patientProvider } from "./provider.js";
import { mergeWindows, type Windows } from "./timeline.js";

/** @internal The six answers of one patient-provider situation, and when an absence can change each. */
export interface Row {
  /** The `providerId` the answers are for: a provider's id, or any id (or `null`) of a shared situation. */
  readonly providerId: Id | null;
  /** The answers when nobody is away, in category order. */
  readonly answers: readonly Resolution[];
  /** For each answer, the windows in which an absence it can reach is in force (empty: never). */
  readonly windows: readonly Windows[];
}

const NOBODY_AWAY: AbsenceLookup = () => undefined;

/** @internal Builds the {@link Row} of a `providerId`. */
export function buildRow(practice: Practice, absences: AbsenceIndex, providerId: Id | null): Row {
  const provider = patientProvider(practice, providerId);
  const assigned = provider.kind === "provider" ? provider.id : null;
  const table = assigned === null ? undefined : getOwn(practice.routing, assigned);
  const answers = MESSAGE_CATEGORIES.map((_, index) => resolveCategory(practice, index, providerId, NOBODY_AWAY));
  const windows = MESSAGE_CATEGORIES.map((category, index) => {
    if (absences.size === 0 || answers[index]?.ok !== true) return [];
    const own = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
    const fallback = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
    return reachWindows(practice, absences, own, fallback, assigned);
  });
  return { providerId, answers, windows };
}

/**
 * The windows in which some member a cell can reach (directly, through a group, or as the assigned provider)
 * is away: outside them no coverage can change the answer. The fallback cell counts only when the own cell
 * may reach nobody, i.e. names no active member who is never away.
 */
function reachWindows(
  practice: Practice,
  absences: AbsenceIndex,
  own: readonly Recipient[] | undefined,
  fallback: readonly Recipient[],
  assigned: Id | null,
): Windows {
  const spans: TimedAbsence[] = [];
  let alwaysThere = false;
  const add = (id: Id) => {
    const list = absences.get(id);
    if (list !== undefined) spans.push(...list);
    else alwaysThere ||= getOwn(practice.members, id)?.active === true;
  };
  const addCell = (cell: readonly Recipient[]) => {
    for (const recipient of cell) {
      if (recipient.type === "member") add(recipient.id);
      else if (recipient.type === "group")
        for (const id of getOwn(practice.groups, recipient.id)?.members ?? []) add(id);
      else if (assigned !== null) add(assigned);
    }
  };
  if (own !== undefined) addCell(own);
  if (own === undefined || !alwaysThere) addCell(fallback);
  return mergeWindows(spans);
}
