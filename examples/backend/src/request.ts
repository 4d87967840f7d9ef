// What a handler gets and returns, and the checks the handlers share. A failed check throws an HttpError
// (see http.ts) that the server turns into an error response.

import type { MessageCategory, Practice } from "patient-message-routing";
import { getMember, getProviderTable, isMessageCategory, isTimestamp } from "patient-message-routing";
import type { Db } from "./db.js";
import { field, httpError } from "./http.js";
import type { PracticeStore } from "./practices.js";

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

export function loadPractice(app: AppContext, practiceId: string): Practice {
  const practice = app.store.load(practiceId);
  if (practice === undefined) throw httpError(404, "unknown_practice", "There is no practice with that id.");
  return practice;
}

/** The settings API is for active admins only, reads included (the settings page is "Admin Users Only"). */
export function requireAdmin(practice: Practice, actor: string | undefined): string {
  if (actor === undefined || actor === "") {
    throw httpError(401, "missing_actor", "Send the acting member's id in the x-actor header.");
  }
  const member = getMember(practice, actor);
  if (member?.active !== true || !member.admin) {
    throw httpError(403, "forbidden", "Only an active admin of this practice may use its settings.");
  }
  return actor;
}

export function expectedRevisionOf(body: unknown): number {
  const value = field(body, "expectedRevision");
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw httpError(400, "invalid_request", "Send the revision the page showed as expectedRevision.", [
      "expectedRevision",
    ]);
  }
  return value;
}

/** The provider whose table the settings page shows: `null` (the default table) when absent, 400 when not a provider. */
export function tableProviderOf(practice: Practice, value: unknown, path: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (
    typeof value !== "string" ||
    (getMember(practice, value)?.role !== "provider" && getProviderTable(practice, value) === undefined)
  ) {
    throw httpError(400, "unknown_provider", "That is not a provider of this practice.", [path]);
  }
  return value;
}

/**
 * A patient's provider as sent: `null` when absent. Any id is passed on, because the library treats an id
 * that names no provider (say, one who left) as no provider, and a patient's message must still arrive.
 */
export function patientProviderOf(value: unknown, path: string): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || value.length > 128) {
    throw httpError(400, "invalid_request", "Expected a provider id or null.", [path]);
  }
  return value;
}

/** An optional `at` (ISO 8601 with Z or an offset) from a query or body, else the server's clock. */
export function atOf(app: AppContext, value: unknown, path: string): string {
  if (value === undefined || value === null || value === "") return app.now().toISOString();
  if (!isTimestamp(value)) {
    throw httpError(400, "invalid_request", "Expected an ISO 8601 timestamp with Z or an offset.", [path]);
  }
  return value;
}

export function categoryOf(value: unknown, path: string): MessageCategory {
  if (!isMessageCategory(value)) {
    throw httpError(400, "unknown_category", "Expected one of the six message categories.", [path]);
  }
  return value;
}

export function messageBodyOf(body: unknown): string {
  const text = field(body, "body");
  if (typeof text !== "string" || text.trim() === "" || text.length > 10_000) {
    throw httpError(400, "invalid_request", "Expected a message body of 1 to 10,000 characters.", ["body"]);
  }
  return text;
}
