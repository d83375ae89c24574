import { describe, expect, it } from "vitest";
import { standingLabel, townsInAnswerOrder } from "../../src/domain/index.ts";
import {
  type LookupDuty,
  type LookupIndex,
  type LookupUnit,
  excerptWindow,
  highlightParts,
  lookup,
  mergeRanges,
  normaliseQuery,
  prepareLookup,
  segmentQuery,
  suggestSectors,
  townNamedIn,
} from "../../src/lib/lookup/index.ts";

/**
 * A small index written by hand, shaped like the real one: two towns, a few sectors with
 * aliases, one term, one everyday-word group. Texts are written for the test.
 */
function duty(unit: number, role: LookupDuty[1], sectors: number[], text: string): LookupDuty {
  return [unit, role, sectors, text, `测试文件 ${text.slice(0, 4)}`, "/sources/test/#c1", "d-c1"];
}

const INDEX: LookupIndex = {
  version: 1,
  scope: "all",
  fallbacks: [],
  // 氣 and 網 as a traditional phone writes them.
  variants: "氣气網网",
  towns: [
    ["east", "东镇", "town", 0],
    ["west", "西镇", "town", 0],
  ],
  sectors: [
    ["gas", "燃气", ["燃气", "液化气", "煤气罐"]],
    ["farm-machinery", "农业机械", ["农业机械", "农机", "拖拉机"]],
    ["nine-small-venues", "九小场所", ["九小场所", "小旅馆"]],
    ["fire", "消防", ["消防", "火灾"]],
    ["general", "综合监管", ["综合监管"]],
    ["drowning", "防溺水", ["防溺水", "野泳"]],
  ],
  terms: [["九小场所", [], ["小旅馆", "小网吧"], 2]],
  wordGroups: [["载客", ["载人", "拉人"]]],
  units: [
    [0, "东镇城建办", "department", "/east/units/planning/", [], "东镇城建办", ""],
    [0, "东镇农机站", "department", "/east/units/farm/", [], "东镇农机站", ""],
    [0, "东镇派出所", "department", "/east/units/police/", [], "东镇派出所", "值班电话 0632-1234567"],
    [0, "各部门", "group", "/east/units/all/", [], "各部门", ""],
    [1, "西镇安监站", "department", "/west/units/safety/", ["应急管理办公室"], "西镇安监站", ""],
    [1, "西镇各村", "village", "/west/units/villages/", [], "西镇各村", ""],
    [1, "西镇交管站", "department", "/west/units/traffic/", [], "西镇交管站", ""],
    [0, "东镇各站所", "group", "/east/units/stations/", [], "东镇各站所", ""],
    [0, "东镇安监办", "department", "/east/units/safety/", [], "安监办", ""],
  ],
  duties: [
    duty(0, "lead", [0], "负责辖区内燃气安全管理；"),
    duty(1, "assist", [1], "协助公安部门查处拖拉机违法载客等行为。"),
    duty(1, "lead", [1], "对农业机械使用进行监督检查；"),
    duty(2, "lead", [2], "负责“九小场所”的安全管理；"),
    duty(2, "lead", [3], "负责消防安全监督管理；"),
    duty(3, "lead", [0, 3, 4], "督促各单位做好燃气、消防等各行业的安全工作，落实安全生产责任制。"),
    duty(4, "assist", [0], "协助做好液化气充装站的安全检查。"),
    duty(5, "lead", [1], "严禁农用车非法载人。"),
    duty(6, "lead", [1], "负责拖拉机登记。"),
    duty(7, "assist", [0], "协助做好液化气充装站的安全检查。"),
    duty(5, "lead", [4], "夏季做好防溺水宣传。"),
    duty(8, "assist", [0], "协助做好液化气充装站的安全检查。"),
  ],
};

const prepared = prepareLookup(INDEX);
const names = (query: string) => lookup(prepared, query).answers.map((answer) => answer.unitName);

