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
