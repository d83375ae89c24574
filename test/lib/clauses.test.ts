import { describe, expect, it } from "vitest";
import { isHeadingText, parseClauses, readMarker, type MarkerOverride } from "../../src/lib/sources/index.ts";

const ids = (text: string, overrides: MarkerOverride[] = []) =>
  parseClauses(text, { overrides }).clauses.map((c) => c.id);

describe("readMarker", () => {
  it("reads the four levels of Chinese list numbering, in either bracket width", () => {
    expect(readMarker("四、各部门")?.citation).toBe("四");
    expect(readMarker("（二）镇长")?.citation).toBe("(二)");
    expect(readMarker("(二)镇长")?.citation).toBe("(二)");
    expect(readMarker("12、镇建设管理办公室")?.citation).toBe("12");
    expect(readMarker("2. 镇应急管理办公室")?.citation).toBe("2");
    expect(readMarker("（11）按照网格化")?.citation).toBe("(11)");
    // Full-width digits, as Word's decimalFullWidth numbering and many typists write them.
    expect(readMarker("１２．镇派出所")).toMatchObject({ citation: "12", marker: "１２．", level: 3 });
    expect(readMarker("（３）负责消防")).toMatchObject({ citation: "(3)", marker: "（３）", level: 4 });
    expect(readMarker("第５条 镇长职责：")).toMatchObject({ citation: "第5条", marker: "第５条 " });
    // A row copied from a spreadsheet: 序号, a tab, the rest.
    expect(readMarker("3\t镇派出所\t负责烟花爆竹公共安全管理")?.citation).toBe("3");
  });

  it("does not take a year or a quantity for a marker", () => {
    expect(readMarker("2021年度乡镇安全生产责任书")).toBeNull();
    expect(readMarker("每季度至少检查 1 次")).toBeNull();
  });
});

