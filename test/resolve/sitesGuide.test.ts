// docs/sites-and-pools.md shows the library's real answers: every `//=>` of its TypeScript examples is
// evaluated on the guide's practice (test/support/twoSites.ts), and the sentences its prose quotes are the
// library's.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as library from "../../src/index.js";
import { twoSites } from "../support/twoSites.js";

const page = readFileSync(new URL("../../docs/sites-and-pools.md", import.meta.url), "utf8");

/** One `//=>` of an example: the expression on the line before it, the code before that, the value shown. */
interface Shown {
  readonly code: string;
  readonly expression: string;
  readonly expected: string;
}

/** Every `//=>` of the page's ```ts blocks (import lines left out: the library is in scope). */
function shownValues(markdown: string): Shown[] {
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  return blocks.flatMap((block) => {
    const lines = block.split("\n").filter((line) => !line.startsWith("import "));
    return lines.flatMap((line, at) => {
      if (!line.startsWith("//=>")) return [];
      const rest = lines.slice(at + 1);
      const more = rest.slice(
        0,
        rest.findIndex((next) => !/^\/\/ {3}/.test(next)),
      );
      return [
        {
          code: lines.slice(0, at - 1).join("\n"),
          expression: (lines[at - 1] ?? "").replace(/;$/, ""),
          expected: [line, ...more].map((text) => text.slice(4)).join("\n"),
        },
      ];
    });
  });
}

/** The value of `expression` after `code`, and of `expected`, with the library and `practice` in scope. */
function evaluate({ code, expression, expected }: Shown): [unknown, unknown] {
  const names = Object.keys(library).join(", ");
  const body = `const { ${names} } = library;\n${code}\nreturn [${expression}, (${expected})];`;
  return new Function("library", "practice", body)(library, twoSites) as [unknown, unknown];
}

const shown = shownValues(page);

describe("docs/sites-and-pools.md", () => {
  test("has examples with the values they show", () => {
    expect(shown.map((entry) => entry.expression)).toEqual([
      "answer.ok && [answer.route, answer.recipients]",
      "explainResolution(practice, answer)",
      "answer.ok && [answer.recipients, answer.pools]",
      "explainResolution(practice, answer)",
      "answer.ok && answer.recipients",
      "explainResolution(practice, answer)",
    ]);
  });

  test.each(shown.map((entry) => [entry.expression, entry] as const))("shows the real value of %s", (_, entry) => {
    const [actual, expected] = evaluate(entry);
    expect(actual).toEqual(expected);
  });

  test("quotes the library's own sentences", () => {
    const explain = (input: library.ResolveInput) =>
      library.explainResolution(twoSites, library.resolveRecipients(twoSites, input));
    const at = "2026-11-20T15:00:00Z";
    const kim = explain({ category: "prescriptions", providerId: "drkim", locationId: "hilltop", at });
    const patient17 = explain({ category: "referrals", locationId: "riverside", patient: { id: "patient-17" }, at });
    const quoted = (sentence: string) => page.replace(/\s+/g, " ").includes(`"${sentence}"`);
    expect(kim).toContain("Nobody is left from the provider's table, so the location's table is used.");
    expect(quoted("Nobody is left from the provider's table, so the location's table is used.")).toBe(true);
    expect(
      library.resolveRecipients(twoSites, {
        category: "prescriptions",
        providerId: "drkim",
        locationId: "hilltop",
        at,
      }),
    ).toMatchObject({ recipients: ["mreyes"] });
    expect(patient17.slice(1)).toEqual([
      "Care coordinators assigns this patient to Tam Nguyen, the first who can receive it of Jo Doe and Tam Nguyen.",
      "Jo Doe is inactive and is skipped.",
    ]);
    for (const sentence of patient17.slice(1)) expect(quoted(sentence)).toBe(true);
  });
});
