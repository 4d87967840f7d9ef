// The settings page: loads the practice, its validation issues, one routing table and the audit trail from
// the API, renders them, and sends every change as one edit with the revision it showed
// (`expectedRevision`), so an admin never overwrites a change they have not seen.

import { api, currentPracticeId, el, fill } from "./common.js";

const $ = (id) => document.getElementById(id);

const state = {
  practiceId: "",
  practice: null, // the config as stored (JSON)
  providers: [], // [{id, name, active, hasTable}]
  issues: [], // validatePractice issues
  table: "", // "" = the practice default table, else a provider id
  rows: [], // routingTableRows of that table
};

function actor() {
  return $("actor").value.trim();
}

function call(method, path, body) {
  const base = `/api/practices/${encodeURIComponent(state.practiceId)}`;
  return api(method, base + path, { body, actor: actor() });
}

function say(text, kind = "info") {
  $("status").textContent = text;
  $("status").className = kind;
}

// ---------------------------------------------------------------------------------------------------------
// Loading and rendering

async function reload() {
  const [main, audit] = await Promise.all([call("GET", ""), call("GET", "/audit")]);
  if (main.status !== 200) {
    say(main.body.error.message, "error");
    document.body.classList.add("locked");
    return;
  }
  document.body.classList.remove("locked");
  state.practice = main.body.practice;
  state.providers = main.body.providers;
  state.issues = main.body.validation.issues;
  if (state.table !== "" && !state.providers.some((provider) => provider.id === state.table)) state.table = "";
  const query = state.table === "" ? "" : `?provider=${encodeURIComponent(state.table)}`;
  const table = await call("GET", `/table${query}`);
  state.rows = table.body.rows;
  render();
  renderAudit(audit.body.entries);
}

function memberName(id) {
  return state.practice.members[id]?.name ?? id;
}

function render() {
  const { practice } = state;
  $("practice-name").textContent = practice.name;
  $("revision").textContent = String(practice.revision);
  $("messaging-switch").checked = practice.messaging.patientInitiated;
  $("messaging-state").textContent = practice.messaging.patientInitiated ? "Yes" : "No";

  const tableOptions = [
    el("option", { value: "" }, "Practice default table"),
    ...state.providers.map((provider) =>
      el(
        "option",
        { value: provider.id },
        provider.name + (provider.active ? "" : " (inactive)") + (provider.hasTable ? "" : " · uses default"),
      ),
    ),
  ];
  fill($("provider-picker"), tableOptions);
  $("provider-picker").value = state.table;

  for (const picker of document.querySelectorAll(".category-picker")) {
    if (picker.options.length > 0) continue;
    fill(
      picker,
      state.rows.map((row) => el("option", { value: row.category }, row.label)),
    );
  }
  for (const picker of document.querySelectorAll(".provider-or-none")) {
    const chosen = picker.value;
    fill(
      picker,
      el("option", { value: "" }, "No provider"),
      state.providers.map((p) => el("option", { value: p.id }, p.name)),
    );
    picker.value = chosen;
  }

  const tableIssues = state.issues.filter(
    (issue) =>
      state.table !== "" && issue.path.length === 2 && issue.path[0] === "routing" && issue.path[1] === state.table,
  );
  fill($("table-issues"), tableIssues.map(issueLine));
  fill(
    $("routing-table").tBodies[0],
    state.rows.map((row) => renderRow(row)),
  );
  fill(
    $("validation"),
    state.issues.length === 0
      ? el("li", {}, "No problems found.")
      : state.issues.map((issue) => el("li", {}, issueLine(issue))),
  );
  fillRecipientPicker(document.querySelector("#all-providers .picker-slot"), []);
}

function issueLine(issue) {
  return el("span", { class: `issue ${issue.severity}`, "data-code": issue.code }, issue.message);
}

/**
 * The issues whose path lies inside the cell a row shows. A provider's row that falls back to the default
 * table shows none: the default cell's issues are about patients without a provider, and appear on the
 * default table.
 */
function issuesOfRow(row) {
  if (row.fromDefault) return [];
  const cell = state.table === "" ? ["defaultRouting", row.category] : ["routing", state.table, row.category];
  return state.issues.filter((issue) => cell.every((part, index) => issue.path[index] === part));
}

function renderRow(row) {
  const chips = row.recipients.map((recipient) =>
    el(
      "span",
      { class: `chip ${recipient.kind}${recipient.inactive ? " inactive" : ""}${recipient.unknown ? " unknown" : ""}` },
      recipient.name,
      recipient.kind === "group" && el("small", {}, " group"),
      recipient.kind === "assigned_provider" && state.table !== "" && el("small", {}, " assigned provider"),
      recipient.inactive && el("em", { class: "mark" }, "inactive"),
      recipient.unknown && el("em", { class: "mark" }, "unknown"),
      recipient.away &&
        el(
          "em",
          { class: "mark away" },
          `away until ${new Date(recipient.away.until).toLocaleDateString()}, covered by ${memberName(recipient.away.coveredBy)}`,
        ),
    ),
  );
  const tr = el(
    "tr",
    { "data-category": row.category, class: row.fromDefault ? "from-default" : undefined },
    el("th", { scope: "row" }, row.label),
    el("td", { class: "recipients" }, chips, row.fromDefault && el("small", { class: "note" }, "default table")),
    el("td", { class: "warnings" }, issuesOfRow(row).map(issueLine)),
    el("td", {}, el("button", { type: "button", class: "edit", onclick: () => openEditor(tr, row) }, "Edit")),
  );
  return tr;
}

