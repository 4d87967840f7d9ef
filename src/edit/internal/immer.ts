import { enablePatches, Immer, type Patch } from "immer";
import { deepFreeze } from "../../internal/freeze.js";

// enablePatches() registers immer's patch plugin once, for every Immer instance; it changes no setting.
enablePatches();

/**
 * The library's own Immer instance. It does not freeze: immer's freezing walks every key of each copied
 * record (10,000 for a big `routing`), while {@link freezeNewNodes} freezes only what is new.
 */
export const editImmer = new Immer({ autoFreeze: false, useStrictIteration: false });

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
