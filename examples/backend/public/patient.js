// The patient's compose box: "New Message", the categories the practice offers (from
// `patientMessagingView`; an unavailable one is shown greyed out), the closed notice when the practice is
// closed, and whom a category goes to when the practice chooses to show that (`to`).

import { api, currentPracticeId, el, fill } from "./common.js";

const $ = (id) => document.getElementById(id);
let practiceId = "";

async function load() {
  const provider = $("provider").value;
  const query = provider ? `?provider=${encodeURIComponent(provider)}` : "";
  const { status, body } = await api("GET", `/api/practices/${encodeURIComponent(practiceId)}/patient-view${query}`);
  if (status !== 200) {
    $("result").textContent = body.error.message;
    return;
  }
  const { practice, view } = body;
  $("practice-name").textContent = practice.name;
  fill(
    $("provider"),
    el("option", { value: "" }, "no provider"),
    body.providers.map((p) => el("option", { value: p.id }, p.name)),
  );
  $("provider").value = provider;

  $("notice").hidden = !view.notice;
  if (view.notice) $("notice").textContent = noticeText(view.notice);
  $("closed").hidden = view.canStartMessage;
  $("new-message").hidden = !view.canStartMessage;
  if (!view.canStartMessage) $("compose").hidden = true;
  fill(
    $("categories"),
    view.categories.map((category, index) =>
      el(
        "label",
        { class: `category${category.available === false ? " unavailable" : ""}` },
        el("input", {
          type: "radio",
          name: "category",
          value: category.id,
          required: true,
          checked: index === 0,
          disabled: category.available === false,
        }),
        ` ${category.label}`,
        Array.isArray(category.to) &&
          category.to.length > 0 &&
          el("small", { class: "to" }, ` goes to ${category.to.join(", ")}`),
      ),
    ),
  );
}

function noticeText(notice) {
  if (notice.kind === "closed") {
    const when = notice.nextOpenAt ? ` We open again ${new Date(notice.nextOpenAt).toLocaleString()}.` : "";
    return `The practice is closed now.${when} Do not use messages for emergencies.`;
  }
  return "Please note the practice's notice.";
}

async function send(form) {
  const data = new FormData(form);
  const providerId = $("provider").value || null;
  const { status, body } = await api("POST", `/api/practices/${encodeURIComponent(practiceId)}/messages`, {
    body: { category: data.get("category"), providerId, body: data.get("body") },
  });
  $("result").textContent =
    status === 201 ? "Your message was sent to the practice." : "Your message could not be sent.";
  if (status === 201) form.reset();
  if (status !== 201) console.warn(body.error.code);
}

async function start() {
  practiceId = await currentPracticeId();
  $("provider").addEventListener("change", load);
  $("new-message").addEventListener("click", () => {
    $("compose").hidden = false;
  });
  $("compose").addEventListener("submit", (event) => {
    event.preventDefault();
    send(event.target);
  });
  await load();
  document.body.dataset.ready = "true";
}

start();
