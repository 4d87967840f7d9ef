// 01 — Load a practice config from JSON and validate it.
//
// A backend stores each practice's settings as JSON. Loading is two steps: `parsePracticeJson` checks the
// structure (it never throws), then `validatePractice` checks the meaning (every id referenced exists, there
// is an active admin, coverage has no cycles…). The file here is format version 1: it is read as version 2
// (time zone UTC, no schedule), and written back as version 2 unless version 1 is asked for.
import { readFileSync } from "node:fs";
import {
  canSerializeAsV1,
  type Issue,
  parsePracticeJson,
  serializePractice,
  validatePractice,
} from "patient-message-routing";

const show = (issue: Issue) => `  ${issue.severity} ${issue.code} at ${JSON.stringify(issue.path)}: ${issue.message}`;

// 1. A good config, read from a file next to this example.
const text = readFileSync(new URL("./data/practice.json", import.meta.url), "utf8");
const loaded = parsePracticeJson(text);
if (!loaded.ok) throw new Error("data/practice.json should parse");
const practice = loaded.practice; // deeply frozen: safe to cache and share
console.log(
  `Loaded "${practice.name}" (revision ${practice.revision}) with ${Object.keys(practice.members).length} members.`,
);
const report = validatePractice(practice);
console.log(`valid: ${report.valid}, issues: ${report.issues.length}`);
for (const issue of report.issues) console.log(show(issue));
// Read as version 2; it uses no field of version 2, so it can still be stored as version 1.
const stored = JSON.parse(serializePractice(practice, { schemaVersion: 1 }));
console.log(
  `read as schemaVersion ${practice.schemaVersion} in ${practice.timeZone};`,
  `can be stored as version 1: ${canSerializeAsV1(practice).ok} (schemaVersion ${stored.schemaVersion})`,
);

// 2. Broken JSON or a broken structure: parse issues, each with a code and a path. Nothing throws.
const structural = [
  "{ not json",
  JSON.stringify({ ...JSON.parse(text), schemaVersion: 3 }),
  text.replace('"admin": true', '"admin": "yes"').replace('"revision": 0', '"revision": 0, "color": "blue"'),
];
for (const candidate of structural) {
  const result = parsePracticeJson(candidate);
  console.log(`\nparse ok: ${result.ok}`);
  if (!result.ok) for (const issue of result.issues) console.log(show(issue));
}

// 3. Well-formed, but wrong in meaning: the practice parses, validation reports errors and warnings.
const meaning = JSON.parse(text);
meaning.defaultRouting.referrals = [{ type: "member", id: "drhouse" }]; // nobody by that id
meaning.members.kjones.active = false; // still a member of Front Desk: a warning, not an error
meaning.coverage.c2 = {
  member: "kjones",
  from: "2026-12-01T00:00:00Z",
  until: "2026-12-08T00:00:00Z",
  coveredBy: "jsmith",
};
const parsed = parsePracticeJson(JSON.stringify(meaning));
if (!parsed.ok) throw new Error("the edited config should still parse");
const checked = validatePractice(parsed.practice);
const errors = checked.issues.filter((issue) => issue.severity === "error");
console.log(
  `\nvalid: ${checked.valid}, ${errors.length} errors and ${checked.issues.length - errors.length} warnings:`,
);
for (const issue of errors) console.log(show(issue));
