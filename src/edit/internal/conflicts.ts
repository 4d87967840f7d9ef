import type { IssuePath } from "../../model/types.js";
import type { EditPatch } from "../types.js";
import { isEqualData } from "./equal.js";

type Lookup = { readonly found: boolean; readonly value: unknown };

function lookup(root: unknown, path: readonly (string | number)[]): Lookup {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
      return { found: false, value: undefined };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { found: true, value: node };
}

/**
 * The first path (other than `revision`) where `current` no longer holds what the forward patches
 * produced, or where the parent an inverse patch writes into is gone; `undefined` when none.
 */
export function firstConflict(current: unknown, patches: readonly EditPatch[]): IssuePath | undefined {
  for (const { op, path, value } of patches) {
    if (path.length === 1 && path[0] === "revision") continue;
    const parent = lookup(current, path.slice(0, -1));
    if (!parent.found || typeof parent.value !== "object" || parent.value === null) return path;
    const at = lookup(current, path);
    const holds = op === "remove" ? !at.found : at.found && isEqualData(at.value, value);
    if (!holds) return path;
  }
  return undefined;
}
