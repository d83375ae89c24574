import { describe, expect, it } from "vitest";
import { linkableTerms, linkTerms, termOccurrences } from "../../src/lib/onboarding/index.ts";
import { checkedModel, minimalContent } from "../helpers/fixture.ts";

const TERMS = [
  { id: "one-post", words: ["一岗双责"] },
  { id: "same-duty", words: ["党政同责"] },
  { id: "five", words: ["五落实", "五到位"] },
  { id: "ledger", words: ["台账"] },
  { id: "hidden-ledger", words: ["隐患台账"] },
];

describe("linkTerms", () => {
  it("links the first occurrence of each term and gives the text back unchanged when joined", () => {
    const text = "实行“党政同责、一岗双责”，落实一岗双责，建立台账。";
    const parts = linkTerms(text, TERMS);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.term)).toEqual([
      { text: "党政同责", term: "same-duty" },
      { text: "一岗双责", term: "one-post" },
      { text: "台账", term: "ledger" },
    ]);
  });

  it("finds a term by its alias, and prefers the longer of two terms starting at one place", () => {
    const parts = linkTerms("整改做到“五到位”，录入隐患台账。", TERMS);
    expect(parts.filter((p) => p.term)).toEqual([
      { text: "五到位", term: "five" },
      { text: "隐患台账", term: "hidden-ledger" },
    ]);
  });

  it("leaves a text without terms as one plain part", () => {
    expect(linkTerms("负责消防安全监督管理；", TERMS)).toEqual([{ text: "负责消防安全监督管理；" }]);
  });
});

describe("termOccurrences", () => {
  it("lists every source paragraph that prints the term", () => {
    const content = minimalContent();
    content.terms.push({
      id: "veto",
      file: "content/terms/veto.yaml",
      data: { name: "一票否决", definition: "考核红线。", aliases: [], includes: [], order: 1 },
    } as never);
    const model = checkedModel(content);
    expect(termOccurrences(model, linkableTerms(model.terms)[0]!)).toEqual([
      { source: "mini", clause: "三(一)", clauseAnchor: expect.any(String) },
    ]);
  });
});
