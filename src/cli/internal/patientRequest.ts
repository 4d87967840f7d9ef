import type { Id, PatientContext, Practice } from "../../index.js";
import type { CommandContext } from "./command.js";
import { isLocation, isProvider, notALocationWarning, notAProviderWarning } from "./describe.js";
import { parseAtFlag } from "./flags.js";
import { loadPractice } from "./load.js";
import { readPatientFile } from "./patientFile.js";

/**
 * What `resolve` and `view` read alike: the practice, the patient's provider, location and patient context,
 * and when.
 */
export interface PatientRequest {
  readonly practice: Practice;
  /** `undefined` when `--provider` is omitted. */
  readonly providerId: Id | undefined;
  /** `undefined` when `--location` is omitted. */
  readonly locationId: Id | undefined;
  /** The `--patient` file's context, when given. */
  readonly patient: PatientContext | undefined;
  /** `--at`, or now. */
  readonly at: string;
}

/** What a command does instead of an id that names nothing, for its warnings on stderr. */
export interface Instead {
  /** For a `--provider` that names no provider. */
  readonly provider: string;
  /** For a `--location` that names no location. */
  readonly location: string;
}

/**
 * Reads `--at`, `--patient`, the config file, `--provider` and `--location` (warning on stderr, with what the
 * command does instead, when one names no provider or no location). Returns the request, or the exit code of a
 * usage error or a bad config.
 */
export async function readPatientRequest(context: CommandContext, instead: Instead): Promise<PatientRequest | number> {
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
  if (providerId !== undefined && !isProvider(practice, providerId)) {
    out.warn(notAProviderWarning(providerId, instead.provider));
  }
  const locationId = typeof flags.location === "string" ? flags.location : undefined;
  if (locationId !== undefined && !isLocation(practice, locationId)) {
    out.warn(notALocationWarning(locationId, instead.location));
  }
  const at = atFlag.value ?? (io.now?.() ?? new Date()).toISOString();
  return { practice, providerId, locationId, patient: patientFile.patient, at };
}
