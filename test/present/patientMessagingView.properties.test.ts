import { test } from "@fast-check/vitest";
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { deepFreeze } from "../../src/internal/freeze.js";
import type { Practice } from "../../src/model/types.js";
import { patientMessagingView } from "../../src/present/patientMessagingView.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { patientArbitrary } from "../../src/testing/patientArbitrary.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";

const AT = "2026-07-01T15:00:00Z";

/** A practice, sometimes showing recipients and with eligibility, one of its providers or none, and a patient. */
const caseArbitrary = practiceArbitrary()
  .chain((generated) =>
    fc
      .record({
        showTo: fc.boolean(),
        eligibility: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined }),
      })
      .map(
        ({ showTo, eligibility }): Practice =>
          deepFreeze({
            ...generated,
            messaging: {
              ...generated.messaging,
              showRecipientsToPatients: showTo,
              ...(eligibility !== undefined && { eligibility: { visitWithinDays: eligibility } }),
            },
          }),
      ),
  )
  .chain((practice) =>
    fc.record({
      practice: fc.constant(practice),
      providerId: fc.option(fc.constantFrom(...Object.keys(practice.members), "ghost"), { nil: null }),
      patient: fc.option(patientArbitrary(practice, { at: AT }), { nil: undefined }),
    }),
  );

describe("patientMessagingView", () => {
  test.prop([caseArbitrary], { numRuns: 150 })(
    "marks a category available exactly when resolveRecipients with the same patient and instant succeeds",
    ({ practice, providerId, patient }) => {
      const view = patientMessagingView(practice, { providerId, at: AT, ...(patient && { patient }) });
      for (const category of view.categories) {
        const resolution = resolveRecipients(practice, {
          category: category.id,
          providerId,
          at: AT,
          ...(patient && { patient }),
        });
        expect(category.available).toBe(resolution.ok);
        // A reason only for what this patient causes; a category that reaches nobody has none.
        const patientReason = !resolution.ok && ["patient_blocked", "not_eligible"].includes(resolution.reason);
        expect(category.reason).toBe(patientReason && !resolution.ok ? resolution.reason : undefined);
      }
    },
  );

  test.prop([caseArbitrary], { numRuns: 150 })(
    "gives `to`, never empty, exactly for available categories when the practice shows recipients",
    ({ practice, providerId, patient }) => {
      const view = patientMessagingView(practice, { providerId, at: AT, ...(patient && { patient }) });
      const shows = practice.messaging.showRecipientsToPatients === true;
      for (const category of view.categories) {
        expect("to" in category).toBe(shows && category.available);
        if (category.to !== undefined) expect(category.to.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([caseArbitrary], { numRuns: 150 })(
    "names only the practice for the backstop, else recipients, groups and the care team, each once",
    ({ practice, providerId, patient }) => {
      const view = patientMessagingView(practice, { providerId, at: AT, ...(patient && { patient }) });
      const groupNames = Object.values(practice.groups).map((group) => group.patientLabel ?? group.name);
      for (const category of view.categories) {
        if (category.to === undefined) continue;
        const resolution = resolveRecipients(practice, {
          category: category.id,
          providerId,
          at: AT,
          ...(patient && { patient }),
        });
        if (!resolution.ok) throw new Error("an available category resolves");
        expect(new Set(category.to).size).toBe(category.to.length);
        if (resolution.route === "backstop") {
          expect(category.to).toEqual([practice.name]);
          continue;
        }
        const recipientNames = resolution.recipients.map((id) => practice.members[id]?.name);
        const allowed = new Set([...recipientNames, ...groupNames, "Your care team"]);
        for (const name of category.to) expect(allowed.has(name)).toBe(true);
      }
    },
  );
});
