import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { contactSchema } from "../../src/schemas/contact.ts";
import { siteSchema } from "../../src/schemas/site.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";

/** The guide that describes the site's pages and sources, and the one on deployment. */
const readme = readFileSync(join(PROJECT_ROOT, "docs", "使用.md"), "utf8");
const deployment = readFileSync(join(PROJECT_ROOT, "docs", "部署.md"), "utf8");
const model = modelOf(PROJECT_ROOT);

describe("docs/使用.md and docs/部署.md", () => {
  it("gives the numbers of towns and duties the site shows, in total and per source document", () => {
    const total = /共 (\d+) 个辖区、(\d+) 条职责/.exec(readme);
    expect(total?.slice(1).map(Number)).toEqual([model.towns.length, model.duties.length]);
    // The table after it: one row per source, its duty count as (N 条职责) or (N 条；…).
    const table = readme.slice(total!.index).split("\n\n")[1]!;
    const rows = table.split("\n").filter((line) => /^\| (?!-|文件)/.test(line));
    const counted = rows.map((row) => Number(/（(\d+) 条(?:职责)?[）；]/.exec(row)?.[1]));
    const perSource = [...model.sources.values()].map(
      (source) => model.duties.filter((d) => d.source === source.id).length,
    );
    expect(counted.sort((a, b) => a - b)).toEqual(perSource.sort((a, b) => a - b));
  });

  it("counts 张山子镇's units as the site does", () => {
    const units = [...model.units.values()].filter((unit) => unit.key.startsWith("zhangshanzi/"));
    expect(/张山子镇 (\d+) 个单位中/.exec(readme)?.[1]).toBe(String(units.length));
  });

  it("shows a site.yaml and a contact the check accepts, with every field the site schema has", () => {
    const blocks = [...deployment.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const read = (marker: string) =>
      yaml.load(
        blocks.find((block) => block.includes(marker))!,
        { schema: yaml.CORE_SCHEMA },
      ) as Record<string, unknown>;
    const site = read("showSamples:");
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(Object.keys(site).sort()).toEqual(Object.keys(siteSchema.shape).sort());
    expect(contactSchema.safeParse(read("dutyPhone:")).success).toBe(true);
  });
});
