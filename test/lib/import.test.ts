import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bearerOfHeading,
  decodeText,
  documentText,
  formatCounter,
  unifyRadicals,
  draftFromText,
  fidelity,
  guessRole,
  guessUnitKind,
  passiveBearerOf,
  establishedBearerOf,
  seatedOfficeBearerOf,
  calledOnBearerOf,
  ImportError,
  knownTypes,
  proposeParseOptions,
  sectorGuesser,
  splitByRole,
  subjectOfSentence,
} from "../../src/lib/import/index.ts";
import { parseClauses } from "../../src/lib/sources/index.ts";
import { docxFromText } from "../../scripts/lib/documents.ts";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { minimalContent, PROJECT_ROOT } from "../helpers/fixture.ts";

const FIXTURES = join(PROJECT_ROOT, "test", "fixtures", "import");
const guessSectors = (() => {
  const content = minimalContent();
  return sectorGuesser({ sectors: content.sectors, terms: content.terms });
})();

describe("decodeText", () => {
  it("reads a GBK file (as Windows Notepad saves Chinese) to the same text as its UTF-8 twin", () => {
    const utf8 = decodeText(readFileSync(join(FIXTURES, "utf8.txt")));
    const gbk = decodeText(readFileSync(join(FIXTURES, "gbk.txt")));
    expect(utf8.encoding).toBe("utf-8");
    expect(gbk.encoding).toBe("gb18030");
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.text).toContain("镇派出所履行下列安全生产工作职责");
  });

  it("drops a UTF-8 BOM, reads UTF-16 with its BOM, and turns CRLF into LF", () => {
    const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("一、甲\r\n乙")]));
    expect(bom).toEqual({ text: "一、甲\n乙", encoding: "utf-8 (BOM)" });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."安全"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(utf16)).toEqual({ text: "安全", encoding: "utf-16le" });
  });

  it("refuses an empty file and a binary one with a bilingual message that says what to do", () => {
    expect(() => decodeText(new Uint8Array())).toThrow(ImportError);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toThrow(
      /二进制.*binary[\s\S]*Fix: .*\.txt/,
    );
  });
});

