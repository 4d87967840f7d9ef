import { enablePatches, Immer, type Patch } from "immer";
import { deepFreeze } from "../../internal/freeze.js";

const immer = new Immer({ autoFreeze: false, useStrictIteration: false });
let patchesEnabled = false;

/**
 * The library's own Immer instance. It does not freeze: immer's freezing walks every key of each copied
 * record (10,000 for a big `routing`), while {@link freezeNewNodes} freezes only what is new.
 * immer's patch plugin is registered (for every Immer instance; it changes no setting) on the first edit,
 * not when the package is imported, so importing the package has no side effect on a host's immer.
 */
export function editImmer(): Immer {
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  return immer;
}

/**
 * Freezes the nodes an immer update created: the copies along each patch's path (immer copies exactly
 * the ancestors of what changed) and the patch values. Already-frozen (shared) nodes are not walked.
 */
export function freezeNewNodes<T>(state: T, patches: readonly Patch[]): T {
  for (const { path, value } of patches) {
    let node: unknown = state;
    Object.freeze(node);
    for (let index = 0; index < path.length - 1; index++) {
      node = (node as Record<string | number, unknown>)[path[index] as string | number];
      if (typeof node !== "object" || node === null) break;
      Object.freeze(node);
    }
    deepFreeze(value);
  }
  return state;
}
