// Drives Gregor's web console in Debian's headless Chromium (playwright-core
// from tools/, the system binary: nothing is downloaded) against a Gregor
// holding the data test_console.py made, checks what each page shows (the
// group's lag before the topic page produces a record),
// saves a screenshot of each into SCREENSHOTS, and prints one JSON line:
// {"checks": {name: true|message}, "errors": [console errors]}.
// Exits 1 when a check failed or the page logged an error.
//
// Environment: GREGOR_URL, SCREENSHOTS (a folder), PLAN (JSON: subject,
// referencing, referencing_id, field, topic, group, lags: [{partition, lag,
// committed, end}]).
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "..", "tools", "package.json"));
const { chromium } = require("playwright-core");

// The console is opened as a user on another machine would: by a host name
// (mapped to Gregor's address), over plain HTTP, so the page is not a
// secure context (no crypto.randomUUID, no clipboard API).
const gregor = new URL(process.env.GREGOR_URL);
const base = `http://gregor.test:${gregor.port}`;
const shots = process.env.SCREENSHOTS;
const plan = JSON.parse(process.env.PLAN);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    `--host-resolver-rules=MAP gregor.test ${gregor.hostname}`],
});
const errors = [];
const requests = [];
const checks = {};
async function check(name, fn) {
  try { await fn(); checks[name] = true; } catch (error) { checks[name] = String(error.message ?? error).slice(0, 600); }
}
const expect = (condition, message) => { if (!condition) throw new Error(message); };

