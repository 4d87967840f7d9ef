import { deepFreeze } from "../../internal/freeze.js";
import type { Practice } from "../../model/types.js";
import type { EditPatch } from "../types.js";
import { isEqualData } from "./equal.js";
import type { Write } from "./plan.js";

type Node = Record<string, unknown>;

/** A node this edit copied (from `base`) or created (`base` undefined), and the keys written under it, in order. */
interface Fresh {
  readonly base: Node | undefined;
  readonly keys: Set<string>;
}

/** The tree being written: its root and every node the writes copied or created. */
interface Draft {
  root: Node;
  readonly fresh: Map<object, Fresh>;
}

/** The new practice and the patches between it and the old one; `practice` is the input when nothing changed. */
export interface Applied {
  readonly practice: Practice;
  readonly patches: readonly EditPatch[];
  readonly inversePatches: readonly EditPatch[];
}

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;

/**
 * A copy of a record's own enumerable keys, in order. A loop over `Object.keys` copies a record of 10,000
 * keys about twice as fast as a spread; `__proto__` is defined, never assigned, so it stays a plain key.
 */
function copyRecord(node: Node): Node {
  const copy: Node = {};
  for (const key of Object.keys(node)) {
    if (key !== "__proto__") copy[key] = node[key];
    else Object.defineProperty(copy, key, { value: node[key], writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

/** `node` itself when this edit made it, else a copy of it registered as fresh (arrays copied by spread). */
function own(draft: Draft, node: Node): Node {
  if (draft.fresh.has(node)) return node;
  const copy: Node = Array.isArray(node) ? ([...node] as unknown as Node) : copyRecord(node);
  draft.fresh.set(copy, { base: node, keys: new Set() });
  return copy;
}

/** Copies the ancestors of `path` and sets (or, for `undefined`, deletes) its last key. */
function put(draft: Draft, path: readonly string[], value: unknown): void {
  draft.root = own(draft, draft.root);
  let parent = draft.root;
  for (const [depth, key] of path.entries()) {
    if (key === "__proto__") throw new TypeError("An edit may not write the key __proto__.");
    (draft.fresh.get(parent) as Fresh).keys.add(key);
    if (depth === path.length - 1) {
      if (value === undefined) delete parent[key];
      else parent[key] = value;
      return;
    }
    const child = isNode(parent[key]) ? own(draft, parent[key] as Node) : {};
    if (!draft.fresh.has(child)) draft.fresh.set(child, { base: undefined, keys: new Set() });
    parent[key] = child;
    parent = child;
  }
}

/** One write; a write into a missing parent creates it, a write of what is there already does nothing. */
function write(draft: Draft, change: Write): void {
  const { path } = change;
  let node: unknown = draft.root;
  for (const key of path.slice(0, -1)) {
    if (!isNode(node) || !Object.hasOwn(node, key)) {
      if (!("remove" in change)) put(draft, path, change.value);
      return;
    }
    node = node[key];
  }
  const key = path[path.length - 1] as string;
  const present = isNode(node) && Object.hasOwn(node, key);
  if ("remove" in change) {
    if (present) put(draft, path, undefined);
  } else if (!present || !isEqualData((node as Node)[key], change.value)) {
    put(draft, path, change.value);
  }
}

/** Whether a node a write touched has no key left although it had some before (or did not exist). */
function isEmptied(draft: Draft, node: unknown): boolean {
  if (!isNode(node) || Object.keys(node).length > 0) return false;
  const base = draft.fresh.get(node)?.base;
  return base === undefined || Object.keys(base).length > 0;
}

/**
 * Removes every provider or location table a write touched that has no cell left, and (unless `exact`)
 * `locationRouting` when a write left it without tables, so a practice that stops using location tables has
 * none. A table or record that was already empty stays. A revert's writes are `exact`: an edit that emptied
 * `locationRouting` removed it whole, so its undo adds it back whole, and one that added the first table to
 * an empty `locationRouting` is undone back to that empty record.
 */
function dropEmptyTables(draft: Draft, exact: boolean): void {
  for (const record of ["routing", "locationRouting"]) {
    const tables = draft.root[record];
    const touched = isNode(tables) ? draft.fresh.get(tables) : undefined;
    if (touched === undefined) continue;
    for (const id of touched.keys) {
      if (isEmptied(draft, (tables as Node)[id])) delete (tables as Node)[id];
    }
    if (record === "locationRouting" && !exact && isEmptied(draft, tables)) delete draft.root[record];
  }
}

/** Patches for every key written under `node`, recursing into copies of what was there. */
function collect(draft: Draft, node: Node, path: readonly string[], patches: EditPatch[], inverse: EditPatch[]) {
  const { base, keys } = draft.fresh.get(node) as Fresh;
  for (const key of keys) {
    const had = base !== undefined && Object.hasOwn(base, key);
    const has = Object.hasOwn(node, key);
    const [old, value] = [had ? base[key] : undefined, node[key]];
    const at = [...path, key];
    const copy = isNode(value) ? draft.fresh.get(value) : undefined;
    if (has && had && copy !== undefined && copy.base === old) {
      collect(draft, value as Node, at, patches, inverse);
    } else if (has && had) {
      if (value === old) continue;
      patches.push({ op: "replace", path: at, value });
      inverse.push({ op: "replace", path: [...at], value: old });
    } else if (has) {
      patches.push({ op: "add", path: at, value });
      inverse.push({ op: "remove", path: [...at] });
    } else if (had) {
      patches.push({ op: "remove", path: at });
      inverse.push({ op: "add", path: [...at], value: old });
    }
  }
}

/**
 * Applies an edit's writes to a practice without touching it: copies the nodes on the way to each write
 * (once each), drops provider and location tables left without cells (and an emptied `locationRouting`, unless
 * the writes are a revert's, `exact`), and when anything changed bumps `revision` and
 * freezes exactly the new nodes. Patches are in immer's format, one per changed key, in the order of the
 * writes, `revision` last; no patch path is a prefix of another, so either list applies in any order.
 */
export function applyWrites(practice: Practice, writes: readonly Write[], exact = false): Applied {
  const draft: Draft = { root: practice as unknown as Node, fresh: new Map() };
  for (const change of writes) write(draft, change);
  dropEmptyTables(draft, exact);
  const patches: EditPatch[] = [];
  const inversePatches: EditPatch[] = [];
  if (draft.root !== (practice as unknown)) collect(draft, draft.root, [], patches, inversePatches);
  if (patches.length === 0) return { practice, patches: [], inversePatches: [] };
  draft.root.revision = practice.revision + 1;
  patches.push({ op: "replace", path: ["revision"], value: practice.revision + 1 });
  inversePatches.push({ op: "replace", path: ["revision"], value: practice.revision });
  for (const patch of patches) deepFreeze(patch.value);
  for (const node of draft.fresh.keys()) Object.freeze(node);
  return { practice: draft.root as unknown as Practice, patches, inversePatches };
}
