import { formatInstant, listText, memberName } from "../../internal/words.js";
import type { Id, Practice } from "../../model/types.js";
import type { Link } from "./coverageGraph.js";

const SPELLED_OUT = 6;
const IDS_SHOWN = 4;

/**
 * The message of a `coverage_cycle` (`ids`: the coverage ids of `cycle`, in order): the entries (four, or three
 * and how many others), the first instant at which all are in force (on the practice's wall clock), and the
 * people in order (six, then how many people the cycle goes through).
 */
export function describeCycle(practice: Practice, cycle: readonly Link[], ids: readonly Id[], at: number): string {
  const first = memberName(practice, (cycle[0] as Link).member);
  const spelled = cycle.length <= SPELLED_OUT;
  const idText = listText(ids, ids.length > IDS_SHOWN ? IDS_SHOWN - 1 : IDS_SHOWN);
  // Parts joined once: the message is one flat string rather than a tree of concatenations (thousands of
  // messages stay alive until validation returns).
  const parts = ["Coverage entries ", idText, " form a cycle at ", formatInstant(at, practice.timeZone), ": ", first];
  for (let step = 1; step <= (spelled ? cycle.length : SPELLED_OUT - 1); step += 1) {
    const next = cycle[step];
    parts.push(step === 1 ? " is covered by " : ", who is covered by ");
    parts.push(next === undefined ? first : memberName(practice, next.member));
  }
  if (!spelled) parts.push(`, and so on through ${String(cycle.length)} people back to ${first}`);
  parts.push(".");
  return parts.join("");
}
