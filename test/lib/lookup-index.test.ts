import { describe, expect, it } from "vitest";
import { buildLookupIndex, townsForFirstAnswer } from "../../src/lib/lookup/index.ts";
import { minimalContent } from "../helpers/fixture.ts";
import { checkAndBuild } from "../../src/lib/pipeline/index.ts";

function fixtureModel() {
  const content = minimalContent();
  content.units.find((unit) => unit.id === "testtown/police")!.data.aliases = ["公安"];
  content.terms.push({
    id: "fire-words",
    file: "content/terms/fire-words.yaml",
    data: {
      name: "消防安全",
      definition: "测试。",
      aliases: [],
      includes: ["灭火器"],
      sector: "fire",
      order: 1,
    },
  });
  const { model, problems } = checkAndBuild({ input: content, problems: [] });
  expect(problems).toEqual([]);
  return model!;
}

describe("buildLookupIndex", () => {
  const model = fixtureModel();

  it("ships the traditional forms of the characters it uses, and only those", () => {
    const pairs = buildLookupIndex(model).variants.match(/../gu)!;
    expect(pairs).toContain("氣气"); // 燃气 is printed in the fixture
    expect(pairs).toContain("監监"); // 消防安全监督管理
    expect(pairs).not.toContain("龍龙"); // no 龙 anywhere in the fixture
  });

  it("carries every duty of the town verbatim with its unit, role, sectors and clause link", () => {
    const index = buildLookupIndex(model);
    expect(index.duties).toHaveLength(model.duties.length);
    const police = index.units.findIndex((unit) => unit[1] === "测试派出所");
    const duty = index.duties.find((d) => d[0] === police && d[3] === "负责消防安全监督管理；")!;
    expect(duty[1]).toBe("lead");
    expect(duty[2].map((s) => index.sectors[s]![0])).toEqual(["fire"]);
    expect(duty[4]).toContain("二1(1)");
    expect(duty[5]).toMatch(/^\/sources\/mini\/#\S+$/);
    expect(index.units[police]![3]).toBe("/testtown/units/police/");
    // Everyday names travel with the unit, so the lookup finds it by them.
    expect(index.units[police]![4]).toEqual(["公安"]);
  });

  it("lists each sector with its name and aliases, and terms with the sector they name", () => {
    const index = buildLookupIndex(model);
    const gas = index.sectors.find((sector) => sector[0] === "gas")!;
    expect(gas[2]).toEqual(expect.arrayContaining(["燃气", "液化气"]));
    const term = index.terms[0]!;
    expect(term[0]).toBe("消防安全");
    expect(index.sectors[term[3]]![0]).toBe("fire");
  });

  it("builds one town's index with only that town, and refuses an unknown town", () => {
    const index = buildLookupIndex(model, "testtown");
    expect(index.scope).toBe("testtown");
    expect(index.towns).toEqual([["testtown", model.towns[0]!.data.name, "town", 0]]);
    expect(() => buildLookupIndex(model, "nowhere")).toThrow("unknown jurisdiction nowhere");
  });
});

describe("townsForFirstAnswer", () => {
  const towns = [
    { id: "home", bytes: 60_000 },
    { id: "second", bytes: 50_000 },
    { id: "third", bytes: 70_000 },
    { id: "small", bytes: 1_000 },
  ];

  it("takes towns in answer order while their indexes fit in the budget, and stops at the first that does not", () => {
    expect(townsForFirstAnswer(towns, 120_000)).toEqual(["home", "second"]);
    // A small town after the one that overflowed waits too: the order on screen is kept.
    expect(townsForFirstAnswer(towns, 175_000)).toEqual(["home", "second"]);
    expect(townsForFirstAnswer(towns, 181_000)).toEqual(["home", "second", "third", "small"]);
  });

  it("always fetches the first town, however large its index", () => {
    expect(townsForFirstAnswer(towns, 10_000)).toEqual(["home"]);
    expect(townsForFirstAnswer([], 10_000)).toEqual([]);
  });
});
