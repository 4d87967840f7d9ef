// Options of practiceArbitrary, apart so that the generator stays short.

/**
 * Options of `practiceArbitrary`.
 *
 * @group Testing
 */
export interface PracticeArbitraryOptions {
  /** Most providers (at least one is always made). Default 4. */
  readonly maxProviders?: number;
  /** Most staff members (at least one is always made). Default 5. */
  readonly maxStaff?: number;
  /** Patient messaging: always on, always off, or either. Default `"any"`. */
  readonly messaging?: "on" | "off" | "any";
  /** Whether to generate coverage entries (absences). Default `true`. */
  readonly coverage?: boolean;
  /** Whether some members may be inactive. Default `true`. */
  readonly inactiveMembers?: boolean;
  /** Whether to generate groups. Default `true`. */
  readonly groups?: boolean;
  /** Whether some categories may be disabled. Default `true`. */
  readonly disabledCategories?: boolean;
  /**
   * The IANA zones to draw `timeZone` from (at least one). Default: UTC and 15 real zones, with and without
   * daylight saving time, in both hemispheres, with offsets of half and three quarters of an hour
   * (America/New_York, Europe/London, Australia/Lord_Howe, Asia/Kolkata, Pacific/Apia, America/St_Johns,
   * Australia/Adelaide, Asia/Kathmandu, Pacific/Chatham…).
   */
  readonly timeZones?: readonly string[];
  /** Whether to generate schedules (opening hours, closures) and `messaging.responseBusinessDays`. Default `true`. */
  readonly schedule?: boolean;
  /** Whether to generate after-hours cells (`afterHoursRouting`). Default `true`. */
  readonly afterHoursRouting?: boolean;
  /** Whether some absences may have nobody covering (no `coveredBy`). Default `true`. */
  readonly uncoveredAbsences?: boolean;
  /**
   * Whether to generate the patient settings: `care_team` recipients in cells, `messaging.showRecipientsToPatients`,
   * `messaging.eligibility` (for the practice and per category) and groups' `patientLabel`. Default `true`.
   */
  readonly patientSettings?: boolean;
  /**
   * Whether to generate sites: `locations` (up to three), members' `locations` and `locationRouting` tables.
   * Default `true`.
   */
  readonly locations?: boolean;
  /** Whether groups may have a `delivery` (`"each"`, `"pool"` or `"sticky"`). Default `true`. */
  readonly groupDelivery?: boolean;
  /**
   * `1`: only practices that format version 1 can hold (`timeZone: "UTC"`, no schedule, no after-hours cells,
   * every absence covered, no patient settings, no sites, no group delivery), whatever the options above say.
   * Default `2`.
   */
  readonly schemaVersion?: 1 | 2;
}
