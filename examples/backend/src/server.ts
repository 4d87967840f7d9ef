// The HTTP server: a route table, the two pages with their scripts, and one place where errors become
// responses.

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HttpError, readJson, sendFile, sendJson } from "./http.js";
import { getPatientView, listPractices, postMessage, postReply } from "./patientRoutes.js";
import type { Answer, ApiRequest, AppContext } from "./request.js";
import { getAudit, getPractice, getPreview, getTable, postEdit, postUndo } from "./settingsRoutes.js";

type Handler = (app: AppContext, request: ApiRequest) => Answer;

/** `METHOD /path` after `/api/practices/:id`, e.g. `GET /table`. */
const PRACTICE_ROUTES: Readonly<Record<string, Handler>> = {
  "GET ": getPractice,
  "GET /table": getTable,
  "POST /edits": postEdit,
  "GET /audit": getAudit,
  "GET /preview": getPreview,
  "GET /patient-view": getPatientView,
  "POST /messages": postMessage,
  "POST /replies": postReply,
};

const PUBLIC = new URL("../public/", import.meta.url);

/** The pages and their assets, read once at start-up (no path from a request ever reaches the file system). */
const STATIC_FILES: Readonly<Record<string, { type: string; content: Buffer }>> = Object.fromEntries(
  [
    ["/", "settings.html", "text/html; charset=utf-8"],
    ["/settings", "settings.html", "text/html; charset=utf-8"],
    ["/patient", "patient.html", "text/html; charset=utf-8"],
    ["/static/settings.js", "settings.js", "text/javascript; charset=utf-8"],
    ["/static/patient.js", "patient.js", "text/javascript; charset=utf-8"],
    ["/static/common.js", "common.js", "text/javascript; charset=utf-8"],
    ["/static/style.css", "style.css", "text/css; charset=utf-8"],
  ].map(([path, file, type]) => [path, { type, content: readFileSync(new URL(file as string, PUBLIC)) }]),
);

const PRACTICE_PATH = /^\/api\/practices\/([^/]+)(\/[a-z-]+)?$/;
const UNDO_PATH = /^\/api\/practices\/([^/]+)\/audit\/(\d+)\/undo$/;

interface Route {
  readonly handler: Handler;
  readonly practiceId: string;
  readonly revision?: string;
}

function findRoute(method: string, pathname: string): Route | undefined {
  const undo = UNDO_PATH.exec(pathname);
  if (undo !== null) {
    const [, practiceId = "", revision = ""] = undo;
    return method === "POST" ? { handler: postUndo, practiceId, revision } : undefined;
  }
  const match = PRACTICE_PATH.exec(pathname);
  if (match === null) return undefined;
  const [, practiceId = "", rest = ""] = match;
  const handler = PRACTICE_ROUTES[`${method} ${rest}`];
  return handler === undefined ? undefined : { handler, practiceId };
}

function decodeId(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

async function handle(app: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  const page = STATIC_FILES[url.pathname];
  if (page !== undefined && method === "GET") return sendFile(res, page.type, page.content);
  if (url.pathname === "/api/practices" && method === "GET") {
    const answer = listPractices(app);
    return sendJson(res, answer.status, answer.body);
  }
  const route = findRoute(method, url.pathname);
  const practiceId = route === undefined ? undefined : decodeId(route.practiceId);
  if (route === undefined || practiceId === undefined) {
    return sendJson(res, 404, { error: { code: "not_found", message: "No such page or endpoint." } });
  }
  const actor = req.headers["x-actor"];
  const request: ApiRequest = {
    practiceId,
    actor: typeof actor === "string" ? actor : undefined,
    query: url.searchParams,
    body: method === "POST" ? await readJson(req) : undefined,
    ...(route.revision === undefined ? {} : { revision: route.revision }),
  };
  const answer = route.handler(app, request);
  return sendJson(res, answer.status, answer.body);
}

/** Creates the server (not listening yet). */
export function createAppServer(app: AppContext): Server {
  return createServer((req, res) => {
    handle(app, req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, error.body);
      console.error(error);
      sendJson(res, 500, { error: { code: "internal_error", message: "The server failed; see its log." } });
    });
  });
}
