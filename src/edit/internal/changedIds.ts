import { compareIds } from "../../internal/own.js";

/**
 * The ids whose entries differ by identity between two records, in id order. Only those ids are
 * sorted, so two records that share most entries cost two key listings and a lookup per key.
 */
export function changedIds<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): string[] {
  if (before === after) return [];
  const ids: string[] = [];
  for (const id of Object.keys(before)) {
    if (!Object.hasOwn(after, id) || after[id] !== before[id]) ids.push(id);
  }
  for (const id of Object.keys(after)) {
    if (!Object.hasOwn(before, id)) ids.push(id);
  }
  return ids.sort(compareIds);
}
