// Serves clients/typescript (dist and node_modules, with an import map
// made from the packages' "exports") on PAGE_PORT, opens test/browser/page.html
// in Debian's Chromium (playwright-core from tools/, the system binary:
// nothing is downloaded) against GREGOR_URL, and prints the page's result.
// Exits 1 when a call failed or the page logged an error.
import { readFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(join(root, "..", "..", "tools", "package.json"));
const { chromium } = require("playwright-core");

const gregorUrl = process.env.GREGOR_URL;
const port = Number(process.env.PAGE_PORT);
if (!gregorUrl || !port) throw new Error("set GREGOR_URL and PAGE_PORT");

function importMap() {
  const imports = {};
  for (const name of ["@bufbuild/protobuf", "@connectrpc/connect", "@connectrpc/connect-web"]) {
    const pkg = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const file = typeof target === "string" ? target : target.import?.default ?? target.import ?? target.default;
      if (typeof file === "string") imports[join(name, subpath).replace(/\/\.$/, "")] = `/node_modules/${name}/${file.replace(/^\.\//, "")}`;
    }
  }
  return JSON.stringify({ imports });
}

const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json" };
const server = createServer((request, response) => {
  if (request.url === "/favicon.ico") return response.writeHead(204).end();
  const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  let body = readFileSync(file);
  if (path.endsWith("page.html")) body = body.toString().replace("IMPORTMAP", importMap());
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
}).listen(port, "127.0.0.1");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${port}/test/browser/page.html?gregor=${encodeURIComponent(gregorUrl)}`);
  await page.waitForFunction(() => document.getElementById("result")?.textContent !== "running", null, { timeout: 60000 });
  const result = JSON.parse(await page.locator("#result").textContent());
  // The browser logs the deliberate unknown-schema calls over Connect
  // (HTTP 404, one per Connect transport) as failed loads; nothing else may fail.
  const expected = "Failed to load resource: the server responded with a status of 404 (Not Found)";
  const unexpected = errors.filter((e) => e !== expected);
  const notFound = errors.length - unexpected.length;
  console.log(JSON.stringify({ ...result, errors: unexpected, notFound }));
  process.exitCode = result.ok && unexpected.length === 0 && notFound <= 2 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
