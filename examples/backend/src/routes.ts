// The API: one small function per endpoint. Each takes the request's parts and returns a status and a JSON
// body, or throws an HttpError (see http.ts) that the server turns into an error response.

import type { EditResult, Practice } from "patient-message-routing";
import {
  applyEdit,
  explainResolution,
  getMember,
  getProviderTable,
  isMessageCategory,
  isTimestamp,
  parseEdit,
  patientMessagingView,
  providers,
  revertEdit,
  routingTableRows,
  validatePractice,
} from "patient-message-routing";
import { type Db, insertMessage, readAudit, readAuditEntry, readRevision, type StoredEdit, saveEdit } from "./db.js";
import { editError, field, HttpError, httpError, statusOfEditError } from "./http.js";
import type { PracticeStore } from "./practices.js";
import { routeReplyForNow } from "./replies.js";

/** What every handler may use. `now` is the server's clock (tests may pass `at` in a request instead). */
export interface AppContext {
  readonly db: Db;
  readonly store: PracticeStore;
  readonly now: () => Date;
}

/** One API request, already split by the server. */
export interface ApiRequest {
  readonly practiceId: string;
  /** The `x-actor` header: the member id of the person using the settings page (set by a login in a real app). */
  readonly actor: string | undefined;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** The `:revision` of `/audit/:revision/undo`. */
  readonly revision?: string;
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

// ---------------------------------------------------------------------------------------------------------
// Shared checks

function loadPractice(app: AppContext, practiceId: string): Practice {
  const practice = app.store.load(practiceId);
  if (practice === undefined) throw httpError(404, "unknown_practice", "There is no practice with that id.");
  return practice;
}

/** The settings API is for active admins only, reads included (the settings page is "Admin Users Only"). */
function requireAdmin(practice: Practice, actor: string | undefined): string {
  if (actor === undefined || actor === "") {
    throw httpError(401, "missing_actor", "Send the acting member's id in the x-actor header.");
  }
  const member = getMember(practice, actor);
  if (member?.active !== true || !member.admin) {
    throw httpError(403, "forbidden", "Only an active admin of this practice may use its settings.");
  }
  return actor;
}

function expectedRevisionOf(body: unknown): number {
  const value = field(body, "expectedRevision");
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw httpError(400, "invalid_request", "Send the revision the page showed as expectedRevision.", [
      "expectedRevision",
    ]);
  }
  return value;
}

/** An optional provider id from a query or body: `null` when absent or empty, 400 when it names no provider. */
function providerOf(practice: Practice, value: unknown, path: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (
    typeof value !== "string" ||
    (getMember(practice, value)?.role !== "provider" && getProviderTable(practice, value) === undefined)
  ) {
    throw httpError(400, "unknown_provider", "That is not a provider of this practice.", [path]);
  }
  return value;
}

/** An optional `at` (ISO 8601 with Z or an offset) from a query or body, else the server's clock. */
function instantOf(app: AppContext, value: unknown, path: string): string {
  if (value === undefined || value === null || value === "") return app.now().toISOString();
  if (!isTimestamp(value)) {
    throw httpError(400, "invalid_request", "Expected an ISO 8601 timestamp with Z or an offset.", [path]);
  }
  return value;
}

function categoryOf(value: unknown, path: string) {
  if (!isMessageCategory(value)) {
    throw httpError(400, "unknown_category", "Expected one of the six message categories.", [path]);
  }
  return value;
}

function messageBodyOf(body: unknown): string {
  const text = field(body, "body");
  if (typeof text !== "string" || text.trim() === "" || text.length > 10_000) {
    throw httpError(400, "invalid_request", "Expected a message body of 1 to 10,000 characters.", ["body"]);
  }
  return text;
}

/** Stores an edit result with the compare-and-swap, or answers 409 when another save came first. */
function store(app: AppContext, before: Practice, result: EditResult): Answer {
  if (!result.ok) throw editError(statusOfEditError(result.error), result.error);
  if (!result.changed) return { status: 200, body: { changed: false, revision: before.revision } };
  if (!saveEdit(app.db, before.revision, result)) {
    const actual = readRevision(app.db, before.id) ?? before.revision;
    const message = "Someone saved a newer revision first; reload and try again.";
    throw new HttpError(409, { error: { code: "conflict", message, expected: before.revision, actual } });
  }
  return { status: 200, body: { changed: true, revision: result.practice.revision, audit: result.audit } };
}

// ---------------------------------------------------------------------------------------------------------
// Settings (admins)

/** GET /api/practices/:id: the config, its providers and its validation issues. */
export function getPractice(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  requireAdmin(practice, request.actor);
  const { valid, issues } = validatePractice(practice);
  return { status: 200, body: { practice, providers: providers(practice), validation: { valid, issues } } };
}

/** GET /api/practices/:id/table?provider=&at=: a routing table's rows (the default table without provider). */
export function getTable(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  requireAdmin(practice, request.actor);
  const providerId = providerOf(practice, request.query.get("provider"), "provider");
  const at = instantOf(app, request.query.get("at"), "at");
  return {
    status: 200,
    body: { revision: practice.revision, providerId, rows: routingTableRows(practice, providerId, { at }) },
  };
}