describe("reading bearers, kinds and roles", () => {
  it("finds the bearer a heading introduces, in the ways documents write it", () => {
    expect(bearerOfHeading("张山子派出所履行下列安全生产工作职责：")).toBe("张山子派出所");
    expect(bearerOfHeading("镇党委主要负责人（书记）安全生产职责包括：")).toBe("镇党委主要负责人（书记）");
    expect(bearerOfHeading("村委员会安全责任")).toBe("村委员会");
    expect(bearerOfHeading("生产经营单位的安全生产责任。")).toBe("生产经营单位");
    expect(bearerOfHeading("乡(镇)人民政府安全生产综合管理职责")).toBe("乡(镇)人民政府");
    expect(
      bearerOfHeading(
        "镇政府原则上由担任本级党委委员的政府领导干部分管安全生产工作，其安全生产职责主要包括：",
      ),
    ).toBe("政府领导干部");
  });

  it("finds no bearer in headings that name none", () => {
    for (const heading of ["共同职责", "具体职责", "明确安全生产监管职责的原则", "工作目标", "保障措施"])
      expect(bearerOfHeading(heading), heading).toBeUndefined();
  });

  it("reads the subject a sentence opens with, and not an instruction's object", () => {
    expect(subjectOfSentence("镇党委要认真贯彻执行党的安全生产方针。")).toBe("镇党委");
    expect(subjectOfSentence("乡(镇)长对本乡(镇)安全生产工作负全面领导责任")).toBe("乡(镇)长");
    expect(subjectOfSentence("协助党委主要负责人落实党委对安全生产的领导职责")).toBeUndefined();
    expect(subjectOfSentence("加强安全生产宣传教育。")).toBeUndefined();
  });

  it("guesses the kind of unit from how its name ends, saying which words decided", () => {
    expect(guessUnitKind("张山子派出所").kind).toBe("department");
    expect(guessUnitKind("铜川镇党委书记").kind).toBe("post");
    expect(guessUnitKind("各工作点、行政村").kind).toBe("group");
    expect(guessUnitKind("村委员会").kind).toBe("village");
    expect(guessUnitKind("企业单位").kind).toBe("enterprise");
    expect(guessUnitKind("镇党委")).toEqual({ kind: "body", because: "党委", certain: true });
    // An ending that tells no kind is a guess, and says so.
    expect(guessUnitKind("参会人")).toMatchObject({ kind: "department", certain: false });
    expect(guessUnitKind("分管安全生产工作的副乡(镇)长")).toMatchObject({ kind: "post", certain: true });
    expect(guessUnitKind("镇工会")).toMatchObject({ kind: "department", certain: true });
  });

  it("reads the bearer a passive sentence names: who is to do it, and who hosts it together", () => {
    expect(passiveBearerOf("安全生产工作事项交办制度由镇安全生产委员会办公室具体组织实施。")).toBe(
      "镇安全生产委员会办公室",
    );
    expect(passiveBearerOf("由乡安监所、场管办、广播站、学校、综治办共同主办这次活动。")).toBe(
      "乡安监所、场管办、广播站、学校、综治办",
    );
    // What was done, not who is to do it; and 共同 with 负责 names no one in particular.
    expect(passiveBearerOf("由安监站负责起草,经分管领导审核")).toBeUndefined();
    expect(passiveBearerOf("对于分工交叉的安全生产工作，由相关领导共同负责。")).toBeUndefined();
  });

  it("reads the body a sentence sets up and gives a task at once", () => {
    // A body set up for one year's campaign is named without the year and the places before it.
    expect(establishedBearerOf("并成立20xx年xx县五四乡“安全生产月”宣传活动领导小组，负责宏观指导。")).toBe(
      "“安全生产月”宣传活动领导小组",
    );
    expect(establishedBearerOf("成立2023年度张山子镇安全生产大检查领导小组，负责检查的组织实施。")).toBe(
      "安全生产大检查领导小组",
    );
    expect(
      establishedBearerOf("成立以镇长为组长的安全生产工作领导小组，负责全镇安全生产工作的组织领导。"),
    ).toBe("安全生产工作领导小组");
    // Set up, but given no task in the same breath.
    expect(establishedBearerOf("成立安全生产工作领导小组，领导小组下设办公室。")).toBeUndefined();
  });

  it("reads the unit a body's office sits in, and the body a task calls on, as bearers", () => {
    expect(
      seatedOfficeBearerOf("下设办公室设在乡安监所（联系电话：3745110），具体负责活动的组织实施。"),
    ).toBe("乡安监所");
    expect(seatedOfficeBearerOf("领导小组下设办公室，办公室设在镇应急办，负责日常工作。")).toBe("镇应急办");
    // Where the office sits, with no task given: nobody is asked to do anything.
    expect(seatedOfficeBearerOf("办公室设在镇应急办。")).toBeUndefined();
    expect(calledOnBearerOf("三是充分发挥各级工会组织在安全生产中的作用。")).toBe("各级工会组织");
    expect(calledOnBearerOf("要发挥村民委员会的监督作用。")).toBe("村民委员会");
    // A role, not a body: 群众 and 舆论 are no unit's name.
    expect(calledOnBearerOf("充分发挥舆论的监督作用。")).toBeUndefined();
  });

  it("marks a role only where a weaker verb opens a duty that also says 负责 or 牵头", () => {
    expect(guessRole("按照乡消防安全委员会的工作部署,负责研究部署工作。", "行政村协管员")).toMatchObject({
      role: "lead",
      uncertain: false,
    });
    expect(guessRole("做好宣传工作，必要时配合派出所开展检查。", "镇司法所")).toMatchObject({
      role: "lead",
      uncertain: false,
    });
    expect(guessRole("配合派出所开展检查，并负责整改复查。", "镇司法所")).toMatchObject({
      role: "cooperate",
      uncertain: true,
    });
    expect(guessRole("配合派出所开展检查。", "镇司法所")).toMatchObject({
      role: "cooperate",
      uncertain: false,
    });
    expect(guessRole("组织开展监督检查。", "镇应急办")).toMatchObject({ role: "lead", uncertain: false });
  });

  it("takes the role from the verb that opens the duty, lead when it has none, and lists every role verb", () => {
    expect(guessRole("协助有关部门开展消防安全检查。", "镇派出所")).toMatchObject({ role: "assist" });
    expect(guessRole("配合做好事故调查。", "镇司法所")).toMatchObject({ role: "cooperate" });
    expect(guessRole("组织、指导年度安全生产考核工作", "镇安委会")).toMatchObject({ role: "lead" });
    expect(guessRole("监督检查安全生产法律法规的执行情况", "镇纪委办").role).toBe("oversee");
    expect(guessRole("监督检查辖区内生产经营单位", "镇应急管理办公室").role).toBe("lead");
    expect(guessRole("负责电力安全，协助做好事故处置，配合开展检查", "镇经委").verbs).toEqual([
      "lead",
      "assist",
      "cooperate",
    ]);
  });
});

