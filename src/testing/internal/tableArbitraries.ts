import * as fc from "fast-check";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../model/categories.js";
import type { DefaultRoutingTable, Recipient, RoutingTable } from "../../model/types.js";

/**
 * Routing cells naming only members `ids`, groups `groupIds`, the assigned provider and, when `careTeam`,
 * the patient's care team: 1–3 recipients. @internal
 */
export function cellArbitrary(
  ids: readonly string[],
  groupIds: readonly string[],
  careTeam = false,
): fc.Arbitrary<Recipient[]> {
  const recipientArb: fc.Arbitrary<Recipient> = fc.oneof(
    fc.constantFrom(...ids).map((id): Recipient => ({ type: "member", id })),
    ...(groupIds.length > 0 ? [fc.constantFrom(...groupIds).map((id): Recipient => ({ type: "group", id }))] : []),
    fc.constant<Recipient>({ type: "assigned_provider" }),
    ...(careTeam ? [fc.constant<Recipient>({ type: "care_team" })] : []),
  );
  return fc.array(recipientArb, { minLength: 1, maxLength: 3 });
}

/** Partial tables (provider or after-hours): each category present or not. @internal */
export function tableArbitrary(cellArb: fc.Arbitrary<readonly Recipient[]>): fc.Arbitrary<RoutingTable> {
  return fc.tuple(...MESSAGE_CATEGORIES.map(() => fc.option(cellArb, { nil: undefined }))).map((cells) => {
    const table: { [C in MessageCategory]?: readonly Recipient[] } = {};
    cells.forEach((cell, index) => {
      if (cell !== undefined) table[MESSAGE_CATEGORIES[index] as MessageCategory] = cell;
    });
    return table;
  });
}

/** The practice table: every category with a cell. @internal */
export function defaultTableArbitrary(cellArb: fc.Arbitrary<readonly Recipient[]>): fc.Arbitrary<DefaultRoutingTable> {
  return fc
    .tuple(...MESSAGE_CATEGORIES.map(() => cellArb))
    .map(
      (cells) =>
        Object.fromEntries(cells.map((cell, index) => [MESSAGE_CATEGORIES[index], cell])) as DefaultRoutingTable,
    );
}
