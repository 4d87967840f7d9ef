/**
 * Helpers for the tests of services that use `patient-message-routing`: fast-check arbitraries and builders.
 *
 * @module patient-message-routing/testing
 */
// Public surface of `patient-message-routing/testing`: helpers for other services' tests.

export { samplePractice } from "../index.js";
export type { AnyPracticeJsonArbitraryOptions } from "./anyPracticeJsonArbitrary.js";
export { anyPracticeJsonArbitrary } from "./anyPracticeJsonArbitrary.js";
export { ASSIGNED_PROVIDER } from "./builders/assignedProvider.js";
export { buildPractice } from "./builders/buildPractice.js";
export { CARE_TEAM } from "./builders/careTeam.js";
export type {
  AbsenceSpec,
  BuildPracticeOptions,
  CellsSpec,
  ClosureSpec,
  GroupSpec,
  MemberSpec,
  RecipientSpec,
  ScheduleSpec,
} from "./builders/types.js";
export { editArbitrary } from "./editArbitrary.js";
export type { PatientArbitraryOptions } from "./patientArbitrary.js";
export { patientArbitrary } from "./patientArbitrary.js";
export { practiceArbitrary } from "./practiceArbitrary.js";
export type { PracticeArbitraryOptions } from "./practiceArbitraryOptions.js";
export type { ResolveInputArbitraryOptions } from "./resolveInputArbitrary.js";
export { resolveInputArbitrary } from "./resolveInputArbitrary.js";
