import type { FhirExportOptions } from "../taskTypes.js";
import type { Reference } from "../types.js";
import { fhirId } from "./ids.js";
import { CATEGORY_SYSTEM } from "./systems.js";

/** The options of an export with their defaults filled in. */
export interface ExportContext {
  readonly baseUrl: string | undefined;
  readonly codeSystemUrl: string;
}

/** Reads the options; a base URL loses its trailing slashes. */
export function contextOf(options: FhirExportOptions | undefined): ExportContext {
  const base = options?.baseUrl;
  return {
    baseUrl: base === undefined ? undefined : base.replace(/\/+$/, ""),
    codeSystemUrl: options?.codeSystemUrl ?? CATEGORY_SYSTEM,
  };
}

/** `<Type>/<id>`, or `<baseUrl>/<Type>/<id>`, of a resource whose FHIR id is `id`. */
export function addressOf(context: ExportContext, type: string, id: string): string {
  return context.baseUrl === undefined ? `${type}/${id}` : `${context.baseUrl}/${type}/${id}`;
}

/** A reference to the resource of type `type` made from the config id `configId`. */
export function referenceTo(context: ExportContext, type: string, configId: string, display?: string): Reference {
  const reference = addressOf(context, type, fhirId(configId));
  return display === undefined ? { reference } : { reference, display: fhirText(display) };
}

const NOT_FHIR_TEXT = /[^ \r\n\t\S]/gu;

/** A name as an R4 `string`: Unicode spaces other than space, tab, CR and LF become spaces. */
export function fhirText(text: string): string {
  return text.replace(NOT_FHIR_TEXT, " ");
}