describe("proposeParseOptions", () => {
  it("gives a short heading printed without its marker the next marker of the heading before it", () => {
    const text =
      "一、部门职责\n（一）共同职责\n1、负责消防安全。\n具体职责\n1、镇水利站履行下列职责：\n（1）负责水库安全。\n";
    const { markerOverrides } = proposeParseOptions(text);
    expect(markerOverrides).toEqual([expect.objectContaining({ text: "具体职责", marker: "（二）" })]);
    const draft = draftFromText(text, guessSectors, proposeParseOptions(text).options);
    expect(draft.units.find((u) => u.name === "镇水利站")?.heading).toBe("一(二)1");
  });

  it("reads a collection of documents by their 篇 titles, and allows repeated numbers the parser reports", () => {
    const text =
      "安全工作总结篇一\n一、甲镇派出所履行下列职责：\n1、负责消防。\n1、负责燃气。\n安全工作总结篇二\n一、乙。\n";
    const proposal = proposeParseOptions(text);
    expect(proposal.partTitlePrefix).toBe("安全工作总结");
    expect(proposal.allowRepeatedNumbers).toBe(true);
  });
});

describe("knownTypes", () => {
  it("knows a unit type by its printed name, its short name and what people call it, never losing a name to an alias", () => {
    const unit = (name: string, type: string, extra: { shortName?: string; aliases?: string[] } = {}) => ({
      data: { name, type, jurisdiction: "a", ...extra },
    });
    const { byCoreName } = knownTypes(
      [
        unit("甲镇市场监管所", "market-regulation", {
          shortName: "市场监管所",
          aliases: ["市场监督管理所", "派出所"],
        }),
        unit("甲镇镇长", "mayor"),
        unit("甲镇派出所", "police-station"),
      ],
      new Map([["a", "甲镇"]]),
    );
    expect(byCoreName.get("市场监督管理所")).toBe("market-regulation");
    // 镇长 keeps its 镇: 长 alone names nothing.
    expect(byCoreName.get("镇长")).toBe("mayor");
    expect(byCoreName.has("长")).toBe(false);
    // A printed name wins over another unit's alias.
    expect(byCoreName.get("派出所")).toBe("police-station");
  });
});

describe("draftFromText, on a list written article by article", () => {
  const text = [
    "某某镇安全生产工作职责清单",
    "第一章 总则",
    "第一条 为进一步落实安全生产责任制，制定本清单。",
    "第二章 镇领导职责",
    "第二条 镇长职责：",
    "（一）全面负责全镇安全生产工作；",
    "第三章 部门职责",
    "第三条 镇派出所：负责烟花爆竹公共安全管理。",
    "第四条 镇市场监督管理所：负责特种设备安全监督管理。",
    "第五条 各村（社区）：负责本村安全生产网格化管理。",
  ].join("\n");
  const draft = draftFromText(text, guessSectors);

  it("gives each article's bearer its duties, by the name before the colon, not the chapter's title", () => {
    expect(draft.units.map((u) => [u.name, u.duties.map((d) => d.clause)])).toEqual([
      ["镇长", ["第二条(一)"]],
      ["镇派出所", ["第三条"]],
      ["镇市场监督管理所", ["第四条"]],
      ["各村（社区）", ["第五条"]],
    ]);
    expect(draft.units[1]!.duties[0]!.text).toBe("镇派出所：负责烟花爆竹公共安全管理。");
    // The purpose article names no bearer: it is listed for a person, paragraph by paragraph.
    expect(draft.notEncoded).toContainEqual({ clause: "第一条", reason: expect.stringMatching(/^未归属：/) });
  });
});

