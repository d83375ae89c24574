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

  it("says so when the head has no title, rather than taking the first paragraph", () => {
    const head = documentHead(
      "第一条 为加强社区安全管理,制定本规定。\n第二条 街道办事处负责社区安全管理工作。",
    );
    expect(head.title).toBeUndefined();
    expect(head.unsure).toContainEqual({ field: "title", reason: expect.stringContaining("没有找到标题") });
  });
});