describe("normaliseQuery", () => {
  it("turns full-width letters and punctuation into plain words and drops question phrases", () => {
    expect(normaliseQuery("ＫＴＶ，网吧归谁管？")).toBe("ktv 网吧");
    expect(normaliseQuery("  液化气  ")).toBe("液化气");
  });
});

describe("segmentQuery", () => {
  it("cuts a run without spaces into vocabulary words and words the duty texts use", () => {
    expect(segmentQuery(prepared, "拖拉机载人")).toEqual(["拖拉机", "载人"]);
    expect(segmentQuery(prepared, "拖拉机 载人")).toEqual(["拖拉机", "载人"]);
  });

  it("keeps a known longer word whole instead of splitting it", () => {
    expect(segmentQuery(prepared, "小旅馆")).toEqual(["小旅馆"]);
  });

  it("keeps characters that fit nowhere together as one unknown word", () => {
    expect(segmentQuery(prepared, "家里液化气")).toEqual(["家里", "液化气"]);
  });

  it("accepts a single character", () => {
    expect(segmentQuery(prepared, "火")).toEqual(["火"]);
  });

  it("folds traditional characters to the simplified ones the index prints", () => {
    expect(segmentQuery(prepared, "液化氣")).toEqual(["液化气"]);
    expect(names("液化氣")).toEqual(names("液化气"));
  });

  it("joins a word typed with spaces inside it, but keeps two words typed apart", () => {
    expect(segmentQuery(prepared, "液 化 气")).toEqual(["液化气"]);
    expect(segmentQuery(prepared, "液化 气")).toEqual(["液化气"]);
    expect(segmentQuery(prepared, "燃气 消防")).toEqual(["燃气", "消防"]);
  });
});

