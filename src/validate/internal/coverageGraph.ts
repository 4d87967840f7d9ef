import { getOwn } from "../../internal/own.js";
import { parseTimestamp } from "../../internal/time.js";
import type { Coverage, Id, Practice } from "../../model/types.js";

/**
 * One coverage entry as a dated link `member -> coveredBy`, in force on `[from, until)` (milliseconds);
 * `source` and `target` number its two members (see `eligibleLinks`).
 */
export interface Link {
  readonly id: Id;
  readonly member: Id;
  readonly coveredBy: Id;
  readonly from: number;
  readonly until: number;
  readonly source: number;
  readonly target: number;
}

/** A coverage entry's `[from, until)` in milliseconds (`NaN` where a timestamp cannot be read). */
export interface Period {
  readonly from: number;
  readonly until: number;
}

/** Reads the period of a coverage entry with the library's one timestamp parser. */
export function periodOf(entry: Coverage): Period {
  return { from: parseTimestamp(entry.from), until: parseTimestamp(entry.until) };
}

/**
 * The coverage entries with no error of their own, as links (in no particular order), and how many members
 * they join (numbered from 0 in order of first appearance). `periods` holds every entry's period.
 */
export function eligibleLinks(
  practice: Practice,
  periods: ReadonlyMap<Id, Period>,
): { readonly links: Link[]; readonly members: number } {
  const numbers = new Map<Id, number>();
  const links: Link[] = [];
  for (const [id, { from, until }] of periods) {
    const entry = getOwn(practice.coverage, id);
    if (entry === undefined || entry.member === entry.coveredBy || !(from < until)) continue;
    const { member, coveredBy } = entry;
    if (getOwn(practice.members, member) === undefined) continue;
    if (getOwn(practice.members, coveredBy) === undefined) continue;
    if (!numbers.has(member)) numbers.set(member, numbers.size);
    if (!numbers.has(coveredBy)) numbers.set(coveredBy, numbers.size);
    const source = numbers.get(member) as number;
    const target = numbers.get(coveredBy) as number;
    links.push({ id, member, coveredBy, from, until, source, target });
  }
  return { links, members: numbers.size };
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
}

/** An empty graph over `members` members. */
export function createGraph(members: number): InForceGraph {
  const lists = () => Array.from({ length: members }, (): Link[] => []);
  const ends = { out: new Float64Array(members).fill(Infinity), in: new Float64Array(members).fill(Infinity) };
  const via = Array.from({ length: members }, (): Link | undefined => undefined);
  return { out: lists(), in: lists(), ends, seen: new Int32Array(members), round: 0, via };
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

/**
 * Whether links in force at `at` lead from member `start` to member `target`. Searches forward from `start`
 * and backward from `target` in turns, one member per side, and stops when the two meet or one side has
 * nothing left: the cost is bounded by the smaller side, so long chains that cannot close cost little.
 * Marks: `round + 1` reached forward, `round + 2` reached backward.
 */
export function leadsTo(graph: InForceGraph, start: number, target: number, at: number): boolean {
  const { seen } = graph;
  const forward = graph.round + 1;
  const backward = graph.round + 2;
  graph.round += 2;
  seen[start] = forward;
  seen[target] = backward;
  const forwardQueue = [start];
  const backwardQueue = [target];
  for (let step = 0; step < forwardQueue.length && step < backwardQueue.length; step += 1) {
    for (const link of liveLinks(graph, "out", forwardQueue[step] as number, at)) {
      if (seen[link.target] === backward) return true;
      if (seen[link.target] !== forward) forwardQueue.push(link.target);
      seen[link.target] = forward;
    }
    for (const link of liveLinks(graph, "in", backwardQueue[step] as number, at)) {
      if (seen[link.source] === forward) return true;
      if (seen[link.source] !== backward) backwardQueue.push(link.source);
      seen[link.source] = backward;
    }
  }
  return false;
}

/**
 * A shortest chain of links in force from member `start` to member `target`, breadth first in the order the
 * links started; `undefined` when there is none, or when the search has read `budget` links without finding
 * one. Every member on such a chain is in the component of both ends, so the chain found is the one a search
 * confined to that component finds.
 */
export function shortestPath(
  graph: InForceGraph,
  start: number,
  target: number,
  at: number,
  budget = Number.POSITIVE_INFINITY,
): Link[] | undefined {
  const { seen, via } = graph;
  const mark = ++graph.round;
  seen[start] = mark;
  const queue = [start];
  let read = 0;
  for (let head = 0; head < queue.length && seen[target] !== mark; head += 1) {
    const links = liveLinks(graph, "out", queue[head] as number, at);
    read += links.length;
    if (read > budget) return undefined;
    for (const link of links) {
      if (seen[link.target] === mark) continue;
      seen[link.target] = mark;
      via[link.target] = link;
      if (link.target === target) break;
      queue.push(link.target);
    }
  }
  if (seen[target] !== mark) return undefined;
  const path: Link[] = [];
  for (let node = target; node !== start; ) {
    const link = via[node] as Link;
    path.push(link);
    node = link.source;
  }
  return path.reverse();
}
