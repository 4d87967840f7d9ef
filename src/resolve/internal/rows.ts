import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { Resolution } from "../types.js";
import type { AbsenceIndex, AbsenceLookup } from "./absences.js";
import { compactCopy, type Interner } from "./columns.js";
import { routeCategory } from "./expand.js";
import { refusal } from "./outcomes.js";
import type { PatientProvider } from "./provider.js";
import { type Windows, windowsOf } from "./windows.js";

const NOBODY_AWAY: AbsenceLookup = () => undefined;

/**
 * @internal Builds the six answers of one patient-provider situation together, as they are when nobody
 * they can reach is away, into `answers[offset..offset+5]`; for an answer an absence can change, stores the
 * windows during which one is in force at the same place of `windows`.
 */
export function buildRow(
  practice: Practice,
  index: AbsenceIndex,
  provider: PatientProvider,
  backstop: () => readonly Id[],
  intern: Interner,
  answers: (Resolution | undefined)[],
  windows: (Windows | undefined)[],
  offset: number,
): void {
  const providerId = provider.kind === "provider" ? provider.id : null;
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  const built = MESSAGE_CATEGORIES.map(
    (category, column) =>
      refusal(practice, column) ?? routeCategory(practice, category, provider, NOBODY_AWAY, backstop),
  );
  // Fresh copies of the answers' top objects, allocated back to back: the hot path reads only these.
  for (const [column, category] of MESSAGE_CATEGORIES.entries()) {
    const answer = compactCopy(built[column] as Resolution, intern);
    answers[offset + column] = answer;
    if (index.size === 0 || !answer.ok) continue;
    const own = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
    const fallback = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
    const spans = windowsOf(practice, index, own, fallback, providerId);
    if (spans.length > 0) windows[offset + column] = spans;
  }
}
