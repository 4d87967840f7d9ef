import type { Id, PatientContext, Practice } from "../../index.js";
import type { CommandContext } from "./command.js";
import { isProvider, notAProviderWarning } from "./describe.js";
import { parseAtFlag } from "./flags.js";
import { loadPractice } from "./load.js";
import { readPatientFile } from "./patientFile.js";

/** What `resolve` and `view` read alike: the practice, the patient's provider and patient context, and when. */
export interface PatientRequest {
  readonly practice: Practice;
  /** `undefined` when `--provider` is omitted. */
  readonly providerId: Id | undefined;
  /** The `--patient` file's context, when given. */
  readonly patient: PatientContext | undefined;
  /** `--at`, or now. */
  readonly at: string;
}

/**
 * Reads `--at`, `--patient`, the config file and `--provider` (warning on stderr, with what the command does
 * instead, when it names no provider). Returns the request, or the exit code of a usage error or a bad config.
 */
export async function readPatientRequest(context: CommandContext, instead: string): Promise<PatientRequest | number> {
  const { io, out, flags, positionals, usage } = context;
  const atFlag = parseAtFlag(flags.at);
  if (!atFlag.ok) return usage(atFlag.message);
  const patientFile = await readPatientFile(io, flags.patient);
  if (!patientFile.ok) return usage(patientFile.message);
  const [path = ""] = positionals;
  const loaded = await loadPractice(io, path);
  if (!loaded.ok) return out.fail(loaded.failure);
  const { practice } = loaded;
  const providerId = typeof flags.provider === "string" ? flags.provider : undefined;
  if (providerId !== undefined && !isProvider(practice, providerId)) out.warn(notAProviderWarning(providerId, instead));
  const at = atFlag.value ?? (io.now?.() ?? new Date()).toISOString();
  return { practice, providerId, patient: patientFile.patient, at };
}
