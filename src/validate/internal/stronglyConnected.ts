/**
 * Tarjan's algorithm, iterative (no recursion limit): the strongly connected component, as a number, of
 * every node reachable from `roots` through `next`. Linear in the nodes and links it visits.
 */
export function stronglyConnected<T>(roots: Iterable<T>, next: (node: T) => readonly T[]): Map<T, number> {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const component = new Map<T, number>();
  let components = 0;
  const work: { node: T; targets: readonly T[]; position: number }[] = [];
  const visit = (node: T): void => {
    index.set(node, index.size);
    low.set(node, index.size - 1);
    stack.push(node);
    onStack.add(node);
    work.push({ node, targets: next(node), position: 0 });
  };
  for (const root of roots) {
    if (index.has(root)) continue;
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      const { node, targets } = frame;
      if (frame.position < targets.length) {
        const target = targets[frame.position] as T;
        frame.position += 1;
        if (!index.has(target)) visit(target);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
        continue;
      }
      work.pop();
      if (low.get(node) === index.get(node)) {
        let member: T;
        do {
          member = stack.pop() as T;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== node);
        components += 1;
      }
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(node) as number));
      }
    }
  }
  return component;
}
