import { deepFreeze } from "../../internal/freeze.js";
import { compareIds, getOwn } from "../../internal/own.js";
import { MESSAGE_CATEGORIES } from "../../model/categories.js";
import type { Id, Practice } from "../../model/types.js";
import type { TraceStep } from "../trace.js";
import type { ResolutionFailureReason, ResolutionRoute } from "../types.js";

/** @internal What routing decides: a resolution before its time fields (`hours`, `respondBy`) are added. */
export type Routed =
  | {
      readonly ok: true;
      readonly recipients: readonly Id[];
      readonly route: ResolutionRoute;
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

/**
 * Memo of {@link activeAdmins}, keyed by member records that are frozen with every member: such a record can
 * never change, so its backstop is kept (and goes when the record goes). Unfrozen records are never stored.
 */
const backstopMemo = new WeakMap<object, readonly Id[]>();

/** @internal Every active admin, in id order: the backstop (computed once per frozen member record). */
export function activeAdmins(practice: Practice): readonly Id[] {
  const { members } = practice;
  const known = backstopMemo.get(members);
  if (known !== undefined) return known;
  const admins: Id[] = [];
  let frozen = Object.isFrozen(members);
  for (const id of Object.keys(members)) {
    const member = getOwn(members, id);
    if (member === undefined) continue;
    frozen &&= Object.isFrozen(member);
    if (member.admin === true && member.active === true) admins.push(id);
  }
  admins.sort(compareIds);
  if (!frozen) return admins;
  Object.freeze(admins);
  backstopMemo.set(members, admins);
  return admins;
}
