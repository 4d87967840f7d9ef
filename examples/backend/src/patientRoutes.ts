// The patient portal's API (no actor): the compose box's view, new messages and replies.

import { patientMessagingView, providers } from "patient-message-routing";
import { insertMessage, readPracticeIds } from "./db.js";
import { field, httpError } from "./http.js";
import {
  type Answer,
  type ApiRequest,
  type AppContext,
  atOf,
  categoryOf,
  loadPractice,
  messageBodyOf,
  patientProviderOf,
} from "./request.js";

/** GET /api/practices: the practices this server hosts (ids and names). */
export function listPractices(app: AppContext): Answer {
  const practices = readPracticeIds(app.db).map((id) => ({ id, name: loadPractice(app, id).name }));
  return { status: 200, body: { practices } };
}

/**
 * GET /api/practices/:id/patient-view?provider=&at=: what the compose box offers a patient of that provider
 * (a portal that knows its patient's care team, exclusions, last visit or block passes them as `patient`).
 */
export function getPatientView(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const providerId = patientProviderOf(request.query.get("provider"), "provider");
  const at = atOf(app, request.query.get("at"), "at");
  const view = patientMessagingView(practice, { providerId, at });
  // Only for the demo page's "I am a patient of" picker; a portal knows its patient's provider.
  const activeProviders = providers(practice)
    .filter((provider) => provider.active)
    .map(({ id, name }) => ({ id, name }));
  const about = { id: practice.id, name: practice.name };
  return { status: 200, body: { practice: about, providerId, view, providers: activeProviders } };
}

/** POST /api/practices/:id/messages {category, providerId?, body, at?}: routes and stores a new patient message. */
export function postMessage(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const category = categoryOf(field(request.body, "category"), "category");
  const providerId = patientProviderOf(field(request.body, "providerId"), "providerId");
  const body = messageBodyOf(request.body);
  const at = atOf(app, field(request.body, "at"), "at");
  const resolution = app.store.routerOf(practice).resolve({ category, providerId, at });
  if (!resolution.ok) {
    throw httpError(422, resolution.reason, "The practice does not accept this message now.");
  }
  const { recipients, route } = resolution;
  const record = { practiceId: practice.id, revision: practice.revision, kind: "new", category, providerId } as const;
  const messageId = insertMessage(app.db, { ...record, senderId: null, at, route, recipients, body });
  return { status: 201, body: { messageId, revision: practice.revision, route, recipients } };
}

/**
 * POST /api/practices/:id/replies {senderId, category?, providerId?, body, at?}: routes and stores a patient's
 * reply to a message the practice member `senderId` wrote, with the revision's router (`resolveReply`): the
 * sender, the sender's cover while away, else the conversation's category route, even while patients may not
 * start messages. Refused only when replies are off (`replies_disabled`), or nobody at all can receive it.
 */
export function postReply(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const senderId = field(request.body, "senderId");
  if (typeof senderId !== "string" || senderId === "") {
    throw httpError(400, "invalid_request", "Expected the id of the member who wrote the message.", ["senderId"]);
  }
  const rawCategory = field(request.body, "category");
  const category = rawCategory === undefined ? undefined : categoryOf(rawCategory, "category");
  const providerId = patientProviderOf(field(request.body, "providerId"), "providerId");
  const body = messageBodyOf(request.body);
  const at = atOf(app, field(request.body, "at"), "at");
  const input = category === undefined ? { senderId, providerId, at } : { senderId, category, providerId, at };
  const routed = app.store.routerOf(practice).resolveReply(input);
  if (!routed.ok) throw httpError(422, routed.reason, "The practice does not accept this reply now.");
  const messageId = insertMessage(app.db, {
    practiceId: practice.id,
    revision: practice.revision,
    kind: "reply",
    category: category ?? "general_inquiry",
    providerId,
    senderId,
    at,
    route: routed.route,
    recipients: routed.recipients,
    body,
  });
  return {
    status: 201,
    body: { messageId, revision: practice.revision, route: routed.route, recipients: routed.recipients },
  };
}
