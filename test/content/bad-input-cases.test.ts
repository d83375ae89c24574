import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblems, readContentFiles } from "../../src/lib/content/index.ts";
import { checkAndBuild } from "../../src/lib/pipeline/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { removeScratches, scratch, type Content } from "../helpers/scratch-content.ts";

afterAll(removeScratches);

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

/**
 * The check as `npm run check` runs it, in this process: read → parse → check, and the
 * report it prints. The command itself (its exit status, a report longer than a pipe, a
 * file that would block a reader) is tested in test/scripts/check-command.test.ts.
 */
function check(root: string) {
  const content = join(root, "content");
  const { problems } = checkAndBuild(readContentFiles(root, content), content);
  return {
    status: problems.length > 0 ? 1 : 0,
    stderr: problems.length > 0 ? formatProblems(problems) : "",
  };
}

/** Text as another encoding would save it (the check must name the encoding, not fail on YAML). */
function encode(text: string, encoding: "gb18030" | "utf-16le"): Uint8Array {
  if (encoding === "utf-16le") return Buffer.from(`\ufeff${text}`, "utf16le");
  return new Uint8Array(execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: text }));
}

const GUIDE = (body: string) => `---\npost: 站所负责人\nsummary: 测试。\n---\n\n${body}\n`;
const NEW_UNIT = (name: string) =>
  `name: ${name}\nkind: department\njurisdiction: testtown\nsource: mini\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [fire] }\n`;

/** A second town, whole: its jurisdiction, a source of its own (the same text) and one unit. */
function otherTown(c: Content, name: string): void {
  c.write("jurisdictions/othertown.yaml", `name: ${name}\nkind: 镇\n`);
  c.write(
    "sources/other.yaml",
    "title: 另一镇的文件\njurisdictions: [othertown]\nkind: 意见\nfile: mini.txt\n",
  );
  c.write(
    "units/othertown/police.yaml",
    "name: 另一派出所\nkind: department\njurisdiction: othertown\nsource: other\nduties:\n  - { clause: 二1(1), text: 负责消防安全监督管理；, role: lead, sectors: [fire] }\n",
  );
}

const POLICE = "units/testtown/police.yaml";
const WATER = "units/testtown/water.yaml";

const CONTACT = (fields: string) => `unit: police\nperson: 王某（所长）\n${fields}checked: 2026-11-01\n`;