/** POST /api/practices/:id/edits {edit, expectedRevision}: applies one edit for the acting admin. */
export function postEdit(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const actor = requireAdmin(practice, request.actor);
  const expectedRevision = expectedRevisionOf(request.body);
  const parsed = parseEdit(field(request.body, "edit"));
  if (!parsed.ok) throw editError(400, parsed.error);
  const result = applyEdit(practice, parsed.edit, { actor, at: app.now(), expectedRevision });
  return store(app, practice, result);
}

/** Rebuilds the result `revertEdit` reads from a stored audit row: it uses the audit entry and the patches only. */
function storedResult(stored: StoredEdit): EditResult {
  return { ok: true, changed: true, ...stored } as unknown as EditResult;
}

/**
 * POST /api/practices/:id/audit/:revision/undo {expectedRevision}: undoes the edit that produced that
 * revision, as a new audited edit. Redo is the undo of an undo entry.
 */
export function postUndo(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const actor = requireAdmin(practice, request.actor);
  const expectedRevision = expectedRevisionOf(request.body);
  const revision = Number(request.revision);
  const stored = Number.isSafeInteger(revision) ? readAuditEntry(app.db, practice.id, revision) : undefined;
  if (stored === undefined) throw httpError(404, "unknown_revision", "No stored edit produced that revision.");
  const result = revertEdit(practice, storedResult(stored), { actor, at: app.now(), expectedRevision });
  // A later edit changed what this one wrote: the library says invalid_edit with the config path; for the
  // page it is a conflict with the current state, not a malformed request.
  if (!result.ok && result.error.code === "invalid_edit") throw editError(409, result.error);
  return store(app, practice, result);
}

type EntryKind = "edit" | "undo" | "redo";

/** GET /api/practices/:id/audit: the audit trail, newest first, each entry marked edit/undo/redo and whether undone. */
export function getAudit(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  requireAdmin(practice, request.actor);
  const kinds = new Map<number, EntryKind>();
  const undoneBy = new Map<number, number>();
  const log = readAudit(app.db, practice.id);
  for (const { audit } of log) {
    if (audit.edit.type === "revert") {
      kinds.set(audit.revision, kinds.get(audit.edit.revision) === "undo" ? "redo" : "undo");
      undoneBy.set(audit.edit.revision, audit.revision);
    } else {
      kinds.set(audit.revision, "edit");
    }
  }
  const entries = log.reverse().map(({ audit }) => ({
    revision: audit.revision,
    at: audit.at,
    actor: audit.actor,
    summary: audit.summary,
    edit: audit.edit,
    kind: kinds.get(audit.revision),
    undoneBy: undoneBy.get(audit.revision) ?? null,
  }));
  return { status: 200, body: { revision: practice.revision, entries } };
}

/** GET /api/practices/:id/preview?category=&provider=&at=: "who gets this?" with the explanation. */
export function getPreview(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  requireAdmin(practice, request.actor);
  const category = categoryOf(request.query.get("category"), "category");
  const providerId = providerOf(practice, request.query.get("provider"), "provider");
  const at = instantOf(app, request.query.get("at"), "at");
  const resolution = app.store.routerOf(practice).resolve({ category, providerId, at });
  const explanation = explainResolution(practice, resolution);
  const recipients = resolution.ok
    ? resolution.recipients.map((id) => ({ id, name: getMember(practice, id)?.name ?? id }))
    : [];
  const outcome = resolution.ok ? { ok: true, route: resolution.route } : { ok: false, reason: resolution.reason };
  return { status: 200, body: { ...outcome, at, recipients, explanation } };
}

// ---------------------------------------------------------------------------------------------------------
// Patients (the portal; no actor)

/** GET /api/practices: the practices this server hosts (ids and names). */
export function listPractices(app: AppContext): Answer {
  const rows = app.db.prepare("SELECT id FROM practices ORDER BY id").all() as { id: string }[];
  const practices = rows.map(({ id }) => ({ id, name: loadPractice(app, id).name }));
  return { status: 200, body: { practices } };
}

/** GET /api/practices/:id/patient-view?provider=: what the compose box offers a patient of that provider. */
export function getPatientView(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const providerId = providerOf(practice, request.query.get("provider"), "provider");
  const view = patientMessagingView(practice, { providerId });
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
  const providerId = providerOf(practice, field(request.body, "providerId"), "providerId");
  const body = messageBodyOf(request.body);
  const at = instantOf(app, field(request.body, "at"), "at");
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
 * reply to a message the practice member `senderId` wrote.
 */
export function postReply(app: AppContext, request: ApiRequest): Answer {
  const practice = loadPractice(app, request.practiceId);
  const senderId = field(request.body, "senderId");
  if (typeof senderId !== "string" || senderId === "") {
    throw httpError(400, "invalid_request", "Expected the id of the member who wrote the message.", ["senderId"]);
  }
  const rawCategory = field(request.body, "category");
  const category = rawCategory === undefined ? undefined : categoryOf(rawCategory, "category");
  const providerId = providerOf(practice, field(request.body, "providerId"), "providerId");
  const body = messageBodyOf(request.body);
  const at = instantOf(app, field(request.body, "at"), "at");
  const router = app.store.routerOf(practice);
  const input = category === undefined ? { senderId, providerId, at } : { senderId, category, providerId, at };
  const routed = routeReplyForNow(practice, router, input);
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
