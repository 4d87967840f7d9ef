import * as z from "zod/mini";
import { checked } from "../../internal/practiceSchemas.js";
import type { RoutingTableRef } from "../locationEditTypes.js";

/** A field problem of a `set_route`: missing, or present where that table has no such field. */
type RouteFieldProblem = "missing" | { readonly code: "unknown_field"; readonly message: string };

/** The fields a `set_route` has wrong for its `table`, in field order. */
export function routeFieldProblems(edit: {
  readonly table?: "after_hours" | "location" | undefined;
}): (readonly ["providerId" | "locationId", RouteFieldProblem])[] {
  const has = (field: string) => Object.hasOwn(edit, field);
  const owner = edit.table === "after_hours" ? "An after-hours cell" : "A location cell";
  const noProvider = {
    code: "unknown_field",
    message: `${owner} belongs to no provider: leave providerId out.`,
  } as const;
  const problems: (readonly ["providerId" | "locationId", RouteFieldProblem])[] = [];
  if (edit.table === undefined && !has("providerId")) problems.push(["providerId", "missing"]);
  if (edit.table !== undefined && has("providerId")) problems.push(["providerId", noProvider]);
  if (edit.table === "location" && !has("locationId")) problems.push(["locationId", "missing"]);
  if (edit.table !== "location" && has("locationId")) {
    const message = "Only a location cell (table: location) has a locationId.";
    problems.push(["locationId", { code: "unknown_field", message }]);
  }
  return problems;
}

/** The schema of a {@link RoutingTableRef}: a provider's id, or `{locationId}`; the value's type says which reports. */
export function tableRefSchema(IdSchema: z.ZodMiniType<string>): z.ZodMiniType<RoutingTableRef> {
  const LocationRefSchema = z.strictObject({ locationId: IdSchema });
  return checked(
    z.unknown(),
    z.superRefine((ref, ctx) => {
      const schema = typeof ref === "object" && ref !== null ? LocationRefSchema : IdSchema;
      const checkedRef = schema.safeParse(ref);
      if (!checkedRef.success) for (const issue of checkedRef.error.issues) ctx.addIssue({ ...issue } as never);
    }),
  ) as unknown as z.ZodMiniType<RoutingTableRef>;
}
