import { describe, expect, it } from "vitest";
import { dutiesForApi, unitsForApi } from "../../src/lib/export/index.ts";
import {
  citationsForSource,
  dutiesByPrimarySector,
  groupsApplyingTo,
  sectorAnswer,
  unitsBoundByGroup,
} from "../../src/lib/model/index.ts";
import { checkedModel as modelOf, minimalContent, withCommonDuties } from "../helpers/fixture.ts";

describe("buildModel", () => {
  it("flattens every duty with a unique id and an anchor derived from its clause", () => {
    const model = modelOf(minimalContent());
    expect(model.duties.map((d) => d.id)).toEqual([
      "testtown/police/s2i1p1",
      "testtown/police/s2i1p2",
      "testtown/water/s2i2u1",
    ]);
    expect(model.duties[0]).toMatchObject({ anchor: "d-s2i1p1", clauseAnchor: "s2i1p1", source: "mini" });
  });

  it("numbers further duties of the same clause so anchors stay unique", () => {
    const content = minimalContent();
    const police = content.units.find((u) => u.id === "testtown/police")!;
    police.data.duties.push({ ...structuredClone(police.data.duties[0]!), text: "负责消防" });
    const anchors = modelOf(content)
      .units.get("testtown/police")!
      .duties.map((d) => d.anchor);
    expect(anchors).toEqual(["d-s2i1p1", "d-s2i1p2", "d-s2i1p1-2"]);
  });

  it("builds each town's matrix from its own units' duties", () => {
    const town = modelOf(minimalContent()).towns[0]!;
    expect(town.matrix.units).toEqual(["testtown/police", "testtown/water"]);
    expect(town.rules.map((r) => r.id)).toEqual(["veto"]);
  });

  it("groups a unit's duties by primary sector in the order the document mentions them", () => {
    const model = modelOf(minimalContent());
    const sections = dutiesByPrimarySector(model, model.units.get("testtown/police")!.duties);
    expect(sections.map((s) => [s.sector.id, s.duties.length])).toEqual([
      ["fire", 1],
      ["gas", 1],
    ]);
  });

  it("applies a group's duties to every unit of the named kind, and lists whom they bind", () => {
    const model = modelOf(withCommonDuties());
    const police = model.units.get("testtown/police")!;
    expect(groupsApplyingTo(model, police).map((g) => g.key)).toEqual(["testtown/common"]);
    expect(unitsBoundByGroup(model, model.units.get("testtown/common")!).map((u) => u.key)).toEqual([
      "testtown/police",
      "testtown/water",
    ]);
  });
});

describe("sectorAnswer", () => {
  it("answers who is responsible for a sector, lead first, each with only that sector's duties", () => {
    const model = modelOf(minimalContent());
    const { responsible, villages, principles } = sectorAnswer(model, model.towns[0]!, "gas");
    expect(responsible.map((r) => [r.unit.key, r.role, r.duties.length])).toEqual([
      ["testtown/water", "lead", 1],
      ["testtown/police", "assist", 1],
    ]);
    expect(villages).toEqual([]);
    expect(principles.map((p) => p.id)).toEqual(["three-musts"]);
  });
});

describe("citationsForSource", () => {
  it("links each clause to the duties, principles and rules encoded from it", () => {
    const citations = citationsForSource(modelOf(minimalContent()), "mini");
    expect(citations.get("二1(1)")).toEqual([
      { kind: "duty", href: "/testtown/units/police/#d-s2i1p1", label: "测试派出所", role: "lead" },
    ]);
    expect(citations.get("一(一)")?.[0]).toMatchObject({
      kind: "principle",
      href: "/principles/three-musts/",
    });
    expect(citations.get("三(一)")?.[0]).toMatchObject({ kind: "rule", href: "/testtown/#rule-veto" });
    expect(citations.has("二")).toBe(false);
  });
});

describe("the API contract", () => {
  it("gives every duty the fields other tools read", () => {
    const [duty] = dutiesForApi(modelOf(minimalContent()));
    expect(duty).toMatchObject({
      id: "testtown/police/s2i1p1",
      jurisdiction: "测试镇",
      unit: "testtown/police",
      unitName: "测试派出所",
      unitKind: "department",
      text: "负责消防安全监督管理；",
      role: "lead",
      sectors: ["fire"],
      sectorNames: ["消防"],
      source: "mini",
      sourceTitle: "测试文件",
      clause: "二1(1)",
      url: "/testtown/units/police/#d-s2i1p1",
    });
  });

  it("gives every unit an id unique across towns and its page URL", () => {
    expect(unitsForApi(modelOf(minimalContent()))[0]).toMatchObject({
      id: "testtown/police",
      name: "测试派出所",
      kind: "department",
      jurisdiction: "测试镇",
      url: "/testtown/units/police/",
      printUrl: "/testtown/print/police/",
      letterUrl: "/testtown/print/police/letter/",
    });
  });
});

describe("the units API", () => {
  it("gives a group unit a duty sheet but no 目标责任书, since a letter binds one named unit", () => {
    const group = unitsForApi(modelOf(withCommonDuties())).find((unit) => unit.id === "testtown/common")!;
    expect(group).toMatchObject({ printUrl: "/testtown/print/common/", letterUrl: null });
  });
});
