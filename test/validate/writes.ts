// Random writes to a practice, as an edit makes them: each is a config path and the value written there
// (`undefined` removes the key). Used to check scoped validation against whole-practice validation.
import * as fc from "fast-check";
import { MESSAGE_CATEGORIES } from "../../src/model/categories.js";
import type { IssuePath, Member, Practice, Recipient } from "../../src/model/types.js";
import { away } from "./fixtures.js";

/** One write: a path and the value written there, `undefined` for a removal. */
export interface Write {
  readonly path: IssuePath;
  readonly value: unknown;
}

const OTHER_IDS = ["ghost", "new-1", "toString"];
// Location ids: none is in a practice at first; writes add, name, route and list them.
const SITES = ["north", "south", "toString"];

/** Writes aimed at `practice`: cells, tables, members and their fields, groups, coverage, revision. */
export function writeArbitrary(practice: Practice): fc.Arbitrary<Write> {
  const members = [...Object.keys(practice.members), ...OTHER_IDS];
  const groups = [...Object.keys(practice.groups), ...OTHER_IDS];
  const tables = Object.keys(practice.routing);
  const memberId = fc.constantFrom(...members);
  const category = fc.constantFrom(...MESSAGE_CATEGORIES);
  const recipient: fc.Arbitrary<Recipient> = fc.oneof(
    memberId.map((id): Recipient => ({ type: "member", id })),
    fc.constantFrom(...groups).map((id): Recipient => ({ type: "group", id })),
    fc.constant<Recipient>({ type: "assigned_provider" }),
  );
  const cell = fc.array(recipient, { minLength: 1, maxLength: 4 });
  const siteId = fc.constantFrom(...SITES);
  const sites = fc.uniqueArray(siteId, { maxLength: 2 });
  const member: fc.Arbitrary<Member> = fc.record(
    {
      name: fc.constantFrom("Ann Lee", "Bo Diaz"),
      role: fc.constantFrom("provider", "staff"),
      admin: fc.boolean(),
      active: fc.boolean(),
      locations: sites,
    },
    { requiredKeys: ["name", "role", "admin", "active"] },
  );
  const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 4 });
  const coverage = fc
    .tuple(memberId, memberId, fc.integer({ min: 1, max: 10 }), fc.integer({ min: -1, max: 6 }))
    .map(([absent, cover, from, length]) => away(absent, cover, from, from + length));
  const write = (path: IssuePath) => (value: unknown) => ({ path, value });
  return fc.oneof(
    fc
      .tuple(memberId, category, maybe(cell))
      .map(([id, c, value]) => ({ path: ["routing", id], value: value && { [c]: value } })),
    ...(tables.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...tables), category, maybe(cell))
            .map(([id, c, value]) => ({ path: ["routing", id, c], value })),
        ]),
    fc.tuple(category, cell).map(([c, value]) => ({ path: ["defaultRouting", c], value })),
    fc.tuple(memberId, maybe(member)).map(([id, value]) => ({ path: ["members", id], value })),
    fc
      .tuple(fc.constantFrom(...Object.keys(practice.members)), fc.constantFrom("active", "admin", "role", "name"))
      .chain(([id, field]) => {
        const value =
          field === "role"
            ? fc.constantFrom("provider", "staff")
            : field === "name"
              ? fc.constant("Renamed")
              : fc.boolean();
        return value.map(write(["members", id, field]));
      }),
    fc
      .tuple(fc.constantFrom(...groups), maybe(fc.array(memberId, { maxLength: 4 })))
      .map(([id, list]) => ({ path: ["groups", id], value: list && { name: `Group ${id}`, members: list } })),
    fc
      .tuple(fc.constantFrom("k1", "k2", "k3", "k7"), maybe(coverage))
      .map(([id, value]) => ({ path: ["coverage", id], value })),
    ...locationWrites(siteId, sites, category, cell, memberId),
    fc.integer({ min: 0, max: 9 }).map(write(["revision"])),
    fc.boolean().map(write(["messaging", "patientInitiated"])),
  );
}

/** Writes of locations, location tables and cells, and members' `locations`. */
function locationWrites(
  siteId: fc.Arbitrary<string>,
  sites: fc.Arbitrary<string[]>,
  category: fc.Arbitrary<string>,
  cell: fc.Arbitrary<Recipient[]>,
  memberId: fc.Arbitrary<string>,
): fc.Arbitrary<Write>[] {
  const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 4 });
  const table = fc.tuple(category, cell).map(([c, value]) => ({ [c]: value }));
  const named = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { name: `Site ${id}` }]));
  return [
    maybe(sites.map(named)).map((value) => ({ path: ["locations"], value })),
    fc.tuple(siteId, maybe(fc.constant(null))).map(([id, value]) => ({
      path: ["locations", id],
      value: value === null ? { name: `Site ${id}` } : undefined,
    })),
    maybe(fc.tuple(siteId, table).map(([id, value]) => ({ [id]: value }))).map((value) => ({
      path: ["locationRouting"],
      value,
    })),
    fc.tuple(siteId, maybe(table)).map(([id, value]) => ({ path: ["locationRouting", id], value })),
    fc.tuple(siteId, category, maybe(cell)).map(([id, c, value]) => ({ path: ["locationRouting", id, c], value })),
    fc.tuple(memberId, maybe(sites)).map(([id, value]) => ({ path: ["members", id, "locations"], value })),
  ];
}

/** `practice` with `writes` applied in order (a deep copy; the input is untouched). */
export function applyWrites(practice: Practice, writes: readonly Write[]): Practice {
  const copy = structuredClone(practice) as unknown as Record<string, unknown>;
  for (const { path, value } of writes) {
    let node = copy;
    // Own properties only: after `members.toString` is removed, `members.toString` must not find the inherited function.
    for (const key of path.slice(0, -1)) {
      node = (node !== undefined && Object.hasOwn(node, key) ? node[key] : undefined) as Record<string, unknown>;
    }
    // A write under something an earlier write removed is dropped (its path still counts as written).
    if (node === undefined) continue;
    const last = path[path.length - 1] as string;
    if (value === undefined) delete node[last];
    else node[last] = structuredClone(value);
  }
  return copy as unknown as Practice;
}
