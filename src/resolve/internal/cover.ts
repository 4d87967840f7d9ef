import type { AbsenceLookup } from "../../internal/absences.js";
import { getOwn } from "../../internal/own.js";
import { MAX_COVERAGE_HOPS } from "../../model/limits.js";
import type { Id, Practice } from "../../model/types.js";
import type { TraceStep } from "../trace.js";

/** @internal Follows coverage from an active member: who receives in their place, or `undefined` (trace explains). */
export function coverFor(
  practice: Practice,
  absenceOf: AbsenceLookup,
  trace: TraceStep[],
  id: Id,
  excluded?: readonly Id[],
): Id | undefined {
  const chain: Id[] = [id];
  let current = id;
  for (;;) {
    const hit = absenceOf(current);
    if (hit === undefined) return current;
    if (chain.length > MAX_COVERAGE_HOPS) {
      trace.push({
        kind: "skipped",
        reason: "absent",
        memberId: id,
        coverFailure: "chain_too_long",
        covererId: current,
      });
      return undefined;
    }
    const next = hit.coverage.coveredBy;
    if (next === undefined) {
      trace.push({ kind: "coverage", memberId: current, coverageId: hit.id, until: hit.coverage.until });
      trace.push({ kind: "skipped", reason: "absent", memberId: id, coverFailure: "no_cover", covererId: current });
      return undefined;
    }
    trace.push({ kind: "coverage", memberId: current, coverageId: hit.id, coveredBy: next, until: hit.coverage.until });
    const coverer = getOwn(practice.members, next);
    const coverFailure =
      coverer === undefined
        ? "coverer_unknown"
        : coverer.active !== true
          ? "coverer_inactive"
          : excluded?.includes(next) === true
            ? "coverer_excluded"
            : chain.includes(next)
              ? "cycle"
              : undefined;
    if (coverFailure !== undefined) {
      trace.push({ kind: "skipped", reason: "absent", memberId: id, coverFailure, covererId: next });
      return undefined;
    }
    chain.push(next);
    current = next;
  }
}
