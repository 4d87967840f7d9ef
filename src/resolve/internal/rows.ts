import { getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice, Recipient } from "../../model/types.js";
import type { Resolution } from "../types.js";
import type { AbsenceLookup } from "./absences.js";
import { compactCopy } from "./columns.js";
import { routeCategory } from "./expand.js";
import { refusal } from "./outcomes.js";
import type { PatientProvider } from "./provider.js";
import { type AbsenceIndex, type Windows, windowsOf } from "./windows.js";

/** @internal The six answers of one patient-provider situation, as they are when nobody they can reach is away. */
export interface Row {
  /** Per category column: the final frozen answer (disabled columns hold the refusal). */
  readonly quiet: readonly Resolution[];
  /** Per category column: when an absence the answer depends on is in force (`undefined`: never). */
  readonly windowed: readonly (Windowed | undefined)[];
}

/** @internal The windows of one answer, and the provider needed to resolve afresh inside them. */
export interface Windowed {
  /** Merged intervals, see `windowsOf`. */
  readonly windows: Windows;
  /** The patient's provider situation. */
  readonly provider: PatientProvider;
}

const NOBODY_AWAY: AbsenceLookup = () => undefined;

/**
 * @internal Builds the six answers of one patient-provider situation together (so they sit together in
 * memory), as they are when nobody they can reach is away, with the windows during which somebody is.
 */
export function buildRow(
  practice: Practice,
  index: AbsenceIndex,
  provider: PatientProvider,
  backstop: () => readonly Id[],
): Row {
  const providerId = provider.kind === "provider" ? provider.id : null;
  const table = providerId === null ? undefined : getOwn(practice.routing, providerId);
  const built = MESSAGE_CATEGORIES.map(
    (category, column) =>
      refusal(practice, column) ?? routeCategory(practice, category, provider, NOBODY_AWAY, backstop),
  );
  // Fresh copies of the answers' top objects, allocated back to back: the hot path reads only these.
  const quiet = built.map(compactCopy);
  const windowed = MESSAGE_CATEGORIES.map((category, column) => {
    if (index.size === 0 || quiet[column]?.ok === false) return undefined;
    const own = table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
    const fallback = getOwn<readonly Recipient[]>(practice.defaultRouting, category) ?? [];
    const windows = windowsOf(practice, index, own, fallback, providerId);
    return windows.length === 0 ? undefined : { windows, provider };
  });
  return { quiet, windowed };
}
