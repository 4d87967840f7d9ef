import { deepFreeze } from "../../internal/freeze.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import type { TraceStep } from "../trace.js";
import type { Pool, ResolutionFailureReason, ResolutionRoute } from "../types.js";

/** @internal What routing decides: a resolution before its time fields (`hours`, `respondBy`) are added. */
export type Routed =
  | {
      readonly ok: true;
      readonly recipients: readonly Id[];
      readonly route: ResolutionRoute;
      readonly pools: readonly Pool[];
      readonly trace: readonly TraceStep[];
    }
  | { readonly ok: false; readonly reason: ResolutionFailureReason; readonly trace: readonly TraceStep[] };

type Refused = Extract<Routed, { ok: false }>;

/** The answer when patient-initiated messaging is off (shared, frozen). */
const MESSAGING_DISABLED: Refused = deepFreeze({
  ok: false,
  reason: "messaging_disabled",
  trace: [{ kind: "messaging_disabled" }],
});

/** The answer for a category that is not one of the six (shared, frozen). */
const UNKNOWN_CATEGORY: Refused = deepFreeze({
  ok: false,
  reason: "unknown_category",
  trace: [{ kind: "unknown_category" }],
});

/** The answers for disabled categories, in category order (shared, frozen). */
const CATEGORY_DISABLED: readonly Refused[] = MESSAGE_CATEGORIES.map((category) =>
  deepFreeze<Refused>({
    ok: false,
    reason: "category_disabled",
    trace: [{ kind: "category_disabled", category }],
  }),
);

/** @internal The answer for steps 1 and 2, or `undefined` when the category may be routed. */
export function refusal(practice: Practice, index: number): Routed | undefined {
  if (practice.messaging.patientInitiated !== true) return MESSAGING_DISABLED;
  const category = MESSAGE_CATEGORIES[index];
  if (category === undefined) return UNKNOWN_CATEGORY;
  return practice.messaging.disabledCategories.includes(category) ? CATEGORY_DISABLED[index] : undefined;
}
