import { describe, expect, it } from "vitest";
import { buildStamp, countiesToBuild, provinceFrontPage } from "../../src/lib/province/index.ts";

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

  it("searches every county's Pagefind bundle, with no inline script", () => {
    expect(page).toContain("/east/pagefind/");
    expect(page).toContain("/west/pagefind/");
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
    expect([...page.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/east/pagefind/pagefind-ui.js",
      "/province.js",
    ]);
  });
});
