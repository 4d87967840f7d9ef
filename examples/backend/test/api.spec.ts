// API tests against the running server (spawned with a temporary database), on the sample practice.

import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import type { AuditEntry, EditResult, EditSuccess } from "patient-message-routing";
import { applyEdit, parsePracticeJson, revertEdit, serializePractice } from "patient-message-routing";
import {
  call,
  edit,
  makeTempDir,
  PRACTICE_ID,
  type RunningServer,
  removeDir,
  revisionOf,
  startServer,
} from "./server.js";

// Fixed times, so absences (Jane Smith is away 1–8 Dec 2026, covered by Kim Jones) do not depend on the clock.
const NOVEMBER = "2026-11-02T15:00:00Z"; // Monday 10:00 in New York: the sample practice is open
const DECEMBER = "2026-12-03T15:00:00Z";

function message(category: string, providerId: string | null, at = NOVEMBER) {
  return { category, providerId, at, body: "Hello, I have a question." };
}

describe("routing and replies", () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    dir = makeTempDir();
    server = await startServer(join(dir, "practices.sqlite"));
  });
  after(async () => {
    await server.stop();
    removeDir(dir);
  });

  test("routes a new message with the provider's table, the default table and coverage", async () => {
    const crusher = await call(server, "POST", "/messages", message("appointments", "crusher"));
    assert.equal(crusher.status, 201);
    assert.deepEqual([crusher.body.recipients, crusher.body.route], [["jsmith"], "provider_table"]);

    const away = await call(server, "POST", "/messages", message("appointments", "crusher", DECEMBER));
    assert.deepEqual(away.body.recipients, ["kjones"]);

    const oselkin = await call(server, "POST", "/messages", message("health_question", "oselkin"));
    assert.deepEqual(oselkin.body.recipients, ["oselkin", "lpatel"]);

    const none = await call(server, "POST", "/messages", message("general_inquiry", null));
    assert.deepEqual([none.body.recipients, none.body.route], [["jsmith", "kjones"], "default_table"]);
  });

  test("routes a patient whose provider is not in the practice like a patient without one", async () => {
    const gone = await call(server, "POST", "/messages", message("appointments", "zz-left-the-practice"));
    assert.deepEqual(
      [gone.status, gone.body.recipients, gone.body.route],
      [201, ["jsmith", "kjones"], "default_table"],
    );
  });

  test("refuses an unknown category, or a table of no provider, with 400 and never repeats the input", async () => {
    const category = await call(server, "POST", "/messages", message("<b>zz-secret</b>", null));
    assert.equal(category.status, 400);
    assert.deepEqual(category.body.error.code, "unknown_category");
    assert.ok(!category.text.includes("zz-secret"));

    const provider = await call(server, "GET", "/table?provider=zz-nobody", undefined, "jsmith");
    assert.deepEqual([provider.status, provider.body.error.code], [400, "unknown_provider"]);
    assert.ok(!provider.text.includes("zz-nobody"));

    const empty = await call(server, "POST", "/messages", { category: "appointments" });
    assert.deepEqual([empty.status, empty.body.error.path], [400, ["body"]]);
  });

  test("explains who gets a message", async () => {
    const query = `category=appointments&provider=crusher&at=${DECEMBER}`;
    const preview = await call(server, "GET", `/preview?${query}`, undefined, "jsmith");
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body.recipients, [{ id: "kjones", name: "Kim Jones" }]);
    assert.deepEqual(preview.body.explanation, [
      "Beverly Crusher's table sends Appointments to Jane Smith.",
      "Jane Smith is away until 7 Dec 2026, 7:00 PM EST; Kim Jones covers.",
    ]);
  });

  test("routes a reply to its sender while active, to the cover while away, else like a General Inquiry", async () => {
    const toSender = await call(server, "POST", "/replies", { senderId: "crusher", body: "Thanks", at: NOVEMBER });
    assert.deepEqual([toSender.status, toSender.body.recipients, toSender.body.route], [201, ["crusher"], "sender"]);

    // Jane Smith is away in early December; Kim Jones covers.
    const covered = await call(server, "POST", "/replies", { senderId: "jsmith", body: "Thanks", at: DECEMBER });
    assert.deepEqual([covered.status, covered.body.recipients, covered.body.route], [201, ["kjones"], "sender_cover"]);

    // Marco Reyes is inactive: the reply goes where a General Inquiry goes.
    const fallback = await call(server, "POST", "/replies", { senderId: "mreyes", body: "Thanks", at: NOVEMBER });
    assert.deepEqual([fallback.body.recipients, fallback.body.route], [["jsmith", "kjones"], "default_table"]);
  });

  test("uses the new revision's router right after an edit, and follows the switch", async () => {
    const changed = await edit(server, "jsmith", {
      type: "set_route",
      providerId: "crusher",
      category: "appointments",
      recipients: [{ type: "group", id: "nurses" }],
    });
    assert.equal(changed.status, 200);
    const routed = await call(server, "POST", "/messages", message("appointments", "crusher"));
    assert.deepEqual([routed.body.revision, routed.body.recipients], [changed.body.revision, ["lpatel"]]);

    await edit(server, "jsmith", { type: "set_category_enabled", category: "referrals", enabled: false });
    const view = await call(server, "GET", "/patient-view?provider=crusher");
    assert.deepEqual(
      view.body.view.categories.map((category: { label: string }) => category.label),
      [
        "Appointments",
        "Prescriptions & Refills",
        "Lab or Other Test Results",
        "General Inquiry",
        "Question About My Health",
      ],
    );
    const night = await call(server, "GET", "/patient-view?provider=crusher&at=2026-11-21T01:00:00Z");
    assert.deepEqual(
      [night.body.view.notice, night.body.view.categories[0].available],
      [{ kind: "closed", nextOpenAt: "2026-11-23T13:00:00Z" }, true],
    );
    const badAt = await call(server, "GET", "/patient-view?at=tomorrow");
    assert.deepEqual([badAt.status, badAt.body.error.code], [400, "invalid_request"]);
    const disabled = await call(server, "POST", "/messages", message("referrals", "crusher"));
    assert.deepEqual([disabled.status, disabled.body.error.code], [422, "category_disabled"]);

    await edit(server, "jsmith", { type: "set_messaging", enabled: false });
    const off = await call(server, "POST", "/messages", message("appointments", "crusher"));
    assert.deepEqual([off.status, off.body.error.code], [422, "messaging_disabled"]);
    const closed = await call(server, "GET", "/patient-view");
    assert.deepEqual([closed.body.view.canStartMessage, closed.body.view.categories], [false, []]);

    // Patients may not start messages now, but a reply to a member who left still reaches someone.
    const replyWhileOff = await call(server, "POST", "/replies", { senderId: "mreyes", body: "Thanks", at: NOVEMBER });
    assert.deepEqual([replyWhileOff.status, replyWhileOff.body.route], [201, "default_table"]);

    await edit(server, "jsmith", { type: "set_replies", enabled: false });
    const reply = await call(server, "POST", "/replies", { senderId: "crusher", body: "Thanks", at: NOVEMBER });
    assert.deepEqual([reply.status, reply.body.error.code], [422, "replies_disabled"]);
  });
  test("applies Routing for All Providers in its three modes", async () => {
    const names = async (providerId: string, category: string) => {
      const table = await call(server, "GET", `/table?provider=${providerId}`, undefined, "jsmith");
      const row = table.body.rows.find((candidate: { category: string }) => candidate.category === category);
      return [row.fromDefault, row.recipients.map((recipient: { name: string }) => recipient.name)];
    };
    const allProviders = (category: string, mode: string, recipients: unknown[]) =>
      edit(server, "jsmith", { type: "set_route_for_all_providers", category, mode, recipients });
    const nurses = [{ type: "group", id: "nurses" }];

    // fill_empty: Omar Selkin had no Appointments cell; Beverly Crusher's (Nurses, set above) stays.
    assert.equal((await allProviders("appointments", "fill_empty", [{ type: "member", id: "kjones" }])).status, 200);
    assert.deepEqual(await names("oselkin", "appointments"), [false, ["Kim Jones"]]);
    assert.deepEqual(await names("crusher", "appointments"), [false, ["Nurses"]]);

    // add: a provider without the cell starts from the default cell, so nobody stops receiving.
    assert.equal((await allProviders("general_inquiry", "add", nurses)).status, 200);
    assert.deepEqual(await names("crusher", "general_inquiry"), [false, ["Front Desk", "Nurses"]]);

    // replace: every active provider's cell becomes the recipients.
    assert.equal((await allProviders("health_question", "replace", nurses)).status, 200);
    assert.deepEqual(await names("crusher", "health_question"), [false, ["Nurses"]]);
    assert.deepEqual(await names("oselkin", "health_question"), [false, ["Nurses"]]);
  });
});

