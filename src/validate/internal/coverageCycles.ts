import { compareIds } from "../../internal/own.js";
import type { Id, Practice } from "../../model/types.js";
import { addLink, createGraph, eligibleLinks, type InForceGraph, type Link, liveLinks } from "./coverageGraph.js";
import { leadsTo, shortestPath } from "./coverageSearch.js";
import { describeCycle } from "./describeCycle.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import type { Periods } from "./periods.js";
import { stronglyConnected } from "./stronglyConnected.js";

/** Links a breadth-first search may read before a cheaper test decides whether a cycle exists at all. */
const SEARCH_BUDGET = 1_024;

/**
 * @internal
 * Finds coverage cycles: entries whose periods share an instant and whose `member -> coveredBy` links
 * return to where they started, however long the chain. Entries with another coverage error (unknown
 * member, bad range, self-coverage) are left out. Whenever some instant has a cycle, at least one is
 * reported; no cycle is reported twice; each is keyed by the smallest coverage id in it.
 *
 * Method: the entries of a cycle share an instant exactly when all are in force at the latest start among
 * them. So the strongly connected components of the whole member graph first keep only the links that can
 * be on any cycle (linear; usually none). Then a sweep by start time adds those links as they start, and
 * gives each link starting at `at` a shortest chain back from its coverer to its member through links in
 * force then (`cycleBack`), unless a cycle already reported at that start time, or a link starting earlier
 * and still in force, joins the same two people (the cycle would only repeat those people).
 */
export function findCoverageCycles(practice: Practice, periods: Periods): Map<Id, ValidationIssue[]> {
  const { links, members, pairs } = eligibleLinks(practice, periods);
  const next = Array.from({ length: members }, (): number[] => []);
  for (const link of links) next[link.source]?.push(link.target);
  const component = stronglyConnected(next.keys(), (member) => next[member] ?? []);
  const onCycles = links
    .filter((link) => component.get(link.source) === component.get(link.target))
    .sort((a, b) => a.from - b.from || compareIds(a.id, b.id));
  const found = new Map<Id, ValidationIssue[]>();
  const graph = createGraph(members);
  const parallel = new Int32Array(pairs); // per pair of members, how many links join them that way
  for (const link of onCycles) parallel[link.pair] = (parallel[link.pair] as number) + 1;
  const joinedAt = new Float64Array(pairs).fill(Number.NaN); // per pair, the start a reported cycle joined it
  for (let start = 0; start < onCycles.length; ) {
    const at = (onCycles[start] as Link).from;
    let end = start + 1;
    while (end < onCycles.length && (onCycles[end] as Link).from === at) end += 1;
    for (let index = start; index < end; index += 1) addLink(graph, onCycles[index] as Link);
    for (let index = start; index < end; index += 1) {
      const link = onCycles[index] as Link;
      if (joinedAt[link.pair] === at) continue;
      if ((parallel[link.pair] as number) > 1 && hasEarlierTwin(graph, link, at)) continue;
      const back = cycleBack(graph, link, at);
      if (back === undefined) continue;
      back.unshift(link);
      for (const step of back) joinedAt[step.pair] = at;
      const cycle = rotateToSmallestId(back);
      const first = (cycle[0] as Link).id;
      // A shortest chain back has no repeated member, so the rotated order is the same for the same entries.
      const ids = cycle.map((step) => step.id);
      const issue = validationIssue(
        "coverage_cycle",
        ["coverage", first],
        describeCycle(practice, cycle, ids, at),
        ids,
      );
      const listed = found.get(first);
      if (listed === undefined) found.set(first, [issue]);
      else listed.push(issue);
    }
    start = end;
  }
  return found;
}

/** Whether a link joining the same two people in the same direction started before `at` and is still in force. */
function hasEarlierTwin(graph: InForceGraph, link: Link, at: number): boolean {
  for (const other of liveLinks(graph, "out", link.source, at)) {
    if (other.target === link.target && other.from < at) return true;
  }
  return false;
}

/**
 * A shortest chain of links in force at `at` from the coverer of `link` back to its member, or `undefined`.
 * A breadth-first search within `SEARCH_BUDGET` settles most cases; past it, `leadsTo` (bounded by the
 * smaller side of a search from both ends) decides whether the full search is worth running.
 */
function cycleBack(graph: InForceGraph, link: Link, at: number): Link[] | undefined {
  const quick = shortestPath(graph, link.target, link.source, at, SEARCH_BUDGET);
  if (quick !== undefined) return quick;
  return leadsTo(graph, link.target, link.source, at) ? shortestPath(graph, link.target, link.source, at) : undefined;
}

/** The cycle starting from its link with the smallest coverage id. */
function rotateToSmallestId(cycle: Link[]): Link[] {
  let smallest = 0;
  for (let index = 1; index < cycle.length; index += 1) {
    if (compareIds((cycle[index] as Link).id, (cycle[smallest] as Link).id) < 0) smallest = index;
  }
  return smallest === 0 ? cycle : [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}
