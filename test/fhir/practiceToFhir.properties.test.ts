import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Bundle, PracticeResource } from "../../src/fhir/bundleTypes.js";
import { practiceToFhir } from "../../src/fhir/practiceToFhir.js";
import type { Organization } from "../../src/fhir/resources.js";
import type { PractitionerRole } from "../../src/fhir/roleTypes.js";
import { sortedKeys } from "../../src/internal/own.js";
import type { Practice } from "../../src/model/types.js";
import { resolveRecipients } from "../../src/resolve/resolveRecipients.js";
import { practiceArbitrary } from "../../src/testing/practiceArbitrary.js";
import { resolveInputArbitrary } from "../../src/testing/resolveInputArbitrary.js";
import { withKeysReversed } from "../support/practices.js";
import { RUNS, withSitesArbitrary } from "./support.js";
import { isRoleAvailable } from "./wallClock.js";

const practices = practiceArbitrary().chain(withSitesArbitrary);
const resources = (bundle: Bundle): PracticeResource[] => bundle.entry.map((entry) => entry.resource);
const rolesOf = (bundle: Bundle) =>
  resources(bundle).filter((resource): resource is PractitionerRole => resource.resourceType === "PractitionerRole");

/** The role of a member: roles come in member-id order. */
function roleOf(bundle: Bundle, practice: Practice, memberId: string): PractitionerRole {
  return rolesOf(bundle)[sortedKeys(practice.members).indexOf(memberId)] as PractitionerRole;
}

describe("practiceToFhir", () => {
  test.prop([practices], RUNS)(
    "gives the same Bundle twice, whatever the key order, and leaves the practice alone",
    (practice) => {
      const text = JSON.stringify(practice);
      const bundle = practiceToFhir(practice);
      expect(practiceToFhir(withKeysReversed(practice))).toEqual(bundle);
      expect(JSON.stringify(practiceToFhir(practice))).toBe(JSON.stringify(bundle));
      expect(JSON.stringify(practice)).toBe(text);
    },
  );

  test.prop([practices], RUNS)(
    "writes each member's absences as notAvailable with the same periods, closures after",
    (practice) => {
      const bundle = practiceToFhir(practice);
      const closures = Object.keys(practice.schedule?.closures ?? {}).length;
      for (const id of Object.keys(practice.members)) {
        const role = roleOf(bundle, practice, id);
        const absences = sortedKeys(practice.coverage)
          .map((key) => practice.coverage[key])
          .filter((entry) => entry?.member === id)
          .map((entry) => [Date.parse(entry?.from as string), Date.parse(entry?.until as string)]);
        const periods = (role.notAvailable ?? []).map(({ during }) => [
          Date.parse(during.start as string),
          Date.parse(during.end as string),
        ]);
        expect(periods.slice(0, absences.length)).toEqual(absences);
        expect(periods.length).toBe(absences.length + closures);
        const sites = sortedKeys(practice.locations ?? {});
        const siteIds = resources(bundle).flatMap((resource) =>
          resource.resourceType === "Location" ? [resource.id] : [],
        );
        expect((role.location ?? []).map((ref) => ref.reference)).toEqual(
          (practice.members[id]?.locations ?? []).map((site) => `Location/${siteIds[sites.indexOf(site)]}`),
        );
      }
    },
  );

  test.prop(
    [
      practiceArbitrary().chain((practice) =>
        fc.tuple(fc.constant(practice), fc.array(resolveInputArbitrary(practice), { minLength: 1, maxLength: 6 })),
      ),
    ],
    RUNS,
  )(
    "round-trips opening hours: a role's availableTime and notAvailable give the library's open verdict",
    ([practice, inputs]) => {
      const bundle = practiceToFhir(practice);
      const organization = resources(bundle)[0] as Organization;
      const timeZone = organization.extension?.[0]?.valueCode as string;
      for (const input of inputs) {
        const at = input.at ?? "2026-06-01T12:00:00Z";
        const instant = typeof at === "string" ? Date.parse(at) : at.getTime();
        const { open } = resolveRecipients(practice, { ...input, at }).hours;
        for (const id of Object.keys(practice.members)) {
          const away = Object.values(practice.coverage).some(
            (entry) => entry.member === id && Date.parse(entry.from) <= instant && instant < Date.parse(entry.until),
          );
          expect(isRoleAvailable(roleOf(bundle, practice, id), timeZone, instant)).toBe(open && !away);
        }
      }
    },
  );
});