describe("parseClauses", () => {
  it("nests numbered paragraphs by level and cites them as a reader would", () => {
    const text =
      "标题\n一、总则\n（一）原则：\n1、甲单位：\n(1)负责消防；\n(2)负责燃气。\n2、乙单位：\n(1)负责水利。\n二、要求\n（一）考核。";
    expect(ids(text)).toEqual([
      "序1",
      "一",
      "一(一)",
      "一(一)1",
      "一(一)1(1)",
      "一(一)1(2)",
      "一(一)2",
      "一(一)2(1)",
      "二",
      "二(一)",
    ]);
  });

  it("reads a document written in chapters and articles, citing each article on its own (第五条, not 第二章第五条)", () => {
    const text = [
      "某镇安全生产职责清单",
      "第一章 总则",
      "第一条 为落实责任，制定本清单。",
      "第二章 部门职责",
      "第二条　镇长职责：",
      "（一）全面负责安全生产工作；",
      "第3条 镇派出所：负责烟花爆竹公共安全管理。",
      "第十二条镇水利站：负责水利工程安全。",
    ].join("\n");
    const { clauses } = parseClauses(text);
    expect(clauses.map((c) => [c.id, c.text])).toEqual([
      ["序1", "某镇安全生产职责清单"],
      ["第一章", "总则"],
      ["第一条", "为落实责任，制定本清单。"],
      ["第二章", "部门职责"],
      ["第二条", "镇长职责："],
      ["第二条(一)", "全面负责安全生产工作；"],
      ["第3条", "镇派出所：负责烟花爆竹公共安全管理。"],
      ["第十二条", "镇水利站：负责水利工程安全。"],
    ]);
    // Articles sit inside their chapter, list items inside their article.
    expect(clauses.find((c) => c.id === "第二条")!.parentId).toBe("第二章");
    expect(clauses.find((c) => c.id === "第二条(一)")!.parentId).toBe("第二条");
    expect(new Set(clauses.map((c) => c.anchor)).size).toBe(clauses.length);
    // 第二款, 第三项 inside a sentence are references, not markers.
    expect(readMarker("第二款规定的事项")).toBeNull();
  });

  it("gives anchors that are ASCII and unique", () => {
    const { clauses } = parseClauses("一、甲\n（一）乙：\n1、丙：\n(3)丁；");
    expect(clauses.map((c) => c.anchor)).toEqual(["s1", "s1c1", "s1c1i1", "s1c1i1p3"]);
  });

  it("reads an unnumbered paragraph after a numbered item as that item's sibling", () => {
    // 004 三: the numbers (六) and (七) are missing between (五) and (八).
    const text =
      "三、村的职责\n(五)健全隐患排查治理体系；\n健全应急救援体系；\n发生事故及时报告；\n(八)其他职责。";
    expect(ids(text)).toEqual(["三", "三(五)", "三第1段", "三第2段", "三(八)"]);
  });

  it("reads unnumbered paragraphs under a heading as its numbered children", () => {
    // 004 四(二)15 农机站: three items without numbers.
    const text =
      "四、部门\n15、镇农机站履行下列安全生产工作职责：\n配合上级部门监督检查；\n对农业机械使用进行监督检查；";
    expect(ids(text)).toEqual(["四", "四15", "四15第1段", "四15第2段"]);
  });

  it("applies a marker override for a heading the document prints without a number", () => {
    const text = "四、部门\n（一）共同职责\n(1)落实政策；\n具体职责\n1.镇安委会：\n(1)贯彻落实；";
    const overrides = [{ text: "具体职责", marker: "（二）" }];
    expect(ids(text, overrides)).toEqual(["四", "四(一)", "四(一)(1)", "四(二)", "四(二)1", "四(二)1(1)"]);
  });

  it("reads a paragraph declared a heading as the parent of the unnumbered paragraphs after it", () => {
    // 000 二1 ends in 。 but introduces the paragraphs after it.
    const text = "二、责任\n1.镇领导和包村干部安全生产责任。\n镇领导对分管的行业负责；\n具体要求一；";
    const overrides = [{ text: "1.镇领导和包村干部安全生产责任。", heading: true }];
    expect(ids(text)).toEqual(["二", "二1", "二第1段", "二第2段"]);
    expect(ids(text, overrides)).toEqual(["二", "二1", "二1第1段", "二1第2段"]);
  });

  it("reports an override that matches no paragraph", () => {
    const { problems } = parseClauses("一、甲", { overrides: [{ text: "不存在", marker: "（二）" }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("不存在");
  });

  it("reports a repeated number and keeps ids unique", () => {
    const { clauses, problems } = parseClauses("一、甲\n1、乙；\n2、丙；\n2、丁；");
    expect(problems[0]!.message).toContain("一2");
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  it("strips the marker and indentation from the text but keeps the marker as printed", () => {
    const [, clause] = parseClauses("一、甲\n\u3000\u3000(1)负责消防安全监督管理；").clauses;
    expect(clause).toMatchObject({ text: "负责消防安全监督管理；", marker: "(1)", line: 2 });
  });

  it("starts numbering again under each part of a collection, prefixing the part's name", () => {
    const text =
      "汇编\n总结篇一\n各村负责人负总责。\n1、召开会议；\n总结篇二\n三、工作任务\n（三）重点：\n1、道路交通安全。";
    const { clauses } = parseClauses(text, { partTitlePrefix: "总结" });
    expect(clauses.map((c) => c.id)).toEqual([
      "序1",
      "篇一",
      "篇一第1段",
      "篇一 1",
      "篇二",
      "篇二 三",
      "篇二 三(三)",
      "篇二 三(三)1",
    ]);
    expect(clauses.find((c) => c.id === "篇二 三(三)1")?.anchor).toBe("pt2s3c3i1");
  });

  it("cites a repeated number as printed plus 之2 when the source allows it, without a problem", () => {
    const { clauses, problems } = parseClauses("篇一\n1、甲；\n2、乙；\n2、丙；", {
      partTitlePrefix: "",
      allowRepeatedNumbers: true,
    });
    expect(clauses.map((c) => c.id)).toEqual(["篇一", "篇一 1", "篇一 2", "篇一 2之2"]);
    expect(problems).toEqual([]);
  });

  it("joins a paragraph the file breaks mid-word to the next, keeping the first line number", () => {
    const { clauses } = parseClauses("一、甲\n要在危险路段设立警\n\n示牌，并加强教育。", {
      joinAfter: ["设立警"],
    });
    expect(clauses[1]).toMatchObject({
      id: "一第1段",
      text: "要在危险路段设立警示牌，并加强教育。",
      line: 2,
    });
  });

  it("accepts CRLF line ends", () => {
    expect(ids("一、甲\r\n（一）乙。\r\n")).toEqual(["一", "一(一)"]);
  });
});

describe("isHeadingText", () => {
  it("treats a colon ending or a short unpunctuated line as a heading", () => {
    expect(isHeadingText("镇教委履行下列安全生产工作职责：")).toBe(true);
    expect(isHeadingText("张山子交警中队履行下列安全生产工作职责")).toBe(true);
    expect(isHeadingText("负责消防安全监督管理；")).toBe(false);
  });
});
