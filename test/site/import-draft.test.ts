import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks } from "../helpers/built-site.ts";
import { importDraftTown } from "../helpers/import.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { REVIEW_FIELD_LABELS, type ReviewField } from "../../src/domain/review.ts";

/**
 * A town brought in with `npm run import`, built into the site as it is, before anyone has
 * reviewed it: the draft builds, its pages carry 待审核 marks, and its review page lists them.
 */
const scratch = mkdtempSync(join(tmpdir(), "duty-matrix-draft-"));
const content = join(scratch, "content");
const out = join(scratch, "dist");
const page = (path: string) => parse(readFileSync(join(out, path, "index.html"), "utf8"));

beforeAll(() => {
  cpSync(join(PROJECT_ROOT, "content"), content, { recursive: true });
  const imported = importDraftTown(join(content, "sources", "texts", "000_0c4a461b94977c66.txt"), content);
  expect(imported.status, imported.stderr).toBe(0);
  // A real document from the corpus, some of whose paragraphs name no bearer.
  const corpus = importDraftTown(
    join(PROJECT_ROOT, "test", "fixtures", "documents", "shuju-fire-committee", "document.txt"),
    content,
    "corpus-town",
    "树苴乡",
  );
  expect(corpus.status, corpus.stderr).toBe(0);
  execFileSync("npx", ["astro", "build", "--outDir", out], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DUTY_MATRIX_CONTENT: content },
    stdio: ["ignore", "ignore", "inherit"],
  });
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("an imported draft, built before review", () => {
  it("builds with every link and anchor in place", () => {
    expect(existsSync(join(out, "draft-town", "index.html"))).toBe(true);
    expect(brokenLinks(out)).toEqual([]);
  });

  it("marks its guessed duties 待审核, each mark linking to the duty's entry on the review page", () => {
    const town = page("draft-town");
    expect(town.querySelector(`a[href="/draft-town/review/"]`)?.textContent).toContain("查看待审核清单");
    const unitLinks = town
      .querySelectorAll("a[href^='/draft-town/units/']")
      .map((a) => a.getAttribute("href")!);
    const unit = page(unitLinks[0]!);
    const marks = unit.querySelectorAll("a.review-mark");
    expect(marks.length).toBeGreaterThan(0);
    const review = page("draft-town/review");
    for (const mark of marks) {
      expect(mark.textContent.trim()).toBe("待审核");
      const anchor = mark.getAttribute("href")!.split("#")[1]!;
      expect(review.getElementById(anchor), anchor).not.toBeNull();
    }
  });

  it("lists what is left to check on the review page, by kind of guess, with its reason", () => {
    const review = page("draft-town/review");
    const headings = review.querySelectorAll("main h2").map((h) => h.textContent);
    // One section for each kind of guess the draft's unit files carry, one reason a marker.
    const guesses = readdirSync(join(content, "units", "draft-town")).flatMap((file) => {
      const unit = yaml.load(readFileSync(join(content, "units", "draft-town", file), "utf8")) as {
        review?: Array<{ field: ReviewField }>;
        duties: Array<{ review?: Array<{ field: ReviewField }> }>;
      };
      return [...(unit.review ?? []), ...unit.duties.flatMap((d) => d.review ?? [])];
    });
    const markers = guesses.length;
    expect(markers).toBeGreaterThan(0);
    const kinds = [...new Set(guesses.map((guess) => guess.field))];
    expect(kinds.length).toBeGreaterThan(1);
    for (const kind of kinds)
      expect(headings.some((h) => h.startsWith(REVIEW_FIELD_LABELS[kind]))).toBe(true);
    expect(review.querySelectorAll(".review-reason").length).toBe(markers);
    expect(review.querySelector(".review-reason")?.textContent).toContain("推断依据：");
    // Each item links to its unit's form in the editor on this machine (npm run edit).
    const edits = review.querySelectorAll("a.review-edit").map((a) => a.getAttribute("href")!);
    expect(edits).toHaveLength(markers);
    const unitFiles = readdirSync(join(content, "units", "draft-town")).map((file) =>
      file.replace(/\.yaml$/, ""),
    );
    for (const href of edits) {
      const match =
        /^http:\/\/127\.0\.0\.1:4322\/admin\/#\/collections\/units-draft-town\/entries\/([a-z0-9-]+)$/.exec(
          href,
        );
      expect(match, href).not.toBeNull();
      expect(unitFiles).toContain(match![1]);
    }
  });

  it("lists every paragraph the importer could not assign, each linking to its place in the source", () => {
    const sourceFile = readdirSync(join(content, "sources")).find((f) => f.startsWith("corpus-town"))!;
    const source = yaml.load(readFileSync(join(content, "sources", sourceFile), "utf8")) as {
      notEncoded: Array<{ clause: string; reason: string }>;
    };
    const unassigned = source.notEncoded.filter((n) => n.reason.startsWith("未归属："));
    expect(unassigned.length).toBeGreaterThan(0);
    const review = page("corpus-town/review");
    const items = review.querySelectorAll(
      "#review-unassigned ~ ul li, section[aria-labelledby=review-unassigned] li",
    );
    expect(items).toHaveLength(unassigned.length);
    expect(review.querySelector("#review-unassigned")?.textContent).toBe(
      `未归属的段落（${unassigned.length}）`,
    );
    for (const item of items) {
      const [path, anchor] = item.querySelector("a")!.getAttribute("href")!.split("#");
      expect(page(path!.replace(/^\//, "")).getElementById(anchor!), anchor).not.toBeNull();
    }
  });

  it("shows no mark and no review notice for the hand-encoded towns", () => {
    expect(page("zhangshanzi").querySelector(`a[href="/zhangshanzi/review/"]`)).toBeNull();
    expect(page("zhangshanzi/units/police-station").querySelectorAll("a.review-mark")).toHaveLength(0);
    expect(page("zhangshanzi/review").querySelector(".lede")?.textContent).toContain("没有待审核的内容");
  });
});
