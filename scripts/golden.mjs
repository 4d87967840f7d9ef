// Writes the golden corpus conformance/parse/{valid,invalid}/*.json and conformance/parse/index.json.
// Deterministic: no clock, no Math.random. `node scripts/golden.mjs --check` exits 1 when the committed
// files differ from what this script generates (test/parse/schema-parity.test.ts runs it).
// Expected codes are written here by hand, independently of the parser; the parity test checks them.
// Two halves: version 1 documents (file names without a prefix, and `v1-*` at the version boundary) and
// version 2 documents (`v2-*`). Each index entry names the schemaVersion whose JSON Schema judges the document
// (config.v1.schema.json or config.schema.json), or null when it is neither 1 nor 2: both schemas refuse those.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const ROOT = new URL("../conformance/parse/", import.meta.url);
const CATEGORIES = ["appointments", "referrals", "prescriptions", "test_results", "general_inquiry", "health_question"];

/** The sample practice (the output of serializePractice(samplePractice())). */
function sample() {
  const member = (name, role, admin, active) => ({ name, role, admin, active });
  return {
    schemaVersion: 1,
    id: "enterprise-family-medicine",
    name: "Enterprise Family Medicine",
    revision: 0,
    messaging: { patientInitiated: true, patientReplies: true, disabledCategories: [] },
    members: {
      crusher: member("Beverly Crusher", "provider", false, true),
      jsmith: member("Jane Smith", "staff", true, true),
      kjones: member("Kim Jones", "staff", false, true),
      lpatel: member("Lena Patel", "staff", false, true),
      mreyes: member("Marco Reyes", "staff", false, false),
      oselkin: member("Omar Selkin", "provider", false, true),
    },
    groups: {
      "front-desk": { name: "Front Desk", members: ["jsmith", "kjones"] },
      nurses: { name: "Nurses", members: ["lpatel"] },
    },
    routing: {
      crusher: {
        appointments: [{ type: "member", id: "jsmith" }],
        prescriptions: [{ type: "group", id: "nurses" }, { type: "assigned_provider" }],
        health_question: [{ type: "assigned_provider" }],
      },
      oselkin: {
        test_results: [{ type: "group", id: "nurses" }],
        health_question: [{ type: "assigned_provider" }, { type: "group", id: "nurses" }],
      },
    },
    defaultRouting: {
      appointments: [{ type: "group", id: "front-desk" }],
      referrals: [{ type: "group", id: "front-desk" }],
      prescriptions: [{ type: "assigned_provider" }, { type: "member", id: "jsmith" }],
      test_results: [{ type: "assigned_provider" }],
      general_inquiry: [{ type: "group", id: "front-desk" }],
      health_question: [{ type: "assigned_provider" }],
    },
    coverage: {
      c1: { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z", coveredBy: "kjones" },
    },
  };
}

/** A copy of the sample with `edit` applied to it. */
function variant(edit) {
  const doc = sample();
  edit(doc);
  return doc;
}

/** Adds an own enumerable key, even `__proto__` (plain assignment would set the prototype instead). */
function setKey(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const staff = (name) => ({ name, role: "staff", admin: false, active: true });
const cover = (from, until) => ({ member: "jsmith", from, until, coveredBy: "kjones" });
const withTimestamp = (from) => variant((d) => (d.coverage.c1.from = from));
const many = (count, make) => Array.from({ length: count }, (_, index) => make(index));

/** A small deterministic PRNG (mulberry32). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid practice from a seed. */
function randomPractice(seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const providers = many(1 + Math.floor(random() * 4), (i) => `p${seed}-${i}`);
  const staffIds = many(1 + Math.floor(random() * 5), (i) => `s${seed}.${i}`);
  const members = {};
  for (const id of providers)
    members[id] = { name: `Dr ${id}`, role: "provider", admin: false, active: random() < 0.9 };
  for (const id of staffIds) members[id] = { name: `Staff ${id}`, role: "staff", admin: random() < 0.4, active: true };
  const groups = {};
  if (random() < 0.7) groups[`g${seed}`] = { name: "Pool", members: staffIds.filter(() => random() < 0.6) };
  const recipient = () => {
    const roll = random();
    if (roll < 0.4) return { type: "member", id: pick([...providers, ...staffIds]) };
    if (roll < 0.7 && Object.keys(groups).length > 0) return { type: "group", id: pick(Object.keys(groups)) };
    return { type: "assigned_provider" };
  };
  const cell = () => many(1 + Math.floor(random() * 3), recipient);
  const routing = {};
  for (const id of providers) {
    const table = {};
    for (const category of CATEGORIES) if (random() < 0.4) table[category] = cell();
    routing[id] = table;
  }
  const doc = {
    schemaVersion: 1,
    id: `practice-${seed}`,
    name: `Practice ${seed}`,
    revision: Math.floor(random() * 1000),
    messaging: {
      patientInitiated: random() < 0.5,
      patientReplies: random() < 0.5,
      disabledCategories: CATEGORIES.filter(() => random() < 0.2),
    },
    members,
    routing,
    defaultRouting: Object.fromEntries(CATEGORIES.map((category) => [category, cell()])),
  };
  if (random() < 0.8) doc.groups = groups;
  if (random() < 0.6) {
    doc.coverage = {
      [`c${seed}`]: {
        member: staffIds[0],
        from: "2026-01-05T08:00:00+01:00",
        until: "2026-01-09T17:30:00.5-05:00",
        coveredBy: pick(staffIds),
      },
    };
  }
  return doc;
}

// [file name without .json, document] — every one is accepted by parsePractice and by the JSON Schema.
const VALID = [
  ["sample", sample()],
  [
    "minimal-no-groups-no-coverage",
    variant((d) => {
      delete d.groups;
      delete d.coverage;
    }),
  ],
  [
    "empty-members-routing-groups-coverage",
    variant((d) => {
      d.members = {};
      d.routing = {};
      d.groups = {};
      d.coverage = {};
    }),
  ],
  [
    "messaging-off",
    variant((d) => {
      d.messaging.patientInitiated = false;
      d.messaging.patientReplies = false;
    }),
  ],
  ["disabled-categories-all", variant((d) => (d.messaging.disabledCategories = [...CATEGORIES].reverse()))],
  [
    "disabled-categories-repeated",
    variant((d) => (d.messaging.disabledCategories = ["referrals", "appointments", "referrals"])),
  ],
  ["id-128-chars", variant((d) => (d.id = `a${"b".repeat(127)}`))],
  ["id-one-char", variant((d) => (d.members.x = staff("X")))],
  ["id-every-allowed-character", variant((d) => (d.members["Az09._:@-"] = staff("Punctuation")))],
  ["id-starts-with-digit", variant((d) => (d.members["9lives"] = staff("Nine")))],
  [
    "id-integer-like",
    variant((d) => {
      d.members["10"] = staff("Ten");
      d.members["9"] = staff("Nine");
    }),
  ],
  [
    "id-object-prototype-names",
    variant((d) => {
      for (const id of ["toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "toLocaleString"])
        d.members[id] = staff(id);
    }),
  ],
  [
    "id-reserved-word-variants",
    variant((d) => {
      for (const id of ["Constructor", "constructors", "prototype1", "PROTOTYPE", "proto__"]) d.members[id] = staff(id);
    }),
  ],
  ["id-email-like", variant((d) => (d.members["jane.smith@example.org"] = staff("Jane")))],
  ["id-urn-like", variant((d) => (d.groups["urn:group:1"] = { name: "Urn", members: [] }))],
  ["name-200-chars", variant((d) => (d.name = "N".repeat(200)))],
  ["name-200-astral-code-points", variant((d) => (d.members.jsmith.name = "\u{1F600}".repeat(200)))],
  ["name-one-char", variant((d) => (d.members.jsmith.name = "J"))],
  ["name-unicode-and-escapes", variant((d) => (d.members.jsmith.name = 'Zoë "Jo" Ng\\\n\t\u00e9\u4e2d'))],
  ["name-whitespace-only", variant((d) => (d.groups.nurses.name = " "))],
  [
    "timestamp-offsets",
    variant((d) => (d.coverage.c1 = cover("2026-12-01T00:00:00+05:30", "2026-12-08T00:00:00-08:00"))),
  ],
  [
    "timestamp-fractions",
    variant((d) => (d.coverage.c1 = cover("2026-12-01T00:00:00.5Z", "2026-12-08T00:00:00.123456789Z"))),
  ],
  ["timestamp-leap-day-2028", withTimestamp("2028-02-29T12:00:00Z")],
  ["timestamp-leap-day-2000", withTimestamp("2000-02-29T12:00:00Z")],
  ["timestamp-end-of-months", variant((d) => (d.coverage.c1 = cover("2026-04-30T23:59:59Z", "2026-12-31T23:59:59Z")))],
  ["timestamp-negative-zero-offset", withTimestamp("2026-12-01T00:00:00-00:00")],
  [
    "timestamp-from-after-until",
    variant((d) => (d.coverage.c1 = cover("2026-12-08T00:00:00Z", "2026-12-01T00:00:00Z"))),
  ],
  ["revision-max-safe-integer", variant((d) => (d.revision = 9007199254740991))],
  ["revision-large", variant((d) => (d.revision = 123456))],
  [
    "cell-50-recipients",
    variant((d) => (d.defaultRouting.referrals = many(50, () => ({ type: "assigned_provider" })))),
  ],
  ["group-2000-members", variant((d) => (d.groups.big = { name: "Big", members: many(2000, (i) => `m${i}`) }))],
  [
    "groups-2000",
    variant((d) => (d.groups = Object.fromEntries(many(2000, (i) => [`g${i}`, { name: `Group ${i}`, members: [] }])))),
  ],
  ["group-empty", variant((d) => (d.groups.nurses.members = []))],
  ["group-duplicate-members", variant((d) => (d.groups.nurses.members = ["lpatel", "lpatel"]))],
  ["group-unknown-member", variant((d) => (d.groups.nurses.members = ["nobody"]))],
  ["routing-empty-table", variant((d) => (d.routing.crusher = {}))],
  [
    "routing-all-categories",
    variant(
      (d) => (d.routing.crusher = Object.fromEntries(CATEGORIES.map((c) => [c, [{ type: "assigned_provider" }]]))),
    ),
  ],
  [
    "routing-keyed-by-staff-or-unknown",
    variant((d) => {
      d.routing.jsmith = {};
      d.routing.nobody = {};
    }),
  ],
  [
    "recipient-unknown-member-and-group",
    variant(
      (d) =>
        (d.defaultRouting.referrals = [
          { type: "member", id: "nobody" },
          { type: "group", id: "nogroup" },
        ]),
    ),
  ],
  [
    "recipient-duplicates",
    variant((d) => (d.defaultRouting.referrals = [{ type: "assigned_provider" }, { type: "assigned_provider" }])),
  ],
  [
    "coverage-self-and-unknown",
    variant(
      (d) =>
        (d.coverage.c2 = {
          member: "nobody",
          from: "2026-01-01T00:00:00Z",
          until: "2026-01-02T00:00:00Z",
          coveredBy: "nobody",
        }),
    ),
  ],
  ["no-admin", variant((d) => (d.members.jsmith.admin = false))],
  [
    "key-order-shuffled",
    (() => {
      const d = sample();
      return Object.fromEntries(Object.entries(d).reverse());
    })(),
  ],
  ...many(20, (i) => [`random-${String(i).padStart(2, "0")}`, randomPractice(i + 1)]),
];

/** [file name, document, expected codes (each code once, in order of first appearance)]. */
const INVALID = [
  ["root-array", [], ["invalid_type"]],
  ["root-null", null, ["invalid_type"]],
  ["root-string", "practice", ["invalid_type"]],
  ["root-number", 1, ["invalid_type"]],
  ["root-empty-object", {}, ["missing_field"]],
  ["unsupported-version-3", variant((d) => (d.schemaVersion = 3)), ["unsupported_version"]],
  ["unsupported-version-0", variant((d) => (d.schemaVersion = 0)), ["unsupported_version"]],
  // Without a version to go by, the parser reads a document as version 2: here it also misses timeZone.
  ["schema-version-string", variant((d) => (d.schemaVersion = "1")), ["invalid_type", "missing_field"]],
  ["schema-version-missing", variant((d) => delete d.schemaVersion), ["missing_field"]],
  // A boolean is no version, though some languages compare true equal to 1.
  ["schema-version-true", variant((d) => (d.schemaVersion = true)), ["invalid_type", "missing_field"]],
  ["forbidden-key-proto-at-root", variant((d) => setKey(d, "__proto__", { polluted: true })), ["forbidden_key"]],
  ["forbidden-key-constructor-at-root", variant((d) => setKey(d, "constructor", {})), ["forbidden_key"]],
  ["forbidden-key-prototype-at-root", variant((d) => setKey(d, "prototype", {})), ["forbidden_key"]],
  ["forbidden-key-proto-in-messaging", variant((d) => setKey(d.messaging, "__proto__", {})), ["forbidden_key"]],
  ["forbidden-key-proto-in-members", variant((d) => setKey(d.members, "__proto__", staff("Proto"))), ["forbidden_key"]],
  [
    "forbidden-key-constructor-in-members",
    variant((d) => setKey(d.members, "constructor", staff("Con"))),
    ["forbidden_key"],
  ],
  [
    "forbidden-key-proto-in-member",
    variant((d) => setKey(d.members.jsmith, "__proto__", { admin: true })),
    ["forbidden_key"],
  ],
  [
    "forbidden-key-prototype-in-groups",
    variant((d) => setKey(d.groups, "prototype", { name: "P", members: [] })),
    ["forbidden_key"],
  ],
  ["forbidden-key-constructor-in-group", variant((d) => setKey(d.groups.nurses, "constructor", [])), ["forbidden_key"]],
  ["forbidden-key-proto-in-routing", variant((d) => setKey(d.routing, "__proto__", {})), ["forbidden_key"]],
  [
    "forbidden-key-proto-in-routing-table",
    variant((d) => setKey(d.routing.crusher, "__proto__", [])),
    ["forbidden_key"],
  ],
  [
    "forbidden-key-proto-in-recipient",
    variant((d) => setKey(d.routing.crusher.appointments[0], "__proto__", {})),
    ["forbidden_key"],
  ],
  [
    "forbidden-key-constructor-in-default-routing",
    variant((d) => setKey(d.defaultRouting, "constructor", [])),
    ["forbidden_key"],
  ],
  ["forbidden-key-proto-in-coverage", variant((d) => setKey(d.coverage, "__proto__", {})), ["forbidden_key"]],
  [
    "forbidden-key-prototype-in-coverage-entry",
    variant((d) => setKey(d.coverage.c1, "prototype", "x")),
    ["forbidden_key"],
  ],
  ["invalid-id-starts-with-dash", variant((d) => (d.members["-bad"] = staff("Dash"))), ["invalid_id"]],
  [
    "invalid-id-starts-with-underscore",
    variant((d) => (d.groups._pool = { name: "Pool", members: [] })),
    ["invalid_id"],
  ],
  [
    "invalid-id-starts-with-dot",
    variant((d) => (d.coverage[".c"] = cover("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"))),
    ["invalid_id"],
  ],
  ["invalid-id-129-chars", variant((d) => (d.id = `a${"b".repeat(128)}`)), ["invalid_id"]],
  ["invalid-id-empty", variant((d) => (d.id = "")), ["invalid_id"]],
  ["invalid-id-space", variant((d) => (d.groups.nurses.members = ["l patel"])), ["invalid_id"]],
  ["invalid-id-non-ascii", variant((d) => (d.members["jsm\u00eeth"] = staff("Accent"))), ["invalid_id"]],
  ["invalid-id-trailing-newline", variant((d) => (d.routing.crusher.appointments[0].id = "jsmith\n")), ["invalid_id"]],
  // Python's re.search lets $ match before a final newline: the shipped schema must still refuse these.
  ["invalid-id-key-trailing-newline", variant((d) => (d.members["kjones\n"] = staff("Newline"))), ["invalid_id"]],
  ["invalid-id-practice-trailing-newline", variant((d) => (d.id = "enterprise\n")), ["invalid_id"]],
  ["invalid-id-unicode-digit", variant((d) => (d.groups.nurses.members = ["\u0661lpatel"])), ["invalid_id"]],
  [
    "invalid-id-reserved-constructor-value",
    variant((d) => (d.groups.nurses.members = ["constructor"])),
    ["invalid_id"],
  ],
  [
    "invalid-id-reserved-prototype-value",
    variant((d) => (d.defaultRouting.referrals = [{ type: "member", id: "prototype" }])),
    ["invalid_id"],
  ],
  ["invalid-id-reserved-practice-id", variant((d) => (d.id = "constructor")), ["invalid_id"]],
  ["invalid-id-reserved-covered-by", variant((d) => (d.coverage.c1.coveredBy = "prototype")), ["invalid_id"]],
  ["invalid-timestamp-no-offset", withTimestamp("2026-12-01T00:00:00"), ["invalid_timestamp"]],
  ["invalid-timestamp-lowercase-z", withTimestamp("2026-12-01T00:00:00z"), ["invalid_timestamp"]],
  ["invalid-timestamp-date-only", withTimestamp("2026-12-01"), ["invalid_timestamp"]],
  ["invalid-timestamp-no-seconds", withTimestamp("2026-12-01T00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-space-separator", withTimestamp("2026-12-01 00:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-feb-29-non-leap", withTimestamp("2026-02-29T00:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-feb-29-1900", withTimestamp("1900-02-29T00:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-april-31", withTimestamp("2026-04-31T00:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-month-13", withTimestamp("2026-13-01T00:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-hour-24", withTimestamp("2026-12-01T24:00:00Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-offset-without-colon", withTimestamp("2026-12-01T00:00:00+0530"), ["invalid_timestamp"]],
  ["invalid-timestamp-fraction-10-digits", withTimestamp("2026-12-01T00:00:00.1234567890Z"), ["invalid_timestamp"]],
  ["invalid-timestamp-trailing-newline", withTimestamp("2026-12-01T00:00:00Z\n"), ["invalid_timestamp"]],
  [
    "invalid-timestamp-arabic-indic-digits",
    withTimestamp("\u0662\u0660\u0662\u0666-12-01T00:00:00Z"),
    ["invalid_timestamp"],
  ],
  ["invalid-timestamp-number", variant((d) => (d.coverage.c1.until = 1796083200000)), ["invalid_type"]],
  ["unknown-field-at-root", variant((d) => (d.notes = "x")), ["unknown_field"]],
  ["unknown-field-in-messaging", variant((d) => (d.messaging.enabled = true)), ["unknown_field"]],
  ["unknown-field-in-member", variant((d) => (d.members.jsmith.email = "x")), ["unknown_field"]],
  ["unknown-field-in-group", variant((d) => (d.groups.nurses.groups = [])), ["unknown_field"]],
  [
    "unknown-field-in-recipient",
    variant((d) => (d.defaultRouting.test_results = [{ type: "assigned_provider", id: "crusher" }])),
    ["unknown_field"],
  ],
  [
    "unknown-field-category-in-routing-table",
    variant((d) => (d.routing.crusher.billing = [{ type: "assigned_provider" }])),
    ["unknown_field"],
  ],
  [
    "unknown-field-category-in-default-routing",
    variant((d) => (d.defaultRouting.Appointments = [{ type: "assigned_provider" }])),
    ["unknown_field"],
  ],
  ["unknown-field-in-coverage-entry", variant((d) => (d.coverage.c1.reason = "x")), ["unknown_field"]],
  ["missing-field-member-role", variant((d) => delete d.members.jsmith.role), ["missing_field"]],
  [
    "missing-field-default-routing-category",
    variant((d) => delete d.defaultRouting.health_question),
    ["missing_field"],
  ],
  ["missing-field-disabled-categories", variant((d) => delete d.messaging.disabledCategories), ["missing_field"]],
  [
    "missing-field-recipient-type",
    variant((d) => (d.defaultRouting.referrals = [{ id: "jsmith" }])),
    ["missing_field"],
  ],
  ["missing-field-recipient-id", variant((d) => (d.defaultRouting.referrals = [{ type: "group" }])), ["missing_field"]],
  ["invalid-type-revision-negative", variant((d) => (d.revision = -1)), ["invalid_type"]],
  ["invalid-type-revision-fraction", variant((d) => (d.revision = 1.5)), ["invalid_type"]],
  ["invalid-type-revision-too-large", variant((d) => (d.revision = 9007199254740992)), ["invalid_type"]],
  ["invalid-type-revision-string", variant((d) => (d.revision = "0")), ["invalid_type"]],
  ["invalid-type-admin-string", variant((d) => (d.members.jsmith.admin = "yes")), ["invalid_type"]],
  ["invalid-type-role-unknown", variant((d) => (d.members.jsmith.role = "doctor")), ["invalid_type"]],
  [
    "invalid-type-disabled-category-unknown",
    variant((d) => (d.messaging.disabledCategories = ["billing"])),
    ["invalid_type"],
  ],
  [
    "invalid-type-recipient-type-unknown",
    variant((d) => (d.defaultRouting.referrals = [{ type: "role", id: "nurse" }])),
    ["invalid_type"],
  ],
  ["invalid-type-recipient-string", variant((d) => (d.defaultRouting.referrals = ["jsmith"])), ["invalid_type"]],
  ["invalid-type-cell-empty", variant((d) => (d.defaultRouting.referrals = [])), ["invalid_type"]],
  ["invalid-type-members-array", variant((d) => (d.members = [])), ["invalid_type"]],
  ["invalid-type-name-empty", variant((d) => (d.members.jsmith.name = "")), ["invalid_type"]],
  ["invalid-type-group-members-null", variant((d) => (d.groups.nurses.members = null)), ["invalid_type"]],
  ["limit-exceeded-name-201-chars", variant((d) => (d.name = "N".repeat(201))), ["limit_exceeded"]],
  [
    "limit-exceeded-name-201-astral-code-points",
    variant((d) => (d.members.jsmith.name = "\u{1F600}".repeat(201))),
    ["limit_exceeded"],
  ],
  [
    "limit-exceeded-cell-51-recipients",
    variant((d) => (d.routing.crusher.appointments = many(51, () => ({ type: "member", id: "jsmith" })))),
    ["limit_exceeded"],
  ],
  [
    "limit-exceeded-group-2001-members",
    variant((d) => (d.groups.big = { name: "Big", members: many(2001, (i) => `m${i}`) })),
    ["limit_exceeded"],
  ],
  [
    "limit-exceeded-groups-2001",
    variant((d) => (d.groups = Object.fromEntries(many(2001, (i) => [`g${i}`, { name: `Group ${i}`, members: [] }])))),
    ["limit_exceeded"],
  ],
  [
    "several-problems",
    variant((d) => {
      setKey(d.members, "__proto__", {});
      d.members.jsmith.role = "x";
      d.notes = 1;
      d.coverage.c1.from = "soon";
    }),
    ["forbidden_key", "invalid_type", "invalid_timestamp", "unknown_field"],
  ],
];

// ---- The v2 half: documents of format version 2, and the version boundary (schemaVersion 1 vs 2 vs others).

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const workday = () => [
  ["08:00", "12:00"],
  ["13:00", "17:00"],
];

/** The sample practice in version 2 (the output of serializePractice(samplePractice())). */
function sampleV2() {
  const { id, name, revision, messaging, members, groups, routing, defaultRouting, coverage } = sample();
  return {
    schemaVersion: 2,
    id,
    name,
    revision,
    timeZone: "America/New_York",
    messaging: { ...messaging, responseBusinessDays: 2 },
    schedule: {
      hours: Object.fromEntries(WEEKDAYS.slice(0, 5).map((day) => [day, workday()])),
      closures: { "xmas-2026": { name: "Christmas Day", firstDay: "2026-12-25", lastDay: "2026-12-25" } },
    },
    afterHoursRouting: { health_question: [{ type: "group", id: "on-call" }] },
    members,
    groups: { ...groups, "on-call": { name: "On Call", members: ["oselkin"] } },
    routing,
    defaultRouting,
    coverage: { ...coverage, c2: { member: "lpatel", from: "2026-12-14T13:00:00Z", until: "2026-12-19T05:00:00Z" } },
  };
}

/** A copy of the version 2 sample with `edit` applied to it. */
function variantV2(edit) {
  const doc = sampleV2();
  edit(doc);
  return doc;
}

const withZone = (timeZone) => variantV2((d) => (d.timeZone = timeZone));
const withHours = (hours) => variantV2((d) => (d.schedule.hours = hours));
const withPeriod = (period) => withHours({ mon: [period] });
const withClosure = (closure) => variantV2((d) => (d.schedule.closures["xmas-2026"] = closure));
const withAfterHours = (table) => variantV2((d) => (d.afterHoursRouting = table));
const withResponseDays = (days) => variantV2((d) => (d.messaging.responseBusinessDays = days));
const closures = (count) =>
  Object.fromEntries(
    many(count, (i) => [`day-${i}`, { name: `Closure ${i}`, firstDay: "2027-01-01", lastDay: "2027-01-01" }]),
  );
const ZONES = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia"];

/** A random valid version 2 practice from a seed: a version 1 one with the fields of version 2 added. */
function randomPracticeV2(seed) {
  const random = prng(seed * 7919);
  const { schemaVersion, id, name, revision, messaging, ...rest } = randomPractice(seed);
  const doc = { schemaVersion: 2, id, name, revision, timeZone: ZONES[seed % ZONES.length], messaging };
  if (random() < 0.7) {
    const hours = {};
    for (const day of WEEKDAYS) if (random() < 0.7) hours[day] = random() < 0.5 ? workday() : [["00:00", "24:00"]];
    doc.schedule = random() < 0.5 ? { hours } : { hours, closures: closures(Math.floor(random() * 3)) };
    if (random() < 0.6) messaging.responseBusinessDays = 1 + Math.floor(random() * 30);
  }
  if (random() < 0.5) doc.afterHoursRouting = { general_inquiry: [{ type: "assigned_provider" }] };
  Object.assign(doc, rest);
  for (const entry of Object.values(doc.coverage ?? {})) if (random() < 0.5) delete entry.coveredBy;
  return doc;
}

// Documents that parse (and that their schema accepts); the ones marked "validation" then fail validatePractice.
const VALID_V2 = [
  ["v2-sample", sampleV2()],
  [
    "v2-minimal",
    variantV2((d) => {
      d.timeZone = "UTC";
      delete d.messaging.responseBusinessDays;
      delete d.schedule;
      delete d.afterHoursRouting;
      delete d.groups;
      delete d.coverage;
    }),
  ],
  ["v2-time-zone-utc", withZone("UTC")],
  ["v2-time-zone-half-hour", withZone("Asia/Kolkata")],
  ["v2-time-zone-lord-howe", withZone("Australia/Lord_Howe")],
  ["v2-time-zone-etc-gmt", withZone("Etc/GMT+5")],
  ["v2-time-zone-64-chars", withZone(`A/${"b".repeat(62)}`)], // validation: invalid_time_zone
  ["v2-time-zone-unknown", withZone("Mars/Olympus_Mons")], // validation: invalid_time_zone
  ...WEEKDAYS.map((day) => [`v2-hours-only-${day}`, withHours({ [day]: workday() })]),
  ["v2-hours-every-day", withHours(Object.fromEntries(WEEKDAYS.map((day) => [day, workday()])))],
  ["v2-hours-weekdays-out-of-order", withHours({ sun: [["10:00", "14:00"]], mon: workday(), fri: workday() })],
  ["v2-hours-empty", withHours({})],
  ["v2-hours-day-without-periods", withHours({ mon: [], tue: workday() })],
  ["v2-hours-until-24-00", withHours({ sat: [["00:00", "24:00"]] })],
  [
    "v2-hours-24-periods",
    withHours({ mon: many(24, (h) => [`${String(h).padStart(2, "0")}:00`, `${String(h).padStart(2, "0")}:30`]) }),
  ],
  ["v2-hours-bad-time-text", withPeriod(["8am", "5pm"])], // validation: invalid_schedule
  [
    "v2-hours-overlapping",
    withHours({
      mon: [
        ["08:00", "12:00"],
        ["11:00", "17:00"],
      ],
    }),
  ], // validation: invalid_schedule
  [
    "v2-hours-unsorted",
    withHours({
      mon: [
        ["13:00", "17:00"],
        ["08:00", "12:00"],
      ],
    }),
  ], // validation: invalid_schedule
  ["v2-closures-omitted", variantV2((d) => delete d.schedule.closures)],
  ["v2-closures-empty", variantV2((d) => (d.schedule.closures = {}))],
  ["v2-closures-1000", variantV2((d) => (d.schedule.closures = closures(1000)))],
  ["v2-closure-several-days", withClosure({ name: "Winter break", firstDay: "2026-12-24", lastDay: "2027-01-02" })],
  ["v2-closure-name-200-chars", withClosure({ name: "C".repeat(200), firstDay: "2026-12-25", lastDay: "2026-12-25" })],
  ["v2-closure-bad-date-text", withClosure({ name: "Xmas", firstDay: "2026-02-30", lastDay: "25/12/2026" })], // validation: invalid_schedule
  ["v2-closure-last-before-first", withClosure({ name: "Xmas", firstDay: "2026-12-26", lastDay: "2026-12-25" })], // validation: invalid_schedule
  ["v2-after-hours-empty-object", withAfterHours({})],
  [
    "v2-after-hours-all-categories",
    withAfterHours(Object.fromEntries(CATEGORIES.map((c) => [c, [{ type: "group", id: "on-call" }]]))),
  ],
  ["v2-after-hours-50-recipients", withAfterHours({ referrals: many(50, () => ({ type: "assigned_provider" })) })],
  ["v2-after-hours-without-schedule", variantV2((d) => delete d.schedule)],
  ["v2-schedule-without-after-hours", variantV2((d) => delete d.afterHoursRouting)],
  ["v2-response-days-1", withResponseDays(1)],
  ["v2-response-days-30", withResponseDays(30)],
  ["v2-response-days-without-schedule", variantV2((d) => delete d.schedule)],
  ["v2-no-response-days", variantV2((d) => delete d.messaging.responseBusinessDays)],
  [
    "v2-coverage-without-covered-by",
    variantV2(
      (d) => (d.coverage = { c1: { member: "jsmith", from: "2026-12-01T00:00:00Z", until: "2026-12-08T00:00:00Z" } }),
    ),
  ],
  ["v2-coverage-omitted", variantV2((d) => delete d.coverage)],
  [
    "v2-v1-sample-as-v2",
    (() => {
      const { schemaVersion, id, name, revision, ...rest } = sample();
      return { schemaVersion: 2, id, name, revision, timeZone: "UTC", ...rest };
    })(),
  ],
  ["v2-key-order-shuffled", Object.fromEntries(Object.entries(sampleV2()).reverse())],
  ...many(10, (i) => [`v2-random-${String(i).padStart(2, "0")}`, randomPracticeV2(i + 1)]),
];

// Version 2 documents and version boundaries that are refused, with the codes parsePractice reports.
const INVALID_V2 = [
  ["v2-time-zone-missing", variantV2((d) => delete d.timeZone), ["missing_field"]],
  ["v2-time-zone-number", withZone(-5), ["invalid_type"]],
  ["v2-time-zone-null", withZone(null), ["invalid_type"]],
  ["v2-time-zone-array", withZone(["America/New_York"]), ["invalid_type"]],
  ["v2-time-zone-empty", withZone(""), ["invalid_type"]],
  ["v2-time-zone-65-chars", withZone(`A/${"b".repeat(63)}`), ["limit_exceeded"]],
  ["v2-schedule-null", variantV2((d) => (d.schedule = null)), ["invalid_type"]],
  ["v2-schedule-array", variantV2((d) => (d.schedule = [])), ["invalid_type"]],
  ["v2-schedule-missing-hours", variantV2((d) => delete d.schedule.hours), ["missing_field"]],
  ["v2-schedule-unknown-field", variantV2((d) => (d.schedule.timeZone = "UTC")), ["unknown_field"]],
  ["v2-hours-array", withHours([]), ["invalid_type"]],
  ["v2-hours-unknown-weekday", withHours({ monday: workday() }), ["unknown_field"]],
  ["v2-hours-capitalised-weekday", withHours({ Mon: workday() }), ["unknown_field"]],
  ["v2-hours-numbered-weekday", withHours({ 1: workday() }), ["unknown_field"]],
  ["v2-hours-day-string", withHours({ mon: "08:00-17:00" }), ["invalid_type"]],
  ["v2-hours-day-null", withHours({ mon: null }), ["invalid_type"]],
  ["v2-hours-period-one-entry", withPeriod(["08:00"]), ["invalid_type"]],
  ["v2-hours-period-three-entries", withPeriod(["08:00", "12:00", "17:00"]), ["invalid_type"]],
  ["v2-hours-period-empty", withPeriod([]), ["invalid_type"]],
  ["v2-hours-period-numbers", withPeriod([800, 1700]), ["invalid_type"]],
  ["v2-hours-period-null-times", withPeriod([null, null]), ["invalid_type"]],
  ["v2-hours-period-object", withPeriod({ open: "08:00", close: "17:00" }), ["invalid_type"]],
  ["v2-hours-period-string", withHours({ mon: ["08:00-17:00"] }), ["invalid_type"]],
  ["v2-hours-25-periods", withHours({ mon: many(25, () => ["08:00", "09:00"]) }), ["limit_exceeded"]],
  ["v2-hours-forbidden-key", variantV2((d) => setKey(d.schedule.hours, "__proto__", workday())), ["forbidden_key"]],
  ["v2-closures-1001", variantV2((d) => (d.schedule.closures = closures(1001))), ["limit_exceeded"]],
  ["v2-closures-array", variantV2((d) => (d.schedule.closures = [])), ["invalid_type"]],
  ["v2-closures-null", variantV2((d) => (d.schedule.closures = null)), ["invalid_type"]],
  ["v2-closure-null", withClosure(null), ["invalid_type"]],
  ["v2-closure-missing-name", withClosure({ firstDay: "2026-12-25", lastDay: "2026-12-25" }), ["missing_field"]],
  ["v2-closure-missing-last-day", withClosure({ name: "Xmas", firstDay: "2026-12-25" }), ["missing_field"]],
  [
    "v2-closure-unknown-field",
    withClosure({ name: "Xmas", firstDay: "2026-12-25", lastDay: "2026-12-25", recurring: true }),
    ["unknown_field"],
  ],
  ["v2-closure-day-number", withClosure({ name: "Xmas", firstDay: 20261225, lastDay: "2026-12-25" }), ["invalid_type"]],
  ["v2-closure-name-empty", withClosure({ name: "", firstDay: "2026-12-25", lastDay: "2026-12-25" }), ["invalid_type"]],
  [
    "v2-closure-name-201-chars",
    withClosure({ name: "C".repeat(201), firstDay: "2026-12-25", lastDay: "2026-12-25" }),
    ["limit_exceeded"],
  ],
  [
    "v2-closure-invalid-id",
    variantV2((d) => (d.schedule.closures["-xmas"] = { name: "X", firstDay: "2026-12-25", lastDay: "2026-12-25" })),
    ["invalid_id"],
  ],
  [
    "v2-closure-forbidden-key",
    variantV2((d) =>
      setKey(d.schedule.closures, "constructor", { name: "X", firstDay: "2026-12-25", lastDay: "2026-12-25" }),
    ),
    ["forbidden_key"],
  ],
  ["v2-after-hours-null", withAfterHours(null), ["invalid_type"]],
  ["v2-after-hours-array", withAfterHours([]), ["invalid_type"]],
  ["v2-after-hours-empty-cell", withAfterHours({ health_question: [] }), ["invalid_type"]],
  ["v2-after-hours-cell-null", withAfterHours({ health_question: null }), ["invalid_type"]],
  ["v2-after-hours-unknown-category", withAfterHours({ billing: [{ type: "assigned_provider" }] }), ["unknown_field"]],
  [
    "v2-after-hours-bad-recipient-type",
    withAfterHours({ referrals: [{ type: "role", id: "nurse" }] }),
    ["invalid_type"],
  ],
  [
    "v2-after-hours-recipient-invalid-id",
    withAfterHours({ referrals: [{ type: "group", id: "on call" }] }),
    ["invalid_id"],
  ],
  [
    "v2-after-hours-51-recipients",
    withAfterHours({ referrals: many(51, () => ({ type: "assigned_provider" })) }),
    ["limit_exceeded"],
  ],
  ["v2-after-hours-forbidden-key", variantV2((d) => setKey(d.afterHoursRouting, "__proto__", [])), ["forbidden_key"]],
  ["v2-response-days-0", withResponseDays(0), ["invalid_type"]],
  ["v2-response-days-31", withResponseDays(31), ["invalid_type"]],
  ["v2-response-days-negative", withResponseDays(-1), ["invalid_type"]],
  ["v2-response-days-fraction", withResponseDays(2.5), ["invalid_type"]],
  ["v2-response-days-string", withResponseDays("2"), ["invalid_type"]],
  ["v2-response-days-null", withResponseDays(null), ["invalid_type"]],
  ["v2-coverage-covered-by-null", variantV2((d) => (d.coverage.c2.coveredBy = null)), ["invalid_type"]],
  ["v2-coverage-covered-by-invalid-id", variantV2((d) => (d.coverage.c2.coveredBy = "-x")), ["invalid_id"]],
  ["v2-coverage-unknown-field", variantV2((d) => (d.coverage.c2.reason = "leave")), ["unknown_field"]],
  ["v2-unknown-field-at-root", variantV2((d) => (d.sites = {})), ["unknown_field"]],
  ["v2-unknown-field-in-messaging", variantV2((d) => (d.messaging.notifyPatients = true)), ["unknown_field"]],
  ["v2-forbidden-key-in-schedule", variantV2((d) => setKey(d.schedule, "prototype", {})), ["forbidden_key"]],
  ["v2-version-2-without-time-zone", variant((d) => (d.schemaVersion = 2)), ["missing_field"]],
  ["v2-schema-version-3", variantV2((d) => (d.schemaVersion = 3)), ["unsupported_version"]],
  ["v2-schema-version-fraction", variantV2((d) => (d.schemaVersion = 2.5)), ["unsupported_version"]],
  ["v2-schema-version-string", variantV2((d) => (d.schemaVersion = "2")), ["invalid_type"]],
  ["v2-schema-version-missing", variantV2((d) => delete d.schemaVersion), ["missing_field"]],
  [
    "v2-several-problems",
    variantV2((d) => {
      d.timeZone = 1;
      d.schedule.hours.mon = [["08:00"]];
      d.messaging.responseBusinessDays = 0;
      d.afterHoursRouting.billing = [];
    }),
    ["invalid_type", "unknown_field"],
  ],
  // Version 1 documents at the boundary: no field of version 2, and coveredBy still required.
  ["v1-coverage-without-covered-by", variant((d) => delete d.coverage.c1.coveredBy), ["missing_field"]],
  ["v1-with-time-zone", variant((d) => (d.timeZone = "UTC")), ["unknown_field"]],
  ["v1-with-schedule", variant((d) => (d.schedule = { hours: {} })), ["unknown_field"]],
  ["v1-with-after-hours", variant((d) => (d.afterHoursRouting = {})), ["unknown_field"]],
  ["v1-with-response-days", variant((d) => (d.messaging.responseBusinessDays = 2)), ["unknown_field"]],
];

// The patient fields of version 2 (DESIGN.md section 11): care_team cells, showRecipientsToPatients,
// eligibility and group patientLabel.
const CARE_TEAM = { type: "care_team" };
const withEligibility = (eligibility) => variantV2((d) => (d.messaging.eligibility = eligibility));
const withRule = (rule) => withEligibility({ categories: { prescriptions: rule } });
const withLabel = (label) => variantV2((d) => (d.groups["front-desk"].patientLabel = label));
const withShow = (show) => variantV2((d) => (d.messaging.showRecipientsToPatients = show));

/** The version 2 sample with every patient field set. */
function samplePatientV2() {
  return variantV2((d) => {
    d.messaging.showRecipientsToPatients = true;
    d.messaging.eligibility = { visitWithinDays: 1095, categories: { prescriptions: { visitWithinDays: 365 } } };
    d.groups["front-desk"].patientLabel = "Front desk team";
    d.routing.crusher.health_question = [CARE_TEAM, { type: "assigned_provider" }];
    d.defaultRouting.health_question = [CARE_TEAM];
    d.afterHoursRouting.test_results = [CARE_TEAM, { type: "group", id: "on-call" }];
  });
}

const VALID_PATIENT = [
  ["v2-patient-sample", samplePatientV2()],
  ["v2-patient-key-order-shuffled", Object.fromEntries(Object.entries(samplePatientV2()).reverse())],
  [
    "v2-care-team-every-cell",
    variantV2((d) => {
      for (const category of CATEGORIES) d.defaultRouting[category] = [CARE_TEAM];
      d.routing.oselkin.referrals = [CARE_TEAM, CARE_TEAM];
    }),
  ],
  ["v2-care-team-after-hours", withAfterHours({ general_inquiry: [CARE_TEAM] })],
  ["v2-show-recipients-true", withShow(true)],
  ["v2-show-recipients-false", withShow(false)],
  ["v2-eligibility-empty", withEligibility({})],
  ["v2-eligibility-practice-only", withEligibility({ visitWithinDays: 365 })],
  ["v2-eligibility-days-1", withEligibility({ visitWithinDays: 1 })],
  ["v2-eligibility-days-3650", withEligibility({ visitWithinDays: 3650 })],
  ["v2-eligibility-categories-empty", withEligibility({ categories: {} })],
  [
    "v2-eligibility-every-category",
    withEligibility({
      categories: Object.fromEntries(CATEGORIES.map((c, i) => [c, { visitWithinDays: 30 * (i + 1) }])),
    }),
  ],
  [
    "v2-eligibility-keys-out-of-order",
    withEligibility({
      categories: { test_results: { visitWithinDays: 90 }, appointments: { visitWithinDays: 730 } },
      visitWithinDays: 365,
    }),
  ],
  ["v2-patient-label", withLabel("Front desk team")],
  ["v2-patient-label-200-chars", withLabel("L".repeat(200))],
  ["v2-patient-label-astral-200-code-points", withLabel("\u{1F3E5}".repeat(200))],
];

const INVALID_PATIENT = [
  ["v2-care-team-with-id", withAfterHours({ referrals: [{ type: "care_team", id: "crusher" }] }), ["unknown_field"]],
  ["v2-care-team-capitalised", withAfterHours({ referrals: [{ type: "Care_Team" }] }), ["invalid_type"]],
  ["v2-show-recipients-string", withShow("yes"), ["invalid_type"]],
  ["v2-show-recipients-null", withShow(null), ["invalid_type"]],
  ["v2-eligibility-null", withEligibility(null), ["invalid_type"]],
  ["v2-eligibility-array", withEligibility([]), ["invalid_type"]],
  ["v2-eligibility-number", withEligibility(365), ["invalid_type"]],
  ["v2-eligibility-days-0", withEligibility({ visitWithinDays: 0 }), ["invalid_type"]],
  ["v2-eligibility-days-3651", withEligibility({ visitWithinDays: 3651 }), ["invalid_type"]],
  ["v2-eligibility-days-negative", withEligibility({ visitWithinDays: -30 }), ["invalid_type"]],
  ["v2-eligibility-days-fraction", withEligibility({ visitWithinDays: 365.5 }), ["invalid_type"]],
  ["v2-eligibility-days-string", withEligibility({ visitWithinDays: "365" }), ["invalid_type"]],
  ["v2-eligibility-days-null", withEligibility({ visitWithinDays: null }), ["invalid_type"]],
  ["v2-eligibility-unknown-field", withEligibility({ visitWithinMonths: 12 }), ["unknown_field"]],
  ["v2-eligibility-categories-array", withEligibility({ categories: [] }), ["invalid_type"]],
  [
    "v2-eligibility-unknown-category",
    withEligibility({ categories: { billing: { visitWithinDays: 30 } } }),
    ["unknown_field"],
  ],
  ["v2-eligibility-rule-missing-days", withRule({}), ["missing_field"]],
  ["v2-eligibility-rule-days-0", withRule({ visitWithinDays: 0 }), ["invalid_type"]],
  ["v2-eligibility-rule-days-3651", withRule({ visitWithinDays: 3651 }), ["invalid_type"]],
  ["v2-eligibility-rule-number", withRule(30), ["invalid_type"]],
  ["v2-eligibility-rule-unknown-field", withRule({ visitWithinDays: 30, strict: true }), ["unknown_field"]],
  [
    "v2-eligibility-forbidden-key",
    variantV2((d) => {
      d.messaging.eligibility = { categories: {} };
      setKey(d.messaging.eligibility.categories, "__proto__", { visitWithinDays: 30 });
    }),
    ["forbidden_key"],
  ],
  ["v2-patient-label-empty", withLabel(""), ["invalid_type"]],
  ["v2-patient-label-201-chars", withLabel("L".repeat(201)), ["limit_exceeded"]],
  ["v2-patient-label-number", withLabel(7), ["invalid_type"]],
  ["v2-patient-label-null", withLabel(null), ["invalid_type"]],
  // Version 1 documents cannot hold the patient fields.
  ["v1-with-care-team", variant((d) => (d.defaultRouting.health_question = [CARE_TEAM])), ["invalid_type"]],
  [
    "v1-with-care-team-in-provider-table",
    variant((d) => (d.routing.crusher.appointments = [CARE_TEAM])),
    ["invalid_type"],
  ],
  ["v1-with-show-recipients", variant((d) => (d.messaging.showRecipientsToPatients = true)), ["unknown_field"]],
  ["v1-with-eligibility", variant((d) => (d.messaging.eligibility = { visitWithinDays: 365 })), ["unknown_field"]],
  ["v1-with-patient-label", variant((d) => (d.groups.nurses.patientLabel = "Nursing team")), ["unknown_field"]],
];

// Sites and pools of version 2 (DESIGN.md section 12): locations, members' locations, location tables and
// group delivery.
const withLocations = (locations) => variantV2((d) => (d.locations = locations));
const withLocationRouting = (tables) =>
  variantV2((d) => {
    d.locations = { north: { name: "North Clinic" } };
    d.locationRouting = tables;
  });
const withMemberLocations = (ids) =>
  variantV2((d) => {
    d.locations = { north: { name: "North Clinic" } };
    d.members.kjones.locations = ids;
  });
const withDelivery = (delivery) => variantV2((d) => (d.groups.nurses.delivery = delivery));
const locations = (count) => Object.fromEntries(many(count, (i) => [`site-${i}`, { name: `Site ${i}` }]));

/** The version 2 sample with two sites, members at them, a location table, and each kind of delivery. */
function sampleSitesV2() {
  return variantV2((d) => {
    d.locations = { north: { name: "North Clinic" }, south: { name: "South Clinic" } };
    d.members.crusher.locations = ["north"];
    d.members.kjones.locations = ["north", "south"];
    d.groups["front-desk"].delivery = "each";
    d.groups.nurses.delivery = "pool";
    d.groups["on-call"].delivery = "sticky";
    d.locationRouting = {
      north: { appointments: [{ type: "group", id: "front-desk" }], referrals: [{ type: "member", id: "lpatel" }] },
      south: { test_results: [{ type: "group", id: "nurses" }, { type: "assigned_provider" }] },
    };
  });
}

const VALID_SITES = [
  ["v2-sites-sample", sampleSitesV2()],
  ["v2-sites-key-order-shuffled", Object.fromEntries(Object.entries(sampleSitesV2()).reverse())],
  ["v2-locations-empty", withLocations({})],
  ["v2-locations-without-tables", withLocations({ north: { name: "North Clinic" } })],
  ["v2-locations-1000", withLocations(locations(1000))],
  ["v2-location-name-200-chars", withLocations({ north: { name: "N".repeat(200) } })],
  ["v2-location-routing-empty", withLocationRouting({})],
  ["v2-location-routing-empty-table", withLocationRouting({ north: {} })],
  [
    "v2-location-routing-every-category",
    withLocationRouting({ north: Object.fromEntries(CATEGORIES.map((c) => [c, [{ type: "care_team" }]])) }),
  ],
  [
    "v2-location-routing-unknown-location",
    withLocationRouting({ west: { referrals: [{ type: "member", id: "lpatel" }] } }),
  ], // validation: unknown_location
  ["v2-member-locations-empty", withMemberLocations([])],
  ["v2-member-locations-two", withMemberLocations(["north", "north"])],
  ["v2-member-location-unknown", withMemberLocations(["west"])], // validation: unknown_location
  ["v2-member-locations-1000", withMemberLocations(many(1000, () => "north"))],
  ["v2-delivery-each", withDelivery("each")],
  ["v2-delivery-pool", withDelivery("pool")],
  ["v2-delivery-sticky", withDelivery("sticky")],
  [
    "v2-delivery-sticky-empty-group",
    variantV2((d) => (d.groups.empty = { name: "Empty", members: [], delivery: "sticky" })),
  ],
];

const INVALID_SITES = [
  ["v2-delivery-unknown", withDelivery("round_robin"), ["invalid_type"]],
  ["v2-delivery-capitalised", withDelivery("Pool"), ["invalid_type"]],
  ["v2-delivery-null", withDelivery(null), ["invalid_type"]],
  ["v2-delivery-number", withDelivery(1), ["invalid_type"]],
  ["v2-locations-null", withLocations(null), ["invalid_type"]],
  ["v2-locations-array", withLocations([{ name: "North Clinic" }]), ["invalid_type"]],
  ["v2-locations-1001", withLocations(locations(1001)), ["limit_exceeded"]],
  ["v2-location-missing-name", withLocations({ north: {} }), ["missing_field"]],
  ["v2-location-name-empty", withLocations({ north: { name: "" } }), ["invalid_type"]],
  ["v2-location-name-201-chars", withLocations({ north: { name: "N".repeat(201) } }), ["limit_exceeded"]],
  ["v2-location-name-number", withLocations({ north: { name: 1 } }), ["invalid_type"]],
  ["v2-location-string", withLocations({ north: "North Clinic" }), ["invalid_type"]],
  [
    "v2-location-unknown-field",
    withLocations({ north: { name: "North Clinic", address: "1 Main St" } }),
    ["unknown_field"],
  ],
  ["v2-location-invalid-id", withLocations({ "-north": { name: "North Clinic" } }), ["invalid_id"]],
  [
    "v2-location-forbidden-key",
    variantV2((d) => {
      d.locations = {};
      setKey(d.locations, "__proto__", { name: "X" });
    }),
    ["forbidden_key"],
  ],
  ["v2-location-routing-null", withLocationRouting(null), ["invalid_type"]],
  ["v2-location-routing-array", withLocationRouting([]), ["invalid_type"]],
  [
    "v2-location-routing-unknown-category",
    withLocationRouting({ north: { billing: [{ type: "assigned_provider" }] } }),
    ["unknown_field"],
  ],
  ["v2-location-routing-empty-cell", withLocationRouting({ north: { referrals: [] } }), ["invalid_type"]],
  ["v2-location-routing-invalid-id", withLocationRouting({ "north clinic": {} }), ["invalid_id"]],
  [
    "v2-location-routing-1001",
    variantV2((d) => {
      d.locations = locations(1001 - 1);
      d.locationRouting = Object.fromEntries(many(1001, (i) => [`site-${i}`, {}]));
    }),
    ["limit_exceeded"],
  ],
  ["v2-member-locations-string", withMemberLocations("north"), ["invalid_type"]],
  ["v2-member-locations-object", withMemberLocations({ north: true }), ["invalid_type"]],
  ["v2-member-locations-null", withMemberLocations(null), ["invalid_type"]],
  ["v2-member-locations-invalid-id", withMemberLocations(["north clinic"]), ["invalid_id"]],
  ["v2-member-locations-1001", withMemberLocations(many(1001, () => "north")), ["limit_exceeded"]],
  // Version 1 documents cannot hold sites or delivery.
  ["v1-with-locations", variant((d) => (d.locations = { north: { name: "North Clinic" } })), ["unknown_field"]],
  ["v1-with-location-routing", variant((d) => (d.locationRouting = {})), ["unknown_field"]],
  ["v1-with-member-locations", variant((d) => (d.members.kjones.locations = [])), ["unknown_field"]],
  ["v1-with-delivery", variant((d) => (d.groups.nurses.delivery = "pool")), ["unknown_field"]],
];

/** The version whose JSON Schema judges `doc`: its schemaVersion when 1 or 2, else null (both refuse it). */
function versionOf(doc) {
  const version = typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc.schemaVersion : undefined;
  return version === 1 || version === 2 ? version : null;
}

function corpus() {
  const files = new Map();
  const index = [];
  for (const [name, doc] of [...VALID, ...VALID_V2, ...VALID_PATIENT, ...VALID_SITES]) {
    files.set(`valid/${name}.json`, `${JSON.stringify(doc, null, 2)}\n`);
    index.push({ file: `valid/${name}.json`, schemaVersion: versionOf(doc), valid: true, codes: [] });
  }
  for (const [name, doc, codes] of [...INVALID, ...INVALID_V2, ...INVALID_PATIENT, ...INVALID_SITES]) {
    files.set(`invalid/${name}.json`, `${JSON.stringify(doc, null, 2)}\n`);
    index.push({ file: `invalid/${name}.json`, schemaVersion: versionOf(doc), valid: false, codes });
  }
  files.set("index.json", `${JSON.stringify(index, null, 2)}\n`);
  return files;
}

function listed() {
  const names = ["index.json"];
  for (const folder of ["valid", "invalid"]) {
    try {
      for (const name of readdirSync(new URL(folder, ROOT))) names.push(`${folder}/${name}`);
    } catch {
      // folder not written yet
    }
  }
  return names;
}

const files = corpus();
if (process.argv.includes("--check")) {
  const stale = listed().filter((name) => !files.has(name));
  for (const [name, text] of files) {
    let onDisk = null;
    try {
      onDisk = readFileSync(new URL(name, ROOT), "utf8");
    } catch {
      // missing
    }
    if (onDisk !== text) stale.push(name);
  }
  if (stale.length > 0) {
    console.error(`golden corpus out of date (run node scripts/golden.mjs): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`golden corpus up to date: ${files.size - 1} documents`);
} else {
  for (const folder of ["valid", "invalid"]) {
    rmSync(new URL(folder, ROOT), { recursive: true, force: true });
    mkdirSync(new URL(folder, ROOT), { recursive: true });
  }
  for (const [name, text] of files) writeFileSync(new URL(name, ROOT), text);
  console.log(`wrote ${files.size - 1} golden documents to conformance/parse`);
}
