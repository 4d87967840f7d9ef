// Instants written as ISO 8601 strings in fixed offsets, for generated `at` and `lastVisitAt` values.

/** Offsets that generated timestamps are written in: UTC, east, west and half an hour. @internal */
export const OFFSETS = ["Z", "+02:00", "-05:00", "+05:30"] as const;

/** The instant `ms` written in a fixed offset, e.g. `2026-12-03T11:00:00.000+02:00`. @internal */
export function isoIn(ms: number, offset: (typeof OFFSETS)[number]): string {
  if (offset === "Z") return new Date(ms).toISOString();
  const sign = offset.startsWith("-") ? -1 : 1;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return `${new Date(ms + sign * minutes * 60_000).toISOString().slice(0, 23)}${offset}`;
}
