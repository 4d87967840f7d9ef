import { describe, expect, test } from "vitest";
import { clockOf, isOpenAt, nextOpenAt, openStretchAt, type ScheduleClock } from "../../src/internal/schedule.js";
import type { Practice, Schedule } from "../../src/model/types.js";
import { buildPractice } from "../../src/testing/index.js";

// Open/closed against a brute-force reference: every minute of 2026 (and the first days of 2027) read on the
// wall clock with Intl, minute by minute, in five zones, across every DST change of the year (periods a DST gap
// removes included). The reference shares no code with the library: another locale, another way to read it.

const MINUTE = 60_000;
const START = Date.UTC(2025, 11, 31, 0, 0);
const END = Date.UTC(2027, 0, 8, 0, 0);
const ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia"];

// Sunday's periods straddle the 2026 DST changes of New York (02:00), London (01:00, 02:00) and Lord Howe
// (02:00 → 01:30 and 02:00 → 02:30); Saturday closes at 24:00, Monday opens at 00:00.
const SCHEDULE: Schedule = {
  hours: {
    mon: [
      ["00:00", "00:30"],
      ["08:00", "12:00"],
      ["13:00", "17:00"],
    ],
    tue: [["08:00", "17:00"]],
    wed: [["08:00", "17:00"]],
    thu: [["08:00", "17:00"]],
    fri: [["08:00", "17:30"]],
    sat: [["22:00", "24:00"]],
    sun: [
      ["00:30", "01:45"],
      ["02:15", "03:00"],
      ["09:00", "24:00"],
    ],
  },
  closures: {
    summer: { name: "Summer", firstDay: "2026-07-03", lastDay: "2026-07-03" },
    winter: { name: "Winter", firstDay: "2026-12-24", lastDay: "2026-12-26" },
  },
};

const PERIODS: Record<number, readonly (readonly [number, number])[]> = {};
for (const [day, list] of Object.entries(SCHEDULE.hours) as [string, readonly (readonly [string, string])[]][]) {
  const index = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(day);
  PERIODS[index] = (list ?? []).map(([open, close]) => [minutes(open), minutes(close)] as const);
}
const CLOSED_DAYS = Object.values(SCHEDULE.closures).map(({ firstDay, lastDay }) => [firstDay, lastDay] as const);

function minutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/** The reference: for each minute from START to END, whether the practice is open, read with Intl. */
function referenceOpen(timeZone: string): Uint8Array {
  const format = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const open = new Uint8Array((END - START) / MINUTE);
  for (let index = 0; index < open.length; index++) {
    const text = format.format(START + index * MINUTE); // "2026-03-08 03:00"
    const date = text.slice(0, 10);
    if (CLOSED_DAYS.some(([first, last]) => first <= date && date <= last)) continue;
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const minute = Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));
    if ((PERIODS[weekday] ?? []).some(([from, to]) => from <= minute && minute < to)) open[index] = 1;
  }
  return open;
}

function clockIn(timeZone: string): ScheduleClock {
  const practice: Practice = buildPractice({ staff: { admin: { name: "Admin", admin: true } } });
  const clock = clockOf({ ...practice, timeZone, schedule: SCHEDULE });
  if (clock === undefined) throw new Error("no clock");
  return clock;
}

describe.each(ZONES)("the schedule in %s", (timeZone) => {
  const open = referenceOpen(timeZone);
  const clock = clockIn(timeZone);
  const at = (index: number) => START + index * MINUTE;

  test("the reference sees the year's DST changes and gaps (the test is not vacuous)", () => {
    const opens = open.reduce((count, value) => count + value, 0);
    expect(opens).toBeGreaterThan(open.length / 5);
    expect(opens).toBeLessThan(open.length / 2);
  });

  test("stretches agree with the reference for every minute of the year, and never skip a change", () => {
    let index = 0;
    let stretches = 0;
    while (index < open.length - 1) {
      const stretch = openStretchAt(clock, at(index));
      expect(stretch.from).toBeLessThanOrEqual(at(index));
      expect(stretch.until).toBeGreaterThan(at(index));
      expect(stretch.from % MINUTE).toBe(0);
      expect(stretch.until % MINUTE).toBe(0);
      const last = Math.min(open.length, (stretch.until - START) / MINUTE);
      for (let minute = index; minute < last; minute++) {
        if (open[minute] !== (stretch.open ? 1 : 0)) expect.fail(`minute ${new Date(at(minute)).toISOString()}`);
      }
      index = last;
      stretches++;
    }
    expect(stretches).toBeGreaterThan(1000);
  });

  test("isOpenAt agrees with the reference on every 7th minute, and within minutes", () => {
    for (let index = 0; index < open.length; index += 7) {
      const expected = open[index] === 1;
      if (isOpenAt(clock, at(index)) !== expected) expect.fail(`at ${new Date(at(index)).toISOString()}`);
      if (isOpenAt(clock, at(index) + 59_999) !== expected) expect.fail(`late in ${new Date(at(index)).toISOString()}`);
    }
  });

  test("nextOpenAt is the first open minute after a closed instant (near every change, and every 97th minute)", () => {
    const nextOpen = new Int32Array(open.length).fill(-1);
    for (let index = open.length - 2; index >= 0; index--) {
      nextOpen[index] = open[index + 1] === 1 ? index + 1 : (nextOpen[index + 1] as number);
    }
    let checked = 0;
    for (let index = 1; index < open.length - 1; index++) {
      const nearChange = open[index - 1] !== open[index] || open[index + 1] !== open[index];
      if (open[index] === 1 || (!nearChange && index % 97 !== 0)) continue;
      const expected = nextOpen[index] === -1 ? null : at(nextOpen[index] as number);
      if (expected === null) continue; // beyond the reference's end
      const actual = nextOpenAt(clock, at(index) + 30_000);
      if (actual !== expected) expect.fail(`after ${new Date(at(index)).toISOString()}: ${actual} ≠ ${expected}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
    expect(nextOpenAt(clock, at(open.indexOf(1)))).toBeNull();
  });
});
