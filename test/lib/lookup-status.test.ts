import { describe, expect, it } from "vitest";
import {
  buildLookupIndex,
  correctedBySound,
  heardLine,
  lookup,
  prepareLookup,
  statusLine,
  townNote,
} from "../../src/lib/lookup/index.ts";
import { checkedModel, minimalContent } from "../helpers/fixture.ts";

const prepared = prepareLookup(buildLookupIndex(checkedModel(minimalContent())));

describe("the lookup page's lines, as text", () => {
  it("asks for a question when there is none, and says when the documents have nothing for it", () => {
    expect(statusLine("", undefined, "")).toBe("输入要查的行业、场所或风险。");
    const none = lookup(prepared, "结婚");
    expect(statusLine("结婚", none, "")).toBe("文件中没有找到与“结婚”直接相关的职责。");
  });

  it("counts the units found and says in which order they stand, with the town asked about", () => {
    const result = lookup(prepared, "消防");
    const line = statusLine("消防", result, townNote("测试镇", result));
    expect(line).toMatch(/^“消防”（按问题中的镇名，查的是测试镇）：\d+ 个单位，/);
    expect(line).toContain("先按匹配的词数、再按责任从重到轻排列");
  });

  it("reads a word nobody understood as the word it sounds like, and says so", () => {
    const sounds = { 消: "xiao", 防: "fang", 放: "fang" };
    const heard = correctedBySound("消放", ["消放"], prepared.dictionaryWords, sounds);
    expect(heard.corrected).toBe("消防");
    expect(heardLine(heard.heard)).toBe("按读音理解为：消放 → 消防。 ");
    expect(correctedBySound("天气", ["天气"], prepared.dictionaryWords, sounds).heard).toEqual([]);
  });
});