try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  const go = async (hash) => {
    await page.goto(`${base}/ui${hash}`);
    await page.waitForSelector("main h1");
  };
  // Controls without a label, in the current page.
  const unlabelled = () => page.evaluate(() => [...document.querySelectorAll("input, select, textarea")]
    .filter((c) => !(c.labels?.length || c.getAttribute("aria-label"))).map((c) => c.outerHTML.slice(0, 80)));

  // Text whose contrast with its background is below WCAG AA (4.5:1).
  const lowContrast = () => page.evaluate(() => {
    const channels = (color) => color.match(/[\d.]+/g).map(Number);
    const luminance = (color) => {
      const [r, g, b] = channels(color).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== "transparent" && (channels(c)[3] ?? 1) > 0) return c;
      }
      return "rgb(255, 255, 255)";
    };
    const low = [];
    let checked = 0;
    for (const el of document.querySelectorAll("body *")) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
      checked += 1;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const [a, b] = [luminance(style.color), luminance(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) low.push(`${el.tagName.toLowerCase()}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 30)}"`);
    }
    return { low, checked };
  });
  const accessible = async () => {
    const missing = await unlabelled();
    expect(missing.length === 0, `unlabelled: ${missing}`);
    const { low, checked } = await lowContrast();
    expect(checked > 10 && low.length === 0, `low contrast (of ${checked} texts): ${low.slice(0, 5)}`);
  };

  await check("subjects: list and search", async () => {
    await go("");
    expect(await page.evaluate(() => window.isSecureContext) === false, "the page is a secure context: the test would not see insecure-context failures");
    await page.waitForSelector(`#subject-list a:text-is("${plan.subject}")`);
    await page.getByLabel("Search subjects").fill(plan.subject.slice(-8));
    const shown = await page.locator("#subject-list li").allTextContents();
    expect(shown.includes(plan.subject) && shown.length <= 3, `search shows ${JSON.stringify(shown).slice(0, 200)}`);
    await accessible();
    await page.screenshot({ path: join(shots, "subjects.png") });
  });

  await check("keyboard: skip link first, then the sections", async () => {
    await page.goto("about:blank"); // a fresh load (a fragment change moves the focus to the view)
    await go("#/subjects");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id) === "skip", "the first Tab does not reach the skip link");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent) === "Subjects", "the second Tab does not reach the first section");
  });

  await check("subject: schema, diff with the added field, compatibility test", async () => {
    await go(`#/subjects/${encodeURIComponent(plan.subject)}`);
    await page.waitForSelector("pre.code");
    expect((await page.locator("pre.code").first().textContent()).includes(plan.field), "the latest schema lacks the new field");
    expect((await page.locator("#compatibility").textContent()) === "BACKWARD", "compatibility level");
    expect((await page.locator("#mode").textContent()) === "READWRITE", "mode");
    await page.waitForSelector("#diff td.added");
    const added = await page.locator("#diff td.added").allTextContents();
    expect(added.some((line) => line.includes(plan.field)), `added lines: ${JSON.stringify(added)}`);
    expect(await page.locator("#diff td.removed").count() === 0, "a line shows as removed");
    // A type change is not backward compatible: Confluent's messages show.
    await page.getByLabel("Schema to test").fill(JSON.stringify({ type: "record", name: "Thing", namespace: "ex",
      fields: [{ name: "id", type: "string" }] }));
    await page.getByRole("button", { name: "Test against latest" }).click();
    await page.waitForSelector("#compat-result p");
    const result = await page.locator("#compat-result").textContent();
    expect(result.includes("Not compatible") && /TYPE_MISMATCH|READER_FIELD_MISSING_DEFAULT_VALUE|reader type/i.test(result), result.slice(0, 400));
    await accessible();
    await page.screenshot({ path: join(shots, "subject.png"), fullPage: true });
  });

  await check("references: referenced-by and the referencing subject", async () => {
    await go(`#/subjects/${encodeURIComponent(plan.subject)}`);
    await page.waitForSelector(`#references a:text-is("schema ${plan.referencing_id}")`);
    await go(`#/subjects/${encodeURIComponent(plan.referencing)}`);
    await page.waitForSelector(`#references a:has-text("${plan.subject} v2")`);
  });

  await check("schema by id", async () => {
    await go(`#/schemas/${plan.referencing_id}`);
    await page.waitForSelector(`td a:text-is("${plan.referencing}")`);
  });

  await check("group: lag per partition as rdkafka reads it, with its chart", async () => {
    await go(`#/groups/${encodeURIComponent(plan.group)}`);
    await page.waitForSelector("#lags tbody tr");
    const rows = await page.locator("#lags tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    for (const l of plan.lags) {
      const row = rows.find((r) => Number(r[1]) === l.partition);
      expect(row, `partition ${l.partition} missing`);
      expect(Number(row[2]) === l.committed && Number(row[3]) === l.end && Number(row[4]) === l.lag,
        `partition ${l.partition}: shown ${row.slice(2, 5)}, rdkafka ${[l.committed, l.end, l.lag]}`);
    }
    await page.waitForSelector("#lag-chart svg polyline", { state: "attached" });
    await accessible();
    const total = plan.lags.reduce((s, l) => s + l.lag, 0);
    expect((await page.locator("#lag-total").textContent()).includes(`Total lag: ${total} records`), "total lag");
    // It updates: a second sample arrives.
    await page.waitForFunction(() => document.querySelector("#lag-chart svg text:last-of-type")?.textContent?.startsWith("2 "), null, { timeout: 15000 });
    await page.screenshot({ path: join(shots, "group.png"), fullPage: true });
  });

  await check("topic: partitions, offsets, live tail of a produced record", async () => {
    await go(`#/topics/${encodeURIComponent(plan.topic)}`);
    const cells = await page.locator("table").first().locator("tbody tr").count();
    expect(cells === plan.lags.length, `${cells} partitions shown`);
    for (const l of plan.lags) {
      const row = page.locator("table").first().locator("tbody tr").nth(l.partition);
      const text = await row.locator("td").allTextContents();
      expect(Number(text[4]) === l.end, `partition ${l.partition} latest offset ${text[4]}, expected ${l.end}`);
    }
    await page.getByRole("button", { name: "Start tail" }).click();
    await page.waitForSelector("#tail-status[data-assigned]", { timeout: 30000 });
    const status = await page.locator("#tail-status").textContent();
    expect(status.includes("partitions 0, 1 "), status);
    await page.getByLabel("Embedded format").selectOption("avro");
    await page.getByLabel("Value (JSON; text for binary)").fill(JSON.stringify({ id: 7, note: "from the console" }));
    await page.getByLabel("Value schema", { exact: true }).fill(plan.avro_schema);
    await page.getByRole("button", { name: "Produce" }).click();
    await page.waitForSelector("#produce-result .ok", { timeout: 15000 });
    const row = page.locator("#tail-rows tr", { hasText: "from the console" });
    await row.waitFor({ timeout: 20000 });
    const cellsText = await row.locator("td").allTextContents();
    expect(JSON.parse(cellsText[4]).id === 7, `tailed value ${cellsText[4]}`);
    expect(Number(cellsText[5]) > 0, "no value schema id: not decoded through the registry");
    await accessible();
    await page.screenshot({ path: join(shots, "topic.png"), fullPage: true });
    // The other embedded formats of the form reach Kafka too.
    for (const [format, value, schema] of plan.more_formats) {
      await page.getByLabel("Embedded format").selectOption(format);
      await page.getByLabel("Value (JSON; text for binary)").fill(value);
      await page.getByLabel("Value schema", { exact: true }).fill(schema);
      await page.locator("#produce-result").evaluate((el) => el.replaceChildren());
      await page.getByRole("button", { name: "Produce" }).click();
      await page.waitForSelector("#produce-result p", { timeout: 15000 });
      const written = await page.locator("#produce-result").textContent();
      expect(written.startsWith("Written to partition"), `${format}: ${written}`);
      await page.locator("#tail-rows tr").nth(0).waitFor();
    }
    await page.waitForFunction((n) => document.querySelectorAll("#tail-rows tr").length >= n, 1 + plan.more_formats.length, { timeout: 20000 });
    await page.getByRole("button", { name: "Stop tail" }).click();
  });

  await check("node: role, health, metrics", async () => {
    await go("#/node");
    const role = await page.locator("#node-role").textContent();
    expect(/primary|replica/.test(role), role);
    expect((await page.locator("#node-health").textContent()).includes("Healthyyes"), await page.locator("#node-health").textContent());
    await accessible();
    const memory = await page.locator("td", { hasText: "MiB" }).count();
    expect(memory === 1, "resident memory not shown");
    await page.screenshot({ path: join(shots, "node.png"), fullPage: true });
  });

  await check("contexts and topics lists", async () => {
    await go("#/contexts");
    await page.waitForSelector("td:text-is('.')");
    await go("#/topics");
    await page.waitForSelector(`#topic-list a:text-is("${plan.topic}")`);
  });

  await check("nothing loaded from elsewhere", async () => {
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
    expect(foreign.length === 0, `foreign requests: ${foreign.slice(0, 5)}`);
  });
} finally {
  await browser.close();
}
const failed = Object.values(checks).some((v) => v !== true);
console.log(JSON.stringify({ checks, errors }));
process.exitCode = failed || errors.length ? 1 : 0;
