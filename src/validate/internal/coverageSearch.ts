import { type InForceGraph, type Link, liveLinks } from "./coverageGraph.js";

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
  const { seen, via, queue } = graph;
  const mark = ++graph.round;
  seen[start] = mark;
  queue.length = 0;
  queue.push(start);
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
