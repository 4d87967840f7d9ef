import * as fc from "fast-check";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../index.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Coverage, Group, Member, Practice, Recipient, RoutingTable } from "../model/types.js";

/**
 * Options of {@link practiceArbitrary}.
 *
 * @group Testing
 */
export interface PracticeArbitraryOptions {
  /** Most providers (at least one is always made). Default 4. */
  readonly maxProviders?: number;
  /** Most staff members (at least one is always made). Default 5. */
  readonly maxStaff?: number;
  /** Patient messaging: always on, always off, or either. Default `"any"`. */
  readonly messaging?: "on" | "off" | "any";
  /** Whether to generate coverage entries (absences). Default `true`. */
  readonly coverage?: boolean;
  /** Whether some members may be inactive. Default `true`. */
  readonly inactiveMembers?: boolean;
  /** Whether to generate groups. Default `true`. */
  readonly groups?: boolean;
  /** Whether some categories may be disabled. Default `true`. */
  readonly disabledCategories?: boolean;
}

// Ids that stress ordering and lookups: integer-like keys, Object.prototype names, punctuation.
const TRICKY_IDS = ["10", "9", "toString", "hasOwnProperty", "a.b", "x:y", "u@v", "z-z", "A", "a"];

const idArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_IDS) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._:@-]{0,6}$/) },
);

const nameArb = fc.oneof(
  fc.constantFrom("Beverly Crusher", "Jane Smith", "Kim Jones", "Dr. Ana Ruiz", "Søren Ødegaard"),
  fc.string({ minLength: 1, maxLength: 24 }),
);

const START = Date.UTC(2026, 0, 1);
const SPAN_HOURS = 24 * 365;

