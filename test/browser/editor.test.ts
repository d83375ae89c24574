import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { formatProblem, readContentFiles } from "../../src/lib/content/index.ts";
import { checkAndBuild } from "../../src/lib/pipeline/index.ts";
import { startEditor, type RunningEditor } from "../../scripts/edit/server.ts";
import { skipBrowserTests, useChromium, watchPage, type PageTrouble } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { importDraftTown } from "../helpers/import.ts";

const chromium = useChromium();

/** A scratch copy of the real content, so the editor's saves touch nothing of the project's. */
let scratch: string;
let content: string;
let editor: RunningEditor;
let origin: string;

beforeAll(async () => {
  if (skipBrowserTests) return;
  scratch = mkdtempSync(join(tmpdir(), "duty-matrix-editor-"));
  content = join(scratch, "content");
  cpSync(join(PROJECT_ROOT, "content"), content, { recursive: true });
  editor = await startEditor({ root: scratch, content, port: 0 });
  origin = new URL(editor.url).origin;
});

afterAll(async () => {
  await editor?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * Words of three or more Latin letters the page shows (its text, the options of its lists and
 * the placeholders of its fields), other than file names, the format names a clerk knows (Word,
 * PDF), the content folder and ids (the ids a hint gives as examples, a town's address), and
 * words the document itself prints (quoted content, not the editor's wording).
 */
async function englishWords(
  page: Page,
  allowed: { ids: readonly string[]; quoted?: string },
): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const fields = [...document.querySelectorAll<HTMLInputElement>("input, textarea")]
      .filter((field) => field.offsetParent !== null)
      .map((field) => field.placeholder);
    return [document.body.innerText, ...fields].join("\n");
  });
  const words = shown.match(/[A-Za-z][\w.\-/]*/g) ?? [];
  return [
    ...new Set(
      words.filter(
        (word) =>
          /[A-Za-z]{3}/.test(word) &&
          !/\.(?:txt|docx|pdf|yaml)$/.test(word) &&
          !/^(?:Word|PDF|WPS|docx|pdf|txt|content\/?)$/.test(word) &&
          !allowed.ids.includes(word) &&
          !(allowed.quoted ?? "").includes(word),
      ),
    ),
  ];
}

/** A page on the editor with every request to another host blocked and recorded. */
async function openEditor(hash = ""): Promise<{ page: Page; trouble: PageTrouble }> {
  const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
  const trouble = await watchPage(page, origin);
  await page.goto(editor.url);
  // No login step: the editor opens on the collections.
  await page.getByText("集合").first().waitFor();
  if (hash) {
    await page.goto(`${editor.url}${hash}`);
    await page.getByText("正在集合").first().waitFor();
  }
  return { page, trouble };
}

/** Unfolds the duty whose summary line starts with `clause`. */
async function unfoldDuty(page: Page, clause: string) {
  await page
    .getByText(new RegExp(`^${clause.replace(/[()]/g, "\\$&")}　`))
    .locator("xpath=preceding-sibling::div[1]/button[1]")
    .click();
}

/** The field labelled `label` in the first unfolded duty (collapsed duties are not visible). */
function dutyField(page: Page, label: string) {
  return page
    .locator("[aria-label$='field']")
    .filter({ has: page.locator(":scope > div > label", { hasText: new RegExp(`^${label}`) }) })
    .filter({ visible: true })
    .first();
}

async function save(page: Page) {
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await page.getByRole("menuitem", { name: "立即发布" }).click();
}

const UNIT_FILE = "units/zhangshanzi/construction-office.yaml";
/**
 * How long a save may take to come back with the check's result. Decap's page is heavy: with
 * the other browser tests printing PDFs on both cores, a save has taken over 15 s.
 */
const SAVE_TIMEOUT = 40_000;

describe.skipIf(skipBrowserTests)(
  "the form editor (npm run edit) on a scratch copy of the content",
  { timeout: 90_000 },
  () => {
    it("changes a duty's role from 协助 to 主责 and adds a sector, writing the YAML only there, and the check passes", async () => {
      const path = join(content, UNIT_FILE);
      const before = readFileSync(path, "utf8");
      const { page, trouble } = await openEditor(
        "#/collections/units-zhangshanzi/entries/construction-office",
      );
      await unfoldDuty(page, "四(二)12(1)");
      await dutyField(page, "责任类型").locator("input[role=combobox]").click();
      await page.getByRole("option", { name: /^主责/ }).click();
      // Typing an everyday word finds the sector by its aliases (建筑 → 建设工程施工).
      const construction = parse(readFileSync(join(content, "sectors/construction.yaml"), "utf8")) as {
        name: string;
        aliases: string[];
      };
      expect(construction.aliases.some((alias) => alias.includes("建筑"))).toBe(true);
      await dutyField(page, "行业领域").locator("input[role=combobox]").pressSequentially("建筑");
      await page.getByRole("option", { name: construction.name }).click();
      await save(page);
      await expect
        .poll(() => page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toBe("已保存。内容检查通过");

      const after = readFileSync(path, "utf8");
      const oldLines = before.split("\n");
      const newLines = after.split("\n");
      // The first duty's role line changed and one sector line was added below its sectors; nothing else.
      const roleLine = oldLines.indexOf("    role: assist");
      expect(newLines[roleLine]).toBe("    role: lead");
      expect(newLines.slice(0, roleLine)).toEqual(oldLines.slice(0, roleLine));
      const sectorsEnd = oldLines.indexOf("      - road-traffic", roleLine) + 1;
      expect(newLines.slice(roleLine + 1, sectorsEnd)).toEqual(oldLines.slice(roleLine + 1, sectorsEnd));
      expect(newLines[sectorsEnd]).toBe("      - construction");
      expect(newLines.slice(sectorsEnd + 1)).toEqual(oldLines.slice(sectorsEnd));
      const duty = (parse(after) as { duties: Array<{ role: string; sectors: string[] }> }).duties[0]!;
      expect(duty.role).toBe("lead");
      expect(duty.sectors).toEqual(["road-traffic", "construction"]);

      const { model, problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems).toEqual([]);
      expect(model?.units.get("zhangshanzi/construction-office")?.duties[0]?.role).toBe("lead");
      expect(trouble.externalRequests).toEqual([]);
      expect(trouble.pageErrors).toEqual([]);
      await page.close();
    });

    it("saves a duty text that is not verbatim and shows the check's bilingual message for that field", async () => {
      // The broken text is this test's alone: the file is put back afterwards, whatever happens.
      const unitPath = join(content, UNIT_FILE);
      const kept = readFileSync(unitPath, "utf8");
      onTestFinished(() => writeFileSync(unitPath, kept));
      const { page, trouble } = await openEditor(
        "#/collections/units-zhangshanzi/entries/construction-office",
      );
      await unfoldDuty(page, "四(二)12(2)");
      const text = dutyField(page, "职责原文").locator("textarea");
      const original = await text.inputValue();
      await text.fill(original.replace("监督管理", "监督检查"));
      await save(page);
      await expect
        .poll(() => page.locator("#check-panel").textContent(), { timeout: SAVE_TIMEOUT })
        .toContain("内容检查发现这个文件有");

      // The panel prints what `npm run check` prints for this file, word for word.
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      const mine = problems.filter((problem) => problem.file === `content/${UNIT_FILE}`);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.field).toBe("text");
      expect(mine[0]!.entry).toContain("duties[1]");
      const panel = await page.locator("#check-panel").innerText();
      expect(panel).toContain(formatProblem(mine[0]!));
      // …and says where that is in the form's own words.
      expect(panel).toContain("表单中的位置：职责 第 2 项 › 职责原文");
      expect(panel).toMatch(/错误 \/ Error:/);
      expect(panel).toMatch(/修改 \/ Fix:/);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });

    it("creates a new unit from the form: a tidy YAML file of its own, in the schema's key order, that the check passes", async () => {
      const folder = join(content, "units/zhangshanzi");
      const before = new Set(readdirSync(folder));
      const source = parse(readFileSync(join(content, "sources/zhangshanzi-2020-47.yaml"), "utf8")) as {
        title: string;
      };
      const { page, trouble } = await openEditor("#/collections/units-zhangshanzi/new");
      await dutyField(page, "名称").locator("input").fill("镇测试站");
      await dutyField(page, "类别").locator("input[role=combobox]").click();
      await page.getByRole("option", { name: "站所部门" }).click();
      await dutyField(page, "来源文件").locator("input[role=combobox]").click();
      await page.getByRole("option", { name: source.title }).click();
      await page.getByRole("button", { name: "新增职责" }).click();
      await dutyField(page, "条款编号").locator("input").fill("四(二)6(1)");
      await dutyField(page, "职责原文").locator("textarea").fill("负责消防安全监督管理；");
      await dutyField(page, "责任类型").locator("input[role=combobox]").click();
      await page.getByRole("option", { name: /^主责/ }).click();
      await dutyField(page, "行业领域").locator("input[role=combobox]").pressSequentially("消防");
      await page.getByRole("option", { name: "消防", exact: true }).click();
      await save(page);
      await expect
        .poll(() => page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toMatch(/^已保存。/);

      const added = readdirSync(folder).filter((file) => !before.has(file));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(/^unit-\d{8}-\d{6}\.yaml$/);
      expect(readFileSync(join(folder, added[0]!), "utf8")).toBe(
        [
          "name: 镇测试站",
          "kind: department",
          "jurisdiction: zhangshanzi",
          "source: zhangshanzi-2020-47",
          "duties:",
          "  - clause: 四(二)6(1)",
          "    text: 负责消防安全监督管理；",
          "    role: lead",
          "    sectors:",
          "      - fire",
          "",
        ].join("\n"),
      );
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes(added[0]!))).toEqual([]);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });

    it("opens on an imported draft, lists its units that carry guesses, marks their duty rows, and confirms each guess on its own", async () => {
      const imported = importDraftTown(join(PROJECT_ROOT, "test/fixtures/import/review.txt"), content);
      expect(imported.status, imported.stderr).toBe(0);
      const folder = join(content, "units/draft-town");
      const markers = (file: string) => {
        const unit = parse(readFileSync(join(folder, file), "utf8")) as {
          review?: unknown[];
          duties: Array<{ review?: unknown[] }>;
        };
        return (
          (unit.review?.length ?? 0) + unit.duties.reduce((n, duty) => n + (duty.review?.length ?? 0), 0)
        );
      };
      const files = readdirSync(folder).filter((file) => markers(file) > 0);
      expect(files.length).toBeGreaterThan(0);
      const total = readdirSync(folder).reduce((n, file) => n + markers(file), 0);

      const { page, trouble } = await openEditor();
      // Opened at its plain address, the editor shows the town with most to review: the draft.
      await expect.poll(() => page.url()).toContain("#/collections/units-draft-town");
      await expect.poll(() => page.locator("#review-count").textContent()).toBe(`${total} 项`);
      await page.getByRole("button", { name: /待审核/ }).click();
      const panel = page.locator("#review-panel");
      await expect.poll(() => panel.getByRole("link").count()).toBe(files.length);
      // The water station: the fixture gives two of its duties a guess (a split, many sectors).
      await panel.getByRole("link", { name: "镇水利站" }).click();
      await page.getByText("正在集合").first().waitFor();
      const file = `${decodeURIComponent(page.url().split("/entries/")[1]!)}.yaml`;
      const count = markers(file);
      // A folded duty that carries a guess says so on its row.
      const dutiesToReview = (
        parse(readFileSync(join(folder, file), "utf8")) as { duties: Array<{ review?: unknown[] }> }
      ).duties.filter((duty) => (duty.review?.length ?? 0) > 0).length;
      expect(dutiesToReview).toBe(2);
      await expect.poll(() => page.getByText(/^【待审核】/).count()).toBe(dutiesToReview);
      // Unfold every duty (the list's own 展开 button), then press 已核对 on each guess in turn.
      await page
        .getByText(/^\d+ 职责$/)
        .locator("[data-testid=expand-button]")
        .click();
      // The form, its review items and their reasons are in Chinese; the type field's hint names an id.
      await expect(englishWords(page, { ids: ["police-station"] })).resolves.toEqual([]);
      // Each guess has its own button; pressing them one by one confirms every guess.
      const clearButtons = page
        .getByRole("button", { name: "已核对", exact: true })
        .filter({ visible: true });
      let cleared = 0;
      while ((await clearButtons.count()) > 0 && cleared < 500) {
        await clearButtons.first().click();
        cleared++;
      }
      expect(cleared).toBe(count);
      await save(page);
      await expect
        .poll(() => page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toMatch(/^已保存。/);
      expect(markers(file)).toBe(0);
      await expect.poll(() => page.locator("#review-count").textContent()).toBe(`${total - count} 项`);
      // The draft still reads and passes the check (the previous test left a bad text elsewhere).
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("draft-town"))).toEqual([]);
      expect(readFileSync(join(folder, file), "utf8")).toMatch(/^# /);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });

    it("keeps a page of another site from writing: its no-cors fetch and its form post leave the file as it was", async () => {
      const path = join(content, UNIT_FILE);
      const before = readFileSync(path, "utf8");
      const api = `${origin}/api/v1`;
      const payload = JSON.stringify({
        action: "persistEntry",
        params: { entry: { path: UNIT_FILE, raw: "name: 被别的网站改了\n" }, assets: [] },
      });
      // A text/plain form whose one field's name and value together make the JSON body.
      const [head, tail] = [payload.slice(0, -2), payload.slice(-2)];
      const attackerPage = `<!doctype html><meta charset="utf-8"><title>别的网站</title>
<form id="f" method="post" enctype="text/plain" action="${api}"><input name='${head}' value='${tail}'></form>
<script>
fetch(${JSON.stringify(api)}, { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(payload)} })
  .catch(() => {})
  .finally(() => { document.title = "sent"; document.getElementById("f").submit(); });
</script>`;
      const attacker = createServer((_request, response) => {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(attackerPage);
      });
      await new Promise<void>((done) => attacker.listen(0, "127.0.0.1", done));
      const page = await chromium().newPage();
      try {
        const answer = page.waitForResponse(
          (response) =>
            response.url() === api &&
            response.request().method() === "POST" &&
            response.request().postData()?.includes("被别的网站改了") === true &&
            response.request().resourceType() === "document",
        );
        await page.goto(`http://127.0.0.1:${(attacker.address() as { port: number }).port}/`);
        expect((await answer).status()).toBe(403);
        expect(readFileSync(path, "utf8")).toBe(before);
      } finally {
        await page.close();
        attacker.close();
      }
    });

    it("tells the second of two windows that the file changed since it opened it, and keeps the first window's save", async () => {
      const path = join(content, UNIT_FILE);
      const before = readFileSync(path, "utf8");
      onTestFinished(() => writeFileSync(path, before));
      const hash = "#/collections/units-zhangshanzi/entries/construction-office";
      const first = await openEditor(hash);
      const second = await openEditor(hash);
      for (const [window, note] of [
        [first.page, "第一个窗口的备注"],
        [second.page, "第二个窗口的备注"],
      ] as const) {
        // The unit's own note (the duties' notes are folded away).
        await dutyField(window, "备注").locator("textarea").fill(note);
      }
      await save(first.page);
      await expect
        .poll(() => first.page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toMatch(/^已保存。/);
      await save(second.page);
      await expect
        .poll(() => second.page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toBe("没有保存：文件已被别处改过");
      await expect
        .poll(() => second.page.locator("#check-panel").textContent())
        .toContain("在您打开之后被改过");
      await expect(
        second.page.getByRole("button", { name: "记下改动后，刷新页面" }).isVisible(),
      ).resolves.toBe(true);
      expect(readFileSync(path, "utf8")).toContain("第一个窗口的备注");
      expect(readFileSync(path, "utf8")).not.toContain("第二个窗口的备注");
      await first.page.close();
      await second.page.close();
    });

    it(
      "after a save, says the site is out of date, rebuilds it with its progress shown, and links to the changed page",
      { timeout: 300_000 },
      async () => {
        const path = join(content, UNIT_FILE);
        const before = readFileSync(path, "utf8");
        onTestFinished(() => writeFileSync(path, before));
        const { page, trouble } = await openEditor(
          "#/collections/units-zhangshanzi/entries/construction-office",
        );
        await dutyField(page, "备注").locator("textarea").fill("重新生成网站之后应当看到的备注");
        await save(page);
        await expect
          .poll(() => page.locator("#rebuild-status").textContent(), { timeout: SAVE_TIMEOUT })
          .toBe("网站还没有这次的修改");
        await page.getByRole("button", { name: "重新生成网站" }).click();
        // Progress while it runs: the step and the seconds.
        await expect
          .poll(() => page.locator("#rebuild-status").textContent(), { timeout: 30_000 })
          .toMatch(/正在重新生成网站：.+（\d+ 秒）/);
        const link = page.locator("#rebuilt-page");
        await link.waitFor({ timeout: 240_000 });
        const href = (await link.getAttribute("href"))!;
        expect(href).toMatch(/\/zhangshanzi\/units\/construction-office\/$/);
        const site = await chromium().newPage();
        await site.goto(href);
        await expect(site.locator("p.note").first().textContent()).resolves.toContain(
          "重新生成网站之后应当看到的备注",
        );
        await site.close();
        expect(trouble.externalRequests).toEqual([]);
        await page.close();
      },
    );

    it("imports a town's document on the 导入 page: shows the structure read, writes the draft, and asks before replacing it", async () => {
      const { page, trouble } = await openEditor();
      await page.getByRole("link", { name: "导入文件" }).click();
      await page.getByRole("heading", { name: "导入一个镇的职责文件" }).waitFor();
      const document000 = join(PROJECT_ROOT, "content", "sources", "texts", "000_0c4a461b94977c66.txt");
      await page.setInputFiles("#file", document000);
      await page.fill("#name", "页面导入镇");
      await page.getByRole("button", { name: "读取文件，查看结构" }).click();
      const preview = page.locator("#import-preview");
      await preview.getByRole("heading", { name: "程序读出的结构" }).waitFor();
      // The town's id is the pinyin of its name; each unit is a heading with its duties in a table.
      await expect(preview.textContent()).resolves.toContain("镇的编号：yemiandaoruzhen");
      expect(await preview.locator("h3").count()).toBeGreaterThan(3);
      expect(await preview.locator("td").filter({ hasText: /^主责/ }).count()).toBeGreaterThan(5);
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await page.locator("#open-draft").waitFor();
      expect(readdirSync(join(content, "units", "yemiandaoruzhen")).length).toBeGreaterThan(3);
      // Again: the town exists now, so nothing is written until the replacement is confirmed.
      await page.getByRole("button", { name: "读取文件，查看结构" }).click();
      await preview.getByRole("heading", { name: "会替换已有的文件" }).waitFor();
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await expect.poll(() => page.locator("#import-status").textContent()).toContain("请先勾选确认替换");
      await page.check("#confirm-replace");
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await expect.poll(() => page.locator("#import-status").textContent()).toContain("原文件备份在");
      await page.locator("#open-draft").click();
      await expect.poll(() => page.url()).toContain("#/collections/units-yemiandaoruzhen");
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("yemiandaoruzhen"))).toEqual([]);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });

    it("reads a corpus document that is a table (责任单位 column) on the 导入 page and corrects what a column means", async () => {
      const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL("/admin/import/", editor.url).href);
      await page.setInputFiles(
        "#file",
        join(PROJECT_ROOT, "test", "fixtures", "documents", "xuzhuang-rectification-table", "document.txt"),
      );
      await page.fill("#name", "表格镇");
      await page.getByRole("button", { name: "读取文件，查看结构" }).click();
      const preview = page.locator("#import-preview");
      await preview.getByRole("heading", { name: "程序读出的结构" }).waitFor();
      // Each 责任单位 of the table is a unit of its own.
      expect(await preview.locator("h3").count()).toBeGreaterThan(8);
      // The page says everything in Chinese: only the document's own words and the town's address are Latin.
      const document = readFileSync(
        join(PROJECT_ROOT, "test", "fixtures", "documents", "xuzhuang-rectification-table", "document.txt"),
        "utf8",
      );
      await expect(
        englishWords(page, { ids: ["biaogezhen", "zhangshanzizhen"], quoted: document }),
      ).resolves.toEqual([]);
      // The columns are listed with what each was taken as; the clerk says 责任单位 means 配合.
      const column = (header: string) =>
        preview.locator("tr", { has: page.locator(`select[data-column="${header}"]`) }).textContent();
      await expect(column("责任单位")).resolves.toContain("责任单位（责任类型看职责的动词）");
      await expect(column("专项整治行业名称")).resolves.toContain("职责内容");
      await page.selectOption('select[data-column="责任单位"]', { label: "改为：配合单位" });
      await expect.poll(() => column("责任单位")).toContain("配合单位");
      const dutyRole = () =>
        preview
          .locator("tr", { has: page.locator('select[data-clause="一第2段"]') })
          .first()
          .textContent();
      await expect.poll(dutyRole).toContain("配合");
      await page.screenshot({ path: join(scratch, "import-table.png"), fullPage: true });
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await page.locator("#open-draft").waitFor();
      const town = readdirSync(join(content, "jurisdictions"))
        .map((file) => parse(readFileSync(join(content, "jurisdictions", file), "utf8")) as { name: string })
        .findIndex((j) => j.name === "表格镇");
      expect(town).toBeGreaterThanOrEqual(0);
      await page.close();
    });

    it("corrects the structure on the 导入 page — moves a duty, renames a unit, takes out a paragraph, splits a duty, sets a role — and writes the corrected draft", async () => {
      const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL("/admin/import/", editor.url).href);
      await page.setInputFiles("#file", join(PROJECT_ROOT, "test", "fixtures", "import", "review.txt"));
      await page.fill("#name", "改正镇");
      await page.fill("#town", "gaizheng");
      await page.getByRole("button", { name: "读取文件，查看结构" }).click();
      const preview = page.locator("#import-preview");
      await preview.getByRole("heading", { name: "程序读出的结构" }).waitFor();
      const unitOf = (clause: string) =>
        preview
          .locator("table", { has: page.locator(`select[data-clause="${clause}"]`) })
          .locator("xpath=preceding-sibling::h3[1]")
          .textContent();
      await expect(unitOf("一2")).resolves.toMatch(/^镇派出所/);
      // 1: the police station's second duty goes to the water station.
      await page.selectOption('select[data-clause="一2"]', { label: "归 镇水利站" });
      await expect.poll(() => unitOf("一2")).toMatch(/^镇水利站/);
      // 2: the water station is renamed (the name asked in a dialog).
      page.once("dialog", (dialog) => void dialog.accept("水利站"));
      await preview.locator('button.rename[data-unit="镇水利站"]').click();
      await expect.poll(() => unitOf("一2")).toMatch(/^水利站（/);
      // 3: a paragraph is not a duty.
      await page.selectOption('select[data-clause="二2"]', { label: "整段都不是职责" });
      await expect.poll(() => preview.locator('select[data-clause="二2"]').count()).toBe(0);
      await expect(page.locator("#corrections-made").textContent()).resolves.toBe("已做 3 处改正。");
      // 4: the water station's first duty is two: split before 配合 (the words asked in a dialog).
      page.once("dialog", (dialog) => void dialog.accept("配合"));
      await page.selectOption('select[data-clause="二1"]', { label: "从某几个字起拆开…" });
      await expect.poll(() => preview.locator('select[data-clause="二1"]').count()).toBe(2);
      // 5: the police station's first duty is borne as 配合, not as its verb suggested.
      await page.selectOption('select[data-clause="一1"]', { label: "责任类型改为配合" });
      await expect
        .poll(() => preview.locator("tr", { has: page.locator('select[data-clause="一1"]') }).textContent())
        .toContain("配合");
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await page.locator("#open-draft").waitFor();
      const units = join(content, "units", "gaizheng");
      const written = readdirSync(units).map(
        (file) =>
          parse(readFileSync(join(units, file), "utf8")) as {
            name: string;
            duties: Array<{ clause: string }>;
          },
      );
      const water = written.find((unit) => unit.name === "水利站")!;
      expect(water.duties.map((duty) => duty.clause)).toEqual(["二1", "二1", "一2"]);
      const police = written.find((unit) => unit.name === "镇派出所") as unknown as {
        duties: Array<{ clause: string; role: string }>;
      };
      expect(police.duties.find((duty) => duty.clause === "一1")?.role).toBe("cooperate");
      const source = parse(
        readFileSync(
          join(
            content,
            "sources",
            readdirSync(join(content, "sources")).find((file) => file.startsWith("gaizheng"))!,
          ),
          "utf8",
        ),
      ) as { notEncoded: Array<{ clause: string; reason: string }> };
      expect(source.notEncoded).toContainEqual({ clause: "二2", reason: "导入时人工判断：不是职责。" });
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("gaizheng"))).toEqual([]);
      await page.close();
    });

    it("brings the 2021 XX镇 责任书 in through the 导入 page and, by corrections in the page, reaches the hand encoding's units, clauses, texts and roles", async () => {
      const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL("/admin/import/", editor.url).href);
      // Every click, typed field, chosen option and answered dialog is one action of the clerk.
      let actions = 0;
      const act = async (step: () => Promise<unknown>) => {
        actions += 1;
        await step();
      };
      const preview = page.locator("#import-preview");
      const made = () => page.locator("#corrections-made").textContent();
      let corrections = 0;
      /** Chooses an option under 改正 for one piece of a paragraph, answering its dialog if it asks. */
      const correct = async (clause: string, piece: number | undefined, label: string, answer?: string) => {
        if (answer !== undefined) {
          actions += 1;
          page.once("dialog", (dialog) => void dialog.accept(answer));
        }
        const select = `select[data-clause="${clause}"]${piece === undefined ? "" : `[data-piece="${piece}"]`}`;
        await act(() => page.selectOption(select, { label }));
        corrections += 1;
        await expect.poll(made).toBe(`已做 ${corrections} 处改正。`);
      };
      await act(() =>
        page.setInputFiles("#file", join(content, "sources", "texts", "000_0c4a461b94977c66.txt")),
      );
      await act(() => page.fill("#name", "对照镇"));
      await act(() => page.fill("#town", "duizhao"));
      await act(() => page.getByRole("button", { name: "读取文件，查看结构" }).click());
      await preview.getByRole("heading", { name: "程序读出的结构" }).waitFor();
      // 镇领导's duties are one paragraph of sentences; so are the checks of 镇领导和包村干部, whose
      // last sentence announces a list of ledgers that are names, not duties, and opens with 指导.
      await correct("二1第1段", 0, "按句拆成几条");
      await correct("二1第4段", 0, "按句拆成几条");
      await correct("二1第4段", 4, "从某几个字起拆开…", "（1）");
      await correct("二1第4段", 5, "这一条不是职责");
      await correct("二1第4段", 4, "责任类型改为指导");
      await correct("二1第2段", 2, "按句拆成几条");
      await correct("二5第1段", 0, "按句拆成几条");
      // A paragraph read as a unit of its own (积极参与相关部门…) is the enterprises'.
      await correct("二5第8段", 0, "归 生产经营单位");
      // A circumstance and a label stand before two duties.
      await correct("二2第1段", 0, "从某几个字起才是职责…", "各村屯、各部门");
      await correct("二3", 0, "从某几个字起才是职责…", "村屯干部");
      await correct("二3", 0, "按句拆成几条");
      await page.screenshot({ path: join(scratch, "import-000-corrected.png"), fullPage: true });
      await act(() => preview.getByRole("button", { name: "生成草稿" }).click());
      await page.locator("#open-draft").waitFor();
      console.log(`XX镇责任书：${actions} 个动作（其中改正 ${corrections} 处）`);
      expect(actions).toBeLessThanOrEqual(60);

      type Written = { name: string; duties: Array<{ clause: string; text: string; role: string }> };
      const unitsIn = (town: string) =>
        readdirSync(join(content, "units", town)).map(
          (file) => parse(readFileSync(join(content, "units", town, file), "utf8")) as Written,
        );
      // A quote's closing separator (；，：) is the list's, not the duty's; an item the importer
      // read out of the paragraph the hand cites (二4(1) in 二4) is that paragraph's.
      const bare = (text: string) => text.replace(/[；;，,：:]$/u, "");
      const rows = (units: Written[], cited: (clause: string) => string) =>
        units
          .flatMap((unit) =>
            unit.duties.map((d) => `${unit.name}｜${cited(d.clause)}｜${d.role}｜${bare(d.text)}`),
          )
          .sort();
      const hand = unitsIn("xxzhen");
      const drafted = unitsIn("duizhao");
      expect(drafted.map((unit) => unit.name).sort()).toEqual(hand.map((unit) => unit.name).sort());
      const handClauses = new Set(hand.flatMap((unit) => unit.duties.map((d) => d.clause)));
      const asHandCites = (clause: string) =>
        handClauses.has(clause) ? clause : (clause.replace(/\(\d+\)$/u, "") as string);
      expect(rows(drafted, asHandCites)).toEqual(rows(hand, (clause) => clause));
      expect(rows(drafted, asHandCites)).toHaveLength(44);
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("duizhao"))).toEqual([]);
      await page.close();
    });

    it("edits a source's title and date in the form, keeping its reading options, comments and text untouched", async () => {
      const path = join(content, "sources", "xxzhen-2021.yaml");
      const before = readFileSync(path, "utf8");
      const { page, trouble } = await openEditor("#/collections/sources/entries/xxzhen-2021");
      // Only what the document says about itself is in the form.
      await dutyField(page, "标题").locator("input").fill("2021年度乡镇安全生产目标责任书");
      await dutyField(page, "日期").locator("input").fill("2021-03-01");
      const labels = await page.locator("[aria-label$='field'] > div > label").allTextContents();
      expect(labels.map((label) => label.replace(/[（(]可选[)）]|\s/g, ""))).toEqual([
        "标题",
        "文号",
        "发文机关",
        "日期",
        "年份",
      ]);
      await save(page);
      await expect
        .poll(() => page.locator("#check-status").textContent(), { timeout: SAVE_TIMEOUT })
        .toBe("已保存。内容检查通过");
      const after = readFileSync(path, "utf8");
      const data = parse(after) as Record<string, unknown>;
      expect(data).toEqual({
        ...(parse(before) as Record<string, unknown>),
        title: "2021年度乡镇安全生产目标责任书",
        date: "2021-03-01",
      });
      // The file's comments and its reading options stay as the importer (or the hand) wrote them.
      expect(after.split("\n")[0]).toBe(before.split("\n")[0]);
      expect(after).toContain("markerOverrides:");
      expect(trouble.externalRequests).toEqual([]);
      writeFileSync(path, before);
      await page.close();
    });

    it("restructures a unit in the form's 整理 panel — splits a duty, merges it back, moves one to another unit, renames the unit — each step verbatim and checked", async () => {
      const town = join(content, "units", "tongchuan");
      const before = readFileSync(join(town, "safety-officer.yaml"), "utf8");
      type Unit = { name: string; duties: Array<{ clause: string; text: string }> };
      const unitIn = (file: string) => parse(readFileSync(join(town, file), "utf8")) as Unit;
      const { page, trouble } = await openEditor("#/collections/units-tongchuan/entries/safety-officer");
      const panel = page.locator("#structure-panel");
      // Each change reloads the page, so the form reads the unit from disk again.
      const reloaded = async (step: () => Promise<unknown>) => {
        await Promise.all([page.waitForEvent("load"), step()]);
      };
      const open = async () => {
        await page.getByText("正在集合").first().waitFor();
        await page.getByRole("button", { name: "整理职责" }).click();
        await panel.locator("li").first().waitFor();
      };
      await open();
      expect(await panel.locator("li").count()).toBe(unitIn("safety-officer.yaml").duties.length);
      // 1: the first duty is two, from 认真宣传 on (the words asked in a dialog).
      page.once("dialog", (dialog) => void dialog.accept("认真宣传"));
      await reloaded(() => panel.locator('button[data-duty="0"]', { hasText: "拆开" }).click());
      await expect
        .poll(() => unitIn("safety-officer.yaml").duties.length)
        .toBe(parse(before).duties.length + 1);
      const [first, second] = unitIn("safety-officer.yaml").duties;
      expect([first!.clause, second!.clause]).toEqual(["三(六)1", "三(六)1"]);
      expect(second!.text.startsWith("认真宣传")).toBe(true);
      expect(first!.text + second!.text).toBe(parse(before).duties[0].text);
      // 2: merged back, the file says what it said.
      await open();
      await reloaded(() => panel.getByRole("button", { name: "与下一条合并" }).first().click());
      await expect.poll(() => unitIn("safety-officer.yaml").duties.length).toBe(parse(before).duties.length);
      expect(parse(readFileSync(join(town, "safety-officer.yaml"), "utf8"))).toEqual(parse(before));
      // 3: the last duty goes to the 安全生产分管领导.
      await open();
      const last = unitIn("safety-officer.yaml").duties.length - 1;
      const deputy = unitIn("safety-deputy.yaml");
      await reloaded(() => panel.locator(`select[data-duty="${last}"]`).selectOption({ label: deputy.name }));
      await expect.poll(() => unitIn("safety-deputy.yaml").duties.length).toBe(deputy.duties.length + 1);
      // 4: renamed, the unit's file and address follow its name.
      await open();
      page.once("dialog", (dialog) => void dialog.accept("铜川镇安全生产监管员"));
      await reloaded(() => panel.getByRole("button", { name: "改名…" }).click());
      await expect.poll(() => existsSync(join(town, "safety-officer.yaml"))).toBe(false);
      const renamed = readdirSync(town).find((file) => unitIn(file).name === "铜川镇安全生产监管员")!;
      expect(renamed).toMatch(/^[a-z0-9-]+\.yaml$/);
      await expect.poll(() => page.url()).toContain(`/entries/${renamed.replace(/\.yaml$/, "")}`);
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("tongchuan"))).toEqual([]);
      expect(trouble.externalRequests).toEqual([]);
      await page.close();
    });

    it("reads the document as the clerk says on the 导入 page: a line broken in two joined, a line read as a heading made a sentence, both kept in the source", async () => {
      const file = join(PROJECT_ROOT, "test", "fixtures", "import", "broken-lines.txt");
      const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL("/admin/import/", editor.url).href);
      await page.setInputFiles("#file", file);
      await page.fill("#name", "断行镇");
      await page.fill("#town", "duanhang");
      await page.getByRole("button", { name: "读取文件，查看结构" }).click();
      const preview = page.locator("#import-preview");
      await preview.getByRole("heading", { name: "程序读出的结构" }).waitFor();
      await page.locator("#document-lines summary").click();
      await page.selectOption('select[data-line="一1(1)"]', { label: "与下一行是同一段" });
      await expect.poll(() => page.locator("#corrections-made").textContent()).toBe("已做 1 处改正。");
      const water = await page
        .locator("#document-lines tr", { hasText: "镇水利站安全生产责任。" })
        .locator("select")
        .getAttribute("data-line");
      // The water station's line was read as its heading; the clerk says it is a sentence.
      const waterRow = () => page.locator("#document-lines tr", { hasText: "镇水利站安全生产责任。" });
      await expect.poll(() => waterRow().textContent()).toContain("标题：镇水利站");
      await page.selectOption(`select[data-line="${water}"]`, { label: "这不是标题，是正文" });
      await expect.poll(() => page.locator("#corrections-made").textContent()).toBe("已做 2 处改正。");
      await expect.poll(() => waterRow().textContent()).not.toContain("标题：");
      await expect
        .poll(() =>
          page.locator("#document-lines tr", { hasText: "负责消防安全检查，要及时整改隐患。" }).count(),
        )
        .toBe(1);
      await preview.getByRole("button", { name: "生成草稿" }).click();
      await page.locator("#open-draft").waitFor();
      const sourceFile = readdirSync(join(content, "sources")).find((name) => name.startsWith("duanhang"))!;
      const source = parse(readFileSync(join(content, "sources", sourceFile), "utf8")) as {
        joinAfter: Array<{ endsWith: string }>;
        markerOverrides: Array<{ text: string; heading: boolean }>;
      };
      expect(source.joinAfter.map((join) => join.endsWith)).toEqual(["（1）负责消防安全检查，"]);
      expect(source.markerOverrides).toContainEqual(
        expect.objectContaining({ text: "2、镇水利站安全生产责任。", heading: false }),
      );
      const { problems } = checkAndBuild(readContentFiles(scratch, content), content);
      expect(problems.filter((problem) => problem.file.includes("duanhang"))).toEqual([]);
      await page.close();
    });
  },
);
