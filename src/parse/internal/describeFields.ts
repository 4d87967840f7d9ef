// Descriptions of single fields of the JSON Schema, added after generation so that the zod schemas stay
// free of metadata (zod's `.describe()` would write to its global registry).

type JsonObject = Record<string, unknown>;

const FIELD_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "": {
    schemaVersion: "The config format version this schema reads (config.v1.schema.json: 1; config.schema.json: 2).",
    id: "The practice id.",
    name: "The practice name.",
    revision: "Incremented by every edit that changes something; starts at 0.",
    afterHoursRouting:
      "Cells tried first while the practice is closed (any category may be missing). Needs a schedule to matter.",
    defaultRouting: "The practice table, used for patients without a provider and for missing provider cells.",
  },
  Messaging: {
    patientInitiated: 'Allow patients to send messages to the practice ("New Message"). Off by default in the product.',
    patientReplies: "Patients may reply to messages the practice sent them.",
    disabledCategories: "Categories patients may not choose. Repeats are allowed and ignored.",
    showRecipientsToPatients:
      "Optional: the patient view names who will receive a message (group patientLabel, member and provider names). Absent means false.",
    responseBusinessDays:
      "Optional promise shown to patients: an answer within this many open days (1-30). Needs a schedule.",
    eligibility: "Optional: only patients seen recently may start a message. Absent means every patient may.",
  },
  Eligibility: {
    visitWithinDays: "The practice's rule, for every category without a rule of its own.",
    categories: "Rules keyed by category (any of the six may be missing).",
  },
  Member: {
    role: "A provider has patients and may have a routing table; staff do not.",
    admin: "Admins may change messaging settings.",
    active: "Inactive members never receive messages.",
    locations: "Optional: the ids of the practice's locations the member works at (informative; exported to FHIR).",
  },
  Group: {
    members: "Member ids, in order (at most 2,000); no nested groups.",
    patientLabel:
      "Optional: what patients see for this group when the practice shows recipients (else its name). 1-200 characters.",
    delivery: 'Optional: "each" (the default), "pool" or "sticky".',
  },
  Coverage: {
    member: "The absent member's id.",
    from: "Start of the absence (inclusive).",
    until: "End of the absence (exclusive); must be after from.",
    coveredBy:
      "The member who receives in the absent member's place. Optional in version 2: without it, nobody covers.",
  },
};

function describe(node: unknown, descriptions: Readonly<Record<string, string>>): void {
  const properties = (node as JsonObject | undefined)?.properties as JsonObject | undefined;
  if (properties === undefined) return;
  for (const [field, description] of Object.entries(descriptions)) {
    const property = properties[field] as JsonObject | undefined;
    if (property !== undefined) property.description = description;
  }
}

/** Adds field descriptions to a freshly generated schema, in place, and returns it. */
export function describeFields(schema: JsonObject): JsonObject {
  const defs = (schema.$defs ?? {}) as JsonObject;
  for (const [owner, descriptions] of Object.entries(FIELD_DESCRIPTIONS)) {
    describe(owner === "" ? schema : defs[owner], descriptions);
  }
  return schema;
}
