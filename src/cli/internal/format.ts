import type { Issue, IssuePath } from "../../model/types.js";

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** A path for people: `routing.crusher.appointments[0].id`; odd keys quoted as `members["a.b"]`. */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(document)";
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      if (PLAIN_KEY.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

/** One issue as one line: `code at path: message`. */
export function formatIssue(issue: Issue): string {
  return `${issue.code} at ${formatPath(issue.path)}: ${issue.message}`;
}

/** `1 error`, `2 warnings`... */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
