import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { getOwn } from "../../src/internal/own.js";
import { MESSAGE_CATEGORIES, type MessageCategory } from "../../src/model/categories.js";
import type { Practice } from "../../src/model/types.js";
import { compileRouter } from "../../src/resolve/compileRouter.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { resolveReply } from "../../src/resolve/resolveReply.js";
import type { PatientContext, ReplyInput, Resolution, ResolveInput } from "../../src/resolve/types.js";
import { patientArbitrary } from "../../src/testing/patientArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";

// DESIGN.md section 11 over generated practices, inputs and patients.

const RUNS = { numRuns: 300 };
const DAY = 86_400_000;

/** A practice with inputs, each with a patient drawn for the practice and its instant. */
const withPatients = (practices: fc.Arbitrary<Practice>) =>
  practices.chain((practice) =>
    fc.tuple(
      fc.constant(practice),
      fc.array(
        resolveInputArbitrary(practice).chain((input) => {
          const at = input.at ?? "2026-06-01T00:00:00Z";
          return patientArbitrary(practice, { at }).map((patient) => ({ ...input, at, patient }));
        }),
        { minLength: 1, maxLength: 6 },
      ),
    ),
  );

const members = (practice: Practice) => Object.keys(practice.members);

/** A reply input for the practice: a sender (a member or not), maybe a category, and a patient. */
const withReplies = (practices: fc.Arbitrary<Practice>) =>
  withPatients(practices).chain(([practice, inputs]) =>
    fc.tuple(
      fc.constant(practice),
      fc.tuple(...inputs.map(() => fc.constantFrom(...members(practice), "ghost"))).map((senders) =>
        inputs.map(({ category, providerId, at, patient }, index): ReplyInput => {
          const reply: ReplyInput = { senderId: senders[index] as string, category, at, patient };
          return providerId === undefined ? reply : { ...reply, providerId };
        }),
      ),
    ),
  );

function isBlocked(patient: PatientContext, category: string): boolean {
  return patient.blocked === true || (Array.isArray(patient.blocked) && patient.blocked.includes(category));
}

function isEligible(practice: Practice, patient: PatientContext, category: MessageCategory, at: number): boolean {
  const rules = practice.messaging.eligibility;
  const own = rules?.categories && Object.hasOwn(rules.categories, category) ? rules.categories[category] : undefined;
  const days = own?.visitWithinDays ?? rules?.visitWithinDays;
  if (days === undefined) return true;
  const last = patient.lastVisitAt;
  if (last === undefined || last === null) return false;
  return !(at - new Date(last).getTime() > days * DAY);
}

/** Every member a resolution delivers to. */
const delivered = (resolution: Resolution) => (resolution.ok ? resolution.recipients : []);

/** The practice with every group sticky, so that a patient with an id makes each group it reaches choose. */
const allSticky = (practice: Practice): Practice => ({
  ...practice,
  groups: Object.fromEntries(
    Object.entries(practice.groups).map(([id, group]) => [id, { ...group, delivery: "sticky" as const }]),
  ),
});

/** Whether one of the practice's dated absences of `member` is in force at `time`. */
const isAway = (practice: Practice, member: string, time: number) =>
  Object.values(practice.coverage).some(
    (entry) => entry.member === member && Date.parse(entry.from) <= time && time < Date.parse(entry.until),
  );

/**
 * The invariant of DESIGN.md sections 5 and 12 for a successful answer to a patient: every pool once, with at
 * least one member, all among the recipients; and every sticky choice one of the group's members left after
 * filtering (a member, active, not excluded by the patient), the last of those tried, after members who could
 * not receive (unknown, inactive, excluded or away); it receives, or is away and its cover does.
 */
