import * as z from "zod/mini";
import { deepFreeze } from "../internal/freeze.js";
import { takeSnapshot } from "../internal/snapshot.js";
import type { Issue, ParseIssueCode } from "../model/types.js";
import { checked, IdSchema, TimestampSchema } from "../parse/schema.js";
import { EDIT_SCHEMAS, RevertRecordSchema } from "./internal/editSchemas.js";
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

// Every construction is marked pure, so a bundler drops the schemas from code that never reads a stored edit.
const PatchSchema: z.ZodMiniType<EditPatch> = /* @__PURE__ */ z.strictObject({
  op: /* @__PURE__ */ z.enum(["replace", "remove", "add"]),
  path: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.int()])),
  value: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ checked(
      /* @__PURE__ */ z.unknown(),
      /* @__PURE__ */ z.refine(isJsonData, { params: { message: "Expected JSON data." } }),
    ),
  ),
});

const SystemActorSchema = /* @__PURE__ */ z.strictObject({ system: IdSchema });

/** A member id, or a system actor: the value's type says which schema reports. */
const ActorSchema = /* @__PURE__ */ checked(
  /* @__PURE__ */ z.unknown(),
  /* @__PURE__ */ z.superRefine((actor, ctx) => {
    const schema = typeof actor === "object" && actor !== null ? SystemActorSchema : IdSchema;
    const checkedActor = schema.safeParse(actor);
    if (!checkedActor.success) for (const issue of checkedActor.error.issues) ctx.addIssue({ ...issue } as never);
  }),
) as unknown as z.ZodMiniType<EditActor>;

/** The schemas of every record an audit entry may hold: the edits, then a revert. */
const storedRecordOptions = () => [...Object.values(EDIT_SCHEMAS), RevertRecordSchema];

const StoredRecordSchema: z.ZodMiniType<Edit | RevertRecord> = /* @__PURE__ */ z.discriminatedUnion(
  "type",
  /* @__PURE__ */ storedRecordOptions() as never,
);

const StoredEditSchema: z.ZodMiniType<StoredEdit> = /* @__PURE__ */ z.strictObject({
  at: TimestampSchema,
  actor: ActorSchema,
  practiceId: IdSchema,
  edit: StoredRecordSchema,
  revision: /* @__PURE__ */ checked(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  summary: /* @__PURE__ */ z.string(),
  patches: /* @__PURE__ */ z.array(PatchSchema),
  inversePatches: /* @__PURE__ */ z.array(PatchSchema),
});

/** The result of {@link parseStoredEdit}. */
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
 */
export function parseStoredEdit(value: unknown): ParseStoredEditResult {
  const snapshot = takeSnapshot(value);
  if (snapshot.tooLarge) {
    return failure([shapeIssue("limit_exceeded", [], "The stored edit is larger than the 32 MiB limit.")]);
  }
  const forbidden = snapshot.forbiddenKeys.map((path) =>
    shapeIssue("forbidden_key", path, "This key is not allowed anywhere in a stored edit."),
  );
  const parsed = StoredEditSchema.safeParse(snapshot.value);
  if (!parsed.success) return failure(issuesOf(parsed.error.issues, snapshot.value, forbidden));
  if (forbidden.length > 0) return failure(forbidden);
  return deepFreeze({ ok: true, storedEdit: parsed.data });
}
