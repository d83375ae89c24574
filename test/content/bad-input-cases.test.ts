import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MINIMAL_FIXTURE, PROJECT_ROOT } from "../helpers/fixture.ts";

/**
 * The bad-input suite: one mistake a clerk could make per case, in a scratch copy of the
 * minimal fixture. Each must stop the check with exactly one problem that names the file,
 * the entry and the field, says what is wrong in Chinese and English and how to fix it,
 * with no stack trace. Entry counts are checked elsewhere (nothing silently dropped).
 */
interface BadInput {
  name: string;
  /** Breaks the scratch content (paths relative to its content/). */
  edit: (content: Content) => void;
  /** `file › entry › field` as the message prints it. */
  where: string;
  /** Fragments of the Chinese and the English message. */
  chinese: string;
  english: string;
}

interface Content {
  replace: (file: string, from: string | RegExp, to: string) => void;
  write: (file: string, text: string) => void;
  read: (file: string) => string;
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function scratch(): { root: string; content: Content } {
  const root = mkdtempSync(join(tmpdir(), "duty-matrix-bad-"));
  temporary.push(root);
  cpSync(join(MINIMAL_FIXTURE, "content"), join(root, "content"), { recursive: true });
  const path = (file: string) => join(root, "content", file);
  const content: Content = {
    read: (file) => readFileSync(path(file), "utf8"),
    write: (file, text) => {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    replace: (file, from, to) => {
      const before = readFileSync(path(file), "utf8");
      const after = before.replace(from, to);
      if (after === before) throw new Error(`the case's edit changed nothing in ${file}: ${String(from)}`);
      writeFileSync(path(file), after);
    },
  };
  return { root, content };
}

function check(root: string) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts", "check.ts"), root], { encoding: "utf8" });
}

const POLICE = "units/testtown/police.yaml";
const WATER = "units/testtown/water.yaml";

export const CASES: BadInput[] = [
  {
    name: "YAML that does not parse",
    edit: (c) => c.replace(POLICE, "kind: department", "kind: [department"),
    where: "content/units/testtown/police.yaml › testtown/police",
    chinese: "文件格式有误",
    english: "the file is not valid YAML",
  },
  {
    name: "a tab in the indentation",
    edit: (c) => c.replace(WATER, "  - clause:", "\t- clause:"),
    where: "content/units/testtown/water.yaml › testtown/water",
    chinese: "用空格，不用 Tab",
    english: "spaces, not tabs",
  },
  {
    name: "an empty file",
    edit: (c) => c.write("sectors/extra.yaml", ""),
    where: "content/sectors/extra.yaml › extra",
    chinese: "文件是空的",
    english: "the file is empty",
  },
  {
    name: "a number where text belongs (YAML reads 110 as a number)",
    edit: (c) => c.replace(POLICE, "kind: department", "aliases: [110]\nkind: department"),
    where: "content/units/testtown/police.yaml › testtown/police › aliases[0]",
    chinese: "YAML 却读成了数字",
    english: 'quote the value, e.g. "110"',
  },
  {
    name: "a missing required field",
    edit: (c) => c.replace(POLICE, "name: 测试派出所\n", ""),
    where: "content/units/testtown/police.yaml › testtown/police › name",
    chinese: "name",
    english: "name",
  },
  {
    name: "a mistyped role",
    edit: (c) => c.replace(POLICE, "role: assist", "role: helper"),
    where: "content/units/testtown/police.yaml › duties[1] › role",
    chinese: "role 必须是",
    english: "role must be one of",
  },
  {
    name: "a mistyped jurisdiction kind",
    edit: (c) => c.replace("jurisdictions/testtown.yaml", "kind: 镇", "kind: 市"),
    where: "content/jurisdictions/testtown.yaml › testtown › kind",
    chinese: "kind 必须是 乡、镇 或 街道",
    english: "kind must be 乡, 镇 or 街道",
  },
  {
    name: "a date written the wrong way",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", 'kind: 意见\ndate: "2024/1/1"'),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "日期格式应为 YYYY-MM-DD",
    english: "date must be YYYY-MM-DD",
  },
  {
    name: "a date that does not exist",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", 'kind: 意见\ndate: "2020-13-45"'),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "2020-13-45 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "a year no document of ours can carry",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 1800"),
    where: "content/sources/mini.yaml › mini › year",
    chinese: "year 应在 1949 年到",
    english: "year must be between 1949 and",
  },
  {
    name: "a date whose year is not the year given",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", 'kind: 意见\nyear: 2024\ndate: "2023-05-01"'),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "与年份 year 2024 不一致",
    english: "disagree",
  },
  {
    name: "a duty date that no calendar has (2月31日)",
    edit: (c) =>
      c.replace(
        POLICE,
        "    sectors: [fire]\n",
        "    sectors: [fire]\n    dates:\n      - { month: 2, day: 31, phrase: 负责 }\n",
      ),
    where: "content/units/testtown/police.yaml › duties[0] › dates[0].day",
    chinese: "2月没有31日",
    english: "month 2 has no day 31",
  },
  {
    name: "a unit file named with capitals and a space (it becomes a URL)",
    edit: (c) =>
      c.write(
        "units/testtown/Justice Office.yaml",
        "name: 测试司法所\nkind: department\njurisdiction: testtown\nsource: mini\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [fire] }\n",
      ),
    where: "content/units/testtown/Justice Office.yaml › testtown/Justice Office › 文件名 file name",
    chinese: "只能用小写英文字母、数字和连字符",
    english: "justice-office",
  },
  {
    name: "a copy Windows made of a unit file",
    edit: (c) => c.write("units/testtown/police - 副本.yaml", c.read(POLICE)),
    where: "content/units/testtown/police - 副本.yaml",
    chinese: "删除这个副本",
    english: "delete the copy",
  },
  {
    name: "two towns with the same name",
    edit: (c) => c.write("jurisdictions/othertown.yaml", "name: 测试镇\nkind: 镇\n"),
    // Files are read in name order, so the second of the two is testtown.
    where: "content/jurisdictions/testtown.yaml › testtown › name",
    chinese: "辖区名称“测试镇”与 othertown 相同",
    english: "also used by othertown",
  },
  {
    name: "a unit quoting another town's document",
    edit: (c) => {
      c.write("jurisdictions/othertown.yaml", "name: 另一镇\nkind: 镇\n");
      c.write(
        "sources/other.yaml",
        "title: 另一镇的文件\njurisdictions: [othertown]\nkind: 意见\nfile: mini.txt\n",
      );
      c.write(
        "units/testtown/justice.yaml",
        "name: 测试司法所\nkind: department\njurisdiction: testtown\nsource: other\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [fire] }\n",
      );
    },
    where: "content/units/testtown/justice.yaml › testtown/justice › source",
    chinese: "不是 testtown 的文件",
    english: "does not cover testtown",
  },
  {
    name: "an unknown sector",
    edit: (c) => c.replace(WATER, "sectors: [gas]", "sectors: [gsa]"),
    where: "content/units/testtown/water.yaml › duties[0] › sectors[0]",
    chinese: "未知行业领域",
    english: 'unknown sector "gsa"',
  },
  {
    name: "an unknown source",
    edit: (c) => c.replace(WATER, "source: mini", "source: mimi"),
    where: "content/units/testtown/water.yaml › testtown/water › source",
    chinese: "未知来源文件",
    english: 'unknown source "mimi"',
  },
  {
    name: "an unknown jurisdiction",
    edit: (c) => c.replace(WATER, "jurisdiction: testtown", "jurisdiction: testown"),
    where: "content/units/testtown/water.yaml › testtown/water › jurisdiction",
    chinese: "未知辖区",
    english: 'unknown jurisdiction "testown"',
  },
  {
    name: "an unknown unit named in a guide",
    edit: (c) =>
      c.write(
        "guides/station-heads.mdx",
        "---\npost: 站所负责人\nsummary: 测试。\nunits: [testtown/nobody]\n---\n\n测试。\n",
      ),
    where: "content/guides/station-heads.mdx › station-heads › units[0]",
    chinese: "未知单位",
    english: 'unknown unit "testtown/nobody"',
  },
  {
    name: "a duplicate rule id",
    edit: (c) =>
      c.write("rules/mini.yaml", c.read("rules/mini.yaml") + c.read("rules/mini.yaml").split("rules:\n")[1]),
    where: "content/rules/mini.yaml",
    chinese: "规则编号 veto 重复",
    english: "rule id veto is used twice",
  },
  {
    name: "a duty whose text is not in its source",
    edit: (c) =>
      c.replace(WATER, "text: 每季度至少检查 1 次水库安全；", "text: 每季度至少检查 1 次河道安全；"),
    where: "content/units/testtown/water.yaml › duties[0] › text",
    chinese: "原文在来源 mini 中找不到",
    english: "text not found verbatim in source mini",
  },
  {
    name: "a clause the source does not have",
    edit: (c) => c.replace(POLICE, "clause: 二1(2)", "clause: 二1(9)"),
    where: "content/units/testtown/police.yaml › duties[1] › clause",
    chinese: "二1(9)",
    english: "二1(9)",
  },
  {
    name: "full-width digits in a clause id",
    edit: (c) => c.replace(WATER, "clause: 二2第1段", "clause: 二２第１段"),
    where: "content/units/testtown/water.yaml › duties[0] › clause",
    chinese: "全角",
    english: "full-width",
  },
  {
    name: "full-width brackets in a clause id",
    edit: (c) => c.replace(POLICE, "clause: 二1(2)", "clause: 二1（2）"),
    where: "content/units/testtown/police.yaml › duties[1] › clause",
    chinese: "全角",
    english: "full-width",
  },
  {
    name: "the same duty entered twice",
    edit: (c) =>
      c.replace(
        POLICE,
        /(  - clause: 二1\(2\)[\s\S]*)$/,
        "$1  - clause: 二1(2)\n    text: 协助有关部门做好燃气安全工作。\n    role: assist\n    sectors: [gas]\n",
      ),
    where: "content/units/testtown/police.yaml › duties[2]",
    chinese: "重复",
    english: "duplicates duties[1]",
  },
  {
    name: "a new unit with no duties yet",
    edit: (c) =>
      c.write(
        "units/testtown/justice.yaml",
        "name: 测试司法所\nkind: department\njurisdiction: testtown\nsource: mini\nduties: []\n",
      ),
    where: "content/units/testtown/justice.yaml › testtown/justice › duties",
    chinese: "该单位没有任何职责",
    english: "the unit has no duties",
  },
  {
    name: "an everyday word given to two sectors",
    edit: (c) => c.replace("sectors/gas.yaml", "aliases: [液化气]", "aliases: [液化气, 火灾]"),
    where: "content/sectors/gas.yaml",
    chinese: "火灾",
    english: "火灾",
  },
  {
    name: "a principle quote that is not verbatim",
    edit: (c) =>
      c.replace("principles/three-musts.mdx", /text: 管行业必须管安全。?/, "text: 管行业就要管安全。"),
    where: "content/principles/three-musts.mdx › three-musts",
    chinese: "找不到",
    english: "not found verbatim",
  },
  {
    name: "an article number cited without saying where it was checked",
    edit: (c) =>
      c.replace(
        "principles/three-musts.mdx",
        "summary: 测试用原则。",
        "legalBasis:\n  - 《中华人民共和国安全生产法》第三条\nsummary: 测试用原则。",
      ),
    where: "content/principles/three-musts.mdx › three-musts › legalBasis[0]",
    chinese: "写了条文号",
    english: "an article number is cited without saying where it was checked",
  },
  {
    name: "a glossary term that no source prints",
    edit: (c) => c.write("terms/made-up.yaml", "name: 六查六看\ndefinition: 测试。\n"),
    where: "content/terms/made-up.yaml › made-up › name",
    chinese: "没有出现在任何来源文件中",
    english: "is printed in no source",
  },
  {
    name: "a jurisdiction file named like a page of the site",
    edit: (c) => c.write("jurisdictions/search.yaml", "name: 搜索镇\nkind: 镇\n"),
    where: "content/jurisdictions/search.yaml",
    chinese: "辖区文件名不能用本站保留的路径",
    english: "may not be named like a path the site uses",
  },
  {
    name: "a cadence phrase that is not in the duty text",
    edit: (c) => c.replace(WATER, "phrase: 每季度至少检查 1 次", "phrase: 每月至少检查 1 次"),
    where: "content/units/testtown/water.yaml › duties[0]",
    chinese: "每月至少检查 1 次",
    english: "每月至少检查 1 次",
  },
];

describe("bad input", () => {
  it("has at least twenty cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  for (const bad of CASES) {
    it(`stops on ${bad.name} with one bilingual message naming where and how to fix it`, () => {
      const { root, content } = scratch();
      bad.edit(content);
      const result = check(root);
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toContain("内容校验发现 1 个问题 / Content check found 1 problem(s):");
      expect(result.stderr).toContain(bad.where);
      expect(result.stderr).toContain(bad.chinese);
      expect(result.stderr).toContain(bad.english);
      expect(result.stderr).toMatch(/错误 \/ Error: .+ \/ .+/);
      expect(result.stderr).toMatch(/修改 \/ Fix: .+/);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }

  it("shows three of these messages in the README exactly as the check prints them", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    for (const name of [
      "a number where text belongs (YAML reads 110 as a number)",
      "full-width brackets in a clause id",
      "a duty whose text is not in its source",
    ]) {
      const { root, content } = scratch();
      CASES.find((c) => c.name === name)!.edit(content);
      const message = check(root).stderr.split("\n\n").slice(1).join("\n\n").trim();
      expect(readme, name).toContain(message);
    }
  });

  it("accepts a date YAML reads as a date (written without quotes) as the date it is", () => {
    const { root, content } = scratch();
    content.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 2020\ndate: 2020-02-01");
    const result = check(root);
    expect(result.status, result.stderr).toBe(0);
  });

  it("accepts a file saved with a BOM and Windows line ends", () => {
    const { root, content } = scratch();
    content.write(POLICE, `\ufeff${content.read(POLICE).replace(/\n/g, "\r\n")}`);
    expect(check(root).status).toBe(0);
  });
});