export const CASES: BadInput[] = [
  {
    name: "site.yaml serving a town the content folder does not have",
    edit: (c) => c.write("site.yaml", "title: 测试县乡镇安全生产职责矩阵\ntowns: [testtwon]\n"),
    where: "content/site.yaml › site › towns[0]",
    chinese: "未知辖区 “testtwon”",
    english: "did you mean testtown?",
  },
  {
    name: "site.yaml whose home town is not one of the towns it serves",
    edit: (c) => {
      otherTown(c, "另一镇");
      c.write("site.yaml", "towns: [testtown]\nhome: othertown\n");
    },
    where: "content/site.yaml › site › home",
    chinese: "不在 towns 列出的辖区里",
    english: "is not among the towns the site serves",
  },
  {
    name: "site.yaml with a key the file does not have",
    edit: (c) => c.write("site.yaml", "titel: 测试县乡镇安全生产职责矩阵\n"),
    where: "content/site.yaml › site",
    chinese: "titel",
    english: "title",
  },
  {
    name: "a landline without its area code",
    edit: (c) => c.write("contacts/testtown/police.yaml", CONTACT("dutyPhone: 5234567\n")),
    where: "content/contacts/testtown/police.yaml › testtown/police › dutyPhone",
    chinese: "缺少区号",
    english: "has no area code",
  },
  {
    name: "a mobile number one digit short",
    edit: (c) => c.write("contacts/testtown/police.yaml", CONTACT('officePhone: "1381234567"\n')),
    where: "content/contacts/testtown/police.yaml › testtown/police › officePhone",
    chinese: "应为 11 位",
    english: "not 11",
  },
  {
    name: "a contact for a unit that does not exist",
    edit: (c) =>
      c.write(
        "contacts/testtown/police.yaml",
        CONTACT("dutyPhone: 0632-1234567\n").replace("unit: police", "unit: polise"),
      ),
    where: "content/contacts/testtown/police.yaml › testtown/police › unit",
    chinese: "未知责任主体 “polise”",
    english: "did you mean police?",
  },
  {
    name: "contacts in a folder named for no town",
    edit: (c) => c.write("contacts/testtwon/police.yaml", CONTACT("dutyPhone: 0632-1234567\n")),
    where: "content/contacts/testtwon/police.yaml › testtwon/police",
    chinese: "未知辖区 “testtwon”",
    english: "did you mean testtown?",
  },
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
    edit: (c) => otherTown(c, "测试镇"),
    // Files are read in name order, so the second of the two is testtown.
    where: "content/jurisdictions/testtown.yaml › testtown › name",
    chinese: "辖区名称“测试镇”与 othertown 相同",
    english: "also used by othertown",
  },
  {
    name: "a unit quoting another town's document",
    edit: (c) => {
      otherTown(c, "另一镇");
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
    chinese: "未知责任主体",
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
  // —— Issue 16: encodings and kinds of file, named before any YAML is parsed ——
  {
    name: "a unit saved as GBK (GB18030) by Notepad",
    edit: (c) => c.write(POLICE, encode(c.read(POLICE), "gb18030")),
    where: "content/units/testtown/police.yaml › testtown/police",
    chinese: "文件是 GBK（GB18030）编码",
    english: "the file is GBK (GB18030), not UTF-8",
  },
  {
    name: "a source text saved as GBK (no cascade of clause problems)",
    edit: (c) => c.write("sources/texts/mini.txt", encode(c.read("sources/texts/mini.txt"), "gb18030")),
    where: "content/sources/texts/mini.txt › mini",
    chinese: "另存为",
    english: "the file is GBK (GB18030), not UTF-8",
  },
  {
    name: "conversion residue left in a source text ([bookmark: _GoBack]), reported once",
    edit: (c) =>
      c.replace("sources/texts/mini.txt", "一、原则", "一、原则[bookmark: _GoBack]\n[bookmark: _Toc1]"),
    where: "content/sources/mini.yaml › mini › texts/mini.txt:3",
    chinese: "转换文件时留下的“[bookmark: _GoBack]”，原文并没有印这些字（共 2 处）",
    english: 'the text holds conversion residue "[bookmark: _GoBack]" (2 places)',
  },
  {
    name: "an empty source text (no cascade of clause problems)",
    edit: (c) => c.write("sources/texts/mini.txt", ""),
    where: "content/sources/texts/mini.txt › mini",
    chinese: "文件是空的",
    english: "the file is empty",
  },
  {
    name: "a unit saved as UTF-16",
    edit: (c) => c.write(POLICE, encode(c.read(POLICE), "utf-16le")),
    where: "content/units/testtown/police.yaml › testtown/police",
    chinese: "UTF-16",
    english: "the file is UTF-16 (Unicode), not UTF-8",
  },
  {
    name: "a unit holding NUL bytes",
    edit: (c) => c.write(POLICE, Buffer.concat([Buffer.from(c.read(POLICE)), Buffer.from([0, 0, 0])])),
    where: "content/units/testtown/police.yaml › testtown/police",
    chinese: "空字节",
    english: "NUL bytes",
  },
  {
    name: "a picture renamed .yaml",
    edit: (c) =>
      c.write("sectors/photo.yaml", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])),
    where: "content/sectors/photo.yaml › photo",
    chinese: "PNG 图片",
    english: "a PNG image",
  },
  {
    name: "a macOS ._ file beside a unit",
    edit: (c) => c.write("units/testtown/._police.yaml", Buffer.from([0, 5, 22, 7, 0, 2, 0, 0])),
    where: "content/units/testtown/._police.yaml",
    chinese: "macOS",
    english: "delete it",
  },
  {
    name: "a folder named like a YAML file",
    edit: (c) => c.mkdir("sectors/oil.yaml"),
    where: "content/sectors/oil.yaml › oil",
    chinese: "这是一个文件夹",
    english: "this is a folder named like a file",
  },
  {
    name: "a link to a file that is gone",
    edit: (c) => c.link("sectors/oil.yaml", "oil-removed.yaml"),
    where: "content/sectors/oil.yaml › oil",
    chinese: "指向的文件不存在",
    english: "a link to a file that does not exist",
  },
  {
    name: "a link to a file outside the content folder",
    edit: (c) => c.link("sectors/oil.yaml", "/etc/hostname"),
    where: "content/sectors/oil.yaml › oil",
    chinese: "指向内容文件夹以外",
    english: "points outside the content folder",
  },
  {
    name: "an editor's backup beside a unit",
    edit: (c) => c.write(`${POLICE}~`, c.read(POLICE)),
    where: "content/units/testtown/police.yaml~",
    chinese: "备份或临时文件",
    english: "backup or temporary file",
  },
  // —— files in places no collection reads ——
  {
    name: "a unit directly in units/ (no town folder)",
    edit: (c) => c.move(POLICE, "units/police.yaml"),
    where: "content/units/police.yaml › police",
    chinese: "移到 units/<辖区编号>/police.yaml",
    english: "no collection reads a file here",
  },
  {
    name: "a unit in a year folder below its town",
    edit: (c) => c.write("units/testtown/2019/justice.yaml", NEW_UNIT("测试司法所")),
    where: "content/units/testtown/2019/justice.yaml › justice",
    chinese: "不会被读入",
    english: "one folder per jurisdiction, files directly inside",
  },
  {
    name: "a sector in a misspelt folder",
    edit: (c) => c.write("sector/oil.yaml", c.read("sectors/gas.yaml")),
    where: "content/sector/oil.yaml › oil",
    chinese: "是不是 sectors",
    english: "did you mean sectors",
  },
  // —— unknown keys ——
  {
    name: "alias written for aliases (the words would be lost)",
    edit: (c) => c.replace("sectors/gas.yaml", "aliases:", "alias:"),
    where: "content/sectors/gas.yaml › gas › alias",
    chinese: "未知字段 alias",
    english: "did you mean aliases?",
  },
  {
    name: "sources written for source (a required field, mistyped)",
    edit: (c) => c.replace(POLICE, "source: mini", "sources: mini"),
    where: "content/units/testtown/police.yaml › testtown/police › sources",
    chinese: "是不是 source",
    english: "rename sources to source",
  },
  {
    name: "a mistyped key inside a duty",
    edit: (c) => c.replace(WATER, "role: lead", "rol: lead"),
    where: "content/units/testtown/water.yaml › duties[0] › rol",
    chinese: "未知字段 rol",
    english: "did you mean role?",
  },
  // —— part titles: no regular expressions from content ——
  {
    name: "the old partPattern regular expression (nested repeats hung the parser)",
    edit: (c) =>
      c.replace(
        "sources/mini.yaml",
        "kind: 意见",
        "kind: 意见\npartPattern: ^(\\S+\\s?)*(篇[一二三四五六])$",
      ),
    where: "content/sources/mini.yaml › mini › partPattern",
    chinese: "parts: { titlePrefix",
    english: "partPattern (a regular expression) is no longer read",
  },
  {
    name: "a part title prefix that is a pattern, not text (read literally, matches nothing)",
    edit: (c) =>
      c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nparts: { titlePrefix: '^(\\S+\\s?)*(' }"),
    where: "content/sources/mini.yaml › mini › parts.titlePrefix",
    chinese: "全文中没有一行是",
    english: "no line of the text is",
  },
  // —— guides and principles (MDX) ——
  {
    name: "a guide that imports node:fs to publish a file of the build machine",
    edit: (c) =>
      c.write(
        "guides/station-heads.mdx",
        GUIDE('import { readFileSync } from "node:fs"\n\n{readFileSync("/etc/passwd", "utf8")}'),
      ),
    where: "content/guides/station-heads.mdx › station-heads › 第 6 行 / line 6",
    chinese: "不能有 import/export 语句",
    english: "they run code at build time",
  },
  {
    name: "a raw <script> in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("测试。\n\n<script>alert(1)</script>")),
    where: "content/guides/station-heads.mdx › station-heads › 第 8 行 / line 8",
    chinese: "不能用 <script> 标签",
    english: "the tag <script> is not allowed",
  },
  {
    name: "an onerror attribute in a principle",
    edit: (c) =>
      c.replace(
        "principles/three-musts.mdx",
        "测试正文。",
        '测试正文 <abbr title="x" onerror="alert(1)">安委会</abbr>。',
      ),
    where: "content/principles/three-musts.mdx › three-musts › 第 10 行 / line 10",
    chinese: "不能有 onerror 属性",
    english: "event attributes run scripts",
  },
  {
    name: "a {…} expression in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("今年是 {new Date().getFullYear()} 年。")),
    where: "content/guides/station-heads.mdx › station-heads › 第 6 行 / line 6",
    chinese: "{…} 表达式",
    english: "expressions are not allowed",
  },
  {
    name: "a component used in a guide without an import (it failed the build with a stack trace)",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("测试。\n\n<Callout>注意防火</Callout>")),
    where: "content/guides/station-heads.mdx › station-heads › 第 8 行 / line 8",
    chinese: "不能用 <Callout> 标签",
    english: "use Markdown, or only these tags",
  },
  {
    name: "a guide that does not compile (an unclosed tag)",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("第一段。\n\n小于号 <5 人的作坊。")),
    where: "content/guides/station-heads.mdx › station-heads › 第 8 行 / line 8",
    chinese: "正文的写法有误",
    english: "the text does not compile",
  },
  {
    name: "words listed as left out of a clause that the clause does not print",
    edit: (c) =>
      c.replace(
        "sources/mini.yaml",
        "encodedSections: [一, 二, 三]",
        "encodedSections: [一, 二, 三]\nnotEncoded: [{ clause: 一(一), text: 管行业必须管生产。, reason: 测试。 }]",
      ),
    where: "content/sources/mini.yaml › mini › notEncoded[0].text",
    chinese: "条款 一(一) 中找不到这段文字",
    english: "text not found verbatim in clause 一(一)",
  },
  // —— search words ——
  {
    name: "a one-character alias (气 would send 天气预报 to the gas units)",
    edit: (c) => c.replace("sectors/gas.yaml", "aliases: [液化气]", "aliases: [液化气, 气]"),
    where: "content/sectors/gas.yaml › gas › aliases[1]",
    chinese: "只有一个字",
    english: "oneCharacterAliases",
  },
  {
    name: "an empty alias (zod's English default before)",
    edit: (c) => c.replace("sectors/gas.yaml", "aliases: [液化气]", 'aliases: [液化气, ""]'),
    where: "content/sectors/gas.yaml › gas › aliases[1]",
    chinese: "这个词是空白的",
    english: "the word is blank",
  },
  // —— invisible characters ——
  {
    name: "a clause id with a trailing space",
    edit: (c) => c.replace(WATER, "clause: 二2第1段", 'clause: "二2第1段 "'),
    where: "content/units/testtown/water.yaml › duties[0] › clause",
    chinese: "末尾有一个空格 U+0020",
    english: "a space U+0020 at the end",
  },
  {
    name: "a zero-width space pasted into a duty text",
    edit: (c) => c.replace(WATER, "text: 每季度至少检查 1 次", "text: 每季度至少\u200b检查 1 次"),
    where: "content/units/testtown/water.yaml › duties[0] › text",
    chinese: "在第 5 个字后有一个零宽空格 U+200B",
    english: "a zero-width space U+200B after character 5",
  },
  {
    name: "a zero-width space in a source id",
    edit: (c) => c.replace(POLICE, "source: mini", 'source: "mini\u200b"'),
    where: "content/units/testtown/police.yaml › testtown/police › source",
    chinese: "末尾有一个零宽空格 U+200B",
    english: "delete it (retype it): mini",
  },
  // —— cascades ——
  {
    name: "a broken source file (the glossary term printed only there is not reported as well)",
    edit: (c) => {
      c.write("terms/one-vote-veto.yaml", "name: 一票否决\ndefinition: 测试。\n");
      c.replace("sources/mini.yaml", "kind: 意见", "kind: [意见");
    },
    where: "content/sources/mini.yaml › mini",
    chinese: "文件格式有误",
    english: "the file is not valid YAML",
  },
  // —— Issue 27: unquoted dates YAML would shift, cascades from one broken entry, smaller holes ——
  {
    name: "an impossible date written without quotes (YAML would publish 2022-05-01)",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 2022\ndate: 2022-04-31"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "2022-04-31 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "a month 13 written without quotes (YAML would publish 2023-02-14)",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\ndate: 2022-13-45"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "2022-13-45 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "29 February of a year that is not a leap year, without quotes",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 2021\ndate: 2021-02-29"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "2021-02-29 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "a date without leading zeros and without quotes (2022-4-3)",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\ndate: 2022-4-3"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "日期格式应为 YYYY-MM-DD",
    english: "date must be YYYY-MM-DD",
  },
  {
    name: "a five-digit year (the principles stated in that source are not reported as well)",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 20200"),
    where: "content/sources/mini.yaml › mini › year",
    chinese: "year 应在 1949 年到",
    english: "year must be between 1949 and",
  },
  {
    name: "a mistyped role in a unit a guide names (the guide's reference is not reported as well)",
    edit: (c) => {
      c.write(
        "guides/station-heads.mdx",
        "---\npost: 站所负责人\nsummary: 测试。\nunits: [testtown/police]\n---\n\n测试。\n",
      );
      c.replace(POLICE, "role: assist", "role: leed");
    },
    where: "content/units/testtown/police.yaml › duties[1] › role",
    chinese: "role 必须是",
    english: "leed",
  },
  {
    name: "a sector saved as GBK while duties use it (no unknown-sector message per duty)",
    edit: (c) => c.write("sectors/fire.yaml", encode(c.read("sectors/fire.yaml"), "gb18030")),
    where: "content/sectors/fire.yaml › fire",
    chinese: "文件是 GBK（GB18030）编码",
    english: "the file is GBK (GB18030), not UTF-8",
  },
  {
    name: "a sector that fails its schema while duties use it",
    edit: (c) => c.replace("sectors/fire.yaml", "name: 消防\n", ""),
    where: "content/sectors/fire.yaml › fire › name",
    chinese: "name",
    english: "name",
  },
  {
    name: "a sector deleted while two units use it: one message naming every place",
    edit: (c) => {
      c.replace(WATER, "sectors: [gas]", "sectors: [fire]");
      c.move("sectors/fire.yaml", "../fire.yaml.removed");
    },
    where: "content/units/testtown/police.yaml › duties[0] › sectors[0]",
    chinese: "未知行业领域 “fire”，共 2 处",
    english: 'unknown sector "fire" (2 places',
  },
  {
    name: "a source's YAML file renamed (every unit citing it: one message)",
    edit: (c) => c.move("sources/mini.yaml", "sources/mini-2024.yaml"),
    where: "source",
    chinese: "未知来源文件 “mini”，共",
    english: "did you mean mini-2024?",
  },
  {
    name: "a source's text file renamed (its quotes are not each reported)",
    edit: (c) => c.move("sources/texts/mini.txt", "sources/texts/mini-old.txt"),
    where: "content/sources/mini.yaml › mini › file",
    chinese: "找不到全文",
    english: "source text file is missing",
  },
  {
    name: "a did-you-mean never offers another id when the one written exists (a unit that fails its schema)",
    edit: (c) => {
      c.write("units/testtown/police-deputy.yaml", NEW_UNIT("测试派出所副所长"));
      c.write(
        "guides/station-heads.mdx",
        "---\npost: 站所负责人\nsummary: 测试。\nunits: [testtown/police]\n---\n\n测试。\n",
      );
      c.replace(POLICE, "kind: department", "kind: departmnet");
    },
    where: "content/units/testtown/police.yaml › testtown/police › kind",
    chinese: "kind",
    english: "departmnet",
  },
  {
    name: "a no-break space (U+00A0) pasted into a duty text",
    edit: (c) => c.replace(POLICE, "负责消防安全监督管理；", "负责消防\u00a0安全监督管理；"),
    where: "content/units/testtown/police.yaml › duties[0] › text",
    chinese: "不换行空格",
    english: "no-break space",
  },
  {
    name: "a byte-order mark (U+FEFF) inside a duty text",
    edit: (c) => c.replace(POLICE, "负责消防安全监督管理；", "负责消防\ufeff安全监督管理；"),
    where: "content/units/testtown/police.yaml › duties[0] › text",
    chinese: "零宽不换行空格（BOM）",
    english: "zero-width no-break space (BOM)",
  },
  {
    name: "a town with no units",
    edit: (c) => c.write("jurisdictions/emptytown.yaml", "name: 空镇\nkind: 镇\n"),
    where: "content/jurisdictions/emptytown.yaml › emptytown",
    chinese: "没有任何单位",
    english: "has no units",
  },
  {
    name: "a folder of units that is a link to somewhere outside the content folder",
    edit: (c) => c.link("units/elsewhere", "/tmp"),
    where: "content/units/elsewhere",
    chinese: "指向内容文件夹以外",
    english: "points outside the content folder",
  },
  {
    name: "a javascript: link in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("[点这里](javascript:alert(1))")),
    where: "content/guides/station-heads.mdx › station-heads",
    chinese: "javascript:",
    english: "javascript:",
  },
  {
    name: "a data: link in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("[下载](data:text/html;base64,PHNjcmlwdD4=)")),
    where: "content/guides/station-heads.mdx › station-heads",
    chinese: "data:",
    english: "data:",
  },
  {
    name: "a picture from another site in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("![图](https://example.com/a.png)")),
    where: "content/guides/station-heads.mdx › station-heads",
    chinese: "别的网站",
    english: "another site",
  },
  {
    name: "a vbscript: link in a guide",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("[打开](vbscript:msgbox)")),
    where: "content/guides/station-heads.mdx › station-heads",
    chinese: "vbscript:",
    english: "vbscript:",
  },
  {
    name: "a file: link in a principle",
    edit: (c) => c.replace("principles/three-musts.mdx", "测试正文。", "见[文件](file:///etc/passwd)。"),
    where: "content/principles/three-musts.mdx › three-musts",
    chinese: "file:",
    english: "file:",
  },
  {
    name: "a picture from another site by a protocol-relative address",
    edit: (c) => c.write("guides/station-heads.mdx", GUIDE("![图](//cdn.example.com/a.png)")),
    where: "content/guides/station-heads.mdx › station-heads",
    chinese: "别的网站",
    english: "another site",
  },
  {
    name: "a sector file renamed while duties use it (its new name is not also reported unused)",
    edit: (c) => c.move("sectors/fire.yaml", "sectors/fires.yaml"),
    where: "content/units/testtown/police.yaml › duties[0] › sectors[0]",
    chinese: "未知行业领域 “fire”",
    english: "did you mean fires?",
  },
  {
    name: "30 February without quotes",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 2022\ndate: 2022-02-30"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "2022-02-30 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "a date of zeros without quotes",
    edit: (c) => c.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\ndate: 0000-00-00"),
    where: "content/sources/mini.yaml › mini › date",
    chinese: "0000-00-00 不是真实存在的日期",
    english: "is not a real date",
  },
  {
    name: "a role written with a capital (the fix names the value to write)",
    edit: (c) => c.replace(POLICE, "role: lead", "role: Lead"),
    where: "content/units/testtown/police.yaml › duties[0] › role",
    chinese: "把 “Lead” 改为 lead",
    english: "change “Lead” to lead",
  },
  {
    name: "a sector's group that is not one of the groups (the fix names the closest)",
    edit: (c) => c.replace("sectors/fire.yaml", "group: 公共安全", "group: 公共安全类"),
    where: "content/sectors/fire.yaml › fire › group",
    chinese: "把 “公共安全类” 改为 公共安全",
    english: "change “公共安全类” to 公共安全",
  },
  {
    name: "a no-break space in a principle's quote",
    edit: (c) =>
      c.replace(
        "principles/three-musts.mdx",
        "    text: 管行业必须管安全。",
        "    text: 管行业\u00a0必须管安全。",
      ),
    where: "content/principles/three-musts.mdx",
    chinese: "不换行空格",
    english: "no-break space",
  },
  {
    name: "a zero-width space in a rule's text",
    edit: (c) => c.replace("rules/mini.yaml", "实行“一票否决”", "实行\u200b“一票否决”"),
    where: "content/rules/mini.yaml",
    chinese: "零宽空格",
    english: "zero-width space",
  },
  {
    name: "a source listing a jurisdiction that does not exist beside its own (its units are not each reported)",
    edit: (c) =>
      c.replace("sources/mini.yaml", "jurisdictions: [testtown]", "jurisdictions: [testtown, testown]"),
    where: "content/sources/mini.yaml › mini › jurisdictions[1]",
    chinese: "未知辖区",
    english: 'unknown jurisdiction "testown"',
  },
  {
    name: "a rule cited to a clause the source does not have (its paragraph is not also reported unencoded)",
    edit: (c) => c.replace("rules/mini.yaml", "clause: 三(一)", "clause: 三(九)"),
    where: "content/rules/mini.yaml › rules[0] › clause",
    chinese: "把 clause 改为 三(一)",
    english: "clause 三(九) does not exist",
  },
  {
    name: "a unit whose duties were all deleted (its paragraphs are not also reported unencoded)",
    edit: (c) => c.write(WATER, c.read(WATER).split("duties:")[0] + "duties: []\n"),
    where: "content/units/testtown/water.yaml › testtown/water › duties",
    chinese: "该单位没有任何职责",
    english: "the unit has no duties",
  },
  {
    name: "a sector file named with a capital while duties use it (the references are not also reported)",
    edit: (c) => c.move("sectors/gas.yaml", "sectors/Gas.yaml"),
    where: "content/sectors/Gas.yaml › Gas › 文件名 file name",
    chinese: "例如 gas.yaml",
    english: "they become URLs",
  },
];

