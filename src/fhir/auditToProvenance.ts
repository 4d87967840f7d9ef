import type { AuditEntry } from "../edit/types.js";
import { getOwn } from "../internal/own.js";
import type { Practice } from "../model/types.js";
import { contextOf, fhirText, referenceTo } from "./internal/context.js";
import { hashHex, revisionId } from "./internal/ids.js";
import {
  EDIT_TYPE_SYSTEM,
  PARTICIPANT_TYPE_SYSTEM,
  REVISION_EXTENSION,
  SYSTEM_ACTOR_SYSTEM,
} from "./internal/systems.js";
import type { AuditToProvenanceOptions, Provenance } from "./taskTypes.js";
import type { Reference } from "./types.js";

/**
 * Exports one line of the settings audit trail as an R4 Provenance: `target` as given, `recorded` and
 * `occurredDateTime` from `entry.at`, the edit type as the activity's code and the summary as its text, the
 * author as an agent (an admin's `PractitionerRole`, or a system actor as a `Device` identifier) on behalf of
 * the practice's Organization, and the revision as an extension. The id is made from the practice id, the
 * revision and a hash of the entry, so exporting twice gives the same resource. Inputs are left untouched.
 *
 * @param practice - The practice the entry belongs to (for names).
 * @param entry - An audit entry (`EditSuccess.audit`, or the audit fields of a `StoredEdit`).
 * @param options - `target`: what the settings live in; and the reference options.
 * @returns A fresh Provenance.
 * @example
 * ```ts
 * import { applyEdit, edits, samplePractice } from "patient-message-routing";
 * import { auditToProvenance } from "patient-message-routing/fhir";
 *
 * const practice = samplePractice();
 * const result = applyEdit(practice, edits.setMessaging({ enabled: false }), { actor: "jsmith", at: "2026-12-01T09:00:00Z" });
 * const provenance = result.ok
 *   ? auditToProvenance(practice, result.audit, { target: { reference: "Organization/enterprise-family-medicine" } })
 *   : undefined;
 * [provenance?.activity.coding?.[0]?.code, provenance?.agent[0]?.who.reference];
 * //=> ["set_messaging", "PractitionerRole/jsmith"]
 * ```
 *
 * @group FHIR
 */
export function auditToProvenance(
  practice: Practice,
  entry: AuditEntry,
  options: AuditToProvenanceOptions,
): Provenance {
  const context = contextOf(options);
  const actor = entry.actor;
  const who: Reference =
    typeof actor === "string"
      ? referenceTo(context, "PractitionerRole", actor, getOwn(practice.members, actor)?.name)
      : { type: "Device", identifier: { system: SYSTEM_ACTOR_SYSTEM, value: actor.system }, display: actor.system };
  const fingerprint = hashHex(JSON.stringify([entry.at, entry.actor, entry.edit, entry.summary]));
  return {
    resourceType: "Provenance",
    id: revisionId(entry.practiceId, entry.revision, fingerprint),
    extension: [{ url: REVISION_EXTENSION, valueInteger: entry.revision }],
    target: [structuredClone(options.target)],
    occurredDateTime: entry.at,
    recorded: entry.at,
    activity: { coding: [{ system: EDIT_TYPE_SYSTEM, code: entry.edit.type }], text: fhirText(entry.summary) },
    agent: [
      {
        type: { coding: [{ system: PARTICIPANT_TYPE_SYSTEM, code: "author", display: "Author" }] },
        who,
        onBehalfOf: referenceTo(context, "Organization", practice.id, practice.name),
      },
    ],
  };
}
