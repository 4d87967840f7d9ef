import { describe, expect, test } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { edits } from "../../src/edit/edits.js";
import type { Practice } from "../../src/model/types.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { routerFor } from "../../src/resolve/routerFor.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { NOVEMBER } from "./fixtures.js";

const appointments = { category: "appointments", providerId: "crusher", at: NOVEMBER } as const;

/** A deep, unfrozen copy of the sample practice. */
function unfrozenSample(): Practice {
  return structuredClone(samplePractice()) as Practice;
}

describe("routerFor", () => {
  test("returns the same router for the same frozen practice, with its id and revision", () => {
    const practice = samplePractice();
    const router = routerFor(practice);
    expect(routerFor(practice)).toBe(router);
    expect(routerFor(samplePractice())).not.toBe(router);
    expect({ practiceId: router.practiceId, revision: router.revision }).toEqual({
      practiceId: "enterprise-family-medicine",
      revision: 0,
    });
    expect(Object.isFrozen(router)).toBe(true);
    expect(router.resolve(appointments)).toEqual(resolveRecipients(practice, appointments));
  });

  test("gives each revision from an edit a router of its own and keeps the old one", () => {
    const before = samplePractice();
    const oldRouter = routerFor(before);
    const route = edits.setRoute({
      providerId: "crusher",
      category: "appointments",
      recipients: [{ type: "group", id: "front-desk" }],
    });
    const result = applyEdit(before, route, { actor: "jsmith", at: NOVEMBER });
    if (!result.ok) throw new Error("the edit should apply");
    const newRouter = routerFor(result.practice);
    expect(newRouter).not.toBe(oldRouter);
    expect(routerFor(result.practice)).toBe(newRouter);
    expect(routerFor(before)).toBe(oldRouter);
    expect([oldRouter.revision, newRouter.revision]).toEqual([0, 1]);
    expect(oldRouter.resolve(appointments)).toMatchObject({ ok: true, recipients: ["jsmith"] });
    expect(newRouter.resolve(appointments)).toMatchObject({ ok: true, recipients: ["jsmith", "kjones"] });
  });

  test("compiles an unfrozen practice afresh on every call, so a change between calls is seen", () => {
    const practice = unfrozenSample();
    const first = routerFor(practice);
    expect(routerFor(practice)).not.toBe(first);
    (practice as { messaging: Practice["messaging"] }).messaging = { ...practice.messaging, patientInitiated: false };
    expect(routerFor(practice).resolve(appointments)).toMatchObject({ ok: false, reason: "messaging_disabled" });
  });

  test("compiles afresh a practice frozen on the surface only", () => {
    const practice = Object.freeze(unfrozenSample());
    expect(routerFor(practice)).not.toBe(routerFor(practice));
    const frozenButRouting = Object.freeze({ ...samplePractice(), routing: { ...samplePractice().routing } });
    expect(routerFor(frozenButRouting)).not.toBe(routerFor(frozenButRouting));
  });

  test("leaves the practice untouched", () => {
    const practice = unfrozenSample();
    const copy = structuredClone(practice);
    routerFor(practice).resolve(appointments);
    expect(practice).toEqual(copy);
    expect(Object.isFrozen(practice)).toBe(false);
  });
});
