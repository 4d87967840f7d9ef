// Where a patient's reply goes. The library will gain `resolveReply`; until then this one function stands in
// for it, and is the only place to change when it arrives.

import type { Id, MessageCategory, Practice, Resolution, Router } from "patient-message-routing";
import { getMember } from "patient-message-routing";

export interface ReplyInput {
  /** The member who wrote the practice's message that the patient answers. */
  readonly senderId: Id;
  /** The category of the conversation; `general_inquiry` when absent. */
  readonly category?: MessageCategory;
  /** The patient's provider, if any. */
  readonly providerId?: Id | null;
  /** When the reply arrives. */
  readonly at: string;
}

export type ReplyRouting =
  | { readonly ok: true; readonly recipients: readonly Id[]; readonly route: string }
  | { readonly ok: false; readonly reason: "replies_disabled" | Extract<Resolution, { ok: false }>["reason"] };

/**
 * Stand-in for the library's future `resolveReply`: a reply goes back to the member who wrote the
 * message while they are an active member of the practice; otherwise it is routed like a new message of
 * the conversation's category (default `general_inquiry`) with the practice's router. Absences of the
 * sender are not considered yet. When replies are switched off, nothing is routed.
 */
export function routeReplyForNow(practice: Practice, router: Router, input: ReplyInput): ReplyRouting {
  if (!practice.messaging.patientReplies) return { ok: false, reason: "replies_disabled" };
  if (getMember(practice, input.senderId)?.active === true) {
    return { ok: true, recipients: [input.senderId], route: "sender" };
  }
  const resolution = router.resolve({
    category: input.category ?? "general_inquiry",
    providerId: input.providerId ?? null,
    at: input.at,
  });
  if (!resolution.ok) return { ok: false, reason: resolution.reason };
  return { ok: true, recipients: resolution.recipients, route: resolution.route };
}
