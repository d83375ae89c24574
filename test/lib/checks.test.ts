import { describe, expect, it } from "vitest";
import { formatProblem, unreadableEntries, type ContentInput } from "../../src/lib/content/index.ts";
import { checkContent, editDistance, toHalfWidth } from "../../src/lib/checks/index.ts";
import { minimalContent } from "../helpers/fixture.ts";

/** Breaks one thing in the minimal fixture and returns the problems, formatted as the build prints them. */
function problemsAfter(breakIt: (content: ContentInput) => void): string[] {
  const content = minimalContent();
  breakIt(content);
  return checkContent(content).map(formatProblem);
}

const police = (c: ContentInput) => c.units.find((u) => u.id === "testtown/police")!;

describe("checkContent on the minimal fixture", () => {
  it("finds nothing wrong with the intact fixture", () => {
    expect(checkContent(minimalContent())).toEqual([]);
  });

  it("names file, entry and field of a duty whose sector does not exist, and suggests the right one", () => {
    const [message, ...rest] = problemsAfter((c) => {
      police(c).data.duties[0]!.sectors = ["fire", "fier"];
    });
    expect(rest).toEqual([]);
    expect(message).toContain("content/units/testtown/police.yaml › duties[0] › sectors[1]");
    expect(message).toContain('未知行业领域 “fier” / unknown sector "fier"');
    expect(message).toContain("did you mean fire?");
  });

  it("reports a unit whose jurisdiction does not exist", () => {
    const messages = problemsAfter((c) => {
      police(c).data.jurisdiction = "nowhere";
    });
    expect(messages.join("\n")).toContain("› testtown/police › jurisdiction");
    expect(messages.join("\n")).toContain('unknown jurisdiction "nowhere"');
  });

  it("reports a part said to repeat a source that does not exist, once, naming the field", () => {
    const messages = problemsAfter((c) => {
      c.sources[0]!.data.notEncoded.push({ clause: "一", reason: "重复", repeatOf: "nosuch-source" });
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("notEncoded[0].repeatOf");
    expect(messages[0]).toContain('unknown source "nosuch-source"');
  });

  it("reports a unit filed under another town's folder", () => {
    const messages = problemsAfter((c) => {
      c.jurisdictions.push({
        ...structuredClone(c.jurisdictions[0]!),
        id: "othertown",
        file: "content/jurisdictions/othertown.yaml",
      });
      police(c).data.jurisdiction = "othertown";
    });
    expect(messages.join("\n")).toContain("the file is in units/testtown/ but jurisdiction is othertown");
  });

  it("reports a unit whose source does not exist", () => {
    const messages = problemsAfter((c) => {
      police(c).data.source = "missing-source";
    });
    expect(messages.join("\n")).toContain('unknown source "missing-source"');
  });

  it("reports a clause id that the source does not have", () => {
    const [message] = problemsAfter((c) => {
      police(c).data.duties[0]!.clause = "二1(9)";
    });
    expect(message).toContain("› duties[0] › clause");
    expect(message).toContain("clause 二1(9) does not exist in source mini");
    expect(message).toContain("把 clause 改为 二1(1)");
  });

  it("reports a duty text that is not verbatim in its source, saying where it departs", () => {
    const [message] = problemsAfter((c) => {
      police(c).data.duties[0]!.text = "负责消防安全监督管理工作；";
    });
    expect(message).toContain("› duties[0] › text");
    expect(message).toContain("text not found verbatim in source mini");
    expect(message).toContain("从第 11 个字起不同：“工作；”");
  });

  it("reports a verbatim text cited to the wrong clause and names the right one", () => {
    const [message] = problemsAfter((c) => {
      police(c).data.duties[0]!.clause = "二1(2)";
    });
    expect(message).toContain("the text is in clause 二1(1), not in the cited 二1(2)");
    expect(message).toContain("set clause to 二1(1)");
  });

  it("reports duplicate ids within a collection", () => {
    const messages = problemsAfter((c) => {
      c.sectors.push({ ...structuredClone(c.sectors[0]!), file: "content/sectors/fire.yml" });
    });
    expect(messages.join("\n")).toContain("content/sectors/fire.yml › fire › id");
    expect(messages.join("\n")).toContain("id fire is also used by content/sectors/fire.yaml");
  });

  it("reports the same duty entered twice in a unit", () => {
    const messages = problemsAfter((c) => {
      police(c).data.duties.push(structuredClone(police(c).data.duties[0]!));
    });
    expect(messages.join("\n")).toContain("› duties[2] › text");
    expect(messages.join("\n")).toContain("duplicates duties[0]");
  });

  it("reports a unit with no duties", () => {
    const messages = problemsAfter((c) => {
      c.units.find((u) => u.id === "testtown/water")!.data.duties = [];
    });
    expect(messages.join("\n")).toContain("content/units/testtown/water.yaml › testtown/water › duties");
    expect(messages.join("\n")).toContain("the unit has no duties");
  });

  it("reports a sector that no duty uses", () => {
    const messages = problemsAfter((c) => {
      police(c).data.duties[0]!.sectors = ["gas"];
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("content/sectors/fire.yaml › fire");
    expect(messages[0]).toContain("sector fire is defined but no duty uses it");
  });

  it("reports a unit name that is not written as the source prints it", () => {
    const [message] = problemsAfter((c) => {
      police(c).data.name = "测试公安派出所";
    });
    expect(message).toContain("› testtown/police › name");
    expect(message).toContain("name does not appear as printed in clause 二1");
  });

  it("reports two units of one town with the same name, since the matrix and its CSV could not tell them apart", () => {
    const messages = problemsAfter((c) => {
      c.units.find((u) => u.id === "testtown/water")!.data.name = "测试派出所";
    });
    expect(messages.join("\n")).toContain("content/units/testtown/water.yaml › testtown/water › name");
    expect(messages.join("\n")).toContain("the name 测试派出所 is also used by testtown/police");
  });

  it("reports an article number in a principle's legal basis that says nowhere where it was checked", () => {
    const messages = problemsAfter((c) => {
      c.principles[0]!.data.legalBasis = ["《中华人民共和国安全生产法》第三条"];
    });
    expect(messages.join("\n")).toContain("› three-musts › legalBasis[0]");
    expect(messages.join("\n")).toContain("an article number is cited without saying where it was checked");
  });

  it("reports a cadence phrase that is not part of the duty text", () => {
    const [message] = problemsAfter((c) => {
      c.units.find((u) => u.id === "testtown/water")!.data.duties[0]!.cadence[0]!.phrase = "每月检查";
    });
    expect(message).toContain("› duties[0] › cadence[0].phrase");
  });

  it("reports a principle or rule quote that is not verbatim", () => {
    const messages = problemsAfter((c) => {
      c.principles[0]!.data.statedIn[0]!.text = "管行业就要管安全。";
      c.ruleSets[0]!.data.rules[0]!.text = "对不合格单位一票否决。";
    });
    expect(messages.join("\n")).toContain(
      "content/principles/three-musts.mdx › three-musts › statedIn[0].text",
    );
    expect(messages.join("\n")).toContain("content/rules/mini.yaml › rules[0] › text");
  });

  it("reports a missing source text file once, on the source", () => {
    const messages = problemsAfter((c) => {
      c.sources[0]!.text = null;
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("source text file is missing");
  });

  it("reports a paragraph of an encoded section that nothing cites, quoting it", () => {
    const [message, ...rest] = problemsAfter((c) => {
      police(c).data.duties.splice(1, 1);
    });
    expect(rest).toEqual([]);
    expect(message).toContain("content/sources/mini.yaml › mini › encodedSections › 二1(2)");
    expect(message).toContain("clause 二1(2) is not encoded");
    expect(message).toContain("协助有关部门做好燃气安全工作");
  });

  it("accepts a paragraph left out on purpose when notEncoded gives the reason", () => {
    const messages = problemsAfter((c) => {
      police(c).data.duties.splice(1, 1);
      c.sources[0]!.data.notEncoded.push({ clause: "二1(2)", reason: "测试" });
    });
    expect(messages).toEqual([]);
  });

  it("reports a roster line whose name is not printed in its clause", () => {
    const messages = problemsAfter((c) => {
      c.rosters.push({
        id: "mini",
        file: "content/rosters/mini.yaml",
        data: {
          jurisdiction: "testtown",
          source: "mini",
          clause: "二",
          title: "领导小组",
          asOf: "2024-01-01",
          members: [{ clause: "二1(1)", role: "组长", name: "张三", post: "消防", unit: undefined }],
          office: undefined,
        },
      });
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("content/rosters/mini.yaml › members[0] › name");
    expect(messages[0]).toContain('name "张三" is not printed in clause 二1(1)');
  });

  it("reports a ledger whose name is not printed in its clause", () => {
    const messages = problemsAfter((c) => {
      c.ledgerSets.push({
        id: "mini",
        file: "content/ledgers/mini.yaml",
        data: {
          jurisdiction: "testtown",
          source: "mini",
          clause: "二1(1)",
          keptBy: "police",
          guidedBy: undefined,
          ledgers: [{ number: 1, name: "会议台账" }],
        },
      });
    });
    expect(messages).toEqual([expect.stringContaining('ledger "会议台账" is not printed in clause 二1(1)')]);
  });

  it("reports a rule set, roster or ledger list whose source does not exist, once each", () => {
    const messages = problemsAfter((c) => {
      c.ruleSets[0]!.data.source = "missing";
    });
    expect(messages.filter((m) => m.includes('unknown source "missing"'))).toHaveLength(1);
    expect(messages.join("\n")).toContain("content/rules/mini.yaml › mini › source");
  });

  it("writes every message in Chinese and English with a fix", () => {
    const messages = problemsAfter((c) => {
      police(c).data.duties[0]!.sectors = ["nope"];
      police(c).data.duties[1]!.clause = "九(九)";
    });
    for (const message of messages) {
      expect(message).toMatch(/错误 \/ Error: .*[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(message).toMatch(/修改 \/ Fix: .*[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
  });
});

describe("checkContent on the lookup vocabulary", () => {
  const sector = (c: ContentInput, id: string) => c.sectors.find((s) => s.id === id)!;
  /** The fixture with one everyday-word file holding the given groups. */
  const withWords = (...groups: Array<{ document: string; everyday: string[] }>) =>
    problemsAfter((c) => {
      c.vocabularies.push({ id: "words", file: "content/vocabulary/words.yaml", data: { groups } });
    });

  it("reports an everyday word that points at two sectors, naming both", () => {
    const messages = problemsAfter((c) => {
      sector(c, "fire").data.aliases.push("液化气");
    });
    // Reported once, at whichever file is read second, naming both owners.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/content\/sectors\/(fire|gas)\.yaml › (fire|gas) › aliases\[\d\]/);
    expect(messages[0]).toContain("“液化气”同时指向 sector fire 和 sector gas");
  });

  it("reports an everyday-word group whose document word no duty prints", () => {
    const messages = withWords({ document: "载客", everyday: ["拉人"] });
    expect(messages).toEqual([
      expect.stringContaining("content/vocabulary/words.yaml › groups[0] › document"),
    ]);
    expect(messages[0]).toContain('the document word "载客" occurs in no duty text');
  });

  it("accepts an everyday-word group whose document word a duty prints", () => {
    const messages = withWords({ document: "消防安全", everyday: ["防火安全"] });
    expect(messages).toEqual([]);
  });

  it("reports a document word that is also a sector's alias", () => {
    const messages = withWords(
      { document: "消防安全", everyday: ["防火安全"] },
      { document: "液化气", everyday: ["煤气"] },
    );
    expect(messages.join("\n")).toContain("“液化气”同时指向 sector gas 和 document word 液化气");
  });

  it("reports a term that names an unknown sector or principle, or that no source prints", () => {
    const messages = problemsAfter((c) => {
      c.terms.push({
        id: "nine",
        file: "content/terms/nine.yaml",
        data: {
          name: "九小场所",
          definition: "测试。",
          aliases: [],
          includes: [],
          sector: "nine-small",
          principle: "three-must",
          order: 1,
        },
      });
    });
    expect(messages.join("\n")).toContain("content/terms/nine.yaml › nine › principle");
    expect(messages.join("\n")).toContain('unknown principle "three-must"');
    expect(messages.join("\n")).toContain("content/terms/nine.yaml › nine › sector");
    expect(messages.join("\n")).toContain('unknown sector "nine-small"');
    expect(messages.join("\n")).toContain('the term "九小场所" is printed in no source');
  });

  it("reports a jurisdiction file named like a path the site uses", () => {
    const messages = problemsAfter((c) => {
      c.jurisdictions[0]!.id = "search";
    });
    expect(messages.join("\n")).toContain("a jurisdiction file may not be named like a path the site uses");
  });
});

describe("checkContent on a town's rules for unassigned work", () => {
  const withUnassigned = (c: ContentInput, unassigned: Record<string, unknown>) => {
    c.jurisdictions[0]!.data.unassigned = {
      supervisor: [],
      territory: [],
      catchAll: [],
      rules: [],
      principles: [],
      ...unassigned,
    } as never;
  };

  it("accepts duties, rules and principles the town's documents have", () => {
    expect(
      problemsAfter((c) =>
        withUnassigned(c, {
          supervisor: [{ unit: "police", clause: "二1(1)" }],
          rules: ["veto"],
          principles: ["three-musts"],
        }),
      ),
    ).toEqual([]);
  });

  it("names a unit the town does not have, with a suggestion", () => {
    const [message, ...rest] = problemsAfter((c) =>
      withUnassigned(c, { territory: [{ unit: "polise", clause: "二1(1)" }] }),
    );
    expect(rest).toEqual([]);
    expect(message).toContain(
      "content/jurisdictions/testtown.yaml › testtown › unassigned.territory[0].unit",
    );
    expect(message).toContain("did you mean police?");
  });

  it("names a clause the unit has no duty for, listing the clauses it has", () => {
    const [message] = problemsAfter((c) =>
      withUnassigned(c, { catchAll: [{ unit: "police", clause: "二9" }] }),
    );
    expect(message).toContain("unassigned.catchAll[0].clause");
    expect(message).toContain("二1(1)、二1(2)");
  });

  it("refuses a rule of no rule set of the town and a principle the town's documents do not state", () => {
    const messages = problemsAfter((c) => {
      withUnassigned(c, { rules: ["vetoo"], principles: ["three-musts"] });
      c.principles[0]!.data.statedIn = c.principles[0]!.data.statedIn.map((s) => ({ ...s, source: "other" }));
      c.sources.push({
        ...c.sources[0]!,
        id: "other",
        data: { ...c.sources[0]!.data, jurisdictions: ["othertown"] },
      });
      c.jurisdictions.push({
        ...c.jurisdictions[0]!,
        id: "othertown",
        data: { name: "另一镇", kind: "镇", order: 1 },
      });
    }).join("\n");
    expect(messages).toContain("unassigned.rules[0]");
    expect(messages).toContain("did you mean veto?");
    expect(messages).toContain("principle three-musts is stated in none of this town's sources");
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbouring letters as one typo", () => {
    expect(editDistance("fier", "fire")).toBe(1);
    expect(editDistance("police-staton", "police-station")).toBe(1);
    expect(editDistance("gas", "fire")).toBe(4);
  });
});

describe("toHalfWidth", () => {
  it("turns full-width digits and brackets into the half-width ones clause ids use", () => {
    expect(toHalfWidth("四（二）６（３）")).toBe("四(二)6(3)");
    expect(toHalfWidth("二2第1段")).toBe("二2第1段");
  });
});

describe("unreadableEntries", () => {
  it("names the entries that files with reading problems would have held", () => {
    const problem = (file: string) => ({ file, entry: "", field: "", message: "", fix: "" });
    expect([
      ...unreadableEntries([
        problem("content/jurisdictions/testtown.yaml"),
        problem("content/units/testtown/police.yaml"),
        problem("content/sources/texts/mini.txt"),
      ]),
    ]).toEqual(["jurisdiction/testtown", "unit/testtown/police"]);
  });
});
