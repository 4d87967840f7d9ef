import type { Id } from "../../model/types.js";
import type { Resolution } from "../types.js";

/** @internal Gives one shared frozen array for every list of the same ids (in the same order). */
export type Interner = (ids: readonly Id[]) => readonly Id[];

/** @internal A fresh {@link Interner}. */
export function interner(): Interner {
  const lists = new Map<string, readonly Id[]>();
  return (ids) => {
    // Ids never hold a space, so a single id (a string V8 has already hashed) cannot clash with a joined list.
    const key = ids.length === 1 ? (ids[0] as Id) : ids.join(" ");
    let list = lists.get(key);
    if (list === undefined) {
      list = Object.freeze([...ids]);
      lists.set(key, list);
    }
    return list;
  };
}

/** @internal A frozen copy of a resolution's top object with its recipients interned (the trace is shared). */
export function compactCopy(resolution: Resolution, intern: (ids: readonly Id[]) => readonly Id[]): Resolution {
  if (!resolution.ok) return resolution;
  const { recipients, route, trace } = resolution;
  return Object.freeze({ ok: true, recipients: intern(recipients), route, trace });
}

/** @internal The column of a category, or -1 (a switch: cheaper than a hash lookup on the hot path). */
export function columnOf(category: string): number {
  switch (category) {
    case "appointments":
      return 0;
    case "referrals":
      return 1;
    case "prescriptions":
      return 2;
    case "test_results":
      return 3;
    case "general_inquiry":
      return 4;
    case "health_question":
      return 5;
    default:
      return -1;
  }
}