function renderAudit(entries) {
  fill(
    $("audit"),
    entries.length === 0
      ? el("li", { class: "empty" }, "No changes yet.")
      : entries.map((entry) =>
          el(
            "li",
            { "data-revision": entry.revision },
            el("b", {}, `r${entry.revision}`),
            ` ${new Date(entry.at).toLocaleString()} · ${entry.summary} `,
            entry.undoneBy === null
              ? el(
                  "button",
                  { type: "button", class: "undo", onclick: () => undo(entry.revision) },
                  entry.kind === "undo" ? "Redo" : "Undo",
                )
              : el("small", {}, `(${entry.kind === "undo" ? "redone" : "undone"} in r${entry.undoneBy})`),
          ),
        ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Choosing recipients: checkboxes for the assigned provider, each group and each member, kept in the order
// they were ticked (a cell's order is the order in which people are listed).

function keyOf(recipient) {
  return recipient.type === "assigned_provider" ? "assigned_provider" : `${recipient.type}:${recipient.id}`;
}

function recipientOfKey(key) {
  if (key === "assigned_provider") return { type: "assigned_provider" };
  const [type, ...rest] = key.split(":");
  return { type, id: rest.join(":") };
}

function fillRecipientPicker(slot, initial) {
  const chosen = initial.map(keyOf);
  const option = (key, label, extra) =>
    el(
      "label",
      { class: "pick" },
      el("input", {
        type: "checkbox",
        value: key,
        checked: chosen.includes(key),
        onchange: (event) => {
          const at = chosen.indexOf(key);
          if (event.target.checked && at < 0) chosen.push(key);
          if (!event.target.checked && at >= 0) chosen.splice(at, 1);
        },
      }),
      ` ${label}`,
      extra && el("em", { class: "mark" }, extra),
    );
  const { groups, members } = state.practice;
  fill(
    slot,
    el(
      "div",
      { class: "picker" },
      option("assigned_provider", "Assigned provider"),
      Object.keys(groups)
        .sort()
        .map((id) => option(`group:${id}`, groups[id].name, "group")),
      Object.keys(members)
        .sort()
        .map((id) => option(`member:${id}`, members[id].name, members[id].active ? undefined : "inactive")),
    ),
  );
  slot.recipients = () => chosen.map(recipientOfKey);
}

function openEditor(tr, row) {
  for (const open of document.querySelectorAll("tr.editor")) open.remove();
  const slot = el("div");
  const initial = row.fromDefault
    ? []
    : row.recipients.map((r) =>
        r.kind === "assigned_provider" ? { type: "assigned_provider" } : { type: r.kind, id: r.id },
      );
  const providerId = state.table === "" ? null : state.table;
  const editor = el(
    "tr",
    { class: "editor" },
    el(
      "td",
      { colspan: 4 },
      slot,
      el("button", { type: "button", class: "save", onclick: () => setCell(row, slot.recipients()) }, "Save"),
      providerId !== null && el("button", { type: "button", onclick: () => setCell(row, []) }, "Use the default table"),
      el("button", { type: "button", onclick: () => editor.remove() }, "Cancel"),
    ),
  );
  fillRecipientPicker(slot, initial);
  tr.after(editor);
}

// ---------------------------------------------------------------------------------------------------------
// Changes: every one is an edit (or an undo) with the revision the page shows.

async function send(path, body) {
  const result = await call("POST", path, { ...body, expectedRevision: state.practice.revision });
  if (result.status === 200) say(result.body.changed ? `Saved: ${result.body.audit.summary}` : "Nothing to change.");
  else say(result.body.error.message, "error");
  await reload();
  return result;
}

function edit(edit) {
  return send("/edits", { edit });
}

function setCell(row, recipients) {
  const providerId = state.table === "" ? null : state.table;
  return edit({ type: "set_route", providerId, category: row.category, recipients });
}

function undo(revision) {
  return send(`/audit/${revision}/undo`, {});
}

async function preview(form) {
  const data = new FormData(form);
  const at = data.get("at") ? new Date(String(data.get("at"))).toISOString() : "";
  const query = new URLSearchParams({ category: data.get("category"), provider: data.get("provider"), at });
  const { status, body } = await call("GET", `/preview?${query}`);
  if (status !== 200) return fill($("preview-result"), el("p", { class: "error" }, body.error.message));
  fill(
    $("preview-result"),
    el(
      "p",
      { class: body.ok ? "answer" : "answer refused" },
      body.ok
        ? `${body.recipients.map((r) => r.name).join(", ")} (${body.route.replace("_", " ")})`
        : "Nobody: refused.",
    ),
    el(
      "ul",
      { class: "explanation" },
      body.explanation.map((sentence) => el("li", {}, sentence)),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Start

async function start() {
  $("actor").value = localStorage.getItem("actor") ?? "jsmith";
  $("actor").addEventListener("change", () => {
    localStorage.setItem("actor", actor());
    reload();
  });
  $("messaging-switch").addEventListener("change", (event) =>
    edit({ type: "set_messaging", enabled: event.target.checked }),
  );
  $("provider-picker").addEventListener("change", (event) => {
    state.table = event.target.value;
    reload();
  });
  $("all-providers").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    const slot = form.querySelector(".picker-slot");
    const data = new FormData(form);
    edit({
      type: "set_route_for_all_providers",
      category: data.get("category"),
      mode: data.get("mode"),
      recipients: slot.recipients(),
    });
  });
  $("preview").addEventListener("submit", (event) => {
    event.preventDefault();
    preview(event.target);
  });
  state.practiceId = await currentPracticeId();
  await reload();
  document.body.dataset.ready = "true";
}

start();
