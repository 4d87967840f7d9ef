import type { Practice, Weekday } from "../../index.js";
import { sortedKeys } from "../../internal/own.js";
import { WEEKDAYS } from "../../internal/schedule.js";
import { formatInstant } from "../../internal/words.js";
import { type DemoSection, resolveAndExplain } from "./demoTour.js";

/** Fixed instants of this part of the tour. */
const TIMES = Object.freeze({ evening: "2026-11-21T01:00:00Z", nurseAway: "2026-12-15T15:00:00Z" });

const DAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" } as const;

/** The weekly hours, consecutive days with the same periods together: "Mon–Fri 08:00–12:00, 13:00–17:00". */
function hoursText(practice: Practice): string {
  const hours = practice.schedule?.hours ?? {};
  const runs: { first: Weekday; last: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = (hours[day] ?? []).map(([open, close]) => `${open}–${close}`).join(", ");
    const run = runs[runs.length - 1];
    if (run !== undefined && run.text === text && WEEKDAYS.indexOf(run.last) === WEEKDAYS.indexOf(day) - 1)
      run.last = day;
    else runs.push({ first: day, last: day, text });
  }
  const open = runs.filter((run) => run.text !== "");
  if (open.length === 0) return "never";
  return open
    .map(({ first, last, text }) => `${DAY_NAMES[first]}${first === last ? "" : `–${DAY_NAMES[last]}`} ${text}`)
    .join("; ");
}

/** Part 4: the practice's week: its zone and hours, a message after hours, an absence nobody covers. */
export function practiceWeek(practice: Practice): DemoSection {
  const closures = practice.schedule?.closures ?? {};
  const closed = sortedKeys(closures).map((id) => {
    const closure = closures[id];
    return `${closure?.name} (${closure?.firstDay}${closure?.firstDay === closure?.lastDay ? "" : ` to ${closure?.lastDay}`})`;
  });
  const evening = resolveAndExplain(practice, "health_question", TIMES.evening);
  const away = resolveAndExplain(practice, "prescriptions", TIMES.nurseAway);
  const { resolution } = evening.data;
  const when = (at: string | null | undefined) => (at == null ? "never" : formatInstant(at, practice.timeZone));
  return {
    title: "The practice's week: opening hours, after hours, an absence nobody covers",
    lines: [
      `Time zone ${practice.timeZone}. Open ${hoursText(practice)}. Closed: ${closed.join(", ")}.`,
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
