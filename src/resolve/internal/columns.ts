import type { Resolution } from "../types.js";

/** @internal A frozen copy of a resolution's top object and recipients (the trace is shared). */
export function compactCopy(resolution: Resolution): Resolution {
  if (!resolution.ok) return resolution;
  const { recipients, route, trace } = resolution;
  return Object.freeze({ ok: true, recipients: Object.freeze([...recipients]), route, trace });
}

/** @internal The column of a category, or -1 (a switch: cheaper than a hash lookup on the hot path). */
export function columnOf(category: string): number {
  switch (category) {
    case "appointments":
      return 0;
    case "referrals":
      return 1;
    case "prescriptions":
      return 2;
    case "test_results":
      return 3;
    case "general_inquiry":
      return 4;
    case "health_question":
      return 5;
    default:
      return -1;
  }
}
