// The settings API, for active admins: the practice, a routing table, edits, the audit trail with undo and
// redo, and the "who gets this?" preview.

import type { Edit, EditResult, Practice } from "patient-message-routing";
import {
  applyEdit,
  explainResolution,
  getMember,
  providers,
  revertEdit,
  routingTableRows,
  validatePractice,
} from "patient-message-routing";
import { readAudit, readAuditEntry, readRevision, saveEdit } from "./db.js";
import { editError, field, HttpError, httpError, statusOfEditError } from "./http.js";
import {
  type Answer,
  type ApiRequest,
  type AppContext,
  atOf,
  categoryOf,
  expectedRevisionOf,
  loadPractice,
  patientProviderOf,
  requireAdmin,
  tableProviderOf,
} from "./request.js";

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
  const providerId = tableProviderOf(practice, request.query.get("provider"), "provider");
  const at = atOf(app, request.query.get("at"), "at");
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
  // applyEdit checks the edit's shape itself (invalid_edit with every issue), so a raw body field is safe here.
  const edit = field(request.body, "edit") as Edit;
  const result = applyEdit(practice, edit, { actor, at: app.now(), expectedRevision });
  return store(app, practice, result);
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
  const result = revertEdit(
    practice,
    { ...stored.audit, patches: stored.patches, inversePatches: stored.inversePatches },
    { actor, at: app.now(), expectedRevision },
  );
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
  const providerId = patientProviderOf(request.query.get("provider"), "provider");
  const at = atOf(app, request.query.get("at"), "at");
  const resolution = app.store.routerOf(practice).resolve({ category, providerId, at });
  const explanation = explainResolution(practice, resolution);
  const recipients = resolution.ok
    ? resolution.recipients.map((id) => ({ id, name: getMember(practice, id)?.name ?? id }))
    : [];
  const outcome = resolution.ok ? { ok: true, route: resolution.route } : { ok: false, reason: resolution.reason };
  return { status: 200, body: { ...outcome, at, recipients, explanation } };
}
