// An independent reading of `availableTime` / `notAvailable` on the practice's wall clock (with `Intl`, not the
// library's own zone code), for the opening-hours round trip.
import type { PractitionerRole } from "../../src/fhir/roleTypes.js";

const WEEKDAY_CODES: Readonly<Record<string, string>> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};

/** The weekday code and `hh:mm:ss` of an instant on the wall clock of `timeZone`. */
function wallClockOf(timeZone: string, instant: number): { weekday: string; time: string } {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAY_CODES[parts.weekday as string] as string,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Whether a role is available at an instant, read from its `availableTime` and `notAvailable` alone. */
export function isRoleAvailable(role: PractitionerRole, timeZone: string, instant: number): boolean {
  const { weekday, time } = wallClockOf(timeZone, instant);
  const inHours = (role.availableTime ?? []).some(
    (entry) =>
      entry.daysOfWeek.includes(weekday) &&
      (entry.allDay === true ||
        ((entry.availableStartTime as string) <= time &&
          (entry.availableEndTime === undefined || time < entry.availableEndTime))),
  );
  const away = (role.notAvailable ?? []).some(
    ({ during }) => Date.parse(during.start as string) <= instant && instant < Date.parse(during.end as string),
  );
  return inHours && !away;
}