function expectPoolsAndChoices(practice: Practice, patient: PatientContext, resolution: Resolution, time: number) {
  if (!resolution.ok) throw new Error("expected a success");
  expect(new Set(resolution.pools.map((pool) => pool.groupId)).size).toBe(resolution.pools.length);
  for (const pool of resolution.pools) {
    expect(getOwn(practice.groups, pool.groupId)?.delivery).toBe("pool");
    expect(pool.members.length).toBeGreaterThan(0);
    for (const id of pool.members) expect(resolution.recipients).toContain(id);
  }
  const excluded = patient.excludedMembers ?? [];
  const canReceive = (id: string) => getOwn(practice.members, id)?.active === true && !excluded.includes(id);
  for (const step of resolution.trace) {
    if (step.kind !== "sticky") continue;
    expect(typeof patient.id).toBe("string");
    expect(getOwn(practice.groups, step.groupId)?.delivery).toBe("sticky");
    for (const id of step.tried) expect(getOwn(practice.groups, step.groupId)?.members).toContain(id);
    const chosen = step.memberId;
    const passed = chosen === null ? step.tried : step.tried.slice(0, -1);
    for (const id of passed) expect(!canReceive(id) || isAway(practice, id, time)).toBe(true);
    if (chosen === null) continue;
    expect(step.tried.at(-1)).toBe(chosen);
    expect(canReceive(chosen)).toBe(true);
    if (!resolution.recipients.includes(chosen)) expect(isAway(practice, chosen, time)).toBe(true);
  }
}

describe("resolveRecipients with a patient", () => {
  test.prop([withPatients(practiceArbitrary())], RUNS)(
    "never delivers to an excluded member (not as a coverer, not from the backstop); a blocked patient gets nobody",
    ([practice, inputs]) => {
      for (const input of inputs) {
        const resolution = resolveRecipients(practice, input);
        for (const id of delivered(resolution)) expect(input.patient.excludedMembers ?? []).not.toContain(id);
        if (isBlocked(input.patient, input.category)) expect(resolution.ok).toBe(false);
      }
    },
  );

  test.prop([practiceArbitrary({ messaging: "on" }), fc.nat(), fc.constantFrom(...MESSAGE_CATEGORIES)], RUNS)(
    "never delivers to an excluded coverer while the absence it covers is in force",
    (practice, pick, category) => {
      const covered = Object.values(practice.coverage).filter((entry) => entry.coveredBy !== undefined);
      const entry = covered[pick % Math.max(1, covered.length)];
      if (entry === undefined) return;
      const excludedMembers = [entry.coveredBy as string];
      const router = compileRouter(practice);
      for (const providerId of [null, ...members(practice)]) {
        const input: ResolveInput = { category, providerId, at: entry.from, patient: { excludedMembers } };
        const resolution = resolveRecipients(practice, input);
        expect(delivered(resolution)).not.toContain(entry.coveredBy);
        expect(router.resolve(input)).toEqual(resolution);
      }
    },
  );

  test.prop([withPatients(practiceArbitrary({ messaging: "on" }))], RUNS)(
    "reaches someone for a patient neither blocked nor ineligible, unless every active admin is excluded (every group also made sticky)",
    ([drawn, inputs]) => {
      for (const [practice, input] of [drawn, allSticky(drawn)].flatMap((practice) =>
        inputs.map((input) => [practice, input] as const),
      )) {
        const category = input.category as MessageCategory;
        if (!MESSAGE_CATEGORIES.includes(category) || practice.messaging.disabledCategories.includes(category))
          continue;
        const resolution = resolveRecipients(practice, input);
        const time = new Date(input.at).getTime();
        if (isBlocked(input.patient, category)) {
          expect(resolution).toMatchObject({ ok: false, reason: "patient_blocked" });
        } else if (!isEligible(practice, input.patient, category, time)) {
          expect(resolution).toMatchObject({ ok: false, reason: "not_eligible" });
        } else if (!resolution.ok) {
          expect(resolution.reason).toBe("no_recipient");
          const admins = members(practice).filter((id) => practice.members[id]?.admin && practice.members[id]?.active);
          for (const id of admins) expect(input.patient.excludedMembers ?? []).toContain(id);
        } else {
          expect(new Set(resolution.recipients).size).toBe(resolution.recipients.length);
          for (const id of resolution.recipients) expect(getOwn(practice.members, id)?.active).toBe(true);
          expectPoolsAndChoices(practice, input.patient, resolution, time);
        }
      }
    },
  );

  test("the practices and patients of the property above make sticky groups choose, and pass some members over", () => {
    const drawn = fc.sample(withPatients(practiceArbitrary({ messaging: "on" })), { numRuns: 300, seed: 14 });
    const steps = drawn.flatMap(([practice, inputs]) =>
      inputs.flatMap((input) =>
        resolveRecipients(allSticky(practice), input).trace.flatMap((step) => (step.kind === "sticky" ? [step] : [])),
      ),
    );
    expect(steps.filter((step) => step.memberId !== null).length).toBeGreaterThan(50);
    expect(steps.filter((step) => step.tried.length > 1).length).toBeGreaterThan(10);
  });

  test.prop([withPatients(practiceArbitrary())], RUNS)(
    "compiled equals uncompiled, traces included, with and without the patient",
    ([practice, inputs]) => {
      const router = compileRouter(practice);
      for (const input of inputs) {
        expect(router.resolve(input)).toEqual(resolveRecipients(practice, input));
        const { patient, ...plain } = input;
        expect(router.resolve(plain as ResolveInput)).toEqual(resolveRecipients(practice, plain as ResolveInput));
      }
    },
  );
  test.prop(
    [
      practiceArbitrary().chain((practice) =>
        fc.tuple(
          fc.constant(practice),
          resolveInputArbitrary(practice),
          // Patients drawn from a few members and ids, so many share what an answer reads and differ elsewhere.
          fc.array(
            fc.record(
              {
                id: fc.constantFrom("p1", "p2", "p3"),
                excludedMembers: fc.subarray(members(practice).slice(0, 6), {
                  maxLength: Math.min(3, members(practice).length),
                }),
                careTeam: fc.subarray(members(practice).slice(0, 4), {
                  maxLength: Math.min(2, members(practice).length),
                }),
              },
              { requiredKeys: ["excludedMembers", "careTeam"] },
            ),
            { minLength: 2, maxLength: 12 },
          ),
        ),
      ),
    ],
    RUNS,
  )(
    "the answers a router keeps for patients go only to patients who agree on what they read",
    ([practice, input, patients]) => {
      const router = compileRouter(practice);
      for (const pass of [1, 2]) {
        for (const patient of pass === 1 ? patients : [...patients].reverse()) {
          const asked = { ...input, patient };
          expect(router.resolve(asked)).toEqual(resolveRecipients(practice, asked));
        }
      }
    },
  );
});

