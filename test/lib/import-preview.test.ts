import { describe, expect, it } from "vitest";
import { draftFromText, importPreview, type SectorGuesser } from "../../src/lib/import/index.ts";

const guessSectors: SectorGuesser = () => ({ sectors: ["fire"], because: "" });
const text = [
  "某镇安全生产职责",
  "一、部门职责",
  "1、镇派出所履行下列职责：",
  "（1）负责消防安全检查；",
  "（2）协助有关部门开展道路交通安全工作。",
  "2、其他",
  "每月组织一次检查。",
  "二、有关要求",
  "对考核不合格的单位实行“一票否决”。",
].join("\n");

describe("the 导入 page's preview of a draft", () => {
  const draft = draftFromText(text, guessSectors);
  const preview = importPreview(draft, text, "文本（通用编码）", new Map([["fire", "消防"]]), ["a.yaml"], []);

  it("says what each paragraph became, in Chinese and in a few words", () => {
    const readAs = Object.fromEntries(preview.lines.map((line) => [line.text, line.readAs]));
    expect(readAs["负责消防安全检查；"]).toBe("镇派出所的职责");
    expect(readAs["镇派出所履行下列职责："]).toBe("标题：镇派出所");
    expect(readAs["对考核不合格的单位实行“一票否决”。"]).toBe("不是职责（要求、考核或追责）");
    expect(readAs["每月组织一次检查。"]).toBe("未归属");
    for (const line of preview.lines) expect(line.readAs, line.text).not.toMatch(/[A-Za-z]{3}/);
  });

  it("shows each duty's role and sectors by their Chinese names, and offers the roles to choose from", () => {
    const police = preview.units.find((unit) => unit.name === "镇派出所")!;
    expect(police.duties.map((duty) => [duty.role, duty.sectors])).toEqual([
      ["主责", ["消防"]],
      ["协助", ["消防"]],
    ]);
    expect(preview.roles.map((role) => role.label)).toContain("配合");
    expect(preview.unassigned.map((entry) => entry.text)).toEqual(["每月组织一次检查。"]);
  });
});
