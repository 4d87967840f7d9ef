import { getOwn } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import type { Periods } from "./periods.js";

/**
 * One coverage entry as a dated link `member -> coveredBy`, in force on `[from, until)` (milliseconds);
 * `source` and `target` number its two members, `pair` the two in this direction (see `eligibleLinks`).
 */
export interface Link {
  readonly id: Id;
  readonly member: Id;
  readonly coveredBy: Id;
  readonly from: number;
  readonly until: number;
  readonly source: number;
  readonly target: number;
  readonly pair: number;
}

/**
 * The coverage entries with no error of their own, as links (in no particular order), how many members
 * they join and how many ordered pairs of members (both numbered from 0 in order of first appearance).
 * `periods` holds every entry's period.
 */
export function eligibleLinks(
  practice: Practice,
  periods: Periods,
): { readonly links: Link[]; readonly members: number; readonly pairs: number } {
  const numbers = new Map<Id, number>();
  const pairs: Map<number, number>[] = [];
  let pairCount = 0;
  const links: Link[] = [];
  for (const [id, row] of periods.index) {
    const from = periods.from[row] as number;
    const until = periods.until[row] as number;
    const entry = getOwn(practice.coverage, id);
    if (entry === undefined || entry.member === entry.coveredBy || !(from < until)) continue;
    const { member, coveredBy } = entry;
    if (coveredBy === undefined || getOwn(practice.members, member) === undefined) continue;
    if (getOwn(practice.members, coveredBy) === undefined) continue;
    if (!numbers.has(member)) numbers.set(member, numbers.size);
    if (!numbers.has(coveredBy)) numbers.set(coveredBy, numbers.size);
    const source = numbers.get(member) as number;
    const target = numbers.get(coveredBy) as number;
    const targets = pairs[source] ?? new Map<number, number>();
    pairs[source] = targets;
    let pair = targets.get(target);
    if (pair === undefined) {
      pair = pairCount++;
      targets.set(target, pair);
    }
    links.push({ id, member, coveredBy, from, until, source, target, pair });
  }
  return { links, members: numbers.size, pairs: pairCount };
}

/**
 * The links in force during a sweep by start time, by member number: added as they start, dropped (lazily,
 * when next read) once they have ended; each list keeps the order links were added in. Reads must never go
 * back in time. `seen` and `round` mark the members a search has reached, without clearing between searches.
 */
export interface InForceGraph {
  /** Per member, the links that cover it. */
  readonly out: Link[][];
  /** Per member, the links by which it covers someone. */
  readonly in: Link[][];
  /** Per member, the earliest end among its `out` and among its `in` links (nothing ends before). */
  readonly ends: { readonly out: Float64Array; readonly in: Float64Array };
  readonly seen: Int32Array;
  round: number;
  /** Per member reached by `shortestPath`, the link it was reached by (valid where `seen` has its mark). */
  readonly via: (Link | undefined)[];
  /** The queue of `shortestPath`, reused. */
  readonly queue: number[];
}

/** An empty graph over `members` members. */
export function createGraph(members: number): InForceGraph {
  const lists = () => Array.from({ length: members }, (): Link[] => []);
  const ends = { out: new Float64Array(members).fill(Infinity), in: new Float64Array(members).fill(Infinity) };
  const via = Array.from({ length: members }, (): Link | undefined => undefined);
  return { out: lists(), in: lists(), ends, seen: new Int32Array(members), round: 0, via, queue: [] };
}

/** Adds a link that starts now. */
export function addLink(graph: InForceGraph, link: Link): void {
  (graph.out[link.source] as Link[]).push(link);
  (graph.in[link.target] as Link[]).push(link);
  graph.ends.out[link.source] = Math.min(graph.ends.out[link.source] as number, link.until);
  graph.ends.in[link.target] = Math.min(graph.ends.in[link.target] as number, link.until);
}

/** The links in force at `at` in one direction from member `node` (out: it is covered; in: it covers). */
export function liveLinks(graph: InForceGraph, direction: "out" | "in", node: number, at: number): readonly Link[] {
  const links = graph[direction][node] as Link[];
  const ends = graph.ends[direction];
  if ((ends[node] as number) > at) return links;
  let kept = 0;
  let earliest = Infinity;
  for (const link of links) {
    if (link.until <= at) continue;
    links[kept++] = link;
    earliest = Math.min(earliest, link.until);
  }
  links.length = kept;
  ends[node] = earliest;
  return links;
}
