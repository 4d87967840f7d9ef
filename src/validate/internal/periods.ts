import { parseTimestamp } from "../../internal/time.js";
import type { Coverage, Id, Practice } from "../../model/types.js";

/** A coverage entry's `[from, until)` in milliseconds (`NaN` where a timestamp cannot be read). */
export interface Period {
  readonly from: number;
  readonly until: number;
}

/** Reads the period of a coverage entry with the library's one timestamp parser. */
export function periodOf(entry: Coverage): Period {
  return { from: parseTimestamp(entry.from), until: parseTimestamp(entry.until) };
}

/** The periods of every coverage entry, as columns: `index` gives an entry's row. */
export interface Periods {
  readonly index: ReadonlyMap<Id, number>;
  readonly from: Float64Array;
  readonly until: Float64Array;
}

/** Every entry's period, each distinct timestamp text read once (entries often share their dates). */
export function readPeriods(practice: Practice): Periods {
  const ids = Object.keys(practice.coverage);
  const read = new Map<string, number>();
  const time = (text: string): number => {
    const known = read.get(text);
    if (known !== undefined) return known;
    const value = parseTimestamp(text);
    read.set(text, value);
    return value;
  };
  const periods = {
    index: new Map<Id, number>(),
    from: new Float64Array(ids.length),
    until: new Float64Array(ids.length),
  };
  ids.forEach((id, row) => {
    const entry = practice.coverage[id] as Coverage;
    periods.index.set(id, row);
    periods.from[row] = time(entry.from);
    periods.until[row] = time(entry.until);
  });
  return periods;
}

/** The period of entry `id` from `periods`, or `undefined` when it has none there. */
export function periodIn(periods: Periods, id: Id): Period | undefined {
  const row = periods.index.get(id);
  return row === undefined ? undefined : { from: periods.from[row] as number, until: periods.until[row] as number };
}
