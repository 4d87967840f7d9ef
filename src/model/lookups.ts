import { getOwn } from "../internal/own.js";
import type { MessageCategory } from "./categories.js";
import type { Group, Id, Location, Member, Practice, Recipient, RoutingTable } from "./types.js";

// Records of a practice are plain objects, so `practice.members[id]` also finds what every object inherits
// (`practice.members["toString"]` is a function). These read own properties only: use them for ids that come
// from outside (a request, a message).

/**
 * The member with this id, or `undefined`; never an inherited property.
 *
 * @param practice - A parsed practice.
 * @param id - Any id, e.g. from a request.
 * @returns The member, or `undefined` when the practice has none with that id.
 * @example
 * ```ts
 * [getMember(samplePractice(), "jsmith")?.name, getMember(samplePractice(), "constructor")];
 * //=> ["Jane Smith", undefined]
 * ```
 *
 * @group Parsing
 */
export function getMember(practice: Practice, id: Id): Member | undefined {
  return getOwn(practice.members, id);
}

/**
 * The group with this id, or `undefined`; never an inherited property.
 *
 * @param practice - A parsed practice.
 * @param id - Any id, e.g. from a request.
 * @returns The group, or `undefined`.
 * @example
 * ```ts
 * getGroup(samplePractice(), "nurses")?.members;
 * //=> ["lpatel"]
 * ```
 *
 * @group Parsing
 */
export function getGroup(practice: Practice, id: Id): Group | undefined {
  return getOwn(practice.groups, id);
}

/**
 * A provider's own routing table (possibly partial), or `undefined` when the provider has none and the
 * practice's default table applies; never an inherited property.
 *
 * @param practice - A parsed practice.
 * @param providerId - Any id, e.g. from a request.
 * @returns The table, or `undefined`.
 * @example
 * ```ts
 * Object.keys(getProviderTable(samplePractice(), "oselkin") ?? {});
 * //=> ["test_results", "health_question"]
 * ```
 *
 * @group Parsing
 */
export function getProviderTable(practice: Practice, providerId: Id): RoutingTable | undefined {
  return getOwn(practice.routing, providerId);
}

/** @internal The location with this id, or `undefined` (also for a practice without locations). */
export function locationOf(practice: Practice, id: Id): Location | undefined {
  return practice.locations === undefined ? undefined : getOwn(practice.locations, id);
}

/** @internal The location whose table applies: a location of the practice with a table, else `null`. */
export function tableLocation(practice: Practice, locationId: unknown): Id | null {
  if (typeof locationId !== "string") return null;
  const { locations, locationRouting } = practice;
  if (locations === undefined || locationRouting === undefined) return null;
  return getOwn(locations, locationId) !== undefined && getOwn(locationRouting, locationId) !== undefined
    ? locationId
    : null;
}

/** @internal The after-hours cell of a category, when the practice has one. */
export function afterHoursCell(practice: Practice, category: MessageCategory): readonly Recipient[] | undefined {
  const table = practice.afterHoursRouting;
  return table === undefined ? undefined : getOwn<readonly Recipient[]>(table, category);
}
