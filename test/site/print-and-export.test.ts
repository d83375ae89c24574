import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { type Model } from "../../src/lib/model/index.ts";
import { dutySheet } from "../../src/lib/print/index.ts";
import { ROLE_LABELS, roleRank, type Role } from "../../src/domain/index.ts";
import { DIST, json, page, text } from "../helpers/built-site.ts";
import { PROJECT_ROOT, modelOf } from "../helpers/fixture.ts";

interface ApiUnit {
  id: string;
  kind: string;
  jurisdictionId: string;
  printUrl: string;
  letterUrl: string | null;
}

let model: Model;
beforeAll(() => {
  model = modelOf(PROJECT_ROOT);
});

describe("/<town>/matrix.csv", () => {
  it("starts with the UTF-8 byte-order mark, so Excel reads the Chinese", () => {
    for (const town of model.towns) {
      const bytes = readFileSync(join(DIST, town.id, "matrix.csv"));
      expect([...bytes.subarray(0, 3)], town.id).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("parses back to the matrix computed from the duties: the strongest role of each unit in each sector", () => {
    for (const town of model.towns) {
      const rows = parse(readFileSync(join(DIST, town.id, "matrix.csv")), { bom: true }) as string[][];
      const [header, ...body] = rows;
      const unitByName = new Map(town.units.map((unit) => [unit.data.name, unit.key]));
      const sectorByName = new Map(model.sectors.map((s) => [s.data.name, s.id]));
      const parsed = new Map<string, string>();
      for (const row of body)
        header!.slice(1).forEach((name, column) => {
          parsed.set(`${unitByName.get(name)} ${sectorByName.get(row[0]!)}`, row[column + 1]!);
        });

      // Expected straight from the duties, not from the matrix module the page uses.
      const expected = new Map<string, string>();
      const townDuties = model.duties.filter((d) => d.jurisdiction === town.id);
      const usedUnits = town.units
        .map((unit) => unit.key)
        .filter((key) => townDuties.some((d) => d.unit === key));
      const usedSectors = model.sectors.filter((s) => townDuties.some((d) => d.sectors.includes(s.id)));
      for (const unit of usedUnits)
        for (const sector of usedSectors) {
          const roles = townDuties
            .filter((d) => d.unit === unit && d.sectors.includes(sector.id))
            .map((d) => d.role)
            .sort((a: Role, b: Role) => roleRank(a) - roleRank(b));
          expected.set(`${unit} ${sector.id}`, roles[0] ? ROLE_LABELS[roles[0]] : "");
        }
      expect(parsed, town.id).toEqual(expected);
      expect(body).toHaveLength(usedSectors.length);
    }
  });
});

describe("/api/units.json", () => {
  it("gives every unit a printUrl, and every unit but a group a letterUrl, each a built page", () => {
    const units = json<ApiUnit[]>("api/units.json");
    expect(units).toHaveLength(model.units.size);
    for (const unit of units) {
      expect(existsSync(join(DIST, unit.printUrl, "index.html")), unit.printUrl).toBe(true);
      if (unit.kind === "group") expect(unit.letterUrl, unit.id).toBeNull();
      else expect(existsSync(join(DIST, unit.letterUrl!, "index.html")), unit.letterUrl!).toBe(true);
    }
  });
});

describe("duty sheets", () => {
  it("show every duty of the unit once, verbatim, with its role and clause", () => {
    for (const unit of model.units.values()) {
      const sheet = page(`/${unit.data.jurisdiction}/print/${unit.slug}/`).querySelector(".sheet")!;
      // Shared duties printed in full (when they fit) are the group's, listed after the unit's own.
      const own = sheet.querySelectorAll(".sheet-duty").filter((li) => !li.closest(".sheet-shared-full"));
      const shown = own.map((li) => ({
        text: text(li.querySelector(".duty-text")),
        role: text(li.querySelector(".sheet-role")),
        clause: text(li.querySelector(".sheet-clause")),
      }));
      const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
      expect(shown.map(({ text }) => ({ text })).sort(byText), unit.key).toEqual(
        unit.duties.map((d) => ({ text: collapsed(d.text) })).sort(byText),
      );
      for (const duty of unit.duties) {
        const item = shown.find((s) => s.text === collapsed(duty.text))!;
        expect(item.role).toBe(`〔${ROLE_LABELS[duty.role]}〕`);
        expect(item.clause).toContain(duty.clause);
      }
    }
  });

  it("print the shared duties in full, numbered after the unit's own, where they fit the page", () => {
    let printed = 0;
    for (const unit of model.units.values()) {
      const sheet = dutySheet(model, unit);
      const html = page(`/${unit.data.jurisdiction}/print/${unit.slug}/`);
      const full = html.querySelectorAll(".sheet-shared-full .sheet-duty .duty-text").map((el) => text(el));
      const expected = sheet.shared
        .filter((s) => s.inFull)
        .flatMap((s) => s.sections.flatMap((section) => section.duties).map((d) => collapsed(d.text)));
      expect(full, unit.key).toEqual(expected);
      printed += full.length;
      const numbers = html
        .querySelectorAll("ol.sheet-duties")
        .map((ol) => Number(ol.getAttribute("start") ?? 1));
      expect(numbers.at(-1)! - 1, unit.key).toBeLessThanOrEqual(unit.duties.length + expected.length);
    }
    expect(printed).toBeGreaterThan(0);
  });

  it("refer to the common duties that bind a department by their clauses, without repeating them", () => {
    const sheet = page("/zhangshanzi/print/police-station/");
    expect(text(sheet.querySelector(".sheet-shared"))).toContain("张发〔2020〕47号 四(一)(1)—(12)");
    const common = model.units.get("zhangshanzi/supervising-departments")!;
    expect(text(sheet.querySelector(".sheet"))).not.toContain(collapsed(common.duties[0]!.text));
  });
});

describe("目标责任书", () => {
  it("quote only the town's own rules, and say which kinds its sources leave out", () => {
    for (const town of model.towns) {
      // A town whose sources name only groups (篇二: 各单位) has no letter to sign.
      const unit = town.units.find((u) => u.data.kind !== "group");
      if (!unit) continue;
      const letter = page(`/${town.id}/print/${unit.slug}/letter/`);
      const quoted = letter.querySelectorAll("[data-rule-kind] .duty-text").map((el) => text(el));
      expect(quoted.sort(), town.id).toEqual(town.rules.map((r) => collapsed(r.text)).sort());
      const notices = letter.querySelectorAll(".letter-absent").map((el) => text(el));
      const kinds = new Set(town.rules.map((r) => r.kind));
      expect(
        notices.some((n) => n.includes("没有规定控制目标")),
        town.id,
      ).toBe(!kinds.has("target"));
      expect(
        notices.some((n) => n.includes("没有规定责任追究")),
        town.id,
      ).toBe(!kinds.has("accountability"));
    }
  });

  it("name both parties and the term, and leave each party's head a signature and date line", () => {
    const letter = page("/zhangshanzi/print/police-station/letter/");
    const fields = letter.querySelectorAll(".letter-parties dt").map((dt) => text(dt));
    const values = letter.querySelectorAll(".letter-parties dd").map((dd) => text(dd));
    expect(fields).toEqual(["甲方", "乙方", "责任期限"]);
    expect(values.slice(0, 2)).toEqual(["中共张山子镇委员会 张山子镇人民政府", "张山子派出所"]);
    expect(letter.querySelectorAll(".letter-signature")).toHaveLength(2);
    for (const signature of letter.querySelectorAll(".letter-signature"))
      expect(text(signature)).toContain("主要负责人（签字）：");
  });
});

describe("the town booklet", () => {
  it("has one sheet per unit in the town's order, after cover, contents, quick reference, principles and rules", () => {
    for (const town of model.towns) {
      const booklet = page(`/${town.id}/print/`);
      const sheets = booklet.querySelectorAll("article.sheet");
      expect(sheets.slice(0, 5).map((s) => s.classList.value.find((c) => c !== "sheet"))).toEqual([
        "cover",
        "contents",
        "quick-reference",
        "principles-sheet",
        "rules-sheet",
      ]);
      expect(sheets.slice(5).map((s) => s.getAttribute("data-unit"))).toEqual(
        town.units.map((unit) => unit.slug),
      );
      expect(booklet.querySelectorAll("#sheet-picker input[name=unit]")).toHaveLength(town.units.length);
    }
  });
});

/** Text as the page shows it: white space collapsed. */
function collapsed(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
