import { describe, expect, it } from "vitest";
import {
  buildStamp,
  countiesToBuild,
  PROVINCE_LINKS,
  provinceFrontPage,
  provinceLookupPage,
  provinceTownOptions,
} from "../../src/lib/province/index.ts";
import { contentSecurityPolicy } from "../../src/lib/site/index.ts";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe("buildStamp and countiesToBuild", () => {
  it("stamps the same content and code alike, whatever order the files are read in", () => {
    const files = [file("a.yaml", "甲"), file("b.yaml", "乙")];
    expect(buildStamp(files, "code")).toBe(buildStamp([...files].reverse(), "code"));
  });

  it("changes the stamp when a file, a file's name or the code changes", () => {
    const stamp = buildStamp([file("a.yaml", "甲")], "code");
    expect(buildStamp([file("a.yaml", "乙")], "code")).not.toBe(stamp);
    expect(buildStamp([file("c.yaml", "甲")], "code")).not.toBe(stamp);
    expect(buildStamp([file("a.yaml", "甲")], "other code")).not.toBe(stamp);
  });

  it("builds the counties never built or stamped differently, and no other", () => {
    const stamps = new Map([
      ["east", "1"],
      ["west", "2"],
      ["north", "3"],
    ]);
    const last = new Map<string, string | undefined>([
      ["east", "1"],
      ["west", "old"],
    ]);
    expect(countiesToBuild(stamps, last)).toEqual(["west", "north"]);
  });
});

describe("provinceFrontPage", () => {
  const page = provinceFrontPage("某省<职责>", [
    { id: "east", name: "东县" },
    { id: "west", name: "西县 & 区" },
  ]);

  it("links every county's site and lookup, its name escaped", () => {
    expect(page).toContain('<a href="/east/">东县</a>');
    expect(page).toContain('<a href="/west/lookup/">');
    expect(page).toContain("西县 &amp; 区");
    expect(page).toContain("<title>某省&lt;职责&gt;</title>");
  });

  it("asks the province's 谁负责？ about all its towns", () => {
    expect(page).toContain('<form class="lookup" action="/lookup/" method="get"');
    expect(page).toContain('<input type="hidden" name="town" value="all" />');
  });

  it("searches every county's Pagefind bundle, with no inline script", () => {
    expect(page).toContain("/east/pagefind/");
    expect(page).toContain("/west/pagefind/");
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/east/pagefind/pagefind-ui.js",
      "/province.js",
    ]);
  });

  it("carries the county sites' own Content-Security-Policy, which allows no inline script or style", () => {
    // The attribute as a browser reads it: ' is written &#39;.
    const policy = (
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? ""
    ).replaceAll("&#39;", "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toBe(contentSecurityPolicy());
  });
});

/** A county's built lookup page, cut down to the parts the province's page replaces. */
function countyLookupPage(county: string, towns: Array<[id: string, name: string, home?: boolean]>): string {
  const options = towns
    .map(
      ([id, name, home]) =>
        `<option value="${id}"${home ? " data-home" : ""} data-standing="town" data-index-bytes="100" data-index="/${county}/lookup/${id}.json">${name}</option>`,
    )
    .join("");
  return `<!DOCTYPE html><html lang="zh-CN" data-base="/${county}/"><head><title>谁负责？ · 县站</title></head><body><header class="site-header"><a href="/${county}/">县站</a></header><main><div class="notice needs-server" id="needs-server" role="note"><p>打开<code>http://localhost:4321/${county}/</code>或<code>http://10.x.x.x/${county}/</code>。</p></div><form class="search-form lookup-form" action="/${county}/lookup/" method="get"><select id="lookup-town" name="town"><option value="all">全部辖区</option>${options}</select></form><ul class="chips" id="lookup-suggestions" data-sectors-across></ul><a id="lookup-fulltext-link" href="/${county}/search/">在全文中搜索</a><noscript><p>也可以从<a href="/${county}/">首页</a>按领域查找。</p></noscript><script type="module" src="/${county}/_astro/lookup.js"></script></main><footer><p class="footer-site">县站</p></footer></body></html>`;
}

describe("provinceLookupPage", () => {
  const east = {
    county: { id: "east", name: "东县" },
    html: countyLookupPage("east", [["chengguan", "城关镇", true]]),
  };
  const west = {
    county: { id: "west", name: "西县" },
    html: countyLookupPage("west", [
      ["chengguan", "城关镇"],
      ["fire", "火$&镇"],
    ]),
  };
  const page = provinceLookupPage(east.html, [east, west], "某省 $1 职责", PROVINCE_LINKS);

  it("lists every county's towns, keyed and named by county, each with its county's index", () => {
    expect(provinceTownOptions(west)).toEqual([
      '<option value="west/chengguan" data-standing="town" data-index-bytes="100" data-index="/west/lookup/chengguan.json" data-town-name="城关镇（西县）">城关镇（西县）</option>',
      '<option value="west/fire" data-standing="town" data-index-bytes="100" data-index="/west/lookup/fire.json" data-town-name="火$&镇（西县）">火$&镇（西县）</option>',
    ]);
    expect(page.match(/<option /g)).toHaveLength(4);
    expect(page).toContain('<option value="east/chengguan" data-standing="town"');
  });

  it("has no home town of one county, the province's root as its base and no page of a sector across towns", () => {
    expect(page).not.toContain("data-home");
    expect(page).toContain('<html lang="zh-CN" data-base="/">');
    expect(page).not.toContain("data-sectors-across");
  });

  it("keeps the county page's script and names the province, a $ in its title as written", () => {
    expect(page).toContain('<script type="module" src="/east/_astro/lookup.js">');
    expect(page).toContain("<title>谁负责？ · 某省 $1 职责</title>");
    expect(page).toContain('<p class="footer-site">某省 $1 职责</p>');
    expect(page).not.toContain("县站");
  });

  it("sends Enter, the full-text link, the no-script link and the from-disk notice to the province, not the county", () => {
    expect(page).toContain('<form class="search-form lookup-form" action="/lookup/"');
    expect(page).toContain('<a id="lookup-fulltext-link" href="/search/"');
    expect(page).toContain('从<a href="/">首页</a>');
    expect(page).toContain("<code>http://localhost:4321/</code>或<code>http://10.x.x.x/</code>");
    // Only the county's assets stay at its address: the script, and nothing a reader follows.
    expect(page.match(/\/east\/(?!_astro\/|lookup\/chengguan\.json)/g)).toBeNull();
  });

  it("stops with the part it cannot find when the county's page is laid out otherwise", () => {
    expect(() => provinceLookupPage("<html><body></body></html>", [east], "省", PROVINCE_LINKS)).toThrow(
      /缺少 base/,
    );
  });
});
