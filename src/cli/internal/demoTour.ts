import {
  CATEGORY_LABELS,
  explainResolution,
  formatRoutingTable,
  MESSAGE_CATEGORIES,
  type MessageCategory,
  type Practice,
  resolveRecipients,
} from "../../index.js";
import { getOwn, sortedKeys } from "../../internal/own.js";
import { describeFailure, describeMember, describeRoute } from "./describe.js";

/** Fixed instants, so that the tour prints the same text on every run. */
export const DEMO_TIMES = Object.freeze({
  usual: "2026-11-20T15:00:00Z",
  away: "2026-12-03T15:00:00Z",
  edit: "2026-11-20T16:00:00Z",
  undo: "2026-11-20T16:05:00Z",
  off: "2026-11-20T17:00:00Z",
});

/** One part of the tour: lines for people, data for `--json`. */
export interface DemoSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** The patient's provider throughout the tour. */
export const PROVIDER = "crusher";

/** Indents every line (after splitting embedded newlines); blank lines stay blank. */
function indent(lines: readonly string[], by = "  "): string[] {
  return lines.flatMap((line) => line.split("\n")).map((line) => (line === "" ? "" : `${by}${line}`));
}

/** Resolves one category for a patient of Beverly Crusher and explains it. */
export function resolveAndExplain(practice: Practice, category: MessageCategory, at: string) {
  const resolution = resolveRecipients(practice, { category, providerId: PROVIDER, at });
  const explanation = explainResolution(practice, resolution);
  const answer = resolution.ok
    ? `${resolution.recipients.map((id) => describeMember(practice, id)).join(", ")}, from ${describeRoute(resolution.route)}`
    : `nobody: ${describeFailure(resolution.reason)} (${resolution.reason})`;
  const lines = [`${CATEGORY_LABELS[category]} → ${answer}`, ...indent(explanation.map((line) => `· ${line}`))];
  return { lines, data: { category, at, resolution, explanation } };
}

function memberLine(practice: Practice, id: string): string {
  const member = getOwn(practice.members, id);
  if (member === undefined) return id;
  const traits = [member.role, ...(member.admin ? ["admin"] : []), ...(member.active ? [] : ["inactive"])];
  return `${member.name} (${id}): ${traits.join(", ")}`;
}

/** Part 1: the practice's people, the default table and Beverly Crusher's. */
export function tables(practice: Practice): DemoSection {
  const shown = [null, PROVIDER] as const;
  const rendered = shown.map((id) => formatRoutingTable(practice, id, { format: "text" }));
  const groups = sortedKeys(practice.groups).map((id) => {
    const group = getOwn(practice.groups, id);
    return `${group?.name} (${id}): ${group?.members.map((member) => getOwn(practice.members, member)?.name ?? member).join(", ")}`;
  });
  return {
    title: "The practice and its routing tables",
    lines: [
      `Patient-initiated messaging is ${practice.messaging.patientInitiated ? "on" : "off"}. Members:`,
      ...indent(sortedKeys(practice.members).map((id) => memberLine(practice, id))),
      "Groups:",
      ...indent(groups),
      "",
      "The practice default table, used when a provider has no cell of their own:",
      ...indent([rendered[0] ?? ""]),
      "",
      "Beverly Crusher's table:",
      ...indent([rendered[1] ?? ""]),
    ],
    data: { tables: shown.map((providerId, index) => ({ providerId, rendered: rendered[index] })) },
  };
}

/** Part 2: a resolution for every category, explained. */
export function everyCategory(practice: Practice): DemoSection {
  const results = MESSAGE_CATEGORIES.map((category) => resolveAndExplain(practice, category, DEMO_TIMES.usual));
  return {
    title: `A patient of Beverly Crusher writes (at ${DEMO_TIMES.usual})`,
    lines: results.flatMap((result) => result.lines),
    data: { resolutions: results.map((result) => result.data) },
  };
}

/** Part 3: an absence covered by a colleague. */
export function absence(practice: Practice): DemoSection {
  const table = formatRoutingTable(practice, PROVIDER, { format: "text", at: DEMO_TIMES.away });
  const result = resolveAndExplain(practice, "appointments", DEMO_TIMES.away);
  return {
    title: `Jane Smith is away (coverage c1); the same patient writes at ${DEMO_TIMES.away}`,
    lines: ["Beverly Crusher's table at that instant:", ...indent([table]), "", ...result.lines],
    data: { table, ...result.data },
  };
}