describe("edits, failures and undo", () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    dir = makeTempDir();
    server = await startServer(join(dir, "practices.sqlite"));
  });
  after(async () => {
    await server.stop();
    removeDir(dir);
  });

  const toFrontDesk = {
    type: "set_route",
    providerId: "crusher",
    category: "appointments",
    recipients: [{ type: "group", id: "front-desk" }],
  };

  test("answers 401 without an actor and 403 for anyone but an active admin", async () => {
    const body = { edit: toFrontDesk, expectedRevision: 0 };
    assert.equal((await call(server, "POST", "/edits", body)).status, 401);
    const staff = await call(server, "POST", "/edits", body, "kjones");
    assert.deepEqual([staff.status, staff.body.error.code], [403, "forbidden"]);
    const stranger = await call(server, "POST", "/edits", body, "zz-stranger");
    assert.equal(stranger.status, 403);
    assert.ok(!stranger.text.includes("zz-stranger"));
    assert.equal((await call(server, "GET", "", undefined, "kjones")).status, 403);
    assert.equal(await revisionOf(server), 0);
  });

  test("answers 400 for a malformed request or an edit that does not fit the practice", async () => {
    const badJson = await call(server, "POST", "/edits", "{not json", "jsmith");
    assert.deepEqual([badJson.status, badJson.body.error.code], [400, "invalid_json"]);

    const noRevision = await call(server, "POST", "/edits", { edit: toFrontDesk }, "jsmith");
    assert.deepEqual([noRevision.status, noRevision.body.error.path], [400, ["expectedRevision"]]);

    const badCategory = { ...toFrontDesk, category: "zz-secret" };
    const malformed = await call(server, "POST", "/edits", { edit: badCategory, expectedRevision: 0 }, "jsmith");
    assert.deepEqual([malformed.status, malformed.body.error.code], [400, "invalid_edit"]);
    assert.deepEqual(malformed.body.error.path, ["category"]);
    assert.ok(!malformed.text.includes("zz-secret"));

    const unknownMember = { ...toFrontDesk, recipients: [{ type: "member", id: "nobody" }] };
    const unfit = await call(server, "POST", "/edits", { edit: unknownMember, expectedRevision: 0 }, "jsmith");
    assert.deepEqual([unfit.status, unfit.body.error.code], [400, "invalid_edit"]);
    assert.equal(await revisionOf(server), 0);
  });

  test("answers 422 with the issues when an edit would make the practice invalid", async () => {
    const lastAdmin = { type: "set_member_active", id: "jsmith", active: false };
    const refused = await call(server, "POST", "/edits", { edit: lastAdmin, expectedRevision: 0 }, "jsmith");
    assert.deepEqual([refused.status, refused.body.error.code], [422, "introduces_errors"]);
    assert.deepEqual(
      refused.body.error.issues.map((issue: { code: string }) => issue.code),
      ["no_active_admin"],
    );
  });

  test("answers 409 when the page showed an older revision", async () => {
    const first = await call(server, "POST", "/edits", { edit: toFrontDesk, expectedRevision: 0 }, "jsmith");
    assert.deepEqual([first.status, first.body.revision], [200, 1]);
    const stale = { type: "set_messaging", enabled: false };
    const conflict = await call(server, "POST", "/edits", { edit: stale, expectedRevision: 0 }, "jsmith");
    assert.deepEqual([conflict.status, conflict.body.error.code], [409, "conflict"]);
    assert.deepEqual([conflict.body.error.expected, conflict.body.error.actual], [0, 1]);
  });

  test("stores nothing for an edit that changes nothing", async () => {
    const same = await call(server, "POST", "/edits", { edit: toFrontDesk, expectedRevision: 1 }, "jsmith");
    assert.deepEqual([same.status, same.body.changed, same.body.revision], [200, false, 1]);
  });

  test("undoes an edit, redoes it by undoing the undo, and refuses an undo whose values were overwritten", async () => {
    const cell = async () => {
      const table = await call(server, "GET", "/table?provider=crusher", undefined, "jsmith");
      return table.body.rows[0].recipients.map((recipient: { name: string }) => recipient.name);
    };
    assert.deepEqual(await cell(), ["Front Desk"]);

    const undo = await call(server, "POST", "/audit/1/undo", { expectedRevision: 1 }, "jsmith");
    assert.deepEqual([undo.status, undo.body.revision], [200, 2]);
    assert.match(undo.body.audit.summary, /^Jane Smith undid: Jane Smith routed Appointments/);
    assert.deepEqual(await cell(), ["Jane Smith"]);

    const redo = await call(server, "POST", "/audit/2/undo", { expectedRevision: 2 }, "jsmith");
    assert.deepEqual([redo.status, redo.body.revision], [200, 3]);
    assert.deepEqual(await cell(), ["Front Desk"]);

    // The undo (r2) wrote Jane Smith, which the redo (r3) replaced: it cannot be undone any more.
    const again = await call(server, "POST", "/audit/2/undo", { expectedRevision: 3 }, "jsmith");
    assert.deepEqual([again.status, again.body.error.code], [409, "invalid_edit"]);
    assert.deepEqual(again.body.error.path, ["routing", "crusher", "appointments"]);

    const unknown = await call(server, "POST", "/audit/99/undo", { expectedRevision: 3 }, "jsmith");
    assert.equal(unknown.status, 404);
    const staff = await call(server, "POST", "/audit/3/undo", { expectedRevision: 3 }, "kjones");
    assert.equal(staff.status, 403);

    const audit = await call(server, "GET", "/audit", undefined, "jsmith");
    assert.deepEqual(
      audit.body.entries.map((entry: { revision: number; kind: string; undoneBy: number | null }) => [
        entry.revision,
        entry.kind,
        entry.undoneBy,
      ]),
      [
        [3, "redo", null],
        [2, "undo", 3],
        [1, "edit", 2],
      ],
    );
  });
});

