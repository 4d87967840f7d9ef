import type * as z from "zod";
import { mapZodIssue } from "../../internal/zodIssues.js";
import type { IssuePath } from "../../model/types.js";

/**
 * Turns a zod issue on an edit into our path and message, with the config format's own wording
 * (the edit schemas reuse its id, recipient, member, group and coverage schemas).
 */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): { path: IssuePath; message: string } {
  const [first] = mapZodIssue(issue, root);
  /* v8 ignore next -- mapZodIssue returns at least one issue for every zod issue */
  if (first === undefined) return { path: [], message: "This value is not valid here." };
  return { path: first.path, message: first.message };
}
