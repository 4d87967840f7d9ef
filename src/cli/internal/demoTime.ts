import type { Practice } from "../../index.js";
import { sortedKeys } from "../../internal/own.js";
import { closureText, hoursText } from "../../internal/scheduleText.js";
import { formatInstant } from "../../internal/words.js";
import { type DemoSection, resolveAndExplain } from "./demoTour.js";

/** Fixed instants of this part of the tour. */
const TIMES = Object.freeze({ evening: "2026-11-21T01:00:00Z", nurseAway: "2026-12-15T15:00:00Z" });

/** Part 4: the practice's week: its zone and hours, a message after hours, an absence nobody covers. */
export function practiceWeek(practice: Practice): DemoSection {
  const closures = practice.schedule?.closures ?? {};
  const closed = sortedKeys(closures).flatMap((id) => {
    const closure = closures[id];
    return closure === undefined ? [] : [closureText(closure)];
  });
  const evening = resolveAndExplain(practice, "health_question", TIMES.evening);
  const away = resolveAndExplain(practice, "prescriptions", TIMES.nurseAway);
  const { resolution } = evening.data;
  const when = (at: string | null | undefined) => (at == null ? "never" : formatInstant(at, practice.timeZone));
  return {
    title: "The practice's week: opening hours, after hours, an absence nobody covers",
    lines: [
      `Time zone ${practice.timeZone}. Open ${hoursText(practice.schedule?.hours ?? {})}. Closed: ${closed.join(", ")}.`,
      `Patients are promised an answer within ${practice.messaging.responseBusinessDays ?? "no set number of"} business days.`,
      "",
      `Friday evening (${when(TIMES.evening)}), a patient of Beverly Crusher asks a health question:`,
      ...evening.lines,
      `  Open again ${when(resolution.hours.nextOpenAt)}; answer promised by ${when(resolution.ok ? resolution.respondBy : null)}.`,
      "",
      `Lena Patel is away from 14 to 18 December and nobody covers (coverage c2), at ${when(TIMES.nurseAway)}:`,
      ...away.lines,
    ],
    data: { evening: evening.data, nurseAway: away.data },
  };
}
