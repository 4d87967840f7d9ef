import { isTimestamp } from "../../internal/time.js";
import { isMessageCategory } from "../../model/categories.js";
import type { PatientContext } from "../../resolve/types.js";
import type { CliIo } from "./io.js";
import { fileLabel } from "./load.js";

/** A patient file is small: 1 MiB is far more than a care team and an exclusion list need. */
const PATIENT_FILE_BYTES = 1024 * 1024;

/** The patient context read from `--patient FILE`, or a usage message that repeats no value of the file. */
export type PatientFileResult =
  | { readonly ok: true; readonly patient: PatientContext | undefined }
  | { readonly ok: false; readonly message: string };

const FIELDS = ["id", "careTeam", "excludedMembers", "lastVisitAt", "blocked"] as const;

const isField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);

const isStringList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** What each field must be, as the message says it. */
const CHECKS: Readonly<Record<(typeof FIELDS)[number], readonly [(value: unknown) => boolean, string]>> = {
  id: [(value) => typeof value === "string", "a string"],
  careTeam: [isStringList, "an array of member ids"],
  excludedMembers: [isStringList, "an array of member ids"],
  lastVisitAt: [(value) => value === null || isTimestamp(value), "an ISO 8601 timestamp with Z or an offset, or null"],
  blocked: [
    (value) => typeof value === "boolean" || (Array.isArray(value) && value.every(isMessageCategory)),
    "true, false or an array of category ids",
  ],
};

/**
 * @internal Reads `--patient FILE`: a JSON object with the fields of `PatientContext` (`id`, `careTeam`,
 * `excludedMembers`, `lastVisitAt`, `blocked`), nothing else. Absent flag: no patient.
 */
export async function readPatientFile(io: CliIo, flag: string | boolean | undefined): Promise<PatientFileResult> {
  if (flag === undefined) return { ok: true, patient: undefined };
  if (typeof flag !== "string" || flag === "") return { ok: false, message: "--patient needs a JSON file" };
  const where = `--patient ${fileLabel(flag)}`;
  const read = await io.readInput(flag, PATIENT_FILE_BYTES);
  if (!read.ok) {
    const reason =
      read.failure.code === "too_large"
        ? "it is larger than 1 MiB, the size limit of a patient file"
        : read.failure.reason;
    return { ok: false, message: `cannot read ${where}: ${reason}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    return { ok: false, message: `${where} is not valid JSON` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: `${where} must hold a JSON object (fields: ${FIELDS.join(", ")})` };
  }
  for (const key of Object.keys(value)) {
    if (!isField(key)) return { ok: false, message: `${where} has an unknown field (fields: ${FIELDS.join(", ")})` };
    const [isValid, expected] = CHECKS[key];
    if (!isValid((value as Record<string, unknown>)[key]))
      return { ok: false, message: `${where}: ${key} must be ${expected}` };
  }
  return { ok: true, patient: value as PatientContext };
}
