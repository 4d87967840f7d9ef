import * as fc from "fast-check";
import type { Member } from "../../model/types.js";
import { nameArb } from "./atoms.js";

/**
 * Members `ids`, the first `providerCount` providers and the rest staff, with at least one active admin;
 * when `allowInactive`, others may be inactive. @internal
 */
export function membersArbitrary(
  ids: readonly string[],
  providerCount: number,
  allowInactive: boolean,
): fc.Arbitrary<Record<string, Member>> {
  const memberArb = (role: Member["role"]) =>
    fc.record({
      name: nameArb,
      role: fc.constant(role),
      admin: fc.boolean(),
      active: fc.constant(true),
    });
  return fc
    .tuple(
      fc.tuple(...ids.map((_, index) => memberArb(index < providerCount ? "provider" : "staff"))),
      fc.integer({ min: 0, max: ids.length - 1 }),
      allowInactive ? fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }) : fc.constant([]),
    )
    .map(([list, adminIndex, inactive]) => {
      const members: Record<string, Member> = {};
      list.forEach((member, index) => {
        const active = index === adminIndex || !inactive[index];
        members[ids[index] as string] = { ...member, active, admin: index === adminIndex || member.admin };
      });
      return members;
    });
}
