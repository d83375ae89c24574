import { describe, expect, it } from "vitest";
import type { ContentInput } from "../../src/lib/content/index.ts";
import { countyOverview, countyOverviewRows, COUNTY_GAP_LABEL, isMost } from "../../src/lib/county/index.ts";
import { DEFAULT_SITE_TITLE } from "../../src/schemas/site.ts";
import { checkedModel, minimalContent } from "../helpers/fixture.ts";

/** The fixture's town copied as another town `id` (its own source of the same text), its police `role` in fire. */
function addTown(content: ContentInput, id: string, name: string, kind = "意见", fireRole = "lead"): void {
  const [jurisdiction] = content.jurisdictions;
  const [source] = content.sources;
  content.jurisdictions.push({
    ...structuredClone(jurisdiction!),
    id,
    file: `content/jurisdictions/${id}.yaml`,
    data: { ...jurisdiction!.data, name, order: 100 + content.jurisdictions.length },
  });
  content.sources.push({
    ...structuredClone(source!),
    id: `${id}-doc`,
    file: `content/sources/${id}-doc.yaml`,
    // Only section 二 (the units' duties): the principle and the rule cite the fixture's own source.
    data: {
      ...source!.data,
      jurisdictions: [id],
      kind: kind as never,
      docNumber: undefined,
      encodedSections: ["二"],
    },
  });
  for (const unit of content.units.filter((u) => u.id.startsWith("testtown/"))) {
    const slug = unit.id.split("/")[1]!;
    content.units.push({
      ...structuredClone(unit),
      id: `${id}/${slug}`,
      file: `content/units/${id}/${slug}.yaml`,
      data: {
        ...structuredClone(unit.data),
        jurisdiction: id,
        source: `${id}-doc`,
        duties: unit.data.duties.map((duty) =>
          duty.sectors.includes("fire") ? { ...duty, role: fireRole as never } : duty,
        ),
      },
    });
  }
}

function site(content: ContentInput, data: Record<string, unknown>): void {
  content.site = {
    id: "site",
    file: "content/site.yaml",
    data: { title: DEFAULT_SITE_TITLE, showSamples: false, contactMaxAgeDays: 365, ...data } as never,
  };
}

describe("the towns a site publishes (content/site.yaml)", () => {
  it("publishes every town, 范本 included, under the default name when there is no site.yaml", () => {
    const content = minimalContent();
    addTown(content, "sample", "范本镇", "范本");
    const model = checkedModel(content);
    expect(model.towns.map((town) => town.id)).toEqual(["testtown", "sample"]);
    expect(model.site).toMatchObject({ title: DEFAULT_SITE_TITLE, showSamples: true, file: undefined });
  });

  it("publishes only the towns site.yaml lists: no unit, source or duty of another town is in the model", () => {
    const content = minimalContent();
    addTown(content, "other", "另一镇");
    site(content, { towns: ["other"], home: "other", title: "某县乡镇安全生产职责矩阵" });
    const model = checkedModel(content);
    expect(model.towns.map((town) => [town.id, town.home])).toEqual([["other", true]]);
    expect([...model.units.keys()].every((key) => key.startsWith("other/"))).toBe(true);
    expect([...model.sources.keys()]).toEqual(["other-doc"]);
    expect(model.duties.every((duty) => duty.jurisdiction === "other")).toBe(true);
    expect(model.site.title).toBe("某县乡镇安全生产职责矩阵");
  });

  it("leaves the 范本 and 汇编 out of a site.yaml that does not show them, and shows them when it does", () => {
    const content = minimalContent();
    addTown(content, "sample", "范本镇", "范本");
    site(content, {});
    expect(checkedModel(content).towns.map((town) => town.id)).toEqual(["testtown"]);
    site(content, { showSamples: true });
    expect(checkedModel(content).towns.map((town) => town.id)).toEqual(["testtown", "sample"]);
  });

  it("gives each unit the office's contact for it, and none of a town the site does not publish", () => {
    const content = minimalContent();
    addTown(content, "other", "另一镇");
    const contact = (town: string) => ({
      id: `${town}/police`,
      file: `content/contacts/${town}/police.yaml`,
      data: { unit: "police", dutyPhone: "0632-1234567", checked: "2026-11-01" },
    });
    content.contacts.push(contact("testtown"), contact("other"));
    site(content, { towns: ["testtown"] });
    const model = checkedModel(content);
    expect(model.units.get("testtown/police")!.contact?.dutyPhone).toBe("0632-1234567");
    expect(model.units.get("testtown/water")!.contact).toBeUndefined();
    expect(model.units.has("other/police")).toBe(false);
  });
});

describe("countyOverview", () => {
  it("sets each real town's lead units per sector side by side and marks a town without the lead most towns name", () => {
    const content = minimalContent();
    addTown(content, "east", "东镇");
    addTown(content, "west", "西镇", "意见", "assist");
    addTown(content, "sample", "范本镇", "范本");
    const model = checkedModel(content);
    const overview = countyOverview(model);
    expect(overview.towns.map((town) => town.id)).toEqual(["testtown", "east", "west"]);
    const fire = overview.rows.find((row) => row.sector.id === "fire")!;
    expect(fire.cells.map((cell) => [cell.town.id, cell.leads.map((unit) => unit.key), cell.gap])).toEqual([
      ["testtown", ["testtown/police"], false],
      ["east", ["east/police"], false],
      ["west", [], true],
    ]);
    // Gas is led by every town's 水利站: no gap anywhere.
    const gas = overview.rows.find((row) => row.sector.id === "gas")!;
    expect(gas.cells.map((cell) => [cell.leads.map((unit) => unit.slug), cell.gap])).toEqual(
      Array(3).fill([["water"], false]),
    );
    const rows = countyOverviewRows(overview);
    expect(rows[0]).toEqual(["行业领域", "测试镇", "东镇", "西镇"]);
    expect(rows.find((row) => row[0] === fire.sector.data.name)!.at(-1)).toBe(`（${COUNTY_GAP_LABEL}）`);
    expect(rows.find((row) => row[0] === gas.sector.data.name)!.slice(1)).toEqual(
      Array(3).fill("测试水利站"),
    );
  });

  it("counts more than half of the towns as most", () => {
    expect([isMost(2, 3), isMost(1, 2), isMost(6, 12), isMost(7, 12)]).toEqual([true, false, false, true]);
  });
});