describe("resolveReply", () => {
  test.prop([withReplies(practiceArbitrary())], RUNS)(
    "compiled equals uncompiled, traces included; never delivers to an excluded member",
    ([practice, inputs]) => {
      const router = compileRouter(practice);
      for (const input of inputs) {
        const reply = resolveReply(practice, input);
        expect(router.resolveReply(input)).toEqual(reply);
        for (const id of delivered(reply)) expect(input.patient?.excludedMembers ?? []).not.toContain(id);
      }
    },
  );

  test.prop([withReplies(practiceArbitrary())], RUNS)(
    "with replies allowed and an active admin not excluded, a reply not blocked always reaches someone",
    ([practice, inputs]) => {
      for (const input of inputs) {
        const category = input.category ?? "general_inquiry";
        if (!MESSAGE_CATEGORIES.includes(category as MessageCategory)) continue;
        const patient = input.patient ?? {};
        const excluded = patient.excludedMembers ?? [];
        const admins = members(practice).filter(
          (id) => practice.members[id]?.admin && practice.members[id]?.active && !excluded.includes(id),
        );
        const reply = resolveReply(practice, input);
        if (!practice.messaging.patientReplies) expect(reply).toMatchObject({ ok: false, reason: "replies_disabled" });
        else if (isBlocked(patient, category)) expect(reply).toMatchObject({ ok: false, reason: "patient_blocked" });
        else if (admins.length > 0) expect(delivered(reply).length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([withReplies(practiceArbitrary({ messaging: "on" }))], RUNS)(
    "an active, present, not excluded sender receives the reply alone",
    ([practice, inputs]) => {
      for (const input of inputs) {
        const sender = getOwn(practice.members, input.senderId);
        const time = new Date(input.at ?? 0).getTime();
        const away = Object.values(practice.coverage).some(
          (entry) =>
            entry.member === input.senderId && Date.parse(entry.from) <= time && time < Date.parse(entry.until),
        );
        const excluded = (input.patient?.excludedMembers ?? []).includes(input.senderId);
        const category = input.category ?? "general_inquiry";
        if (!practice.messaging.patientReplies || isBlocked(input.patient ?? {}, category)) continue;
        if (!MESSAGE_CATEGORIES.includes(category as MessageCategory)) continue;
        if (sender?.active !== true || away || excluded) continue;
        expect(resolveReply(practice, input)).toMatchObject({
          ok: true,
          route: "sender",
          recipients: [input.senderId],
        });
      }
    },
  );
});