describe("draftFromText", () => {
  const text = [
    "测试镇安全生产职责",
    "一、原则",
    "镇党委要定期研究安全生产工作。镇政府负责组织实施。",
    "二、部门职责",
    "（一）镇派出所履行下列安全生产工作职责：",
    "1、负责烟花爆竹公共安全管理；",
    "2、协助有关部门开展消防安全检查。",
    "三、有关要求",
    "各部门要加强领导。",
  ].join("\n");
  const draft = draftFromText(text, guessSectors);

  it("finds bearers by heading and by the sentences that name them, each duty verbatim with its clause", () => {
    expect(draft.units.map((u) => [u.name, u.kind, u.heading])).toEqual([
      ["镇派出所", "department", "二(一)"],
      ["镇党委", "body", undefined],
      ["镇政府", "body", undefined],
      // A requirement that names its bearer is that bearer's duty; the section stays a rule otherwise.
      ["各部门", "group", undefined],
    ]);
    const police = draft.units[0]!;
    expect(police.duties.map((d) => [d.clause, d.text, d.role])).toEqual([
      ["二(一)1", "负责烟花爆竹公共安全管理；", "lead"],
      ["二(一)2", "协助有关部门开展消防安全检查。", "assist"],
    ]);
    expect(draft.units[1]!.duties.map((d) => d.text)).toEqual(["镇党委要定期研究安全生产工作。"]);
  });

  it("tags sectors from the vocabulary and marks only the uncertain guesses for review", () => {
    const fire = draft.units[0]!.duties[1]!;
    expect(fire.sectors).toEqual(["fire"]);
    // 协助 opens the duty: its role is plain, and one sector is no doubt either.
    expect(fire.review).toEqual([]);
    expect(draft.units[0]!.duties[0]!.sectors).toEqual(["general"]);
    const mixed = draftFromText("（一）镇水利站职责：\n1.负责河道管理，配合派出所开展巡查。", guessSectors);
    expect(mixed.units[0]!.duties[0]!.review).toEqual([
      { field: "split", reason: expect.stringContaining("主责、配合") },
    ]);
  });

  it("keeps requirements as rules except the sentences that name their bearer; a title line is a heading, no paragraph to exclude", () => {
    expect(draft.encodedSections).toEqual(["一", "二", "三"]);
    expect(draft.notEncoded).toEqual([]);
    // The title names a town over other bearers' headings: a chapter, not a unit.
    expect(draft.units.map((u) => u.name)).not.toContain("测试镇");
  });
});

