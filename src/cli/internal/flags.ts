import { parseTimestamp } from "../../internal/time.js";
import { isMessageCategory, MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";

/** A flag value checked, or a usage message. */
export type FlagResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Checks `--at` with the library's one time reader (`parseTimestamp`): an ISO 8601 timestamp with `Z` or an
 * offset, as in the config format. The text is kept as given; the library reads it the same way again.
 */
export function parseAtFlag(value: string | boolean | undefined): FlagResult<string | undefined> {
  if (typeof value !== "string") return { ok: true, value: undefined };
  if (Number.isNaN(parseTimestamp(value))) {
    return { ok: false, message: "--at needs an ISO 8601 timestamp with Z or an offset, e.g. 2026-12-03T09:00:00Z" };
  }
  return { ok: true, value };
}

/** Checks `--category`: one of the six category ids. */
export function parseCategoryFlag(value: string | boolean | undefined): FlagResult<MessageCategory> {
  if (isMessageCategory(value)) return { ok: true, value };
  const choices = MESSAGE_CATEGORIES.join(", ");
  return {
    ok: false,
    message:
      typeof value === "string" ? `--category must be one of ${choices}` : `missing --category C (one of ${choices})`,
  };
}

/** Checks `--format`: `text` (the default) or `markdown`. */
export function parseFormatFlag(value: string | boolean | undefined): FlagResult<"text" | "markdown"> {
  if (value === undefined || value === "text" || value === "markdown") return { ok: true, value: value ?? "text" };
  return { ok: false, message: "--format must be text or markdown" };
}
