import { type Draft, isModified } from "immer";
import { deepFreeze } from "../../internal/freeze.js";
import { memberName } from "../../internal/words.js";
import type { Practice } from "../../model/types.js";
import type { Edit, EditResult, RevertRecord } from "../types.js";
import type { Actor } from "./context.js";
import { editImmer, freezeNewNodes } from "./immer.js";
import { introducedErrors } from "./introducedErrors.js";
import { countText } from "./names.js";

/** Everything needed to apply one change as an audited edit. */
export interface CommitInput {
  readonly practice: Practice;
  readonly recipe: (draft: Draft<Practice>) => void;
  readonly describe: (before: Practice, after: Practice) => string;
  readonly actor: Actor;
  readonly edit: Edit | RevertRecord;
}

/**
 * Runs the recipe on the library's Immer instance, bumps `revision` when something changed, refuses
 * changes that add validation errors, and builds the frozen result with its audit entry.
 */
export function commit(input: CommitInput): EditResult {
  const { practice, actor, edit } = input;
  const [draftResult, patches, inversePatches] = editImmer().produceWithPatches(practice, (draft) => {
    input.recipe(draft);
    if (isModified(draft)) draft.revision = practice.revision + 1;
  });
  const next = draftResult === practice ? practice : freezeNewNodes(draftResult, patches);
  const actorName = memberName(practice, actor.actor);
  if (next === practice) {
    const summary = `No change: ${actorName} ${input.describe(practice, practice)}`;
    return deepFreeze({
      ok: true,
      practice,
      changed: false,
      patches: [],
      inversePatches: [],
      audit: { at: actor.at, actor: actor.actor, edit, revision: practice.revision, summary },
    });
  }
  const issues = introducedErrors(practice, next, patches);
  const [first] = issues;
  if (first !== undefined) {
    return deepFreeze({
      ok: false,
      error: {
        code: "introduces_errors",
        message: `The edit would introduce ${countText(issues.length, "validation error")}, first: ${first.message}`,
        issues,
      },
    });
  }
  const summary = `${actorName} ${input.describe(practice, next)}`;
  return deepFreeze({
    ok: true,
    practice: next,
    changed: true,
    patches,
    inversePatches,
    audit: { at: actor.at, actor: actor.actor, edit, revision: next.revision, summary },
  });
}
