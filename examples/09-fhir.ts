// 09 — Tasks for a new patient message, the way a Medplum bot would create them.
//
// In a FHIR backend the portal stores the patient's message as a `Communication`; a bot subscribed to new
// Communications decides who works on it and creates one `Task` per work queue. This bot reads the category
// and the patient's provider, asks the router, and turns the answer into Tasks with `resolutionToFhir`. Each
// Task's identifier comes from the Communication and the owner, so a retried bot run creates nothing twice.
// `medplum` is a tiny in-memory stand-in for Medplum's client: no network.
import { routerFor, samplePractice } from "patient-message-routing";
import { practiceToFhir, type Reference, resolutionToFhir, type Task } from "patient-message-routing/fhir";

const CATEGORY_SYSTEM = "urn:patient-message-routing:message-category"; // the export's default code system URL

/** The fields of a Communication and a Patient this bot reads. */
interface Communication {
  readonly resourceType: "Communication";
  readonly id: string;
  readonly status: "in-progress";
  readonly category: readonly { readonly coding: readonly { readonly system: string; readonly code: string }[] }[];
  readonly subject: Reference;
  readonly sent: string;
  readonly recipient?: readonly Reference[];
}
interface Patient {
  readonly resourceType: "Patient";
  readonly id: string;
  readonly generalPractitioner?: readonly Reference[];
}

/** The few client calls the bot makes, kept in memory. */
function fakeMedplum(patients: readonly Patient[]) {
  const tasks: (Task & { id: string })[] = [];
  return {
    tasks,
    async readResource(_type: "Patient", id: string): Promise<Patient> {
      const patient = patients.find((candidate) => candidate.id === id);
      if (patient === undefined) throw new Error(`Patient/${id} not found`);
      return patient;
    },
    /** Creates the Task unless one with the same identifier exists (Medplum's conditional create). */
    async createResourceIfNoneExist(task: Task, query: string): Promise<Task & { id: string }> {
      const same = tasks.find((old) => `identifier=${old.identifier[0]?.system}|${old.identifier[0]?.value}` === query);
      if (same !== undefined) return same;
      const created = { ...task, id: `task-${tasks.length + 1}` };
      tasks.push(created);
      return created;
    },
    async updateResource(communication: Communication): Promise<Communication> {
      return communication;
    },
  };
}
type Medplum = ReturnType<typeof fakeMedplum>;

const practice = samplePractice(); // in a real backend: the practice's stored settings, read with parsePracticeJson
const memberOf = (reference: string | undefined) => reference?.replace("Practitioner/", "");

/** The bot: what Medplum calls with each new Communication. */
async function handler(medplum: Medplum, event: { readonly input: Communication }): Promise<string> {
  const message = event.input;
  const category = message.category[0]?.coding.find((coding) => coding.system === CATEGORY_SYSTEM)?.code ?? "";
  const patient = await medplum.readResource("Patient", (message.subject.reference ?? "").replace("Patient/", ""));
  const providerId = memberOf(patient.generalPractitioner?.[0]?.reference) ?? null;
  const resolution = routerFor(practice).resolve({
    category,
    providerId,
    at: message.sent,
    patient: { id: patient.id },
  });
  if (!resolution.ok) return `not routed: ${resolution.reason}`;
  // "pool_task": a group whose delivery is "pool" gets one shared Task; the sample practice has none, so every
  // recipient gets a Task of their own.
  const { recipient, tasks } = resolutionToFhir(practice, resolution, {
    communication: { reference: `Communication/${message.id}` },
    patient: message.subject,
    mode: "pool_task",
  });
  for (const task of tasks) {
    const identifier = task.identifier[0];
    await medplum.createResourceIfNoneExist(task, `identifier=${identifier?.system}|${identifier?.value}`);
  }
  await medplum.updateResource({ ...message, recipient });
  return `${resolution.route}: ${recipient.map((reference) => reference.display).join(", ")}`;
}

const medplum = fakeMedplum([
  { resourceType: "Patient", id: "pat-1", generalPractitioner: [{ reference: "Practitioner/crusher" }] },
  { resourceType: "Patient", id: "pat-2" },
]);
const message = (id: string, patient: string, category: string, sent: string): Communication => ({
  resourceType: "Communication",
  id,
  status: "in-progress",
  category: [{ coding: [{ system: CATEGORY_SYSTEM, code: category }] }],
  subject: { reference: `Patient/${patient}` },
  sent,
});

const inbox = [
  message("msg-1", "pat-1", "appointments", "2026-11-20T15:00:00Z"), // Friday 10:00 in New York
  message("msg-2", "pat-2", "general_inquiry", "2026-11-20T15:05:00Z"),
  message("msg-3", "pat-1", "health_question", "2026-11-21T01:00:00Z"), // Friday 20:00: closed
  message("msg-4", "pat-1", "appointments", "2026-12-02T15:00:00Z"), // Jane Smith away, Kim Jones covers
  message("msg-1", "pat-1", "appointments", "2026-11-20T15:00:00Z"), // the first message again: a retried run
];
for (const communication of inbox)
  console.log(`${communication.id} ${await handler(medplum, { input: communication })}`);

console.log(`\n${medplum.tasks.length} Tasks created (the retry created none):`);
for (const task of medplum.tasks) {
  console.log(`  ${task.id} ${task.focus.reference} -> ${task.owner?.reference} (${task.owner?.display})`);
}
console.log(`\n${JSON.stringify(medplum.tasks[0], null, 2)}`);

// The practice itself, for a FHIR server's directory: one Bundle of type "collection".
const bundle = practiceToFhir(practice, { baseUrl: "https://fhir.example.com/R4" });
console.log(`\nBundle: ${bundle.entry.length} entries, first ${bundle.entry[0]?.fullUrl}`);
