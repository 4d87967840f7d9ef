import { compareIds } from "../../internal/own.js";
import { memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import {
  addLink,
  appendTo,
  eligibleLinks,
  type InForceGraph,
  type Link,
  liveLinks,
  smallerReach,
} from "./coverageGraph.js";
import { compareInstants, type Instant, isoText } from "./instant.js";
import { type ValidationIssue, validationIssue } from "./issue.js";
import { listNames } from "./names.js";
import { stronglyConnected } from "./stronglyConnected.js";

/**
 * @internal
 * Finds coverage cycles: entries whose periods share an instant and whose `member -> coveredBy` links
 * return to where they started, however long the chain. Entries with another coverage error (unknown
 * member, bad range, self-coverage) are left out. Whenever some instant has a cycle, at least one is
 * reported; no cycle is reported twice; each is keyed by the smallest coverage id in it.
 *
 * Method: the entries of a cycle share an instant exactly when all are in force at the latest start among
 * them. So the strongly connected components of the whole member graph first keep only the links that can
 * be on any cycle (linear; usually none), then, for each distinct start time, the components of the links
 * in force then are computed from the links starting then, inside the smaller of what they reach forward
 * and backward (`smallerReach`). Each starting link inside a component gets a
 * shortest cycle back to it, unless a cycle already reported at that start time, or a link starting
 * earlier and still in force, joins the same two people (the cycle would only repeat those people).
 */
export function findCoverageCycles(practice: Practice): Map<Id, ValidationIssue[]> {
  const links = eligibleLinks(practice);
  const next = new Map<Id, Id[]>();
  for (const link of links) appendTo(next, link.member, link.coveredBy);
  const component = stronglyConnected(next.keys(), (member) => next.get(member) ?? []);
  const onCycles = links
    .filter((link) => component.get(link.member) === component.get(link.coveredBy))
    .sort((a, b) => compareInstants(a.from, b.from) || compareIds(a.id, b.id));
  const found = new Map<Id, ValidationIssue[]>();
  const graph: InForceGraph = { out: new Map(), in: new Map() };
  for (let start = 0; start < onCycles.length; ) {
    const at = (onCycles[start] as Link).from;
    let end = start + 1;
    while (end < onCycles.length && compareInstants((onCycles[end] as Link).from, at) === 0) end += 1;
    const starting = onCycles.slice(start, end);
    for (const link of starting) addLink(graph, link);
    for (const cycle of cyclesStartingAt(graph, starting, at)) {
      const rotated = rotateToSmallestId(cycle);
      const first = rotated[0] as Link;
      const message = describeCycle(practice, rotated, at);
      appendTo(found, first.id, validationIssue("coverage_cycle", ["coverage", first.id], message));
    }
    start = end;
  }
  return found;
}

/** One cycle through each link starting at `at` that is on one, unless a cycle already joins its two people. */
function cyclesStartingAt(graph: InForceGraph, starting: readonly Link[], at: Instant): Link[][] {
  const region = smallerReach(graph, starting, at);
  const live = (member: Id) => liveLinks(graph, "out", member, at).filter((link) => region.has(link.coveredBy));
  const component = stronglyConnected(
    starting.filter((link) => region.has(link.coveredBy)).map((link) => link.coveredBy),
    (member) => live(member).map((link) => link.coveredBy),
  );
  const joined = new Map<Id, Set<Id>>();
  const cycles: Link[][] = [];
  for (const link of starting) {
    const group = component.get(link.member);
    if (group === undefined || group !== component.get(link.coveredBy)) continue;
    if (joined.get(link.member)?.has(link.coveredBy) === true) continue;
    const twin = (other: Link) => other.coveredBy === link.coveredBy && compareInstants(other.from, at) < 0;
    if (live(link.member).some(twin)) continue;
    const back = shortestPath(live, link.coveredBy, link.member, (member) => component.get(member) === group);
    const cycle = [link, ...back];
    for (const step of cycle) {
      const targets = joined.get(step.member) ?? new Set<Id>();
      targets.add(step.coveredBy);
      joined.set(step.member, targets);
    }
    cycles.push(cycle);
  }
  return cycles;
}

/** A shortest chain of live links from `start` to `target` inside one component (one exists). */
function shortestPath(
  live: (member: Id) => readonly Link[],
  start: Id,
  target: Id,
  inside: (member: Id) => boolean,
): Link[] {
  const via = new Map<Id, Link | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length && !via.has(target); head += 1) {
    for (const link of live(queue[head] as Id)) {
      if (via.has(link.coveredBy) || !inside(link.coveredBy)) continue;
      via.set(link.coveredBy, link);
      queue.push(link.coveredBy);
    }
  }
  return pathTo(via, target);
}

function pathTo(via: ReadonlyMap<Id, Link | null>, target: Id): Link[] {
  const path: Link[] = [];
  for (let link = via.get(target); link; link = via.get(link.member)) path.push(link);
  return path.reverse();
}

function rotateToSmallestId(cycle: readonly Link[]): readonly Link[] {
  let smallest = 0;
  cycle.forEach((link, index) => {
    if (compareIds(link.id, (cycle[smallest] as Link).id) < 0) smallest = index;
  });
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

const SPELLED_OUT = 6;

function describeCycle(practice: Practice, cycle: readonly Link[], at: Instant): string {
  const spelled = cycle.length <= SPELLED_OUT;
  const people = cycle.slice(0, SPELLED_OUT).map((link) => memberName(practice, link.member));
  const first = people[0] as string;
  const covers = spelled ? [...people.slice(1), first] : people.slice(1);
  const rest = covers
    .slice(1)
    .map((name) => `, who is covered by ${name}`)
    .join("");
  const more = spelled ? "" : `, and so on through ${String(cycle.length)} people back to ${first}`;
  const ids = listNames(
    cycle.slice(0, 4).map((link) => link.id),
    false,
    cycle.length,
  );
  return `Coverage entries ${ids} form a cycle at ${isoText(at)}: ${first} is covered by ${covers[0] as string}${rest}${more}.`;
}
