import * as fc from "fast-check";
import { LIMITS, MESSAGE_CATEGORIES } from "../index.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Group, Member, Practice, RoutingTable } from "../model/types.js";
import { idArb, nameArb } from "./internal/atoms.js";
import { coverageArbitrary } from "./internal/coverageArbitrary.js";
import { membersArbitrary } from "./internal/membersArbitrary.js";
import { groupArbitrary, patientSettingsArbitrary, withPatientSettings } from "./internal/patientSettings.js";
import { deliveryArbitrary, type Sites, sitesArbitrary } from "./internal/siteArbitraries.js";
import { cellArbitrary, defaultTableArbitrary, tableArbitrary } from "./internal/tableArbitraries.js";
import { scheduleArb, type TimeChoices, timeChoicesOf } from "./internal/timeArbitraries.js";
import type { PracticeArbitraryOptions } from "./practiceArbitraryOptions.js";

export type { PracticeArbitraryOptions } from "./practiceArbitraryOptions.js";

interface Skeleton {
  readonly ids: readonly string[];
  readonly providerCount: number;
}

/**
 * Generates valid practices (no validation errors; warnings such as inactive recipients may occur):
 * at least one provider, one staff member and one active admin, tables that name only existing
 * members and groups, and coverage without self-coverage or cycles. Format version 2 fields are generated
 * too: a real time zone (with daylight saving time or an offset of half an hour), often a schedule (sorted
 * periods on some weekdays, sometimes closing at `"24:00"` or around 02:00 where clocks change; closures in
 * 2026–2027) with or without `messaging.responseBusinessDays`, after-hours cells, and absences nobody covers;
 * the patient settings: `care_team` recipients in provider, default and after-hours cells,
 * `messaging.showRecipientsToPatients`, `messaging.eligibility` (1–3650 days, for the practice and per
 * category) and groups' `patientLabel`; and sites and pools: up to three `locations` (sometimes none, sometimes
 * an empty record), a `locationRouting` table for some of them, members' `locations` (0–2 each) and groups'
 * `delivery` (`"each"`, `"pool"`, `"sticky"` or absent).
 *
 * @param options - Sizes and which features to include.
 * @returns A fast-check arbitrary of deeply frozen practices.
 * @example
 * ```ts
 * fc.assert(fc.property(practiceArbitrary(), (p) => validatePractice(p).valid));
 * const [practice] = fc.sample(practiceArbitrary({ messaging: "off", coverage: false }), { numRuns: 1 });
 * [practice?.messaging.patientInitiated, practice?.coverage];
 * //=> [false, {}]
 * const [v1] = fc.sample(practiceArbitrary({ schemaVersion: 1 }), { numRuns: 1 });
 * [v1?.timeZone, v1?.schedule, v1?.locations, canSerializeAsV1(v1 as Practice)];
 * //=> ["UTC", undefined, undefined, { ok: true }]
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
  const time = timeChoicesOf(options);
  return skeleton.chain((shape) => practiceFrom(shape, options, time)).map((practice) => deepFreeze(practice));
}

function practiceFrom(shape: Skeleton, options: PracticeArbitraryOptions, time: TimeChoices): fc.Arbitrary<Practice> {
  const { ids, providerCount } = shape;
  const providers = ids.slice(0, providerCount);
  const membersArb = membersArbitrary(ids, providerCount, options.inactiveMembers ?? true);
  const version2 = options.schemaVersion !== 1;
  const patient = version2 && options.patientSettings !== false;
  const deliveryArb = deliveryArbitrary(version2 && options.groupDelivery !== false);

  const groupIdArb = fc.uniqueArray(idArb, { maxLength: options.groups === false ? 0 : 3 });
  return fc.tuple(membersArb, groupIdArb).chain(([members, groupIds]) => {
    const groupsArb = fc
      .tuple(...groupIds.map(() => groupArbitrary(ids, patient, deliveryArb)))
      .map((list) => Object.fromEntries(list.map((group, index) => [groupIds[index] as string, group as Group])));
    const cellArb = cellArbitrary(ids, groupIds, patient);
    const tableArb = tableArbitrary(cellArb);
    const routingArb = fc.tuple(...providers.map(() => fc.option(tableArb, { nil: undefined }))).map((tables) => {
      const routing: Record<string, RoutingTable> = {};
      tables.forEach((table, index) => {
        if (table !== undefined) routing[providers[index] as string] = table;
      });
      return routing;
    });
    const defaultArb = defaultTableArbitrary(cellArb);
    const coverageArb =
      options.coverage === false || ids.length < 2 ? fc.constant({}) : coverageArbitrary(ids, time.uncovered);
    const messaging = options.messaging ?? "any";
    const base = fc.record({
      id: idArb,
      name: nameArb,
      revision: fc.nat({ max: 1000 }),
      timeZone: fc.constantFrom(...time.zones),
      messaging: fc.record({
        patientInitiated: messaging === "any" ? fc.boolean() : fc.constant(messaging === "on"),
        patientReplies: fc.boolean(),
        disabledCategories:
          options.disabledCategories === false
            ? fc.constant([])
            : fc.subarray([...MESSAGE_CATEGORIES], { maxLength: 2 }),
      }),
      groups: groupsArb,
      routing: routingArb,
      defaultRouting: defaultArb,
      coverage: coverageArb,
    });
    const extras = fc.record({
      schedule: time.schedule ? fc.option(scheduleArb, { nil: undefined, freq: 2 }) : fc.constant(undefined),
      responseBusinessDays: fc.option(fc.integer({ min: 1, max: LIMITS.responseBusinessDays }), {
        nil: undefined,
        freq: 3,
      }),
      afterHoursRouting: time.afterHours ? fc.option(tableArb, { nil: undefined, freq: 2 }) : fc.constant(undefined),
      settings: patientSettingsArbitrary(patient),
      sites: sitesArbitrary(version2 && options.locations !== false, ids, tableArb),
    });
    return fc.tuple(base, extras).map(([drawn, extra]): Practice => {
      const { schedule, responseBusinessDays, afterHoursRouting, settings, sites } = extra;
      // The promise of an answer within business days needs a schedule to count them.
      const days = schedule === undefined ? undefined : responseBusinessDays;
      const messaging = days === undefined ? drawn.messaging : { ...drawn.messaging, responseBusinessDays: days };
      return {
        schemaVersion: 2,
        ...drawn,
        messaging: withPatientSettings(messaging, settings),
        ...(schedule === undefined ? {} : { schedule }),
        ...(afterHoursRouting === undefined ? {} : { afterHoursRouting }),
        ...(sites.locations === undefined ? {} : { locations: sites.locations }),
        members: withLocations(members, sites.memberLocations),
        ...(sites.locationRouting === undefined ? {} : { locationRouting: sites.locationRouting }),
      };
    });
  });
}

/** The members with the locations drawn for them (`locations` last, the format's key order). */
function withLocations(members: Record<string, Member>, pairs: Sites["memberLocations"]) {
  const worksAt = new Map(pairs);
  const out: Record<string, Member> = {};
  for (const [id, member] of Object.entries(members)) {
    const locations = worksAt.get(id);
    out[id] = locations === undefined ? member : { ...member, locations };
  }
  return out;
}