describe("lookup", () => {
  it("finds the lead unit of a sector from an everyday alias that its duty never prints", () => {
    const result = lookup(prepared, "煤气罐");
    expect(result.answers[0]!.unitName).toBe("东镇城建办");
    expect(result.answers[0]!.role).toBe("lead");
    expect(result.words[0]!.notes).toContain("煤气罐 → 燃气");
  });

  it("groups answers by town, each town's by role, strongest first, when they match the same number of words", () => {
    // The assisting units print 液化气 themselves, yet both leads (reached through the sector) come first.
    const towns = lookup(prepared, "液化气").towns.map((town) => [
      town.townName,
      town.answers.map((answer) => [answer.unitName, answer.role]),
    ]);
    expect(towns).toEqual([
      [
        "东镇",
        [
          ["东镇城建办", "lead"],
          ["各部门", "lead"],
          ["东镇安监办", "assist"],
          ["东镇各站所", "assist"],
        ],
      ],
      ["西镇", [["西镇安监站", "assist"]]],
    ]);
  });

  it("puts a named department before a catch-all group when all else is equal", () => {
    // Same text, sector and role in one town; the group comes first in the index.
    const answers = names("液化气");
    expect(answers.indexOf("东镇安监办")).toBeLessThan(answers.indexOf("东镇各站所"));
  });

  it("ranks units matching more of the query's words above stronger roles matching fewer", () => {
    const result = lookup(prepared, "拖拉机载人");
    const [east, west] = result.towns;
    const farm = east!.answers[0]!;
    expect(farm.unitName).toBe("东镇农机站");
    expect(farm.matchedWords).toEqual(["拖拉机", "载人"]);
    expect(farm.role).toBe("assist");
    // 交管站 leads on 拖拉机 alone: one word, so below 各村 with two.
    expect(west!.answers.map((answer) => answer.unitName)).toEqual(["西镇各村", "西镇交管站"]);
    expect(result.words.find((word) => word.word === "载人")!.notes).toContain("载人 → 载客");
  });

  it("puts the reader's town first, then home towns, real towns, templates and collections", () => {
    expect(lookup(prepared, "液化气", { town: "west" }).towns.map((town) => town.townId)).toEqual([
      "west",
      "east",
    ]);
    const index: LookupIndex = {
      ...INDEX,
      towns: [
        ["template", "范本乡", "template", 0],
        ["east", "东镇", "town", 0],
        ["west", "西镇", "town", 1],
      ],
      units: INDEX.units.map((unit) => [unit[0] + 1, ...unit.slice(1)] as LookupUnit),
    };
    const towns = (options = {}) =>
      lookup(prepareLookup(index), "液化气", options).towns.map((t) => t.townId);
    expect(towns()).toEqual(["west", "east"]);
    index.units[0] = [0, ...INDEX.units[0]!.slice(1)] as LookupUnit; // 城建办 now in the template
    expect(towns()).toEqual(["west", "east", "template"]);
    expect(towns({ town: "template" })[0]).toBe("template");
  });

  it("orders towns for the page as for the matcher: reader's town, home, real towns, template, collection", () => {
    const towns = [
      { id: "col", standing: "collection", home: false },
      { id: "tpl", standing: "template", home: false },
      { id: "a", standing: "town", home: false },
      { id: "home", standing: "town", home: true },
      { id: "b", standing: "town", home: false },
    ] as const;
    expect(townsInAnswerOrder(towns).map((t) => t.id)).toEqual(["home", "a", "b", "tpl", "col"]);
    expect(townsInAnswerOrder(towns, "b").map((t) => t.id)).toEqual(["b", "home", "a", "tpl", "col"]);
  });

  it("shows the sector's lead beside a town's answers that only assist", () => {
    const index: LookupIndex = {
      ...INDEX,
      duties: [...INDEX.duties, duty(6, "lead", [0], "负责燃气管道巡查。")],
    };
    const west = lookup(prepareLookup(index), "充装站").towns.find((town) => town.townId === "west")!;
    expect(west.answers.map((answer) => [answer.unitName, answer.reason])).toEqual([
      ["西镇安监站", "match"],
      ["西镇交管站", "sector-lead"],
    ]);
    expect(west.summary).toBe("西镇：主责 西镇交管站；协助 西镇安监站");
  });

  it("reads out a unit's phone from the office's contact list in the summary, and none for a unit without one", () => {
    const east = lookup(prepared, "九小场所").towns.find((town) => town.townId === "east")!;
    expect(east.summary).toBe("东镇：主责 东镇派出所（值班电话 0632-1234567）");
    const gas = lookup(prepared, "燃气").towns.find((town) => town.townId === "east")!;
    expect(gas.summary).toContain("主责 东镇城建办");
    expect(gas.summary).not.toContain("城建办（");
  });

  it("sums a town's answers up in one line: the units matching most of the question, by role, villages as 属地", () => {
    const [east, west] = lookup(prepared, "拖拉机载人").towns;
    expect(east!.summary).toBe("东镇：协助 东镇农机站");
    // 交管站's 拖拉机登记 matches the qualifier only, not what is asked (载人): 可能相关.
    expect(west!.summary).toBe("西镇：属地 西镇各村");
    expect(west!.answers.map((answer) => [answer.unitName, answer.strength])).toEqual([
      ["西镇各村", "firm"],
      ["西镇交管站", "weak"],
    ]);
  });

  // 登记 printed in duties of four sectors, none holding half of them: broad. (Forty other
  // duties keep it from being a word most duties print, which would not count at all.)
  const BROAD: LookupIndex = {
    ...INDEX,
    fallbacks: [[0, [11], [], [], [], []]],
    duties: [
      ...INDEX.duties,
      duty(0, "lead", [0], "负责燃气用户登记。"),
      duty(2, "lead", [3], "负责消防设施登记。"),
      duty(5, "lead", [4], "做好外来人员登记。"),
      ...Array.from({ length: 40 }, () => duty(3, "lead", [4], "做好本职工作。")),
    ],
  };

  it("never says a unit is responsible through a word the documents use for many unrelated things", () => {
    const index = BROAD;
    const result = lookup(prepareLookup(index), "登记");
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((answer) => answer.strength === "weak")).toBe(true);
    expect(result.towns[0]!.summary).toMatch(/^东镇：文件没有写明谁负责；可能相关 /);
    // Nothing said firmly: the documents' own rules for unassigned work are offered.
    expect(result.fallbacks).toEqual([
      expect.objectContaining({
        townId: "east",
        supervisor: [expect.objectContaining({ unitName: "东镇安监办" })],
      }),
    ]);
  });

  it("counts a word as broad when most of its duties are comprehensive ones and the rest spread over sectors", () => {
    // 作业 as the documents print it: mostly in comprehensive duties, once each in two sectors.
    const general = INDEX.sectors.findIndex(([id]) => id === "general");
    const index: LookupIndex = {
      ...BROAD,
      duties: [
        ...BROAD.duties,
        duty(3, "lead", [general], "督促作业人员持证上岗。"),
        duty(3, "lead", [general], "检查危险作业审批。"),
        duty(3, "lead", [general], "组织作业场所检查。"),
        duty(1, "lead", [1], "农机作业安全宣传。"),
        duty(2, "lead", [3], "动火作业消防监护。"),
      ],
    };
    const result = lookup(prepareLookup(index), "作业");
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((answer) => answer.strength === "weak")).toBe(true);
  });

  it("says which words of a question it did not understand, and answers only 可能相关 beside them", () => {
    // 渔政 is no document's word; 登记 beside it is broad: nothing is said firmly.
    const result = lookup(prepareLookup(BROAD), "渔政登记");
    expect(result.unrecognised).toEqual(["渔政"]);
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers.every((answer) => answer.strength === "weak")).toBe(true);
    expect(result.fallbacks.length).toBeGreaterThan(0);
    // …but a specific vocabulary word beside an unknown one still answers (家里液化气).
    const known = lookup(prepared, "家里液化气");
    expect(known.unrecognised).toEqual(["家里"]);
    expect(known.answers[0]).toMatchObject({ unitName: "东镇城建办", strength: "firm" });
  });

  it("leaves particles and stray characters out of the report of what was missed", () => {
    const result = lookup(prepared, "液化气吗");
    expect(result.words.filter((word) => !word.matched && !word.ignored)).toEqual([]);
    expect(result.unrecognised).toEqual([]);
  });

  it("answers a whole question like its keyword, setting aside words most duties print", () => {
    const question = lookup(prepared, "请问液化气的安全归谁管");
    expect(question.answers.map((answer) => answer.unitName)).toEqual(names("液化气"));
    expect(question.words.find((word) => word.word.includes("安全"))?.matched).toBe(false);
    // Asked alone, a common word still answers.
    expect(lookup(prepared, "安全").answers.length).toBeGreaterThan(0);
  });

  it("puts the unit a question names first in its town, the one named first before the others", () => {
    const order = (query: string) =>
      lookup(prepared, query, { town: "east" })
        .towns.find((town) => town.townId === "east")!
        .answers.map((answer) => answer.unitName);
    expect(order("农机站 派出所").slice(0, 2)).toEqual(["东镇农机站", "东镇派出所"]);
    expect(order("派出所 农机站").slice(0, 2)).toEqual(["东镇派出所", "东镇农机站"]);
    // A question naming a unit and a hazard still puts the named unit first.
    expect(order("农机站 液化气")[0]).toBe("东镇农机站");
  });

  it("finds the town a question names by its full or short name, and gives the question without it", () => {
    const towns = [
      ["zhangshanzi", "张山子镇"],
      ["tongchuan", "铜川镇"],
      ["xxzhen", "XX镇"],
      ["guangxi-template", "广西乡(镇)（范本）"],
    ] as const;
    expect(townNamedIn("铜川 液化气", towns)).toMatchObject({
      id: "tongchuan",
      name: "铜川镇",
      rest: "液化气",
    });
    expect(townNamedIn("张山子镇的网吧归谁管", towns)).toMatchObject({
      id: "zhangshanzi",
      rest: "的网吧归谁管",
    });
    // A placeholder is a town only in full (XX镇), never by its first letters.
    expect(townNamedIn("XX镇 燃气", towns)?.id).toBe("xxzhen");
    expect(townNamedIn("XX 燃气", towns)).toBeUndefined();
    expect(townNamedIn("液化气", towns)).toBeUndefined();
  });

  it("answers only in the town a query names", () => {
    const result = lookup(prepared, "西镇液化气");
    expect(result.townInQuery).toBe("西镇");
    expect(result.towns.map((town) => town.townId)).toEqual(["west"]);
  });

  it("lists in the card only the words that occur in it, and the sectors the others matched through", () => {
    const villages = lookup(prepared, "农机").answers.find((answer) => answer.unitName === "西镇各村")!;
    expect(villages.matchedWords).toEqual([]);
    expect(villages.viaSectors).toEqual(["农业机械"]);
    const farm = lookup(prepared, "拖拉机").answers.find((answer) => answer.unitName === "东镇农机站")!;
    expect(farm.shownWords).toEqual(["农业机械"]);
    for (const word of farm.shownWords) expect(farm.duty.text).toContain(word);
  });

  it("lists overlapping marked words as the one word the card marks", () => {
    // 液化气 and its prefix 液化 both hit 液化气充装站: the card marks 液化气 once.
    const gas = lookup(prepared, "液化气 液化").answers.find((answer) => answer.unitName === "西镇安监站")!;
    expect(gas.shownWords).toEqual(["液化气"]);
  });

  it("gives each answer its other matching duties, to link to them", () => {
    const farm = lookup(prepared, "拖拉机").answers.find((answer) => answer.unitName === "东镇农机站")!;
    expect(farm.otherDuties.map((other) => other.href)).toEqual(["/east/units/farm/#d-c1"]);
  });

  it("answers a query nothing matches with what each town's documents say about unassigned work", () => {
    const index: LookupIndex = {
      ...INDEX,
      fallbacks: [
        [
          1,
          [6],
          [],
          [],
          [["另有规定的从其规定", "另有规定的，从其规定。", "测试文件 五(三)", "/sources/t/#c5"]],
          [],
        ],
      ],
    };
    const result = lookup(prepareLookup(index), "有限空间");
    expect(result.answers).toEqual([]);
    expect(result.fallbacks).toEqual([
      expect.objectContaining({
        townId: "west",
        supervisor: [expect.objectContaining({ unitName: "西镇安监站" })],
        rules: [expect.objectContaining({ citation: "测试文件 五(三)" })],
      }),
    ]);
    expect(lookup(prepareLookup(index), "液化气").fallbacks).toEqual([]);
  });

  it("shows the territory the documents name when the query is about a village", () => {
    const index: LookupIndex = { ...INDEX, fallbacks: [[1, [], [7], [], [], []]] };
    const west = lookup(prepareLookup(index), "村里液化气").towns.find((town) => town.townId === "west")!;
    expect(west.answers.map((answer) => [answer.unitName, answer.reason])).toContainEqual([
      "西镇各村",
      "territory",
    ]);
  });

  it("chooses each unit's best duty and counts the others", () => {
    const farm = lookup(prepared, "拖拉机").answers.find((answer) => answer.unitName === "东镇农机站")!;
    expect(farm.role).toBe("lead");
    expect(farm.matchingDuties).toBe(2);
  });

  it("finds a term from one of its items, with the term highlighted in the duty", () => {
    const result = lookup(prepared, "小网吧");
    const police = result.answers[0]!;
    expect(police.unitName).toBe("东镇派出所");
    const marked = highlightParts(police.duty.text, police.duty.highlights).filter((part) => part.mark);
    expect(marked.map((part) => part.text)).toEqual(["九小场所"]);
    expect(result.words[0]!.notes).toContain("小网吧 属于 九小场所");
  });

  it("finds a unit by its name or its successor's name", () => {
    expect(names("派出所")[0]).toBe("东镇派出所");
    expect(names("应急管理办公室")[0]).toBe("西镇安监站");
  });

  it("answers while the word is still being typed", () => {
    expect(names("液化")).toContain("西镇安监站");
    expect(lookup(prepared, "拖拉").answers.length).toBeGreaterThan(0);
  });

  it("says which words it could not use", () => {
    const result = lookup(prepared, "家里液化气");
    expect(result.words.map((word) => [word.word, word.matched])).toEqual([
      ["家里", false],
      ["液化气", true],
    ]);
  });

  it("ignores a stray single character left over from a longer query, and says so", () => {
    const result = lookup(prepared, "液化气站");
    expect(result.words.map((word) => [word.word, word.matched])).toEqual([
      ["液化气", true],
      ["站", false],
    ]);
    // 站 alone would have matched 充装站's text; only units matching 液化气 answer.
    expect(
      result.answers.every(
        (answer) => answer.matchedWords.includes("液化气") || answer.viaSectors.includes("燃气"),
      ),
    ).toBe(true);
  });

  it("reports a word as unmatched when its only evidence is weak", () => {
    // 野泳 names 防溺水, which one untagged duty prints: weight, but not a match.
    const result = lookup(prepared, "野泳");
    expect(result.answers).toEqual([]);
    expect(result.words).toEqual([
      { word: "野泳", matched: false, ignored: false, notes: ["野泳 → 防溺水"] },
    ]);
  });

  it("returns no answers for an empty query or words it knows nothing about", () => {
    expect(lookup(prepared, "").answers).toEqual([]);
    expect(lookup(prepared, "？？").answers).toEqual([]);
    expect(lookup(prepared, "xyz").answers).toEqual([]);
  });

  it("does not count a sibling word of the sector in an untagged duty as a match", () => {
    // 各部门's duty prints 消防 but the query is 火灾: it is tagged fire, so it stays;
    // 城建办's duty is not tagged fire and does not print 火灾: it is no answer.
    expect(names("火灾")).not.toContain("东镇城建办");
    expect(names("火灾")).toContain("各部门");
  });
});

