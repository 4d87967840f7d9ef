import { LIMITS } from "../../index.js";
import { asObject, type JsonValue } from "./jsonTree.js";

/**
 * Puts more entries than a limit allows into a cell, a group or a member's locations, or a revision out of
 * range. @internal
 */
export function overLimit(root: { [key: string]: JsonValue }, seed: number): void {
  const many = (count: number, each: (index: number) => JsonValue): JsonValue[] =>
    Array.from({ length: count }, (_, index) => each(index));
  switch (seed % 4) {
    case 0: {
      const table = asObject(root.defaultRouting);
      if (table) table.appointments = many(LIMITS.cellRecipients + 1, () => ({ type: "assigned_provider" }));
      return;
    }
    case 1: {
      const groups = asObject(root.groups) ?? {};
      root.groups = groups;
      groups.big = { name: "Big", members: many(LIMITS.groupMembers + 1, (index) => `m${index}`) };
      return;
    }
    case 2: {
      const member = asObject(Object.values(asObject(root.members) ?? {})[0]);
      if (member) member.locations = many(LIMITS.locations + 1, () => "north");
      return;
    }
    default:
      root.revision = seed % 2 === 0 ? -1 : 0.5;
  }
}
