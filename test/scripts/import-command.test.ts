import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { docxFromText } from "../../scripts/lib/documents.ts";
import { MINIMAL_FIXTURE, PROJECT_ROOT, pipelineOf } from "../helpers/fixture.ts";

const SOURCE_004 = join(PROJECT_ROOT, "content", "sources", "texts", "004_4e6002834ccb5faf.txt");
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A scratch project root with a copy of the minimal fixture's content (or the project's own). */
function scratch(from = MINIMAL_FIXTURE): string {
  const root = mkdtempSync(join(tmpdir(), "duty-matrix-import-"));
  temporary.push(root);
  cpSync(join(from, "content"), join(root, "content"), { recursive: true });
  return root;
}

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/import.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below a folder with its content hash: the folder is untouched when this does not change. */
function fingerprint(folder: string): string {
  const hash = createHash("sha256");
  for (const file of (readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(folder, file)));
    } catch {
      // a folder
    }
  }
  return hash.digest("hex");
}

describe("npm run import", () => {
  it("turns 张发〔2020〕47号 into draft content that passes the check, with items to review", () => {
    const root = scratch(PROJECT_ROOT);
    const { status, stdout, stderr } = runImport([
      SOURCE_004,
      "--town",
      "zsz",
      "--name",
      "张山子镇（导入）",
      "--out",
      join(root, "content"),
    ]);
    expect(status, stderr).toBe(0);
    expect(stdout.trim().split("\n").at(-1)).toMatch(
      /^导入完成 \/ imported: \d+ 个单位 units, \d+ 条职责 duties, \d+ 项待审核 items to review, \d+ 段未归属 paragraphs unassigned$/,
    );
    const { problems, model } = pipelineOf(root);
    expect(problems).toEqual([]);
    const town = model!.townById.get("zsz")!;
    expect(town.units.length).toBeGreaterThanOrEqual(40);
    expect(town.units.find((u) => u.data.name === "张山子派出所")?.data.type).toBe("police-station");
    // Only uncertain guesses are marked: some duties, not all.
    const marked = town.units.flatMap((u) => u.duties).filter((d) => d.review.length > 0).length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(town.units.flatMap((u) => u.duties).length);

    const check = spawnSync(process.execPath, ["scripts/check.ts", root], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/张山子镇（导入）：\d+ 项待审核 \/ \d+ items to review（\/zsz\/review\/）/);
    expect(
      spawnSync(process.execPath, ["scripts/check.ts", "--strict", root], { cwd: PROJECT_ROOT }).status,
    ).toBe(1);
  });

  it("turns each of the five source documents into a draft, and all five pass the check together", () => {
    const root = scratch(PROJECT_ROOT);
    const texts = readdirSync(join(PROJECT_ROOT, "content", "sources", "texts")).sort();
    expect(texts).toHaveLength(5);
    texts.forEach((file, index) => {
      const town = `imported-${index + 1}`;
      const { status, stderr } = runImport([
        join(PROJECT_ROOT, "content", "sources", "texts", file),
        ...["--town", town, "--name", `导入${index + 1}镇`, "--out", join(root, "content")],
      ]);
      expect(status, `${file}: ${stderr}`).toBe(0);
    });
    const { problems, model } = pipelineOf(root);
    expect(problems).toEqual([]);
    for (let index = 1; index <= 5; index += 1) {
      const town = model!.townById.get(`imported-${index}`)!;
      expect(town.units.length, town.id).toBeGreaterThan(0);
      expect(
        town.units.every((unit) => unit.duties.length > 0),
        town.id,
      ).toBe(true);
    }
  });

  it("imports the same document from a Word file with automatic numbering, to the same units and duties", async () => {
    const root = scratch();
    const docx = write(root, "张发〔2020〕47号.docx", await docxFromText(readFileSync(SOURCE_004, "utf8")));
    const fromText = runImport([
      SOURCE_004,
      "--town",
      "zsz",
      "--name",
      "张山子镇（导入）",
      "--out",
      join(root, "content"),
      "--dry-run",
    ]);
    const fromWord = runImport([
      docx,
      "--town",
      "zsz",
      "--name",
      "张山子镇（导入）",
      "--out",
      join(root, "content"),
      "--dry-run",
    ]);
    expect(fromWord.status, fromWord.stderr).toBe(0);
    expect(fromWord.stdout).toContain("Word .docx");
    expect(fromWord.stdout.trim().split("\n").at(-1)).toBe(fromText.stdout.trim().split("\n").at(-1));
  });

  it("writes nothing with --dry-run, and prints the same summary", () => {
    const root = scratch();
    const before = fingerprint(join(root, "content"));
    const { status, stdout } = runImport([
      SOURCE_004,
      "--town",
      "zsz",
      "--name",
      "张山子镇（导入）",
      "--out",
      join(root, "content"),
      "--dry-run",
    ]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n").at(-1)).toMatch(/^导入预览 \/ dry run: \d+ 个单位 units/);
    expect(fingerprint(join(root, "content"))).toBe(before);
  });

  it("imports a readable text that names no bearer, listing its paragraphs as 未归属, and the check passes", () => {
    const root = scratch();
    const file = write(
      root,
      "plain.txt",
      "安全生产工作要点\n一、工作安排\n请认真落实各项措施。\n加大检查力度。\n",
    );
    const { status, stdout, stderr } = runImport([
      file,
      ...["--town", "plaintown", "--name", "平镇", "--out", join(root, "content")],
    ]);
    expect(status, stderr).toBe(0);
    expect(stdout.trim().split("\n").at(-1)).toMatch(
      /0 个单位 units, 0 条职责 duties, .* 2 段未归属 paragraphs unassigned$/,
    );
    const { problems } = pipelineOf(root);
    expect(problems).toEqual([]);
    const source = readFileSync(join(root, "content", "sources", "plaintown-doc.yaml"), "utf8");
    expect(source.match(/未归属：/g)).toHaveLength(2);
  });

  const BAD: Array<{
    name: string;
    file: (dir: string) => string;
    args?: string[];
    chinese: string;
    english: string;
  }> = [
    {
      name: "an image renamed .txt",
      file: (dir) =>
        write(dir, "photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      chinese: "二进制",
      english: "binary data",
    },
    {
      name: "an image renamed .docx",
      file: (dir) =>
        write(dir, "photo.docx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      chinese: "不是有效的 Word 文件",
      english: "not a valid .docx",
    },
    {
      name: "an encrypted .docx (Office keeps those in an OLE container, not a zip)",
      file: (dir) =>
        write(dir, "locked.docx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      chinese: "被加密",
      english: "encrypted",
    },
    {
      name: "a scanned PDF (no text layer)",
      // One blank page: what a scan looks like to a text reader.
      file: () => join(PROJECT_ROOT, "test", "fixtures", "import", "blank-page.pdf"),
      chinese: "没有文字层",
      english: "no text layer",
    },
    {
      name: "an empty file",
      file: (dir) => write(dir, "empty.txt", ""),
      chinese: "文件是空的",
      english: "the file is empty",
    },
    {
      name: "an existing town without --force",
      file: () => SOURCE_004,
      args: ["--town", "testtown"],
      chinese: "已经存在，未做任何改动",
      english: "nothing was written",
    },
    {
      name: "a town name another town already has",
      file: () => SOURCE_004,
      args: ["--town", "newtown", "--name", "测试镇"],
      chinese: "已被辖区 testtown 使用",
      english: "already used by testtown",
    },
    {
      name: "a town id that cannot be a URL",
      file: () => SOURCE_004,
      args: ["--town", "张山子"],
      chinese: "只能用小写英文字母",
      english: "lowercase ASCII",
    },
  ];

  for (const bad of BAD) {
    it(`refuses ${bad.name} with one bilingual message and leaves the content untouched`, () => {
      const root = scratch();
      const before = fingerprint(join(root, "content"));
      const { status, stderr } = runImport([
        bad.file(root),
        // The case's own arguments come last, so they win over these.
        ...["--town", "newtown", "--name", "新镇"],
        ...(bad.args ?? []),
        "--out",
        join(root, "content"),
      ]);
      expect(status).toBe(1);
      expect(stderr).toContain("导入失败 / import failed:");
      expect(stderr).toContain(bad.chinese);
      expect(stderr).toContain(bad.english);
      expect(stderr).toMatch(/修改 \/ Fix: .+ \/ .+/);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(fingerprint(join(root, "content"))).toBe(before);
    });
  }
});

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
