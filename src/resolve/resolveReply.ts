import { type AbsenceLookup, absencesAt } from "../internal/absences.js";
import { deepFreeze } from "../internal/freeze.js";
import { getOwn } from "../internal/own.js";
import { categoryIndex, MESSAGE_CATEGORIES, type MessageCategory } from "../model/categories.js";
import type { Practice } from "../model/types.js";
import { coverFor } from "./internal/cover.js";
import { routeCategory } from "./internal/expand.js";
import { inputTime } from "./internal/inputTime.js";
import { type Moment, practiceMomentAt, timed } from "./internal/moment.js";
import type { Routed } from "./internal/outcomes.js";
import { isBlocked, type PatientRun, readPatient } from "./internal/patient.js";
import type { TraceStep } from "./trace.js";
import type { ReplyInput, Resolution } from "./types.js";

/**
 * Answers "where does this patient's reply go?" for a reply to a message the practice sent (DESIGN.md
 * section 11): nowhere when patient replies are off (`replies_disabled`) or the patient is blocked
 * (`patient_blocked`); else to the sender, when an active member who is present and not excluded (route
 * `"sender"`); else to the sender's cover, when the sender is away with a working chain of covers (route
 * `"sender_cover"`); else the category's usual route (default `general_inquiry`), ignoring `patientInitiated`,
 * disabled categories and eligibility, so that a reply is never lost while replies are allowed.
 *
 * @param practice - The practice configuration (left untouched).
 * @param input - The sender, and the conversation's category, the patient's provider, the patient and `at`.
 * @returns A deeply frozen {@link Resolution} with `hours` (and `respondBy` on success), and its trace.
 * @throws TypeError when `at` or `patient` is outside the types, as `resolveRecipients` does.
 * @example
 * ```ts
 * const practice = samplePractice(); // Jane Smith is away 1-8 Dec 2026, Kim Jones covers
 * const reply = resolveReply(practice, { senderId: "jsmith", at: "2026-12-03T15:00:00Z" });
 * reply.ok && [reply.route, reply.recipients];
 * //=> ["sender_cover", ["kjones"]]
 * ```
 *
 * @group Routing
 */
export function resolveReply(practice: Practice, input: ReplyInput): Resolution {
  const time = inputTime(input.at, "resolveReply");
  const patient = readPatient(input.patient, "resolveReply");
  return replyAt(practice, input, patient, absencesAt(practice, time), practiceMomentAt(practice, time));
}

/** @internal {@link resolveReply} once the time, the patient, the absences in force and the moment are read. */
export function replyAt(
  practice: Practice,
  input: ReplyInput,
  patient: PatientRun | undefined,
  absenceOf: AbsenceLookup,
  moment: Moment,
): Resolution {
  return timed(routeReply(practice, input, patient, absenceOf, !moment.hours.open), moment);
}

function routeReply(
  practice: Practice,
  input: ReplyInput,
  patient: PatientRun | undefined,
  absenceOf: AbsenceLookup,
  closed: boolean,
): Routed {
  if (practice.messaging.patientReplies !== true) return refusal("replies_disabled", { kind: "replies_disabled" });
  const index = categoryIndex(input.category ?? "general_inquiry");
  if (index < 0) return refusal("unknown_category", { kind: "unknown_category" });
  const category = MESSAGE_CATEGORIES[index] as MessageCategory;
  if (patient !== undefined && isBlocked(patient.blocked, category)) {
    return refusal("patient_blocked", { kind: "patient_blocked", category });
  }
  const { senderId } = input;
  const trace: TraceStep[] = [{ kind: "sender", senderId, category }];
  const sender = typeof senderId === "string" ? getOwn(practice.members, senderId) : undefined;
  if (sender === undefined) trace.push({ kind: "unknown_member", memberId: senderId });
  else if (patient?.excluded.includes(senderId) === true)
    trace.push({ kind: "skipped", reason: "excluded", memberId: senderId });
  else if (sender.active !== true) trace.push({ kind: "skipped", reason: "inactive", memberId: senderId });
  else {
    const receiver = coverFor(practice, absenceOf, trace, senderId, patient?.excluded);
    if (receiver !== undefined) {
      const route = receiver === senderId ? "sender" : "sender_cover";
      return deepFreeze<Routed>({ ok: true, recipients: [receiver], route, pools: [], trace });
    }
  }
  return routeCategory(practice, index, input, absenceOf, closed, patient, trace);
}

function refusal(reason: "replies_disabled" | "unknown_category" | "patient_blocked", step: TraceStep): Routed {
  return deepFreeze<Routed>({ ok: false, reason, trace: [step] });
}