describe("sections that set rules", () => {
  it("drafts no duty from an assessment section, even from its sentences that name a body", () => {
    const draft = draftFromText(
      [
        "一、镇派出所职责",
        "（一）负责消防检查。",
        "二、履职考核",
        "（一）各乡(镇)人民政府履行安全生产工作职责的情况，作为绩效的考核内容。",
        "（二）县政府组织督查和考核。",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((unit) => unit.name)).toEqual(["镇派出所"]);
    expect(draft.notEncoded).toContainEqual({ clause: "二", reason: expect.any(String) });
  });

  it("keeps a sentence of an assessment section in which a bearer 负责 checking, and no sanction", () => {
    const draft = draftFromText(
      [
        "一、镇派出所职责",
        "（一）负责消防检查。",
        "二、监督及考核",
        "镇安委会办公室负责监督各有关责任单位组织开展的专项整治工作。对工作不力的单位，镇安委会办公室负责通报批评并追究责任。",
      ].join("\n"),
      guessSectors,
    );
    const office = draft.units.find((unit) => unit.name === "镇安委会办公室");
    expect(office?.duties.map((duty) => duty.text)).toEqual([
      "镇安委会办公室负责监督各有关责任单位组织开展的专项整治工作。",
    ]);
  });

  it("drafts no duty from a section that looks back or diagnoses, and says why once", () => {
    const draft = draftFromText(
      [
        "一、上半年安全生产工作回顾",
        "（一）镇政府与各村签订了安全生产目标责任书。",
        "（二）镇派出所开展了道路交通整治。",
        "二、下半年工作",
        "（一）镇派出所要加强道路交通安全管理。",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((unit) => unit.name)).toEqual(["镇派出所"]);
    expect(draft.units[0]!.duties.map((duty) => duty.clause)).toEqual(["二(一)"]);
    expect(draft.notEncoded).toEqual([{ clause: "一", reason: expect.stringContaining("回顾") }]);
  });

  it("reads an article that mentions 考核 in its body as an article, not as an assessment section", () => {
    const draft = draftFromText(
      [
        "第一条 为规范交办工作，制定本制度。",
        "第二条 交办事项办理情况纳入年度考核重要内容，镇安委办加强跟踪调度和问效。",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((unit) => unit.name)).toEqual(["镇安委办"]);
  });
});

describe("bearers a sentence names in passing", () => {
  it("reads 我镇, 本乡 and 全镇 as the town's own government, the one the document names if it does", () => {
    const text = [
      "一、加强专项整治。我镇要把专项整治作为重点工作。",
      "二、落实责任。全镇建立严格的目标管理责任制。",
    ].join("\n");
    expect(draftFromText(text, guessSectors).units.map((unit) => unit.name)).toEqual(["镇政府"]);
    const named = draftFromText(`一、某某镇人民政府负责全镇安全生产工作。\n${text}`, guessSectors);
    expect(named.units.map((unit) => [unit.name, unit.duties.length])).toEqual([["某某镇人民政府", 3]]);
  });

  it("gives points (一是, 二是) the bearer of the paragraph that introduced them, not of one another", () => {
    const draft = draftFromText(
      [
        "安监站要不断研究新形势下安全监管的思路和方法。",
        "一是加大执法力度。安全监管人员要加强学习。",
        "二是织好监管网。镇应急办牵头开展大排查。",
        "三是严肃查处违法行为。",
      ].join("\n"),
      guessSectors,
    );
    const dutiesOf = (name: string) =>
      draft.units.find((unit) => unit.name === name)?.duties.map((duty) => duty.text.slice(0, 4));
    expect(dutiesOf("安监站")).toEqual(["安监站要", "一是加大", "三是严肃"]);
    expect(dutiesOf("镇应急办")).toEqual(["镇应急办"]);
  });

  it("finds a bearer after a circumstance, one that 有 or 也要, and an office that acts, but not a step told in passing", () => {
    const draft = draftFromText(
      [
        "本计划未列出的有关行业专项整治工作,相关责任单位也要按照职责分工及时开展工作。",
        "街道办事处和社区居委会有突发事件应急实施方案。",
        "办公室要牵头做好会议议定事项的督查督办。",
        "《清单》由安监站负责起草,乡党委政府研究后,由主要领导签发。",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((unit) => unit.name)).toEqual([
      "相关责任单位",
      "街道办事处和社区居委会",
      "办公室",
    ]);
    // An office's name alone does not say whose office it is.
    expect(draft.units[2]!.review).toContainEqual(expect.objectContaining({ field: "unit" }));
  });
});

describe("bearers across sentences and paragraphs", () => {
  const dutiesOf = (draft: ReturnType<typeof draftFromText>) =>
    draft.units.map((unit) => [unit.name, unit.duties.map((duty) => duty.text.slice(0, 6))]);

  it("gives a later sentence of a bearer's paragraph to another body it opens with, but not to the bearer's own head", () => {
    const draft = draftFromText(
      [
        "一、活动安排",
        "各村（居）委会要做好下列工作：",
        "一是悬挂宣传标语。乡广播站开展安全生产宣传报道。",
        "二是排查隐患。各村（居）委会负责人要带头检查。",
      ].join("\n"),
      guessSectors,
    );
    expect(dutiesOf(draft)).toEqual([
      ["各村（居）委会", ["一是悬挂宣传", "二是排查隐患"]],
      ["乡广播站", ["乡广播站开展"]],
    ]);
  });

  it("gives a paragraph that opens with a bare 要 the bearer the paragraph before it named", () => {
    const draft = draftFromText(
      [
        "各村主要负责人是安全生产的第一责任人。",
        "具体要求：",
        "各村委会对本辖区的施工安全负总责。",
        "要建立食品安全信息员管理制度。",
        "落实安全生产责任制。",
      ].join("\n"),
      guessSectors,
    );
    expect(dutiesOf(draft)).toEqual([
      ["各村主要负责人", ["各村主要负责", "落实安全生产"]],
      ["各村委会", ["各村委会对本", "要建立食品安"]],
    ]);
  });

  it("gives a report's plan for the months ahead to the town it speaks as, but not its slogans", () => {
    const report = (plan: string) =>
      [
        "上半年我镇安全工作平稳。",
        "一、上半年工作回顾",
        "（一）开展大检查。全镇检查企业30家。",
        `二、${plan}`,
        "（一）继续抓好道路交通安全工作。严查超载、超速行为。",
        "（二）加强领导,落实责任。",
      ].join("\n");
    expect(dutiesOf(draftFromText(report("全力做好下半年安全生产工作"), guessSectors))).toEqual([
      ["镇政府", ["继续抓好道路"]],
    ]);
    // The same items under a section that is not a plan name no one.
    expect(draftFromText(report("工作特色"), guessSectors).units).toEqual([]);
  });

  it("reads the sentences a lead-in states before its list as duties, and finds its bearer in any of them", () => {
    const draft = draftFromText(
      [
        "一、活动安排",
        "6月1日前，各村委会要悬挂宣传标语。6月15日，举行咨询日活动。各村委会要按照乡的要求，组织开展各项活动：",
        "一是动员部署。",
      ].join("\n"),
      guessSectors,
    );
    expect(dutiesOf(draft)).toEqual([["各村委会", ["6月1日前，", "一是动员部署"]]]);
  });

  it("drafts no duty from an item that only announces the items below it", () => {
    const draft = draftFromText(
      [
        "三、工作重点",
        "（一）各单位要落实安全生产责任。",
        "（二）强化重点行业监管。要结合自身实际，认真抓好以下六个重点方面的工作。",
        "1、道路交通安全。要深化道路交通安全综合治理。",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.flatMap((unit) => unit.duties.map((duty) => duty.clause))).toEqual([
      "三(一)",
      "三(二)1",
    ]);
  });

  it("ends the run of a point that names its own bearer at the next point, back to the paragraph's bearer", () => {
    const draft = draftFromText(
      "（一）加强责任制落实。全镇建立目标管理责任制。一是建立工作格局。二是各站所要依法实施监管。三是生产经营单位要建立健全责任制。四是营造关爱生命的氛围。",
      guessSectors,
    );
    expect(dutiesOf(draft)).toEqual([
      ["镇政府", ["全镇建立目标", "四是营造关爱"]],
      ["各站所", ["二是各站所要"]],
      ["生产经营单位", ["三是生产经营"]],
    ]);
  });

  it("carries an addressee group on to the next item, but not two bodies one sentence named", () => {
    const items = (subject: string) =>
      draftFromText(
        [`（一）落实监管。${subject}要研究监管方法。`, "（二）要加强安全文化建设，开展安全培训。"].join("\n"),
        guessSectors,
      );
    expect(dutiesOf(items("各相关站所"))).toEqual([["各相关站所", ["各相关站所要", "要加强安全文"]]]);
    expect(dutiesOf(items("安监站和负有安全监管职责的部门"))).toEqual([
      ["安监站和负有安全监管职责的部门", ["安监站和负有"]],
    ]);
  });

  it("says a name once where the keyboard doubled its first character (各各村)", () => {
    const draft = draftFromText("各村要做好防汛工作。\n各各村也应成立活动领导机构。", guessSectors);
    expect(dutiesOf(draft)).toEqual([["各村", ["各村要做好防", "各各村也应成"]]]);
  });
});

describe("fidelity", () => {
  it("finds hand units by heading or name and compares their duties by their words, roles and sectors", () => {
    const draft = draftFromText(
      "一、镇派出所履行下列职责：\n1、负责消防。\n2、协助燃气检查。\n",
      guessSectors,
    );
    const result = fidelity(
      [
        {
          name: "张山子派出所",
          heading: "一",
          duties: [
            { clause: "一1", text: "负责消防。", role: "lead", sectors: ["fire"] },
            { clause: "一2", text: "协助燃气检查。", role: "lead", sectors: ["gas"] },
          ],
        },
        { name: "镇水利站", duties: [{ clause: "二1", text: "负责供水。", role: "lead", sectors: ["gas"] }] },
      ],
      draft,
    );
    expect(result.units).toMatchObject({ hand: 2, found: 1, recall: 0.5, precision: 1 });
    expect(result.pairs).toMatchObject({ hand: 3, matched: 2, recall: 2 / 3, precision: 1 });
    expect(result.roleAgreement).toBe(0.5);
    expect(result.sectorExact).toBe(1);
  });
});

describe("reading Word and PDF documents", () => {
  it("reads a .docx whose list markers are Word's automatic numbering with the same clause ids and texts as the text", async () => {
    const text = readFileSync(
      join(PROJECT_ROOT, "content", "sources", "texts", "004_4e6002834ccb5faf.txt"),
      "utf8",
    );
    const docx = await docxFromText(text);
    expect(docx.toString("latin1")).not.toContain("（一）共同职责"); // the markers are Word's, not in the runs
    const { text: back, format } = await documentText(new Uint8Array(docx), "张发〔2020〕47号.docx");
    expect(format).toBe("Word .docx");
    const ids = (t: string) => parseClauses(t).clauses.map((c) => `${c.id} ${c.text}`);
    expect(ids(back)).toEqual(ids(text));
  });

  it("reads a duty list laid out as a Word table, one duty a row, a bearer merged over several rows", async () => {
    const cell = (text: string, merge?: "restart" | "continue") =>
      new TableCell({
        children: [new Paragraph(text)],
        ...(merge
          ? { verticalMerge: merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
          : {}),
      });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const table = new Table({
      rows: [
        row(cell("序号"), cell("责任主体"), cell("职责内容")),
        row(cell("1"), cell("镇派出所", "restart"), cell("负责烟花爆竹公共安全管理。")),
        row(cell("2"), cell("", "continue"), cell("协助开展消防安全检查。")),
        row(cell("3"), cell("镇水利站"), cell("负责水利工程安全管理。")),
      ],
    });
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("某镇安全生产职责清单"), table] }] }),
    );
    const { text } = await documentText(new Uint8Array(bytes), "清单.docx");
    const draft = draftFromText(text, guessSectors);
    expect(draft.units.map((u) => [u.name, u.duties.map((d) => [d.clause, d.text, d.role])])).toEqual([
      [
        "镇派出所",
        [
          ["1", "负责烟花爆竹公共安全管理。", "lead"],
          ["2", "协助开展消防安全检查。", "assist"],
        ],
      ],
      ["镇水利站", [["3", "负责水利工程安全管理。", "lead"]]],
    ]);
    // Each duty is verbatim in the clause the text gives it.
    const clauses = parseClauses(text).clauses;
    for (const unit of draft.units)
      for (const duty of unit.duties)
        expect(clauses.find((c) => c.id === duty.clause)!.text.replace(/\s+/g, "")).toContain(
          duty.text.replace(/\s+/g, ""),
        );
  });

  it("writes Word's counters in the level's own format", () => {
    expect(formatCounter(12, "chineseCounting")).toBe("十二");
    expect(formatCounter(3, "decimal")).toBe("3");
    expect(formatCounter(2, "decimalFullWidth")).toBe("２");
    expect(formatCounter(2, "lowerLetter")).toBe("b");
  });

  it("turns the radicals a PDF's fonts map glyphs to back into the characters, leaving punctuation as printed", () => {
    expect(unifyRadicals("张⼭⼦镇⼈⺠政府，安全⽣产（⻔）")).toBe("张山子镇人民政府，安全生产（门）");
  });

  it("refuses what is not a readable .docx or .pdf, saying what to do", async () => {
    const cases: Array<[Uint8Array, string, RegExp]> = [
      [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
        "照片.docx",
        /不是有效的 Word 文件.*not a valid \.docx/,
      ],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        "加密.docx",
        /被加密.*encrypted/,
      ],
      [
        new TextEncoder().encode("%PDF-1.4\n%%EOF damaged"),
        "坏.pdf",
        /不是有效的 PDF.*not a valid PDF|没有文字层.*no text layer/,
      ],
      [readFileSync(join(FIXTURES, "blank-page.pdf")), "扫描件.pdf", /没有文字层.*no text layer[\s\S]*OCR/],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "旧文件.doc", /旧的文件格式.*old format[\s\S]*\.docx/],
      [new Uint8Array([1, 2, 3]), "表格.xlsx", /不能导入 \.xlsx.*cannot import/],
    ];
    for (const [bytes, name, message] of cases) {
      await expect(documentText(bytes, name), name).rejects.toThrow(ImportError);
      await expect(documentText(bytes, name), name).rejects.toThrow(message);
    }
  });
});

