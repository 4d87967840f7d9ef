import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { Resolution } from "../types.js";
import type { AbsenceLookup } from "./absences.js";
import { compactCopy } from "./columns.js";
import { routeCategory } from "./expand.js";
import { refusal } from "./outcomes.js";
import type { PatientProvider } from "./provider.js";
import { type AbsenceIndex, type Windows, windowsOf } from "./windows.js";

/**
 * @internal What a router stores for one category of one patient-provider situation: the frozen answer
 * itself when no absence can ever change it (the hot path returns it as is), or a {@link Windowed} entry.
 */
export type Entry = Resolution | Windowed;

/** @internal An answer that an absence can change, with the windows during which one is in force. */
export interface Windowed {
  /** The answer when nobody it can reach is away. */
  readonly answer: Resolution;
  /** Merged intervals, see `windowsOf`. */
  readonly windows: Windows;
  /** The category, to resolve afresh inside the windows. */
  readonly category: MessageCategory;
  /** The patient's provider situation, to resolve afresh inside the windows. */
  readonly provider: PatientProvider;
}

const NOBODY_AWAY: AbsenceLookup = () => undefined;

/**
 * @internal Builds the six entries of one patient-provider situation together: each answer as it is when
 * nobody it can reach is away, wrapped with its windows when an absence can change it.
 */
export function buildRow(
  practice: Practice,
  index: AbsenceIndex,
  provider: PatientProvider,
  backstop: () => readonly Id[],
): readonly Entry[] {
  const providerId = provider.kind === "provider" ? provider.id : null;
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  const built = MESSAGE_CATEGORIES.map(
    (category, column) =>
      refusal(practice, column) ?? routeCategory(practice, category, provider, NOBODY_AWAY, backstop),
  );
  // Fresh copies of the answers' top objects, allocated back to back: the hot path reads only these.
  const quiet = built.map(compactCopy);
  return MESSAGE_CATEGORIES.map((category, column): Entry => {
    const answer = quiet[column] as Resolution;
    if (index.size === 0 || !answer.ok) return answer;
    const own = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
    const fallback = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
    const windows = windowsOf(practice, index, own, fallback, providerId);
    return windows.length === 0 ? answer : Object.freeze({ answer, windows, category, provider });
  });
}

/** @internal Tells a windowed entry from a stored answer. */
export function isWindowed(entry: Entry): entry is Windowed {
  return "windows" in entry;
}
