import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

/** How long a run of Chinese characters is before two files saying it count as one phrase typed twice. */
const PHRASE = 6;

/**
 * Phrases still written in more than one file of src/ (UI wording repeated, comments quoting
 * the same document): a debt, each to be written once where it belongs (print/wording.ts,
 * domain/, a component). The list may only shrink: a new repeated phrase fails, and so does
 * an entry no longer repeated.
 */
const STILL_SHARED = [
  "一个乡镇一个文件",
  "一二三四五六七八九十百",
  "一条职责原文",
  "一段里有几种责任",
  "不编码的理由",
  "个乡镇按行业领域并排",
  "中打开后重新保存为",
  "乡镇应急工作计划",
  "从原文逐字复制",
  "任何来源文件中",
  "企业单位主要负责人",
  "会出现在网址里",
  "先按匹配的词数",
  "党政主要负责人",
  "关闭正在使用它的程序",
  "其他有关部门",
  "再按责任从重到轻排列",
  "写明了责任主体",
  "写明周期或日期的",
  "写明的内容留空并注明",
  "分管安全副镇长",
  "分管安全生产工作的",
  "删除这个链接",
  "只写法律名称",
  "只对上部分词语的",
  "只打印部分单位",
  "只能用小写英文字母",
  "可导入手机日历",
  "各村主要负责人",
  "各村屯安全生产责任",
  "各村屯负责人",
  "各领域的主责单位",
  "名称按原文照抄",
  "在全文中搜索",
  "在单位页查看",
  "在各镇文件中的职责",
  "安全生产台账",
  "安全生产工作日历",
  "安全生产监管职责的原则",
  "安全生产职责清单汇编",
  "对本单位同样适用",
  "导入程序没能判断",
  "属性里给当前用户读取权限",
  "履行下列安全生产工作职责",
  "履行以下职责",
  "山东省枣庄市山亭区",
  "张山子派出所",
  "或删除该文件",
  "或删除这一项",
  "或删除这个文件",
  "或被别的程序占用",
  "打印职责清单",
  "打开表单编辑器",
  "抓好以下六个",
  "据此编码的职责",
  "数字和连字符",
  "文件时留下的",
  "文件没有写明谁负责",
  "文件没有规定的",
  "无法读取这个文件",
  "是导入文件时由程序",
  "是本单位维护的",
  "最好重新输入",
  "有职责但没有主责单位",
  "本站不替它补写",
  "本站所在的镇",
  "本镇文件没有写到",
  "本镇文件没有写明",
  "来源文件未写明",
  "来源文件规定的",
  "来源文件里有的",
  "某某县乡镇安全生产职责矩阵",
  "查看待审核清单",
  "每个有职责的领域都有",
  "没有任何职责",
  "没有写明周期或日期",
  "没有读取权限",
  "派出所管液化气吗",
  "特签订此责任书",
  "独立成词的单字",
  "生产经营单位",
  "用自己的话写的",
  "的安全生产职责",
  "的来源文件没有写明原则",
  "的来源文件没有规定考核或",
  "看各镇的职责矩阵",
  "纪委书记管安全吗",
  "组织开展各项活动",
  "编号里有看不见的字符",
  "缺主责的领域",
  "考核或责任追究",
  "职责原文逐字引自来源文件",
  "能区分两者的",
  "至少填写一个",
  "行是行业领域",
  "请用自己的话写一句说明",
  "请选择有内容的文件",
  "重点方面的工作",
  "铜川镇党委书记",
  "镇安全生产委员会办公室",
  "镇安全生产工作",
  "镇领导和包村干部安全生产责任",
  "问题中点名的单位在前",
  "问题中的部分词语",
  "领域由谁负责",
];

/** Every run of six Chinese characters of the files under src/, with the files that hold it. */
function sharedRuns(): Map<string, Set<string>> {
  const files = (readdirSync(join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => join("src", file));
  const where = new Map<string, Set<string>>();
  for (const file of files)
    for (const run of readFileSync(join(PROJECT_ROOT, file), "utf8").match(/\p{Script=Han}{6,}/gu) ?? [])
      for (let i = 0; i + PHRASE <= run.length; i += 1) {
        const gram = run.slice(i, i + PHRASE);
        where.set(gram, (where.get(gram) ?? new Set()).add(file));
      }
  return new Map([...where].filter(([, holders]) => holders.size > 1));
}

describe("the Chinese wording of src/", () => {
  const shared = sharedRuns();

  it("types no new phrase of six characters or more in two files", () => {
    const fresh = [...shared]
      .filter(([gram]) => !STILL_SHARED.some((phrase) => phrase.includes(gram)))
      .map(([gram, files]) => `${gram}: ${[...files].join(", ")}`);
    expect(fresh).toEqual([]);
  });

  it("lists only phrases still typed twice (write one once, then drop it here)", () => {
    const settled = STILL_SHARED.filter((phrase) => {
      for (let i = 0; i + PHRASE <= phrase.length; i += 1)
        if (shared.has(phrase.slice(i, i + PHRASE))) return false;
      return true;
    });
    expect(settled).toEqual([]);
  });
});