function isoAt(hours: number, offset: string): string {
  const ms = START + hours * 3_600_000;
  if (offset === "Z") return new Date(ms).toISOString().replace(".000Z", "Z");
  // Express the same instant in a fixed offset, e.g. +02:00.
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hh, mm] = offset.slice(1).split(":").map(Number) as [number, number];
  const local = new Date(ms + sign * (hh * 60 + mm) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

interface Skeleton {
  readonly ids: readonly string[];
  readonly providerCount: number;
}

/**
 * Generates valid practices (no validation errors; warnings such as inactive recipients may occur):
 * at least one provider, one staff member and one active admin, tables that name only existing
 * members and groups, and coverage without self-coverage or cycles.
 *
 * @param options - Sizes and which features to include.
 * @returns A fast-check arbitrary of deeply frozen practices.
 * @example
 * ```ts
 * fc.assert(fc.property(practiceArbitrary(), (p) => validatePractice(p).valid));
 * const [practice] = fc.sample(practiceArbitrary({ messaging: "off", coverage: false }), { numRuns: 1 });
 * [practice?.messaging.patientInitiated, practice?.coverage];
 * //=> [false, {}]
 * ```
 *
 * @group Testing
 */
export function practiceArbitrary(options: PracticeArbitraryOptions = {}): fc.Arbitrary<Practice> {
  const maxProviders = Math.max(1, options.maxProviders ?? 4);
  const maxStaff = Math.max(1, options.maxStaff ?? 5);
  const skeleton: fc.Arbitrary<Skeleton> = fc
    .tuple(fc.integer({ min: 1, max: maxProviders }), fc.integer({ min: 1, max: maxStaff }))
    .chain(([providers, staff]) =>
      fc
        .uniqueArray(idArb, { minLength: providers + staff, maxLength: providers + staff })
        .map((ids) => ({ ids, providerCount: providers })),
    );
  return skeleton.chain((shape) => practiceFrom(shape, options)).map((practice) => deepFreeze(practice));
}

function practiceFrom(shape: Skeleton, options: PracticeArbitraryOptions): fc.Arbitrary<Practice> {
  const { ids, providerCount } = shape;
  const providers = ids.slice(0, providerCount);
  const allowInactive = options.inactiveMembers ?? true;
  const memberArb = (role: Member["role"]) =>
    fc.record({
      name: nameArb,
      role: fc.constant(role),
      admin: fc.boolean(),
      active: fc.constant(true),
    });
  const membersArb = fc
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

  const groupIdArb = fc.uniqueArray(idArb, { maxLength: options.groups === false ? 0 : 3 });
  return fc.tuple(membersArb, groupIdArb).chain(([members, groupIds]) => {
    const groupsArb = fc
      .tuple(
        ...groupIds.map(() =>
          fc.record({ name: nameArb, members: fc.shuffledSubarray([...ids], { maxLength: Math.min(4, ids.length) }) }),
        ),
      )
      .map((list) => Object.fromEntries(list.map((group, index) => [groupIds[index] as string, group as Group])));
    const recipientArb: fc.Arbitrary<Recipient> = fc.oneof(
      fc.constantFrom(...ids).map((id): Recipient => ({ type: "member", id })),
      ...(groupIds.length > 0 ? [fc.constantFrom(...groupIds).map((id): Recipient => ({ type: "group", id }))] : []),
      fc.constant<Recipient>({ type: "assigned_provider" }),
    );
    const cellArb = fc.array(recipientArb, { minLength: 1, maxLength: 3 });
    const tableArb: fc.Arbitrary<RoutingTable> = fc
      .tuple(...MESSAGE_CATEGORIES.map(() => fc.option(cellArb, { nil: undefined })))
      .map((cells) => {
        const table: { [C in MessageCategory]?: readonly Recipient[] } = {};
        cells.forEach((cell, index) => {
          if (cell !== undefined) table[MESSAGE_CATEGORIES[index] as MessageCategory] = cell;
        });
        return table;
      });
    const routingArb = fc.tuple(...providers.map(() => fc.option(tableArb, { nil: undefined }))).map((tables) => {
      const routing: Record<string, RoutingTable> = {};
      tables.forEach((table, index) => {
        if (table !== undefined) routing[providers[index] as string] = table;
      });
      return routing;
    });
    const defaultArb = fc
      .tuple(...MESSAGE_CATEGORIES.map(() => cellArb))
      .map(
        (cells) =>
          Object.fromEntries(
            cells.map((cell, index) => [MESSAGE_CATEGORIES[index], cell]),
          ) as Practice["defaultRouting"],
      );
    // Coverage flows from earlier ids to later ones only, so it can never form a cycle.
    const coverageEntryArb: fc.Arbitrary<Coverage> = fc
      .tuple(
        fc.integer({ min: 0, max: ids.length - 2 }),
        fc.nat(),
        fc.integer({ min: 0, max: SPAN_HOURS }),
        fc.integer({ min: 1, max: 24 * 30 }),
        fc.constantFrom("Z", "Z", "+02:00", "-05:00"),
      )
      .map(([from, step, start, length, offset]) => {
        const coveredBy = from + 1 + (step % (ids.length - 1 - from));
        return {
          member: ids[from] as string,
          from: isoAt(start, offset),
          until: isoAt(start + length, offset),
          coveredBy: ids[coveredBy] as string,
        };
      });
    const coverageArb =
      options.coverage === false || ids.length < 2
        ? fc.constant({})
        : fc
            .uniqueArray(fc.tuple(idArb, coverageEntryArb), { maxLength: 4, selector: ([id]) => id })
            .map((entries) => Object.fromEntries(entries));
    const messaging = options.messaging ?? "any";
    return fc.record({
      schemaVersion: fc.constant(2 as const),
      id: idArb,
      name: nameArb,
      revision: fc.nat({ max: 1000 }),
      timeZone: fc.constant("UTC"),
      messaging: fc.record({
        patientInitiated: messaging === "any" ? fc.boolean() : fc.constant(messaging === "on"),
        patientReplies: fc.boolean(),
        disabledCategories:
          options.disabledCategories === false
            ? fc.constant([])
            : fc.subarray([...MESSAGE_CATEGORIES], { maxLength: 2 }),
      }),
      members: fc.constant(members),
      groups: groupsArb,
      routing: routingArb,
      defaultRouting: defaultArb,
      coverage: coverageArb,
    });
  });
}
