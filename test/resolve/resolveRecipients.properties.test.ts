import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { getOwn } from "../../src/internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { Practice, Recipient } from "../../src/model/types.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import type { ResolveInput } from "../../src/resolve/types.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";
import { messyAtArbitrary, messyPracticeArbitrary, withKeysReversed } from "../support/practices.js";

const RUNS = { numRuns: 500 };

/**
 * `FUZZ_RUNS` (default 10,000) scales the fuzzing of `npm test`: the routing invariant runs over a tenth of
 * it, and at least 2,000 practices (10,000 with `FUZZ_RUNS=100000`).
 */
const FUZZ_RUNS = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 10_000;
const INVARIANT_RUNS = { numRuns: Math.max(2_000, Math.floor(FUZZ_RUNS / 10)) };

/** A practice with a few inputs drawn for it. */
const withInputs = (practices: fc.Arbitrary<Practice>) =>
  practices.chain((practice) =>
    fc.tuple(fc.constant(practice), fc.array(resolveInputArbitrary(practice), { minLength: 1, maxLength: 8 })),
  );

const isEnabled = (practice: Practice, category: string): category is MessageCategory =>
  (MESSAGE_CATEGORIES as readonly string[]).includes(category) &&
  !practice.messaging.disabledCategories.includes(category as MessageCategory);

/** Whether a member is away at `time` under some coverage entry. */
function isAway(practice: Practice, id: string, time: number): boolean {
  return Object.values(practice.coverage).some(
    (entry) => entry.member === id && Date.parse(entry.from) <= time && time < Date.parse(entry.until),
  );
}

/** The members a cell names, through groups and the assigned provider. */
function namedMembers(practice: Practice, cell: readonly Recipient[], providerId: string): string[] {
  return cell.flatMap(
    (recipient) =>
      recipient.type === "member"
        ? [recipient.id]
        : recipient.type === "group"
          ? [...(getOwn(practice.groups, recipient.id)?.members ?? [])]
          : recipient.type === "assigned_provider"
            ? [providerId]
            : [], // a care team comes with the patient: nobody without one
  );
}

