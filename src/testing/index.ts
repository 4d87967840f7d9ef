// Public surface of `patient-message-routing/testing`: helpers for other services' tests.

export { samplePractice } from "../sample/samplePractice.js";
export type { PracticeArbitraryOptions } from "./practiceArbitrary.js";
export { practiceArbitrary } from "./practiceArbitrary.js";
