import { getOwn, sortedKeys } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import { compareInstants, type Instant, parseInstant } from "./instant.js";

/** One coverage entry as a dated link `member -> coveredBy`. */
export interface Link {
  readonly id: Id;
  readonly member: Id;
  readonly coveredBy: Id;
  readonly from: Instant;
  readonly until: Instant;
}

/** The coverage entries with no error of their own, as links, in coverage-id order. */
export function eligibleLinks(practice: Practice): Link[] {
  const links: Link[] = [];
  for (const id of sortedKeys(practice.coverage)) {
    const entry = getOwn(practice.coverage, id);
    if (entry === undefined || entry.member === entry.coveredBy) continue;
    if (getOwn(practice.members, entry.member) === undefined) continue;
    if (getOwn(practice.members, entry.coveredBy) === undefined) continue;
    const from = parseInstant(entry.from);
    const until = parseInstant(entry.until);
    if (from === undefined || until === undefined || compareInstants(from, until) >= 0) continue;
    links.push({ id, member: entry.member, coveredBy: entry.coveredBy, from, until });
  }
  return links;
}

/**
 * The links in force during a sweep by start time: added as they start, dropped (lazily, when next read)
 * once they have ended. Reads must use instants that never go back.
 */
export interface InForceGraph {
  readonly out: Map<Id, Link[]>;
  readonly in: Map<Id, Link[]>;
}

/** Adds a link that starts now. */
export function addLink(graph: InForceGraph, link: Link): void {
  appendTo(graph.out, link.member, link);
  appendTo(graph.in, link.coveredBy, link);
}

/** The links in force at `at` in one direction from `member` (out: it is covered; in: it covers). */
export function liveLinks(graph: InForceGraph, direction: "out" | "in", member: Id, at: Instant): readonly Link[] {
  const links = graph[direction].get(member);
  if (links === undefined) return [];
  if (!links.some((link) => compareInstants(link.until, at) <= 0)) return links;
  const kept = links.filter((link) => compareInstants(link.until, at) > 0);
  graph[direction].set(member, kept);
  return kept;
}

/**
 * Searches forward from the coverers of `starting` and backward from their absent members, one member
 * at a time on each side, and returns the side that is finished first: every cycle through a starting link
 * lies inside it. The cost is bounded by the smaller side, so long chains that cannot close cost little.
 */
export function smallerReach(graph: InForceGraph, starting: readonly Link[], at: Instant): ReadonlySet<Id> {
  const forward = new Set(starting.map((link) => link.coveredBy));
  const backward = new Set(starting.map((link) => link.member));
  const forwardQueue = [...forward];
  const backwardQueue = [...backward];
  for (let step = 0; ; step += 1) {
    const forwardNode = forwardQueue[step];
    if (forwardNode === undefined) return forward;
    for (const link of liveLinks(graph, "out", forwardNode, at)) {
      if (!forward.has(link.coveredBy)) forwardQueue.push(link.coveredBy);
      forward.add(link.coveredBy);
    }
    const backwardNode = backwardQueue[step];
    if (backwardNode === undefined) return backward;
    for (const link of liveLinks(graph, "in", backwardNode, at)) {
      if (!backward.has(link.member)) backwardQueue.push(link.member);
      backward.add(link.member);
    }
  }
}

/** Appends to a list in a map of lists. */
export function appendTo<T>(map: Map<Id, T[]>, key: Id, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
