import { type AbsenceIndex, indexAbsences } from "../../internal/absences.js";
import { clockOf, openStretchAt, type ScheduleClock } from "../../internal/schedule.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import { tableLocation } from "../../model/lookups.js";
import type { Id, Practice } from "../../model/types.js";
import type { Resolution } from "../types.js";
import { type Moment, momentAt } from "./moment.js";
import type { Routed } from "./outcomes.js";
import { visitWithinDays } from "./patient.js";
import type { Entry, Needs } from "./patientAnswers.js";
import { boundariesOf, stretchAt } from "./timeline.js";

// What a compiled router keeps (see the Routing guide, "How a compiled router works").

/** @internal The three kinds of patients without a provider: none given, an unknown id, a staff id. */
export type Kind = "none" | "unknown" | "staff";

/**
 * @internal An answer given in a span, with what patients need of it. `places` holds, by location id, the answers at
 * locations with a table when this answer (given without a location) reached past the after-hours and
 * provider cells, so a location could change it; `undefined` when no location can. `needs` and `kept` are
 * made on the first call with a patient (see `forPatient`).
 */
export interface Slot {
  readonly answer: Resolution;
  readonly places: Record<Id, Slot> | undefined;
  needs: Needs | undefined;
  kept: Map<number | string, Entry[]> | undefined;
}

/**
 * @internal A span of time `[from, until)` in which the absences in force, the opening state and the time fields of
 * the answers stay the same, with the answers given in it: `slots` by category and provider id, `others` by
 * category and kind for patients without a provider (`none`), with an `unknown` id or a `staff` id, and
 * `category` for a string that is not a category. `answers` holds the answer of each slot in `slots`, for
 * calls with neither a patient nor a location (one lookup, no slot to read). `kept` counts the answers kept
 * for patients in it.
 */
export interface Span {
  readonly from: number;
  readonly until: number;
  readonly inForce: boolean;
  readonly closed: boolean;
  readonly moment: Moment;
  readonly answers: readonly Record<Id, Resolution>[];
  readonly slots: readonly Record<Id, Slot>[];
  readonly others: readonly { [K in Kind]?: Slot }[];
  category: Slot | undefined;
  kept: number;
}

/** The span before the first call: it holds no instant. */
const NO_SPAN: Span = {
  from: Number.POSITIVE_INFINITY,
  until: Number.NEGATIVE_INFINITY,
  inForce: false,
  closed: false,
  moment: { hours: { open: true, nextOpenAt: null }, respondBy: null },
  answers: [],
  slots: [],
  others: [],
  category: undefined,
  kept: 0,
};

/**
 * @internal What a router keeps: plain data, filled on first use. `rows` holds the six answers, while nobody is away
 * and the practice is open, of each provider (or kind of patient without one) asked about, at each location
 * asked about; `lists` each of their recipient lists once. `span` is the span of the last call, with the
 * answers given in it. `located` tells whether the practice has a location with a table.
 */
export interface RouterState {
  readonly practice: Practice;
  readonly absences: AbsenceIndex;
  readonly bounds: readonly number[];
  readonly clock: ScheduleClock | undefined;
  /** Each category's eligibility rule (`visitWithinDays`), by category index. */
  readonly eligibility: readonly (number | undefined)[];
  readonly located: boolean;
  /** By location (`null` for none), then by provider id, or a symbol for each kind. */
  readonly rows: Map<Id | null, Map<Id | symbol, readonly Routed[]>>;
  readonly lists: Map<string, readonly Id[]>;
  span: Span;
}

/** @internal A new router's state for `practice`: its absences and schedule read, nothing answered yet. */
export function routerState(practice: Practice): RouterState {
  const absences = indexAbsences(practice);
  return {
    practice,
    absences,
    bounds: boundariesOf(absences),
    clock: clockOf(practice),
    eligibility: MESSAGE_CATEGORIES.map((category) => visitWithinDays(practice, category)),
    located: Object.keys(practice.locationRouting ?? {}).some((id) => tableLocation(practice, id) !== null),
    rows: new Map(),
    lists: new Map(),
    span: NO_SPAN,
  };
}

/** @internal The span holding `time`: the overlap of the absences' stretch and the schedule's. */
export function spanAt(state: RouterState, time: number): Span {
  const stretch = stretchAt(state.bounds, state.absences, time);
  const hours = state.clock === undefined ? undefined : openStretchAt(state.clock, time);
  return {
    from: Math.max(stretch.from, hours?.from ?? Number.NEGATIVE_INFINITY),
    until: Math.min(stretch.until, hours?.until ?? Number.POSITIVE_INFINITY),
    inForce: stretch.inForce,
    closed: hours !== undefined && !hours.open,
    moment: momentAt(state.clock, time, hours),
    answers: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    slots: MESSAGE_CATEGORIES.map(() => Object.create(null)),
    others: MESSAGE_CATEGORIES.map(() => ({})),
    category: undefined,
    kept: 0,
  };
}

export const slotOf = (answer: Resolution, places?: Record<Id, Slot>): Slot => ({
  answer,
  places,
  needs: undefined,
  kept: undefined,
});
