// 07 — Use the testing kit in your own service's tests (vitest + fast-check).
//
// Install: npm i -D vitest fast-check
// The service below turns a patient's new message into work-queue items. Its tests use the kit three ways:
// `buildPractice` for readable examples, `practiceArbitrary` + `resolveInputArbitrary` for properties,
// and `anyPracticeJsonArbitrary` to fuzz the service's config loader.
import fc from "fast-check";
import { type Practice, parsePracticeJson, resolveRecipients, validatePractice } from "patient-message-routing";
import {
  ASSIGNED_PROVIDER,
  anyPracticeJsonArbitrary,
  buildPractice,
  practiceArbitrary,
  resolveInputArbitrary,
} from "patient-message-routing/testing";
import { describe, expect, it } from "vitest";

// ---- the consuming service (would live in its own src/) ----

interface WorkItem {
  readonly queue: string;
  readonly category: string;
}

/** Work items for a new patient message, or why the portal must refuse it. */
function queueNewMessage(practice: Practice, category: string, providerId: string | null, at: Date) {
  const resolution = resolveRecipients(practice, { category, providerId, at });
  if (!resolution.ok) return { ok: false as const, reason: resolution.reason };
  const items: WorkItem[] = resolution.recipients.map((queue) => ({ queue, category }));
  return { ok: true as const, items };
}

/** Loads stored settings: never throws, refuses configs with validation errors. */
function loadSettings(text: string): { ok: true; practice: Practice } | { ok: false; codes: string[] } {
  const parsed = parsePracticeJson(text);
  if (!parsed.ok) return { ok: false, codes: parsed.issues.map((issue) => issue.code) };
  const report = validatePractice(parsed.practice);
  if (!report.valid) return { ok: false, codes: report.issues.map((issue) => issue.code) };
  return { ok: true, practice: parsed.practice };
}

// ---- its tests ----

const at = new Date("2026-12-03T10:00:00Z");

describe("queueNewMessage", () => {
  const practice = buildPractice({
    providers: { crusher: "Beverly Crusher" },
    staff: { jsmith: { name: "Jane Smith", admin: true }, kjones: "Kim Jones" },
    groups: { "front-desk": ["jsmith", "kjones"] },
    routes: { crusher: { appointments: ["jsmith"], health_question: [ASSIGNED_PROVIDER] } },
    defaultRoute: { appointments: ["front-desk"] },
    absences: [{ member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" }],
  });

  it("queues a health question for the patient's own provider", () => {
    expect(queueNewMessage(practice, "health_question", "crusher", at)).toEqual({
      ok: true,
      items: [{ queue: "crusher", category: "health_question" }],
    });
  });

  it("queues for the coverer while a member is away", () => {
    expect(queueNewMessage(practice, "appointments", "crusher", at)).toEqual({
      ok: true,
      items: [{ queue: "kjones", category: "appointments" }],
    });
  });

  it("refuses every message while messaging is off", () => {
    const off = buildPractice({ messaging: false });
    expect(queueNewMessage(off, "appointments", null, at)).toEqual({ ok: false, reason: "messaging_disabled" });
  });

  it("queues each enabled category to at least one active member of the practice", () => {
    const cases = practiceArbitrary({ messaging: "on" }).chain((p) =>
      resolveInputArbitrary(p).map((input) => ({ p, input })),
    );
    fc.assert(
      fc.property(cases, ({ p, input }) => {
        const when = input.at === undefined ? at : new Date(input.at);
        const result = queueNewMessage(p, input.category, input.providerId ?? null, when);
        if (!result.ok) return result.reason === "unknown_category" || result.reason === "category_disabled";
        return result.items.length > 0 && result.items.every((item) => p.members[item.queue]?.active === true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("loadSettings", () => {
  it("never throws, and either loads a valid practice or names the problems", () => {
    fc.assert(
      fc.property(anyPracticeJsonArbitrary(), (text) => {
        const loaded = loadSettings(text);
        return loaded.ok ? validatePractice(loaded.practice).valid : loaded.codes.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});