describe("concurrent edits", () => {
  const ADMINS = ["jsmith", "admin2", "admin3", "admin4"];
  const PEOPLE = ["jsmith", "kjones", "lpatel", "crusher", "oselkin", "admin2", "admin3", "admin4"];
  let dir: string;
  let servers: RunningServer[];
  before(async () => {
    dir = makeTempDir();
    const dbFile = join(dir, "practices.sqlite");
    // Two server processes on one database file: their compare-and-swap writes race for real.
    servers = [await startServer(dbFile)];
    servers.push(await startServer(dbFile));
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    removeDir(dir);
  });

  test("20 edits by 4 admins on the same cells: each stored or 409, and the audit log replays byte for byte", async (t) => {
    const [one, two] = servers as [RunningServer, RunningServer];
    for (const id of ADMINS.slice(1)) {
      const member = { name: `Admin ${id.slice(-1)}`, role: "staff", admin: true, active: true };
      assert.equal((await edit(one, "jsmith", { type: "upsert_member", id, member })).status, 200);
    }
    const setup = await revisionOf(one);

    // 20 different two-person cells, alternating between two of Beverly Crusher's cells, so every stored edit
    // changes something. Each client reads the revision, then sends its edit with it.
    const pairs = PEOPLE.flatMap((a) => PEOPLE.filter((b) => b !== a).map((b) => [a, b] as const)).slice(0, 20);
    const replies = await Promise.all(
      pairs.map(async ([a, b], index) => {
        const server = index % 2 === 0 ? one : two;
        const change = {
          type: "set_route",
          providerId: "crusher",
          category: index % 4 < 2 ? "appointments" : "referrals",
          recipients: [
            { type: "member", id: a },
            { type: "member", id: b },
          ],
        };
        return edit(server, ADMINS[index % 4] as string, change);
      }),
    );
    const stored = replies.filter((reply) => reply.status === 200);
    t.diagnostic(`${stored.length} stored, ${replies.length - stored.length} answered 409`);
    assert.deepEqual(
      replies.filter((reply) => reply.status !== 200 && reply.status !== 409).map((reply) => reply.status),
      [],
    );
    assert.ok(stored.every((reply) => reply.body.changed === true));
    assert.ok(stored.length >= 1);
    assert.equal(await revisionOf(two), setup + stored.length);

    // An undo and a redo, so the replay covers reverts too.
    const last = await revisionOf(one);
    assert.equal((await call(one, "POST", `/audit/${last}/undo`, { expectedRevision: last }, "admin3")).status, 200);
    assert.equal(
      (await call(two, "POST", `/audit/${last + 1}/undo`, { expectedRevision: last + 1 }, "admin4")).status,
      200,
    );
    await Promise.all(servers.map((server) => server.stop()));

    // Replay: apply every audited edit, in revision order, to the practice as created, with the stored actor
    // and time (reverts with revertEdit on the replayed result they undo). Each step must give the stored audit
    // entry and patches, and the end the stored config, byte for byte.
    const db = new Database(servers[0]?.dbFile as string, { readonly: true });
    const practiceRow = db
      .prepare("SELECT config, initial_config, revision FROM practices WHERE id = ?")
      .get(PRACTICE_ID) as {
      config: string;
      initial_config: string;
      revision: number;
    };
    const rows = db
      .prepare("SELECT revision, entry, patches, inverse_patches FROM audit WHERE practice_id = ? ORDER BY revision")
      .all(PRACTICE_ID) as { revision: number; entry: string; patches: string; inverse_patches: string }[];
    db.close();
    assert.deepEqual(
      rows.map((row) => row.revision),
      Array.from({ length: practiceRow.revision }, (_, index) => index + 1),
    );

    const initial = parsePracticeJson(practiceRow.initial_config);
    assert.ok(initial.ok);
    let practice = initial.practice;
    const results = new Map<number, EditResult>();
    for (const row of rows) {
      const entry = JSON.parse(row.entry) as AuditEntry;
      const ctx = { actor: entry.actor, at: entry.at };
      const undone = entry.edit.type === "revert" ? results.get(entry.edit.revision) : undefined;
      const result =
        entry.edit.type === "revert"
          ? revertEdit(practice, undone as EditResult, ctx)
          : applyEdit(practice, entry.edit, ctx);
      assert.ok(result.ok, `revision ${row.revision} replays`);
      const success = result as EditSuccess;
      assert.deepEqual(JSON.parse(JSON.stringify(success.audit)), entry);
      assert.deepEqual(JSON.parse(JSON.stringify(success.patches)), JSON.parse(row.patches));
      assert.deepEqual(JSON.parse(JSON.stringify(success.inversePatches)), JSON.parse(row.inverse_patches));
      results.set(row.revision, success);
      practice = success.practice;
    }
    assert.equal(serializePractice(practice), practiceRow.config);
  });
});
