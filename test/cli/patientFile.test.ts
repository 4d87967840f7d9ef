import { describe, expect, test } from "vitest";
import { runCli } from "./harness.js";

const SECRET = "Jane Doe, DOB 1970-01-01";

async function refusal(text: string | { failWith: string }) {
  const result = await runCli(["resolve", "sample.json", "--category", "appointments", "--patient", "p.json"], {
    "p.json": text,
  });
  return [result.code, result.stdout, result.stderr];
}

describe("--patient FILE", () => {
  test("refuses text that is not JSON, without repeating it", async () => {
    expect(await refusal(`{"id": "${SECRET}"`)).toMatchInlineSnapshot(`
      [
        2,
        "",
        "error: --patient p.json is not valid JSON (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("refuses JSON that is not an object", async () => {
    expect(await refusal(JSON.stringify([SECRET]))).toMatchInlineSnapshot(`
      [
        2,
        "",
        "error: --patient p.json must hold a JSON object (fields: id, careTeam, excludedMembers, lastVisitAt, blocked) (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("refuses an unknown field without naming it", async () => {
    expect(await refusal(JSON.stringify({ [SECRET]: 1 }))).toMatchInlineSnapshot(`
      [
        2,
        "",
        "error: --patient p.json has an unknown field (fields: id, careTeam, excludedMembers, lastVisitAt, blocked) (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("refuses a field of the wrong type, naming the field and never its value", async () => {
    const cases = [
      { id: 7 },
      { careTeam: SECRET },
      { excludedMembers: [1] },
      { lastVisitAt: SECRET },
      { blocked: [SECRET] },
    ];
    const runs = await Promise.all(cases.map((patient) => refusal(JSON.stringify(patient))));
    expect(runs.map(([code, , stderr]) => `${code} ${stderr}`)).toMatchInlineSnapshot(`
      [
        "2 error: --patient p.json: id must be a string (see 'patient-message-routing resolve --help')
      ",
        "2 error: --patient p.json: careTeam must be an array of member ids (see 'patient-message-routing resolve --help')
      ",
        "2 error: --patient p.json: excludedMembers must be an array of member ids (see 'patient-message-routing resolve --help')
      ",
        "2 error: --patient p.json: lastVisitAt must be an ISO 8601 timestamp with Z or an offset, or null (see 'patient-message-routing resolve --help')
      ",
        "2 error: --patient p.json: blocked must be true, false or an array of category ids (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
    expect(runs.some(([, , stderr]) => String(stderr).includes(SECRET))).toBe(false);
  });

  test("refuses a file that cannot be read", async () => {
    expect(await refusal({ failWith: "EACCES" })).toMatchInlineSnapshot(`
      [
        2,
        "",
        "error: cannot read --patient p.json: permission denied (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("refuses a file over 1 MiB", async () => {
    expect(await refusal(`{"id": "${"x".repeat(1024 * 1024)}"}`)).toMatchInlineSnapshot(`
      [
        2,
        "",
        "error: cannot read --patient p.json: it is larger than 1 MiB, the size limit of a patient file (see 'patient-message-routing resolve --help')
      ",
      ]
    `);
  });

  test("answers in JSON with --json", async () => {
    const result = await runCli(
      ["resolve", "sample.json", "--category", "appointments", "--patient", "p.json", "--json"],
      { "p.json": "nope" },
    );
    expect([result.code, JSON.parse(result.stdout)]).toMatchInlineSnapshot(`
      [
        2,
        {
          "error": {
            "code": "usage",
            "message": "--patient p.json is not valid JSON (see 'patient-message-routing resolve --help')",
          },
          "ok": false,
        },
      ]
    `);
  });
});
