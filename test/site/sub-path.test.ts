import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipBrowserTests, useChromium, watchPage } from "../helpers/browser.ts";
import { brokenLinks, builtPages } from "../helpers/built-site.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { DOCUMENT_LIBRARIES, libraryFileName } from "../../src/integrations/document-libraries.ts";
import { serveStatic } from "../helpers/static-server.ts";

/**
 * The site built for a sub-path of an intranet server (BASE_PATH=/anquan/), served by a
 * plain static server under /anquan/ and nothing else, as nginx would publish it.
 */
const BASE = "/anquan/";
/** The deployment's address, as the IT person sets it for links read outside the site. */
const SITE_URL = "http://10.0.0.8";
const out = mkdtempSync(join(tmpdir(), "duty-matrix-anquan-"));
let server: Awaited<ReturnType<typeof serveStatic>>;

/** What the build printed, on both streams. */
let buildLog = "";

beforeAll(async () => {
  const build = spawnSync("npx", ["astro", "build", "--outDir", out], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BASE_PATH: BASE, SITE_URL },
    encoding: "utf8",
  });
  buildLog = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) throw new Error(`astro build failed:\n${buildLog}`);
  server = await serveStatic(out, BASE);
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe("a build for BASE_PATH=/anquan/", () => {
  it("prints no warning, with SITE_URL set: nothing a person building the site would have to act on", () => {
    expect(buildLog).toContain("Complete!");
    expect(buildLog.split("\n").filter((line) => /\bWARN\b/.test(line))).toEqual([]);
  });

  it("links every page, script, stylesheet, form and anchor inside /anquan/ to something built", () => {
    expect(builtPages(out).length).toBeGreaterThan(400);
    const broken = brokenLinks(out, BASE);
    expect(broken).toEqual([]);
  });

  it("puts the base path into the lookup index, the API and the downloads' links", () => {
    const index = JSON.parse(readFileSync(join(out, "lookup", "zhangshanzi.json"), "utf8")) as {
      units: Array<[number, string, string, string]>;
    };
    expect(index.units.every(([, , , path]) => path.startsWith(BASE))).toBe(true);
    const units = JSON.parse(readFileSync(join(out, "api", "units.json"), "utf8")) as Array<{
      printUrl: string;
    }>;
    expect(units.every((unit) => unit.printUrl.startsWith(BASE))).toBe(true);
    const townPage = readFileSync(join(out, "zhangshanzi", "index.html"), "utf8");
    expect(townPage).toContain(`href="${BASE}zhangshanzi/matrix.csv"`);
    expect(townPage).toContain(`href="${BASE}zhangshanzi/calendar/"`);
  });
  it("imports the Word and Excel libraries from their own files under /anquan/_vendor/, not bundled again", () => {
    const scripts = readdirSync(join(out, "_astro"))
      .filter((name) => name.endsWith(".js"))
      .map((name) => readFileSync(join(out, "_astro", name), "utf8"));
    const imported = new Set(
      scripts.flatMap((code) => [...code.matchAll(/\/anquan\/_vendor\/([\w.-]+\.js)/g)].map((m) => m[1]!)),
    );
    const key = /\.(\w+)\.js$/.exec([...imported][0] ?? "")?.[1] ?? "";
    expect([...imported].sort()).toEqual(
      DOCUMENT_LIBRARIES.map((library) => libraryFileName(library.id, key)).sort(),
    );
    for (const file of imported) expect(existsSync(join(out, "_vendor", file)), file).toBe(true);
    // docx's own source names, which a bundled copy would carry into a page's chunk.
    expect(scripts.filter((code) => code.includes("w:document")).length).toBe(0);
  });
});

describe("calendar files of a deployment with SITE_URL", () => {
  it("link every event to its page by a whole address under the site URL and the base path", () => {
    // Unfolded (RFC 5545 §3.1): a long line continues on the next after one space.
    const text = readFileSync(join(out, "zhangshanzi", "calendar.ics"), "utf8").replace(/\r\n /g, "");
    const events = text.split("BEGIN:VEVENT").length - 1;
    const urls = [...text.matchAll(/^URL:(.+)$/gm)].map((match) => match[1]!.trim());
    expect(events).toBeGreaterThan(5);
    expect(urls).toHaveLength(events);
    for (const url of urls)
      expect(url).toMatch(new RegExp(`^${SITE_URL}${BASE}zhangshanzi/units/[a-z-]+/#d-`));
    const pages = [...text.matchAll(/本站：(\S+)/g)].map((match) => match[1]!.replace(/\\n.*$/, ""));
    expect(pages).toEqual(urls);
  });
});

const chromium = useChromium();

