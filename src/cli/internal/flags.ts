import { isMessageCategory, MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import { TIMESTAMP_PATTERN } from "../../model/limits.js";

/** A flag value checked, or a usage message. */
export type FlagResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN);

/** Checks `--at`: an ISO 8601 timestamp with `Z` or an offset, as in the config format. */
export function parseAtFlag(value: string | boolean | undefined): FlagResult<string | undefined> {
  if (typeof value !== "string") return { ok: true, value: undefined };
  if (!TIMESTAMP.test(value)) {
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
