import { describe, expect, it } from "vitest";
import {
  isPageFurniture,
  joinWrappedLines,
  readableLines,
  splitInlineItems,
  unitNames,
} from "../../src/lib/import/index.ts";

describe("readableLines", () => {
  it("drops page numbers, a browser's print header and footer, and conversion residue", () => {
    for (const line of [
      "— 1 —",
      "— — — 2 —",
      "第1页 共3页",
      "1/2",
      "https://www.example.gov.cn/a.html 1/2",
      "2024/6/3 10:25 某某镇_门户网站",
    ])
      expect(isPageFurniture(line), line).toBe(true);
    for (const line of ["1、负责消防安全。", "2024年6月3日", "镇派出所：负责治安。"])
      expect(isPageFurniture(line), line).toBe(false);
    expect(readableLines("正文[bookmark: _GoBack]。\n卫生部门要加强对食品、药 第1 页共 8")).toBe(
      "正文。\n卫生部门要加强对食品、药",
    );
  });

  it("joins lines a layout wrapped at the page's width, but not lines that end a sentence or open an item", () => {
    const wrapped = [
      "为贯彻落实北京市街道工作会议精神及《中共北京市委北京",
      "市人民政府关于加强新时代街道工作的意见》相关要求,以首善",
      "标准建设文明街道、活力街道、宜居街道、平安街道,现结合石",
      "景山区实际,制定如下任务分解方案。",
      "1.完善街道党工委对地区治理重大工作的领导体制机制,优",
      "化决策程序,涉及基层治理的重大事项、重点工作、重要问题由",
    ];
    expect(joinWrappedLines(wrapped)).toEqual([
      "为贯彻落实北京市街道工作会议精神及《中共北京市委北京市人民政府关于加强新时代街道工作的意见》相关要求,以首善标准建设文明街道、活力街道、宜居街道、平安街道,现结合石景山区实际,制定如下任务分解方案。",
      "1.完善街道党工委对地区治理重大工作的领导体制机制,优化决策程序,涉及基层治理的重大事项、重点工作、重要问题由",
    ]);
    const prose = ["镇党委要定期研究安全生产工作，及时解决重大问题。", "镇政府负责组织实施。"];
    expect(joinWrappedLines(prose)).toEqual(prose);
    // A title a page prints three times is three lines, not one wrapped paragraph.
    const repeated = [
      "乡镇2022年度应急安全生产工作目标责任书",
      "乡镇2022年度应急安全生产工作目标责任书",
      "乡镇2022年度应急安全生产工作目标责任书",
      "为了认真贯彻落实中、省、市、区关于安全生产工作的重要部署,保障人民群众生命财产安全。",
    ];
    expect(joinWrappedLines(repeated)).toEqual(repeated);
  });

  it("joins a line broken inside a word or after a particle, even across a blank line, but not a heading before its text", () => {
    expect(
      readableLines(
        "6、特种设备安全。要严格落实特种设备使用单位安全主体责\n\n任，切实加强重点场所特种设备的安全监察工作。",
      ),
    ).toBe(
      "6、特种设备安全。要严格落实特种设备使用单位安全主体责任，切实加强重点场所特种设备的安全监察工作。",
    );
    expect(
      readableLines("村（居）委会、乡级企事业单位部门要结合本地、本单位的\n实际，制定各自的活动方案。"),
    ).toBe("村（居）委会、乡级企事业单位部门要结合本地、本单位的实际，制定各自的活动方案。");
    // A heading ends on a noun; the paragraph after it opens with a word of its own.
    const heading = "（三）突出主题，广泛宣传\n同时，各村要充分利用各种宣传工具。";
    expect(readableLines(heading)).toBe(heading);
  });

  it("does not take a few headings of one length for a page's wrap in a text of long paragraphs", () => {
    // Forty paragraphs, each a sentence of its own length, and three 篇 titles of one length.
    const prose = Array.from({ length: 40 }, (_, i) => `第${i + 1}项工作${"要".repeat(16 + i)}落实。`);
    const lines = prose.flatMap((line, i) =>
      i % 10 === 0 ? [`乡镇安全生产工作半年总结篇${"一二三四"[i / 10]}`, line] : [line],
    );
    expect(joinWrappedLines(lines)).toEqual(lines);
  });

  it("keeps a Word file's paragraphs as they are unless most of its lines stop mid-sentence at one width", () => {
    const paragraphs = [
      "乡镇安全生产工作半年总结篇三",
      "各位同志们：",
      "乡镇安全生产工作半年总结篇四",
      "今年是国务院确定的“安全生产年”，组织开展好活动具有重要意义。",
      "乡镇安全生产工作半年总结篇五",
      "为加强对安全生产工作的领导，落实安全生产行政责任。",
    ];
    expect(joinWrappedLines(paragraphs, { strict: true })).toEqual(paragraphs);
    const pasted = [
      "为贯彻落实北京市街道工作会议精神及《中共北京市委北京",
      "市人民政府关于加强新时代街道工作的意见》相关要求,以首善",
      "标准建设文明街道、活力街道、宜居街道、平安街道,现结合石",
      "景山区实际,制定如下任务分解方案。",
    ];
    expect(joinWrappedLines(pasted, { strict: true })).toEqual([pasted.join("")]);
  });

  it("splits items run together on one line where the numbering continues, and leaves numbers inside sentences", () => {
    expect(
      splitInlineItems(
        "消防办公室:1.向乡政府提出消防工作意见。2.开展消防安全检查,督促整改火灾隐患。3、协助乡政府加强专职消防队伍建设。",
      ),
    ).toEqual([
      "消防办公室:",
      "1.向乡政府提出消防工作意见。",
      "2.开展消防安全检查,督促整改火灾隐患。",
      "3、协助乡政府加强专职消防队伍建设。",
    ]);
    // A run-in list of short names is an enumeration inside one duty.
    const ledgers =
      "帮助和指导生产经营单位建立安全生产台账：（1）、网格化台账；（2）、文件台账；（3）、会议台账。";
    expect(splitInlineItems(ledgers)).toEqual([ledgers]);
    expect(splitInlineItems("一、镇委员会主要职责(一)学习并贯彻执行。")).toEqual([
      "一、镇委员会主要职责",
      "(一)学习并贯彻执行。",
    ]);
    expect(splitInlineItems("1、每年至少2次亲自带队检查,国发〔2004〕2号。")).toEqual([
      "1、每年至少2次亲自带队检查,国发〔2004〕2号。",
    ]);
    expect(splitInlineItems("(一) 主要负责人的职责 各村行政主要负责人是第一责任人。")).toEqual([
      "(一)主要负责人的职责",
      "各村行政主要负责人是第一责任人。",
    ]);
  });

  it("reads a web page's table rows (a | b | c |) as tab-separated cells", () => {
    expect(readableLines("烟花爆竹 | 1月份 | 安监站 安监所 |")).toBe("烟花爆竹\t1月份\t安监站 安监所");
  });
});

describe("unitNames", () => {
  it("lists the units a cell names, separated or run together, keeping a bracketed alternative", () => {
    expect(unitNames("安监站 安监所")).toEqual(["安监站", "安监所"]);
    expect(unitNames("文化站 派出所工商质监所")).toEqual(["文化站", "派出所", "工商质监所"]);
    expect(unitNames("区委编办、区民政局(区委社会工委)、园区党工委")).toEqual([
      "区委编办",
      "区民政局(区委社会工委)",
      "园区党工委",
    ]);
    expect(unitNames("区委组织部")).toEqual(["区委组织部"]);
  });
});
