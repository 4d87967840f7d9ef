import * as z from "zod";
import { takeSnapshot } from "../../internal/snapshot.js";
import { IdSchema } from "../../parse/schema.js";
import type { EditFailure, EditPatch } from "../types.js";
import { readFields } from "./fields.js";
import { invalidEdit } from "./plan.js";

/** What `revertEdit` reads from a stored result: its practice, revision, summary and patches. */
export interface StoredResult {
  readonly practiceId: string;
  readonly revision: number;
  readonly summary: string;
  readonly patches: readonly EditPatch[];
  readonly inversePatches: readonly EditPatch[];
}

const PatchSchema = z.strictObject({
  op: z.enum(["replace", "remove", "add"]),
  path: z.array(z.union([z.string(), z.int()])).min(1),
  value: z.unknown().optional(),
});

const StoredResultSchema: z.ZodType<StoredResult> = z.strictObject({
  practiceId: IdSchema,
  revision: z.int().min(0),
  summary: z.string(),
  patches: z.array(PatchSchema),
  inversePatches: z.array(PatchSchema),
});

const altered = (): EditFailure =>
  invalidEdit([], "This edit result is incomplete or altered, so it cannot be undone.");

/**
 * Reads an edit result as stored (maybe from JSON, maybe altered) without trusting it: only own data
 * properties are read, never getters, and the parts `revertEdit` uses are copied and checked for shape.
 */
export function readStoredResult(result: unknown): StoredResult | EditFailure {
  const fields = readFields(result);
  if (fields?.ok === false) return invalidEdit([], "Only a successful edit can be undone.");
  if (fields?.ok !== true) return altered();
  const audit = readFields(fields.audit);
  const snapshot = takeSnapshot({
    practiceId: audit?.practiceId,
    revision: audit?.revision,
    summary: audit?.summary,
    patches: fields.patches,
    inversePatches: fields.inversePatches,
  });
  const parsed = StoredResultSchema.safeParse(snapshot.value);
  if (snapshot.tooLarge || snapshot.forbiddenKeys.length > 0 || !parsed.success) return altered();
  return parsed.data;
}
