import {
  clockOf,
  isoText,
  nextOpenAt,
  type OpenStretch,
  openStretchAt,
  respondByAt,
  type ScheduleClock,
} from "../../internal/schedule.js";
import type { Practice } from "../../model/types.js";
import type { OpeningHours, Resolution } from "../types.js";
import type { Routed } from "./outcomes.js";

/** @internal The time fields every answer at one instant carries (DESIGN.md section 10). */
export interface Moment {
  readonly hours: OpeningHours;
  readonly respondBy: string | null;
}

/** The moment of a practice without a schedule: always open, no promise. */
const ALWAYS_OPEN: Moment = Object.freeze({
  hours: Object.freeze({ open: true, nextOpenAt: null }),
  respondBy: null,
});

/**
 * @internal The time fields at `time` for a practice's schedule (read with `clockOf`); `stretch` is the
 * schedule's stretch holding `time`, when the caller has read it already.
 */
export function momentAt(clock: ScheduleClock | undefined, time: number, stretch?: OpenStretch): Moment {
  if (clock === undefined) return ALWAYS_OPEN;
  const here = stretch ?? openStretchAt(clock, time);
  const { open } = here;
  const next = nextOpenAt(clock, time, here);
  const respondBy = respondByAt(clock, time);
  return Object.freeze({
    hours: Object.freeze({ open, nextOpenAt: next === null ? null : isoText(next) }),
    respondBy: respondBy === null ? null : isoText(respondBy),
  });
}

/** @internal The time fields of a practice at `time`. */
export function practiceMomentAt(practice: Practice, time: number): Moment {
  return momentAt(clockOf(practice), time);
}

/** @internal A routed answer with its time fields: the frozen {@link Resolution}. */
export function timed(routed: Routed, moment: Moment): Resolution {
  return routed.ok
    ? Object.freeze({
        ok: true,
        recipients: routed.recipients,
        route: routed.route,
        pools: routed.pools,
        hours: moment.hours,
        respondBy: moment.respondBy,
        trace: routed.trace,
      })
    : Object.freeze({ ok: false, reason: routed.reason, hours: moment.hours, trace: routed.trace });
}