describe("bad input", () => {
  for (const bad of CASES) {
    it(`stops on ${bad.name} with one bilingual message naming where and how to fix it`, () => {
      const { root, content } = scratch();
      bad.edit(content);
      const result = check(root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("内容校验发现 1 个问题 / Content check found 1 problem(s):");
      expect(result.stderr).toContain(bad.where);
      expect(result.stderr).toContain(bad.chinese);
      expect(result.stderr).toContain(bad.english);
      expect(result.stderr).toMatch(/错误 \/ Error: .+ \/ .+/);
      expect(result.stderr).toMatch(/修改 \/ Fix: .+/);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }

  it("shows three of these messages in docs/内容校验.md exactly as the check prints them", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "docs", "内容校验.md"), "utf8");
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

  it("accepts a site.yaml and contacts written as docs/部署.md shows: mobile, landline with extension, short number", () => {
    const { root, content } = scratch();
    content.write("site.yaml", "title: 测试县乡镇安全生产职责矩阵\ntowns: [testtown]\nhome: testtown\n");
    content.write(
      "contacts/testtown/police.yaml",
      CONTACT("officePhone: （0632）1234567转801\ndutyPhone: 110\n"),
    );
    content.write(
      "contacts/testtown/water.yaml",
      "unit: water\ndutyPhone: 138 1234 5678\nchecked: 2026-11-01\n",
    );
    const result = check(root);
    expect(result.status, result.stderr).toBe(0);
  });

  it("accepts a date YAML reads as a date (written without quotes) as the date it is", () => {
    const { root, content } = scratch();
    content.replace("sources/mini.yaml", "kind: 意见", "kind: 意见\nyear: 2020\ndate: 2020-02-01");
    const result = check(root);
    expect(result.status, result.stderr).toBe(0);
  });

  it("prints a mistake repeated 5,000 times in one file three times, then sums up where the rest are", () => {
    const { root, content } = scratch();
    const duties = content.read(POLICE).split("duties:\n")[1]!;
    content.write(POLICE, content.read(POLICE) + duties.repeat(2_500));
    const result = check(root);
    expect(result.stderr).toContain("内容校验发现 5000 个问题");
    expect(result.stderr.match(/错误 \/ Error: 与 duties\[\d+\] 重复/g)).toHaveLength(3);
    expect(result.stderr).toContain(
      "另有 4997 处相同问题 / 4997 more of the same problem: duties[5] › text、duties[6] › text",
    );
    expect(result.stderr.split("\n").length).toBeLessThan(30);
  });

  // Root reads any folder, so this runs only for an ordinary user (a clerk's machine).
  it.skipIf(process.getuid?.() === 0)("reports a folder it may not read once, with no stack trace", () => {
    const { root, content } = scratch();
    content.mkdir("units/locked");
    chmodSync(join(root, "content", "units", "locked"), 0o000);
    try {
      const result = check(root);
      expect(result.stderr).toContain("内容校验发现 1 个问题");
      expect(result.stderr).toContain("content/units/locked");
      expect(result.stderr).toContain("the folder cannot be read");
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    } finally {
      chmodSync(join(root, "content", "units", "locked"), 0o755);
    }
  });

  it("accepts a file saved with a BOM and Windows line ends", () => {
    const { root, content } = scratch();
    content.write(POLICE, `\ufeff${content.read(POLICE).replace(/\n/g, "\r\n")}`);
    expect(check(root).status).toBe(0);
  });
});