describe("mergeRanges and highlightParts", () => {
  it("joins overlapping and touching ranges", () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [1, 3],
        [7, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });

  it("cuts a text into plain and marked parts that join back to the text", () => {
    const parts = highlightParts("负责燃气安全", [[2, 4]]);
    expect(parts).toEqual([
      { text: "负责", mark: false },
      { text: "燃气", mark: true },
      { text: "安全", mark: false },
    ]);
    expect(parts.map((part) => part.text).join("")).toBe("负责燃气安全");
  });
});

describe("suggestSectors", () => {
  it("offers sectors sharing characters with the query first, never the catch-all", () => {
    const suggested = suggestSectors(prepared, "气味", 3).map((sector) => sector.id);
    expect(suggested[0]).toBe("gas");
    expect(suggested).not.toContain("general");
  });

  it("still offers sectors when nothing is shared", () => {
    expect(suggestSectors(prepared, "xyz").length).toBeGreaterThan(0);
  });
});

describe("excerptWindow", () => {
  it("shows a short text whole", () => {
    expect(excerptWindow("负责燃气安全管理；", [[2, 4]])).toEqual([0, 9]);
  });

  it("cuts a long text around its first highlight, starting after a clause break", () => {
    const text = `${"甲".repeat(100)}，负责燃气安全管理${"乙".repeat(200)}`;
    const at = text.indexOf("燃气");
    const [start, end] = excerptWindow(text, [[at, at + 2]], 60);
    expect(start).toBe(101);
    expect(end).toBe(161);
    expect(text.slice(start, end)).toContain("燃气");
  });

  it("does not leave a sliver of a few characters at either end", () => {
    // 130 characters: a 120-character window would leave 10 behind, so the whole text shows.
    const text = `${"甲".repeat(5)}燃气${"乙".repeat(123)}`;
    expect(excerptWindow(text, [[5, 7]], 120)).toEqual([0, 130]);
  });
});

describe("standingLabel", () => {
  it("labels a template or collection once, not when its name already says so", () => {
    expect(standingLabel("广西乡(镇)", "template")).toBe("范本");
    expect(standingLabel("广西乡(镇)（范本）", "template")).toBe("");
    expect(standingLabel("张山子镇", "town")).toBe("");
  });
});
