import { getOwn } from "../internal/own.js";
import type { Id, Practice } from "../model/types.js";
import type { Pool, Resolution } from "../resolve/types.js";
import { contextOf, type ExportContext, fhirText, referenceTo } from "./internal/context.js";
import { GROUP_SYSTEM, POOL_EXTENSION, TASK_SYSTEM } from "./internal/systems.js";
import type { ResolutionToFhirOptions, ResolutionToFhirResult, Task } from "./taskTypes.js";
import type { Reference } from "./types.js";

/** The Communication's part of every Task identifier: its reference, else its identifier. */
function communicationKey(communication: Reference): string {
  if (communication.reference !== undefined) return communication.reference;
  const identifier = communication.identifier;
  if (identifier !== undefined) return `${identifier.system ?? ""}|${identifier.value ?? ""}`;
  throw new TypeError("resolutionToFhir: options.communication needs a reference or an identifier.");
}

function taskOf(options: ResolutionToFhirOptions, key: string, suffix: string): Task {
  return {
    resourceType: "Task",
    identifier: [{ system: TASK_SYSTEM, value: `${key}#${suffix}` }],
    status: "requested",
    intent: "order",
    focus: structuredClone(options.communication),
    ...(options.patient === undefined ? {} : { for: structuredClone(options.patient) }),
  };
}

function poolTaskOf(context: ExportContext, practice: Practice, base: Task, pool: Pool): Task {
  const name = getOwn(practice.groups, pool.groupId)?.name ?? pool.groupId;
  return {
    ...base,
    extension: [{ url: POOL_EXTENSION, valueReference: referenceTo(context, "Group", pool.groupId, name) }],
    performerType: [
      { coding: [{ system: GROUP_SYSTEM, code: pool.groupId, display: fhirText(name) }], text: fhirText(name) },
    ],
  };
}

/**
 * Turns a resolution into what a FHIR backend stores: the recipients as `PractitionerRole` references (in the
 * resolution's order, for `Communication.recipient`) and the Tasks to create. `"task_per_recipient"` gives one
 * Task per recipient with `owner`; `"pool_task"` gives one Task per pool of the resolution, with no owner and
 * the pool's group as `performerType`, plus one owned Task per recipient in no pool, in recipient order. Each
 * Task's identifier is made from the Communication and the owner or pool, so a retry can create it
 * conditionally. A failed resolution gives two empty lists. Inputs are left untouched.
 *
 * @param practice - The practice the resolution came from.
 * @param resolution - A resolution of that practice.
 * @param options - The Communication, the patient, the mode, and the reference options.
 * @returns Fresh recipients and Tasks.
 * @throws TypeError when `options.communication` has neither a reference nor an identifier.
 * @example
 * ```ts
 * import { resolveRecipients, samplePractice } from "patient-message-routing";
 * import { resolutionToFhir } from "patient-message-routing/fhir";
 *
 * const practice = samplePractice();
 * const resolution = resolveRecipients(practice, { category: "appointments", at: "2026-12-02T15:00:00Z" });
 * const { tasks } = resolutionToFhir(practice, resolution, {
 *   communication: { reference: "Communication/c1" },
 *   mode: "task_per_recipient",
 * });
 * tasks.map((task) => task.owner?.reference);
 * //=> ["PractitionerRole/kjones"]
 * ```
 *
 * @group FHIR
 */
export function resolutionToFhir(
  practice: Practice,
  resolution: Resolution,
  options: ResolutionToFhirOptions,
): ResolutionToFhirResult {
  const context = contextOf(options);
  const key = communicationKey(options.communication);
  if (!resolution.ok) return { recipient: [], tasks: [] };
  const roleOf = (id: Id) => referenceTo(context, "PractitionerRole", id, getOwn(practice.members, id)?.name);
  const ownedTask = (id: Id): Task => ({ ...taskOf(options, key, `member/${id}`), owner: roleOf(id) });
  const recipient = resolution.recipients.map(roleOf);
  if (options.mode === "task_per_recipient") return { recipient, tasks: resolution.recipients.map(ownedTask) };
  const pools = resolution.pools;
  const poolsOfMember = new Map<Id, number[]>();
  pools.forEach((pool, index) => {
    for (const id of pool.members) poolsOfMember.set(id, [...(poolsOfMember.get(id) ?? []), index]);
  });
  const made = new Set<number>();
  const tasks: Task[] = [];
  const addPool = (index: number) => {
    const pool = pools[index] as Pool;
    if (made.has(index)) return;
    made.add(index);
    tasks.push(poolTaskOf(context, practice, taskOf(options, key, `pool/${pool.groupId}`), pool));
  };
  for (const id of resolution.recipients) {
    const indexes = poolsOfMember.get(id);
    if (indexes === undefined) tasks.push(ownedTask(id));
    else for (const index of indexes) addPool(index);
  }
  for (let index = 0; index < pools.length; index++) addPool(index);
  return { recipient, tasks };
}
