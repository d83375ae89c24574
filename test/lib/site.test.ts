import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_ORIGIN, normaliseBasePath, siteOriginFromEnv } from "../../src/lib/site/base.ts";
import { countyPath, isCurrentNav, siteNav, townPath } from "../../src/lib/site/index.ts";
import type { TownStanding } from "../../src/domain/index.ts";

const town = (id: string, name: string, standing: TownStanding = "town") => ({
  id,
  data: { name },
  standing,
});

describe("siteNav", () => {
  it("links a one-town deployment straight to its matrix, and to no page that compares towns", () => {
    const nav = siteNav([town("zhangshanzi", "张山子镇")]);
    expect(nav.find((link) => link.label === "张山子镇")?.href).toBe(townPath("zhangshanzi"));
    expect(nav.map((link) => link.label)).not.toEqual(expect.arrayContaining(["辖区"]));
    expect(nav.map((link) => link.label)).not.toContain("岗位对照");
    expect(nav.map((link) => link.label)).not.toContain("县域对照");
  });

  it("links a county to the list of towns on the home page, to 岗位对照 and to the county overview", () => {
    const nav = siteNav([town("a", "甲镇"), town("b", "乙镇")]);
    expect(nav.filter((link) => link.label === "辖区").map((link) => link.href)).toEqual(["/#towns-title"]);
    expect(nav.some((link) => link.label === "甲镇")).toBe(false);
    expect(nav.find((link) => link.label === "县域对照")?.href).toBe(countyPath());
    expect(nav.some((link) => link.label === "岗位对照")).toBe(true);
  });

  it("has no county overview for one real town beside the 范本 and 汇编", () => {
    const nav = siteNav([town("a", "甲镇"), town("t", "范本", "template"), town("c", "汇编", "collection")]);
    expect(nav.some((link) => link.label === "县域对照")).toBe(false);
    expect(nav.some((link) => link.label === "岗位对照")).toBe(true);
  });

  it("uses only paths that end in a slash or point into the home page", () => {
    for (const { href } of siteNav([town("a", "甲镇")])) expect(href).toMatch(/^\/(.*\/)?(#[\w-]+)?$/);
  });
});

describe("isCurrentNav", () => {
  it("marks a section as current on its pages, and the home link only on the home page", () => {
    expect(isCurrentNav("/guide/mayor/", "/guide/")).toBe(true);
    expect(isCurrentNav("/guide/mayor/", "/")).toBe(false);
    expect(isCurrentNav("/", "/")).toBe(true);
    expect(isCurrentNav("/glossary/", "/guide/")).toBe(false);
  });
});

describe("normaliseBasePath and siteOriginFromEnv", () => {
  it("turns any spelling of a sub-path into /path/, and nothing into /", () => {
    expect(["anquan", "/anquan", "/anquan/", " anquan/ "].map(normaliseBasePath)).toEqual(
      Array(4).fill("/anquan/"),
    );
    expect(normaliseBasePath(undefined)).toBe("/");
  });

  it("keeps only the address of SITE_URL, defaults to where npm start serves, and refuses what is not http(s)", () => {
    expect(siteOriginFromEnv({ SITE_URL: "http://10.1.2.3/anquan/" })).toBe("http://10.1.2.3");
    expect(siteOriginFromEnv({ SITE_URL: "https://aq.example.gov.cn" })).toBe("https://aq.example.gov.cn");
    expect(siteOriginFromEnv({})).toBe(DEFAULT_SITE_ORIGIN);
    expect(() => siteOriginFromEnv({ SITE_URL: "10.1.2.3" })).toThrow(/SITE_URL="10.1.2.3" 不是网址/);
  });
});
