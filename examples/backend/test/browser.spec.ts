// The settings page and the patient page in Debian's Chromium, driven by playwright-core. Screenshots go to
// .tmp/ for a reader; with SAVE_DOCS_SCREENSHOT=1 the settings page is also saved as
// docs/images/settings-page.png (the one the README shows).

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { BACKEND_DIR, makeTempDir, type RunningServer, removeDir, startServer } from "./server.js";

// Debian's Chromium (CI installs it with apt); CHROMIUM_PATH points elsewhere on other systems.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(BACKEND_DIR, ".tmp");
const DOCS_SHOT = join(BACKEND_DIR, "..", "..", "docs", "images", "settings-page.png");
// Without Chromium the suite is skipped, and the test report says why in one line.
const skip = existsSync(CHROMIUM)
  ? false
  : `skipped: ${CHROMIUM} is missing (install it with: apt-get install chromium)`;

describe("pages in Chromium", { skip }, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    dir = makeTempDir();
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([
      startServer(join(dir, "practices.sqlite")),
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] }),
    ]);
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir !== undefined) removeDir(dir);
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const appointments = () => page.locator('#routing-table tr[data-category="appointments"]');
  const appointmentNames = () => appointments().locator("td.recipients .chip").allTextContents();
  /** Waits (up to 10 s) for the Appointments row to show these names: the page re-renders after each answer. */
  async function expectNames(expected: readonly string[]) {
    const deadline = Date.now() + 10_000;
    let names = await appointmentNames();
    while (JSON.stringify(names) !== JSON.stringify(expected) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      names = await appointmentNames();
    }
    assert.deepEqual(names, expected);
  }

  async function openSettings() {
    await page.goto(`${server.url}/settings`);
    await page.locator("body[data-ready]").waitFor();
  }

  test("toggles patient messaging", async () => {
    await openSettings();
    await assert.doesNotReject(page.locator("#messaging-state", { hasText: "Yes" }).waitFor());
    await shot("1-settings");
    await page.locator(".switch").click();
    await page.locator("#messaging-state", { hasText: "No" }).waitFor();
    await page.locator("#status", { hasText: "turned patient-initiated messaging off" }).waitFor();
    assert.equal(await page.locator("#revision").textContent(), "1");
    await shot("2-messaging-off");
    await page.locator(".switch").click();
    await page.locator("#messaging-state", { hasText: "Yes" }).waitFor();
    assert.equal(await page.locator("#revision").textContent(), "2");
  });

  test("edits a cell, sees the table change, and undoes it", async () => {
    await page.locator("#provider-picker").selectOption("crusher");
    await page.locator("#routing-table tbody tr").first().waitFor();
    await expectNames(["Jane Smith"]);

    await appointments().locator("button.edit").click();
    const editor = page.locator("tr.editor");
    await editor.getByLabel("Jane Smith").uncheck();
    await editor.getByLabel("Front Desk").check();
    await editor.locator("button.save").click();
    await page.locator("#revision", { hasText: "3" }).waitFor();
    await expectNames(["Front Desk group"]);
    await shot("3-cell-edited");

    await page.locator('#audit li[data-revision="3"] button.undo').click();
    await page.locator("#revision", { hasText: "4" }).waitFor();
    await expectNames(["Jane Smith"]);
    await page.locator('#audit li[data-revision="3"]', { hasText: "undone in r4" }).waitFor();
    await shot("4-undone");
  });

  test("shows a validation warning beside the cell it concerns", async () => {
    await appointments().locator("button.edit").click();
    await page.locator("tr.editor").getByLabel("Marco Reyes").check();
    await page.locator("tr.editor button.save").click();
    await page.locator("#revision", { hasText: "5" }).waitFor();
    const warning = appointments().locator('td.warnings .issue.warning[data-code="inactive_recipient"]');
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? "", /Marco Reyes/);

    await page.locator("#preview select[name=category]").selectOption("appointments");
    await page.locator("#preview select[name=provider]").selectOption("crusher");
    await page.locator("#preview input[name=at]").fill("2026-11-02T10:00"); // before Jane Smith's absence
    await page.locator("#preview button").click();
    await page.locator("#preview-result .answer").waitFor();
    assert.match(
      (await page.locator("#preview-result .answer").textContent()) ?? "",
      /^Jane Smith \(provider table\)$/,
    );
    await shot("5-warning-and-preview");
    if (process.env.SAVE_DOCS_SCREENSHOT === "1") copyFileSync(join(SHOTS, "5-warning-and-preview.png"), DOCS_SHOT);
  });

  test("adds recipients to every provider's cell with Routing for All Providers", async () => {
    const form = page.locator("#all-providers");
    await form.locator("select[name=category]").selectOption("general_inquiry");
    await form.getByLabel("Add to every cell").check();
    await form.getByLabel("Nurses").check();
    await form.locator("button[type=submit]").click();
    await page.locator("#revision", { hasText: "6" }).waitFor();
    const row = page.locator('#routing-table tr[data-category="general_inquiry"]');
    assert.deepEqual(await row.locator(".chip").allTextContents(), ["Front Desk group", "Nurses group"]);
    assert.equal(await row.getAttribute("class"), null);
  });

  test("shows the patient the categories, then the closed message when messaging is off", async () => {
    await page.goto(`${server.url}/patient`);
    await page.locator("body[data-ready]").waitFor();
    await page.locator("#new-message").click();
    const labels = await page.locator("#categories label").allTextContents();
    assert.deepEqual(
      labels.map((label) => label.trim()),
      [
        "Appointments",
        "Referrals",
        "Prescriptions & Refills",
        "Lab or Other Test Results",
        "General Inquiry",
        "Question About My Health",
      ],
    );
    await page.locator("#provider").selectOption("crusher");
    await page.locator("#compose textarea").fill("Can I move my appointment to Friday?");
    await page.locator("#compose button[type=submit]").click();
    await page.locator("#result", { hasText: "Your message was sent" }).waitFor();
    await shot("6-patient");

    await openSettings();
    await page.locator(".switch").click();
    await page.locator("#messaging-state", { hasText: "No" }).waitFor();
    await page.goto(`${server.url}/patient`);
    await page.locator("body[data-ready]").waitFor();
    assert.equal(await page.locator("#closed").isVisible(), true);
    assert.equal(await page.locator("#new-message").isVisible(), false);
    await shot("7-patient-closed");
  });
});