describe("splitByRole", () => {
  it("suggests splitting a paragraph where each phrase opens with another role verb", () => {
    expect(
      splitByRole("协助市经信局做好电力安全工作，组织开展电力安全生产大检查；配合共同组织应急处置。"),
    ).toEqual(["协助市经信局做好电力安全工作，组织开展电力安全生产大检查；", "配合共同组织应急处置。"]);
  });
});

describe("tables and labelled bearers", () => {
  it("reads a table by its header's meaning: the 责任单位 cell's units lead the task in the 事项 cell", () => {
    const draft = draftFromText(
      [
        "一、整治安排",
        "整治事项\t时间安排\t责任单位\t配合单位",
        "烟花爆竹\t1月份\t安监站 派出所\t市场监管所",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((u) => [u.name, u.duties.map((d) => [d.text, d.role])])).toEqual([
      ["安监站", [["烟花爆竹", "lead"]]],
      ["派出所", [["烟花爆竹", "lead"]]],
      ["市场监管所", [["烟花爆竹", "cooperate"]]],
    ]);
  });

  it("gives a task to the units its label lines and its closing brackets name, each with the label's role", () => {
    const draft = draftFromText(
      [
        "一、任务",
        "1.完善基层应急体系。",
        "牵头单位:镇应急办",
        "协办单位:镇派出所、各村委会",
        "2.开展隐患排查。(镇安监站牵头,各村配合)",
      ].join("\n"),
      guessSectors,
    );
    expect(draft.units.map((u) => [u.name, u.duties.map((d) => [d.clause, d.role])])).toEqual([
      ["镇应急办", [["一1", "lead"]]],
      ["镇派出所", [["一1", "cooperate"]]],
      ["镇安监站", [["一2", "lead"]]],
      // 各村委会 and 各村 are one bearer: a village acts through its committee.
      [
        "各村",
        [
          ["一1", "cooperate"],
          ["一2", "cooperate"],
        ],
      ],
    ]);
  });
});

describe("a pasted list whose first line names its bearer", () => {
  it("gives the list to the bearer its opening line names, though that line stands before any numbering", () => {
    const draft = draftFromText(
      "镇派出所主要职责：\n（1）负责烟花爆竹安全管理；\n（2）配合开展消防检查。",
      guessSectors,
    );
    expect(draft.units.map((u) => [u.name, u.duties.map((d) => [d.clause, d.role])])).toEqual([
      [
        "镇派出所",
        [
          ["(1)", "lead"],
          ["(2)", "cooperate"],
        ],
      ],
    ]);
  });

  it("reads a 清单's title as its bearer when no heading inside names another", () => {
    const draft = draftFromText(
      "某镇应急管理办公室安全生产职责清单\n1.负责全镇安全生产综合监管。\n2.协助开展事故调查处理。",
      guessSectors,
    );
    expect(draft.units.map((u) => [u.name, u.duties.length])).toEqual([["某镇应急管理办公室", 2]]);
  });
});
