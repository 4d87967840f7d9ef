// Helpers shared by the two pages: calling the API and building DOM nodes (text is always set with
// textContent, never parsed as HTML).

/** The practice this page shows: `?practice=ID`, else the first one the server hosts. */
export async function currentPracticeId() {
  const fromQuery = new URLSearchParams(location.search).get("practice");
  if (fromQuery) return fromQuery;
  const { body } = await api("GET", "/api/practices");
  return body.practices[0]?.id;
}

/**
 * Calls the API. Admin calls pass the acting member's id, sent as the `x-actor` header (a real app would
 * take it from the login session on the server instead).
 * @returns {Promise<{status: number, body: any}>}
 */
export async function api(method, path, { body, actor } = {}) {
  const headers = {};
  if (actor) headers["x-actor"] = actor;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** Creates an element: `el("td", {class: "x"}, "text", child)`. Attributes starting with `on` are listeners. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces an element's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
}
