import * as z from "zod/mini";
import { deepFreeze } from "../internal/freeze.js";
import { checked, practiceSchemas } from "../internal/practiceSchemas.js";
import { takeSnapshot } from "../internal/snapshot.js";
import type { Issue, ParseIssueCode } from "../model/types.js";
import { editSchemas } from "./internal/editSchemas.js";
import { issuesOf, shapeIssue } from "./internal/issues.js";
import type { Edit, EditActor, EditPatch, RevertRecord, StoredEdit } from "./types.js";

/** Whether a snapshot holds only JSON data (the snapshot turned anything else into a symbol). */
function isJsonData(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "object" && node !== null) stack.push(...Object.values(node));
    else if (!(node === null || typeof node === "string" || typeof node === "boolean" || Number.isFinite(node)))
      return false;
  }
  return true;
}

// The schema of a stored edit, built on first use (see practiceSchemas.ts).
function build(): z.ZodMiniType<StoredEdit> {
  const { IdSchema, TimestampSchema } = practiceSchemas();
  const { EDIT_SCHEMAS, RevertRecordSchema } = editSchemas();
  const PatchSchema: z.ZodMiniType<EditPatch> = z.strictObject({
    op: z.enum(["replace", "remove", "add"]),
    path: z.array(z.union([z.string(), z.int()])),
    value: z.optional(checked(z.unknown(), z.refine(isJsonData, { params: { message: "Expected JSON data." } }))),
  });

  const SystemActorSchema = z.strictObject({ system: IdSchema });

  /** A member id, or a system actor: the value's type says which schema reports. */
  const ActorSchema = checked(
    z.unknown(),
    z.superRefine((actor, ctx) => {
      const schema = typeof actor === "object" && actor !== null ? SystemActorSchema : IdSchema;
      const checkedActor = schema.safeParse(actor);
      if (!checkedActor.success) for (const issue of checkedActor.error.issues) ctx.addIssue({ ...issue } as never);
    }),
  ) as unknown as z.ZodMiniType<EditActor>;

  const StoredRecordSchema: z.ZodMiniType<Edit | RevertRecord> = z.discriminatedUnion("type", [
    ...Object.values(EDIT_SCHEMAS),
    RevertRecordSchema,
  ] as never);

  const StoredEditSchema: z.ZodMiniType<StoredEdit> = z.strictObject({
    at: TimestampSchema,
    actor: ActorSchema,
    practiceId: IdSchema,
    edit: StoredRecordSchema,
    revision: checked(z.int(), z.gte(0)),
    summary: z.string(),
    patches: z.array(PatchSchema),
    inversePatches: z.array(PatchSchema),
  });
  return StoredEditSchema;
}

let built: z.ZodMiniType<StoredEdit> | undefined;

/** The schema of a {@link StoredEdit}, built on the first call. */
function storedEditSchema(): z.ZodMiniType<StoredEdit> {
  built ??= build();
  return built;
}

/**
 * The result of {@link parseStoredEdit}.
 *
 * @group Editing
 */
export type ParseStoredEditResult =
  | {
      /** The stored edit is well formed. */
      readonly ok: true;
      /** A fresh, deeply frozen copy. */
      readonly storedEdit: StoredEdit;
    }
  | {
      /** The stored edit is malformed. */
      readonly ok: false;
      /** Every problem found (at least one, at most 1,000 and a `limit_exceeded` one), with paths into the value. */
      readonly issues: readonly Issue<ParseIssueCode>[];
    };

const failure = (issues: readonly Issue<ParseIssueCode>[]): ParseStoredEditResult => deepFreeze({ ok: false, issues });

/**
 * Checks that a value read back from storage is a well-formed {@link StoredEdit}: the audit entry's fields
 * (`at`, `actor`, `practiceId`, `edit`, `revision`, `summary`) and the patches, nothing else. Only the shape
 * is checked; whether the edit can be undone on a practice is `revertEdit`'s job. Never throws and never
 * reads anything but own data properties; messages never repeat input values.
 *
 * @param value - Any value, typically a database row with its JSON columns parsed.
 * @returns `{ok: true, storedEdit}` with a fresh copy, or `{ok: false, issues}`; deeply frozen.
 * @example
 * ```ts
 * const done = applyEdit(samplePractice(), edits.setReplies({ enabled: false }), { actor: "jsmith" });
 * const stored = done.ok && { ...done.audit, patches: done.patches, inversePatches: done.inversePatches };
 * const row = JSON.parse(JSON.stringify(stored)); // as read back from a database
 * const read = parseStoredEdit(row);
 * read.ok && read.storedEdit.summary;
 * //=> "Jane Smith turned patient replies off."
 * parseStoredEdit({ ...row, revision: -1 });
 * //=> { ok: false, issues: [{ code: "invalid_type", severity: "error", path: ["revision"], message: "Must be zero or more." }] }
 * ```
 *
 * @group Editing
 */
export function parseStoredEdit(value: unknown): ParseStoredEditResult {
  const snapshot = takeSnapshot(value);
  if (snapshot.tooLarge) {
    return failure([shapeIssue("limit_exceeded", [], "The stored edit is larger than the 32 MiB limit.")]);
  }
  const forbidden = snapshot.forbiddenKeys.map((path) =>
    shapeIssue("forbidden_key", path, "This key is not allowed anywhere in a stored edit."),
  );
  const parsed = storedEditSchema().safeParse(snapshot.value);
  if (!parsed.success) return failure(issuesOf(parsed.error.issues, snapshot.value, forbidden));
  if (forbidden.length > 0) return failure(forbidden);
  return deepFreeze({ ok: true, storedEdit: parsed.data });
}
