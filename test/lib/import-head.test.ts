import { describe, expect, it } from "vitest";
import { documentHead } from "../../src/lib/import/index.ts";

describe("documentHead", () => {
  it("reads a notice that prints a document as that document, with its 文号, issuer and date", () => {
    const head = documentHead(
      [
        "县人民政府办公室关于印发海原县乡(镇)街道消防安全工作职责清单的通知",
        "海政办规发〔2020〕10号",
        "各乡镇人民政府:",
        "海原县人民政府办公室",
        "2020年11月30日",
      ].join("\n"),
    );
    expect(head).toMatchObject({
      title: "海原县乡(镇)街道消防安全工作职责清单",
      docNumber: "海政办规发〔2020〕10号",
      issuer: "海原县人民政府办公室",
      date: "2020-11-30",
      year: 2020,
    });
  });

  it("joins a title a layout broke in two, and never takes a web page's lines or a body paragraph", () => {
    const head = documentHead(
      [
        "首页 > 政府信息公开",
        "安装后可以在桌面快捷访问",
        "二〇一七年二月二十四日",
        "徐庄镇2017年度安全生产专项整治",
        "工作计划",
        "按照镇政府关于2017年安全生产工作的总体要求,根据我镇实际,特制定本工作计划。",
      ].join("\n"),
    );
    expect(head.title).toBe("徐庄镇2017年度安全生产专项整治工作计划");
    expect(head.date).toBe("2017-02-24");
  });

  it("reads a title a page ran together with the first article, and drops a collection's count of samples", () => {
    expect(
      documentHead("1、安全生产工作事项交办制度第一条 为进一步健全完善安委会工作机制,制定本制度。").title,
    ).toBe("安全生产工作事项交办制度");
    expect(
      documentHead("1、安全生产工作事项交办制度\n第一条 为进一步健全完善工作机制,制定本制度。").title,
    ).toBe("安全生产工作事项交办制度");
    expect(documentHead("首页 > 计划范文\n乡镇应急工作计划六篇\n一、指导思想").title).toBe(
      "乡镇应急工作计划",
    );
    expect(documentHead("某乡镇人民政府安全生产职责工作清单5则范文\n一、总则").title).toBe(
      "某乡镇人民政府安全生产职责工作清单",
    );
    expect(documentHead("第一条 为加强管理,制定本规定。第二条 镇政府负责。").title).toBeUndefined();
  });

  it("says so when the head has no title, rather than taking the first paragraph", () => {
    const head = documentHead(
      "第一条 为加强社区安全管理,制定本规定。\n第二条 街道办事处负责社区安全管理工作。",
    );
    expect(head.title).toBeUndefined();
    expect(head.unsure).toContainEqual({ field: "title", reason: expect.stringContaining("没有找到标题") });
  });
});
