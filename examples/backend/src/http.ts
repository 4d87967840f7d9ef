// Small HTTP helpers: JSON bodies in and out, and one error shape. Error messages are written here or
// come from the library, which builds them from ids and field names only: no response repeats text a
// client sent.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { EditError } from "patient-message-routing";

/** The body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly path?: readonly (string | number)[];
    readonly issues?: readonly unknown[];
    readonly expected?: number;
    readonly actual?: number;
  };
}

/** An error answer: handlers throw it, and the server sends its status and body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error.message);
  }
}

/** A refusal with our own code and message. */
export function httpError(status: number, code: string, message: string, path?: (string | number)[]): HttpError {
  return new HttpError(status, { error: path === undefined ? { code, message } : { code, message, path } });
}

/**
 * The status of a refused edit: `invalid_edit` is a request that does not fit (400), `forbidden` 403,
 * `conflict` (the page showed an older revision) 409, `introduces_errors` (well-formed, but the practice
 * would become invalid) 422.
 */
export function statusOfEditError(error: EditError): number {
  switch (error.code) {
    case "invalid_edit":
      return 400;
    case "forbidden":
      return 403;
    case "conflict":
      return 409;
    case "introduces_errors":
      return 422;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** Wraps a library edit error (its message uses ids only) in the error body. */
export function editError(status: number, error: EditError): HttpError {
  return new HttpError(status, { error: { ...error } });
}

const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON request body (at most 64 KiB). An empty body reads as `{}`. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw httpError(413, "body_too_large", "The request body is larger than 64 KiB.");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw httpError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

/** Sends a JSON answer. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

/** Sends a static file's content. */
export function sendFile(response: ServerResponse, contentType: string, content: Buffer): void {
  response.writeHead(200, { "content-type": contentType, "content-length": content.length });
  response.end(content);
}

/** Reads an object body's field, or `undefined` when the body is not an object. */
export function field(body: unknown, name: string): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  return Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined;
}