describe.skipIf(skipBrowserTests)("the /anquan/ build in Chromium", () => {
  it("answers a lookup, in all towns and in one, with no request that fails", async () => {
    const page = await chromium().newPage();
    const trouble = await watchPage(page, server.origin);
    await page.goto(`${server.origin}${BASE}lookup/?q=${encodeURIComponent("液化气")}`);
    await page.waitForSelector("html[data-lookup-ready] #lookup-answers li.answer");
    await page.selectOption("#lookup-town", "zhangshanzi");
    await page.waitForSelector('html[data-lookup-ready="zhangshanzi"] #lookup-answers li.answer');
    const links = await page.$$eval("#lookup-answers a[href]", (as) =>
      as.map((a) => a.getAttribute("href")!),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
    await page.click("#lookup-answers li.answer a[href]");
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname.startsWith(`${BASE}zhangshanzi/`)).toBe(true);
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.pageErrors).toEqual([]);
    await page.close();
  });

  it("answers a full-text search whose results open pages under /anquan/", async () => {
    const page = await chromium().newPage();
    const trouble = await watchPage(page, server.origin);
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent("液化气")}`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
    const href = await page.getAttribute(".pagefind-ui__result-link", "href");
    expect(href?.startsWith(BASE)).toBe(true);
    const response = await page.goto(new URL(href!, server.origin).href);
    expect(response?.status()).toBe(200);
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.pageErrors).toEqual([]);
    await page.close();
  });
});

/**
 * The nginx example of docs/部署.md, run by a real nginx (Debian's package): docs/部署.md's
 * block as written, only its port and folder pointed at this test's build.
 */
const nginxBinary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
if (!nginxBinary && process.env["CI"])
  throw new Error("nginx is missing: the deployment test is required in CI");
const skipNginx = !nginxBinary || skipBrowserTests;

describe.skipIf(skipNginx)("docs/部署.md's nginx example, serving the /anquan/ build", () => {
  let origin = "";
  let nginx: ChildProcess | undefined;
  const prefix = mkdtempSync(join(tmpdir(), "duty-matrix-nginx-"));

  beforeAll(async () => {
    const readme = readFileSync(join(PROJECT_ROOT, "docs", "部署.md"), "utf8");
    const block = /<!-- nginx-example:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx-example:end -->/.exec(
      readme,
    );
    expect(block, "docs/部署.md's nginx example").not.toBeNull();
    const port = await freePort();
    const site = block![1]!
      .replace("listen 80;", `listen 127.0.0.1:${port};`)
      .replaceAll("/var/www/anquan/", `${out}/`);
    expect(site).toContain(`${out}/`);
    // nginx's workers may run as an unprivileged user: they must be able to read the build.
    chmodSync(out, 0o755);
    writeFileSync(
      join(prefix, "nginx.conf"),
      [
        `pid ${join(prefix, "nginx.pid")};`,
        `error_log ${join(prefix, "error.log")};`,
        "events {}",
        "http {",
        "  include /etc/nginx/mime.types;",
        "  access_log off;",
        `  client_body_temp_path ${join(prefix, "body")};`,
        site,
        "}",
      ].join("\n"),
    );
    nginx = spawn(nginxBinary!, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    origin = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const ok = await fetch(`${origin}${BASE}`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`nginx did not start: ${readFileSync(join(prefix, "error.log"), "utf8")}`);
  }, 30_000);

  afterAll(() => {
    nginx?.kill();
    rmSync(prefix, { recursive: true, force: true });
  });

  it("sends the CSP header with frame-ancestors, no-cache for pages and long caching for hashed assets", async () => {
    const pageResponse = await fetch(`${origin}${BASE}zhangshanzi/`);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(pageResponse.headers.get("cache-control")).toBe("no-cache");
    const html = await pageResponse.text();
    const css = /href="(\/anquan\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    expect((await fetch(`${origin}${css}`)).headers.get("cache-control")).toContain("immutable");
    const library = readdirSync(join(out, "_vendor"))[0]!;
    const libraryResponse = await fetch(`${origin}${BASE}_vendor/${library}`);
    expect([libraryResponse.status, libraryResponse.headers.get("cache-control")]).toEqual([
      200,
      "public, max-age=31536000, immutable",
    ]);
    const index = await fetch(`${origin}${BASE}lookup/zhangshanzi.json`);
    expect([index.status, index.headers.get("cache-control")]).toEqual([200, "no-cache"]);
  });

  it("sends /anquan without its slash to /anquan/, and calendars as text/calendar", async () => {
    const bare = await fetch(`${origin}/anquan`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.get("location")!, origin).pathname).toBe(BASE);
    const calendar = await fetch(`${origin}${BASE}zhangshanzi/calendar.ics`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(calendar.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(await calendar.text()).toContain("BEGIN:VCALENDAR");
  });

  it("answers an unknown page with the 404 page, its links inside /anquan/", async () => {
    const response = await fetch(`${origin}${BASE}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(`href="${BASE}search/"`);
  });

  it("makes a unit's Word file and a town's Excel file in Chromium, the libraries loaded from /anquan/_vendor/", async () => {
    const page = await chromium().newPage();
    const trouble = await watchPage(page, origin);
    const vendor: string[] = [];
    page.on("requestfinished", (request) => {
      if (request.url().includes(`${BASE}_vendor/`)) vendor.push(request.url());
    });
    await page.goto(`${origin}${BASE}zhangshanzi/print/police-station/letter/`);
    const [word] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 Word" }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    await page.goto(`${origin}${BASE}zhangshanzi/`);
    const [excel] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Excel 表格" }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(vendor.length).toBeGreaterThanOrEqual(DOCUMENT_LIBRARIES.length);
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.cspViolations).toEqual([]);
    await page.close();
  });

  it("runs a lookup and a full-text search in Chromium with no failed request and no CSP violation", async () => {
    const page = await chromium().newPage();
    const trouble = await watchPage(page, origin);
    await page.goto(`${origin}${BASE}lookup/?q=${encodeURIComponent("网吧")}`);
    await page.waitForSelector("html[data-lookup-ready] #lookup-answers li.answer");
    await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent("网吧")}`);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.cspViolations).toEqual([]);
    await page.close();
  });
});

/** A port on the loopback interface that nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
