import type { Practice } from "../model/types.js";
import { compileRouter } from "./compileRouter.js";
import type { Router } from "./types.js";

/**
 * Memo of {@link routerFor}: the router of each practice that is frozen with all its records. Such a practice
 * can never change, so its router is kept, and goes when the practice goes.
 */
const routerMemo = new WeakMap<Practice, Router>();

/**
 * The compiled router of a practice, kept for as long as the practice is: one {@link compileRouter} per frozen
 * practice, so a backend can call `routerFor(practice)` on every message instead of keeping routers itself.
 *
 * A practice counts as frozen when it and its records (`messaging`, `members`, `groups`, `routing`,
 * `defaultRouting`, `coverage`, and `locationRouting` when present) are frozen, as every practice from `parsePractice`, `parsePracticeJson`,
 * `createPractice` and `applyEdit` is. Any other practice is compiled afresh on every call (never kept, so a
 * change to it between calls is seen), which costs what `compileRouter` costs.
 *
 * @param practice - The practice configuration (left untouched).
 * @returns The practice's {@link Router}: the same object on every call for a frozen practice.
 * @example
 * ```ts
 * const practice = samplePractice();
 * routerFor(practice) === routerFor(practice);
 * //=> true
 * routerFor(practice).resolve({ category: "health_question", providerId: "crusher" }).ok;
 * //=> true
 * ```
 *
 * @group Routing
 */
export function routerFor(practice: Practice): Router {
  const known = routerMemo.get(practice);
  if (known !== undefined) return known;
  const router = compileRouter(practice);
  if (isFrozenPractice(practice)) routerMemo.set(practice, router);
  return router;
}

/** Whether a practice and each of its records are frozen: eight checks, enough for the deeply frozen practices of the library. */
function isFrozenPractice(practice: Practice): boolean {
  return (
    Object.isFrozen(practice) &&
    Object.isFrozen(practice.messaging) &&
    Object.isFrozen(practice.members) &&
    Object.isFrozen(practice.groups) &&
    Object.isFrozen(practice.routing) &&
    Object.isFrozen(practice.defaultRouting) &&
    Object.isFrozen(practice.coverage) &&
    (practice.locationRouting === undefined || Object.isFrozen(practice.locationRouting))
  );
}