describe("resolveRecipients", () => {
  test.prop([withInputs(practiceArbitrary({ messaging: "on" }))], INVARIANT_RUNS)(
    "reaches at least one active member, without repeats, every pool among them, for every enabled category, the same each time",
    ([practice, inputs]) => {
      for (const input of inputs) {
        const resolution = resolveRecipients(practice, input);
        if (input.at !== undefined) expect(resolveRecipients(practice, input)).toEqual(resolution);
        if (!isEnabled(practice, input.category)) {
          expect(resolution).toMatchObject({ ok: false });
          continue;
        }
        if (!resolution.ok) throw new Error(`no recipient for ${JSON.stringify(input)}: ${resolution.reason}`);
        expect(resolution.recipients.length).toBeGreaterThan(0);
        expect(new Set(resolution.recipients).size).toBe(resolution.recipients.length);
        for (const id of resolution.recipients) expect(getOwn(practice.members, id)?.active).toBe(true);
        // Every pool is a pool group once, with at least one member, all among the recipients.
        expect(new Set(resolution.pools.map((pool) => pool.groupId)).size).toBe(resolution.pools.length);
        for (const pool of resolution.pools) {
          expect(getOwn(practice.groups, pool.groupId)?.delivery).toBe("pool");
          expect(pool.members.length).toBeGreaterThan(0);
          for (const id of pool.members) expect(resolution.recipients).toContain(id);
        }
      }
    },
  );

  test.prop([withInputs(practiceArbitrary({ messaging: "off" }))], RUNS)(
    "answers messaging_disabled whatever the input when messaging is off",
    ([practice, inputs]) => {
      for (const input of inputs)
        expect(resolveRecipients(practice, input)).toMatchObject({ ok: false, reason: "messaging_disabled" });
    },
  );

  test.prop([withInputs(practiceArbitrary())], RUNS)(
    "gives the same answers when every record's keys are inserted in another order",
    ([practice, inputs]) => {
      const shuffled = withKeysReversed(practice);
      const router = compileRouter(shuffled);
      for (const input of inputs) {
        const fixed: ResolveInput = { ...input, at: input.at ?? "2026-06-01T00:00:00Z" };
        const expected = resolveRecipients(practice, fixed);
        expect(resolveRecipients(shuffled, fixed)).toEqual(expected);
        expect(router.resolve(fixed)).toEqual(expected);
      }
    },
  );

  // Precisely: in a valid practice, for a known active provider P, the route is "backstop" only when every
  // member named by the cells consulted (P's cell for the category if any, and the default cell) directly,
  // through a group or as the assigned provider (P) is inactive or away at `at`.
  test.prop([practiceArbitrary({ messaging: "on", disabledCategories: false }), fc.nat(), messyAtArbitrary], RUNS)(
    "uses the backstop for a known active provider only when every member the cells name is inactive or away",
    (practice, pick, at) => {
      const providers = Object.keys(practice.members).filter(
        (id) => practice.members[id]?.role === "provider" && practice.members[id]?.active,
      );
      const providerId = providers[pick % providers.length];
      if (providerId === undefined) return;
      const time = new Date(at).getTime();
      for (const category of MESSAGE_CATEGORIES) {
        const resolution = resolveRecipients(practice, { category, providerId, at });
        if (!resolution.ok || resolution.route !== "backstop") continue;
        const own = getOwn(practice.routing, providerId)?.[category] ?? [];
        const named = namedMembers(practice, [...own, ...practice.defaultRouting[category]], providerId);
        for (const id of named) {
          expect(!practice.members[id]?.active || isAway(practice, id, time)).toBe(true);
        }
      }
    },
  );

  test.prop(
    [
      practiceArbitrary({
        messaging: "on",
        coverage: false,
        inactiveMembers: false,
        groups: false,
        patientSettings: false,
      }),
      fc.constantFrom(...MESSAGE_CATEGORIES),
    ],
    RUNS,
  )("never uses the backstop for a known provider when nobody is inactive or away", (practice, category) => {
    for (const [providerId, member] of Object.entries(practice.members)) {
      if (member.role !== "provider" || practice.messaging.disabledCategories.includes(category)) continue;
      expect(resolveRecipients(practice, { category, providerId })).toMatchObject({
        ok: true,
        route: expect.not.stringMatching("backstop"),
      });
    }
  });

  test.prop([withInputs(practiceArbitrary())], RUNS)(
    "leaves its inputs untouched and returns frozen answers",
    ([practice, inputs]) => {
      const copy = structuredClone(practice) as Practice;
      for (const input of inputs) {
        const inputCopy = structuredClone(input);
        const resolution = resolveRecipients(copy, input);
        expect(input).toEqual(inputCopy);
        expect(Object.isFrozen(resolution)).toBe(true);
        expect(Object.isFrozen(resolution.trace)).toBe(true);
        for (const step of resolution.trace) expect(Object.isFrozen(step)).toBe(true);
        compileRouter(copy).resolve(input);
      }
      expect(copy).toEqual(practice);
      expect(Object.isFrozen(copy.members)).toBe(false);
      expect(Object.values(copy.groups).some((group) => Object.isFrozen(group.members))).toBe(false);
      expect(Object.values(copy.defaultRouting).some((cell) => Object.isFrozen(cell))).toBe(false);
    },
  );
});

describe("compileRouter", () => {
  test.prop([withInputs(practiceArbitrary())], RUNS)(
    "answers exactly as resolveRecipients, traces included, the same object when asked again at once",
    ([practice, inputs]) => {
      const router = compileRouter(practice);
      for (const input of [...inputs, ...inputs]) {
        const fixed: ResolveInput = { ...input, at: input.at ?? "2026-06-01T00:00:00Z" };
        const answer = router.resolve(fixed);
        expect(answer).toEqual(resolveRecipients(practice, fixed));
        expect(router.resolve(fixed)).toBe(answer);
      }
    },
  );

  test.prop(
    [
      messyPracticeArbitrary({ messaging: "on" }),
      fc.array(fc.tuple(fc.constantFrom(...MESSAGE_CATEGORIES), fc.nat(), messyAtArbitrary), {
        minLength: 1,
        maxLength: 20,
      }),
    ],
    RUNS,
  )(
    "answers exactly as resolveRecipients on practices with cycles, unknown ids and overlapping absences",
    (practice, draws) => {
      const router = compileRouter(practice);
      const ids = [...Object.keys(practice.members), "ghost", null];
      // Twice over: the router keeps answers found under absences, and moves back and forth between periods.
      for (const [category, pick, at] of [...draws, ...draws]) {
        const input: ResolveInput = { category, providerId: ids[pick % ids.length] ?? null, at };
        const answer = router.resolve(input);
        expect(answer).toEqual(resolveRecipients(practice, input));
        expect(router.resolve(input)).toBe(answer);
      }
    },
  );
});
