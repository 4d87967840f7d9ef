import { lookupAt } from "../internal/absences.js";
import { categoryIndex } from "../model/categories.js";
import type { Practice } from "../model/types.js";
import { forPatient } from "./internal/forPatient.js";
import { inputTime } from "./internal/inputTime.js";
import { readPatient } from "./internal/patient.js";
import { routerState, type Slot, spanAt } from "./internal/routerState.js";
import { slotAt } from "./internal/slots.js";
import { replyAt } from "./resolveReply.js";
import type { ReplyInput, Resolution, ResolveInput, Router } from "./types.js";

/**
 * Builds a router for one practice: the same answers as {@link resolveRecipients} (traces included), in
 * constant time per call. Time is cut into spans in which nothing that can change an answer changes: the
 * absences in force, whether the practice is open, when it opens next and the respond-by promise. Each span
 * is found from the absences and the weekly schedule around the instant asked about, never enumerated. A
 * provider's answers are built on first use and adapted to a span on first use in it; a repeated call in the
 * same span returns the same object. See the Routing guide for how it works.
 *
 * The practice must not change after compiling (practices from `parsePractice` are frozen). The router keeps
 * the practice's `id` and `revision` (`router.practiceId`, `router.revision`); {@link routerFor} keeps one
 * router per frozen practice.
 *
 * @param practice - The practice configuration (left untouched).
 * @returns A frozen {@link Router}; its `resolve` throws the same `TypeError`s as `resolveRecipients`.
 * @example
 * ```ts
 * const router = compileRouter(samplePractice());
 * const resolution = router.resolve({ category: "health_question", providerId: "crusher", at: "2026-12-02T15:00:00Z" });
 * resolution.ok && resolution.recipients;
 * //=> ["crusher"]
 * router.revision;
 * //=> 0
 * ```
 *
 * @group Routing
 */
export function compileRouter(practice: Practice): Router {
  const state = routerState(practice);
  return Object.freeze({
    practiceId: practice.id,
    revision: practice.revision,
    resolve(input: ResolveInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolve");
      const index = categoryIndex(input.category);
      const { providerId, patient, locationId } = input;
      const { span } = state;
      const plain = patient === undefined && (typeof locationId !== "string" || !state.located);
      let slot: Slot | undefined;
      if (time >= span.from && time < span.until && typeof providerId === "string") {
        if (plain) {
          const known = span.answers[index]?.[providerId];
          if (known !== undefined) return known;
        } else {
          slot = span.slots[index]?.[providerId];
          if (slot?.places !== undefined && typeof locationId === "string") slot = slot.places[locationId];
        }
      }
      slot ??= slotAt(state, providerId, locationId, index, time);
      return patient === undefined ? slot.answer : forPatient(state, slot, patient, input, index, time);
    },
    resolveReply(input: ReplyInput): Resolution {
      const time = inputTime(input.at, "compileRouter: resolveReply");
      const patient = readPatient(input.patient, "compileRouter: resolveReply");
      if (!(time >= state.span.from && time < state.span.until)) state.span = spanAt(state, time);
      return replyAt(practice, input, patient, lookupAt(state.absences, time), state.span.moment);
    },
  });
}
