import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    // —— Issue 27: hostile and oversized files, wrong arguments ——
    {
      name: "a Word zip bomb (0.5 MB that unzips to 512 MB)",
      file: () => join(PROJECT_ROOT, "test", "fixtures", "import", "zip-bomb.docx"),
      chinese: "解压后超过上限",
      english: "unzips past the limit",
    },
    {
      name: "a file over the size limit",
      file: (dir) => write(dir, "huge.txt", Buffer.alloc(31 * 1024 * 1024, "安全\n")),
      chinese: "超过导入的上限 30 MB",
      english: "over the import limit of 30 MB",
    },
    {
      name: "a text of more paragraphs than any duty document has",
      file: (dir) => write(dir, "lines.txt", "负责安全检查。\n".repeat(60_000)),
      chinese: "文字太多",
      english: "paragraphs",
    },
    {
      name: "a text of more characters than any duty document has",
      file: (dir) => write(dir, "long.txt", "负责安全检查".repeat(400_000)),
      chinese: "文字太多",
      english: "characters",
    },
    {
      name: "a .zip renamed .docx that holds no Word text",
      file: () => join(PROJECT_ROOT, "test", "fixtures", "import", "not-word.docx"),
      chinese: "没有 Word 正文",
      english: "not a .docx",
    },
    {
      name: "an old Word .doc",
      file: (dir) => write(dir, "old.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])),
      chinese: "旧的文件格式",
      english: "old format",
    },
    {
      name: "a spreadsheet",
      file: (dir) => write(dir, "sheet.xlsx", Buffer.from([0x50, 0x4b, 3, 4])),
      chinese: "不能导入 .xlsx 文件",
      english: "cannot import .xlsx",
    },
    {
      name: "a file that does not exist",
      file: (dir) => join(dir, "missing.txt"),
      chinese: "找不到文件",
      english: "no such file",
    },
    {
      name: "a folder given as the file",
      file: (dir) => dir,
      chinese: "是文件夹，不是文件",
      english: "is a folder",
    },
    {
      name: "a named pipe given as the file (reading it would wait for ever)",
      file: (dir) => {
        execFileSync("mkfifo", [join(dir, "pipe.txt")]);
        return join(dir, "pipe.txt");
      },
      chinese: "不是普通文件",
      english: "not a regular file",
    },
    {
      name: "--out naming a file instead of the content folder",
      file: () => SOURCE_004,
      args: ["--out", join(PROJECT_ROOT, "package.json")],
      chinese: "是一个文件，不是内容文件夹",
      english: "names a file",
    },
    {
      name: "no --name",
      file: () => SOURCE_004,
      args: ["--name", ""],
      chinese: "没有指定镇名",
      english: "no --name given",
    },
  ];

  for (const bad of BAD) {
    it(`refuses ${bad.name} with one bilingual message and leaves the content untouched`, () => {
      const root = scratch();
      const before = fingerprint(join(root, "content"));
      const { status, stderr } = runImport([
        bad.file(root),
        ...["--town", "newtown", "--name", "新镇"],
        "--out",
        join(root, "content"),
        // The case's own arguments come last, so they win over these.
        ...(bad.args ?? []),
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

describe("npm run import over a town that exists", () => {
  const SOURCE_003 = join(PROJECT_ROOT, "content", "sources", "texts", "003_d3a56456c8c6c5ee.txt");
  const townArgs = (root: string) => [
    "--town",
    "drafttown",
    "--name",
    "草稿镇",
    "--out",
    join(root, "content"),
  ];

  it("with --force replaces the whole town, keeps what it replaced (hand edits included) in a backup it names, and leaves no file of the earlier import", () => {
    const root = scratch();
    expect(runImport([SOURCE_004, ...townArgs(root)]).status).toBe(0);
    const units = join(root, "content", "units", "drafttown");
    const edited = readdirSync(units)[0]!;
    writeFileSync(join(units, edited), `${readFileSync(join(units, edited), "utf8")}note: 手工改的备注\n`);
    const { status, stdout } = runImport([SOURCE_003, ...townArgs(root), "--force"]);
    expect(status).toBe(0);
    const backup = /已移到备份 .*:\n\s+(.+)/.exec(stdout)?.[1]?.trim();
    expect(backup, stdout).toBeDefined();
    expect(readFileSync(join(backup!, "units", "drafttown", edited), "utf8")).toContain("手工改的备注");
    // The earlier document (2020) is gone from the content; only the new one (2022) is cited.
    const sources = readdirSync(join(root, "content", "sources"));
    expect(sources).toContain("drafttown-2022.yaml");
    expect(sources).not.toContain("drafttown-2020.yaml");
    expect(readdirSync(join(root, "content", "sources", "texts"))).not.toContain("drafttown-2020.txt");
    expect(existsSync(join(backup!, "sources", "drafttown-2020.yaml"))).toBe(true);
    expect(readdirSync(join(root, "content")).filter((name) => name.startsWith(".import-"))).toEqual([]);
    expect(pipelineOf(root).problems).toEqual([]);
  });

  it(
    "stopped by Ctrl+C at any moment leaves the town whole: the earlier import or the new one, never a part",
    { timeout: 90_000 },
    async () => {
      const root = scratch();
      expect(runImport([SOURCE_004, ...townArgs(root)]).status).toBe(0);
      const earlier = fingerprint(join(root, "content"));
      const outcomes = new Set<string>();
      for (const delay of [50, 150, 250, 350, 450, 600, 800]) {
        const child = spawn(
          process.execPath,
          ["scripts/import.ts", SOURCE_003, ...townArgs(root), "--force"],
          {
            cwd: PROJECT_ROOT,
            stdio: "ignore",
          },
        );
        const exited = new Promise((done) => child.once("exit", done));
        await new Promise((wait) => setTimeout(wait, delay));
        child.kill("SIGINT");
        await exited;
        const { problems } = pipelineOf(root);
        expect(problems, `interrupted after ${delay} ms`).toEqual([]);
        const town = readdirSync(join(root, "content", "sources")).filter((name) =>
          name.startsWith("drafttown"),
        );
        expect(town, `interrupted after ${delay} ms`).toHaveLength(1);
        outcomes.add(fingerprint(join(root, "content")) === earlier ? "earlier" : town[0]!);
        expect(readdirSync(join(root, "content")).filter((name) => name.startsWith(".import-"))).toEqual([]);
      }
      // Whichever moment each stop fell on, the town was one import or the other.
      expect([...outcomes].every((outcome) => ["earlier", "drafttown-2022.yaml"].includes(outcome))).toBe(
        true,
      );
    },
  );
});

describe("npm run import on hostile Word files", () => {
  it("reads a numbering level Word does not have (ilvl 200000000) as an unnumbered paragraph, without a crash", () => {
    const root = scratch();
    const { status, stdout, stderr } = runImport([
      join(PROJECT_ROOT, "test", "fixtures", "import", "deep-numbering.docx"),
      ...["--town", "deeptown", "--name", "深镇", "--out", join(root, "content")],
    ]);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/1 个单位 units, 2 条职责 duties/);
    expect(stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  // GNU time comes with .ci/run; elsewhere the test is skipped without it, but never under CI.
  it.skipIf(!existsSync("/usr/bin/time") && process.env["CI"] !== "true")(
    "refuses the zip bomb within 1 GB of memory (the peak /usr/bin/time measures)",
    () => {
      const result = spawnSync(
        "/usr/bin/time",
        [
          "-f",
          "peak %M KB",
          process.execPath,
          "scripts/import.ts",
          join(PROJECT_ROOT, "test", "fixtures", "import", "zip-bomb.docx"),
          ...["--town", "bombtown", "--name", "炸弹镇", "--dry-run"],
        ],
        { cwd: PROJECT_ROOT, encoding: "utf8" },
      );
      expect(result.stderr).toContain("解压后超过上限");
      const peak = Number(/peak (\d+) KB/.exec(result.stderr)?.[1]);
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(1024 * 1024);
    },
  );
});
