import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContentFiles } from "../../src/lib/content/index.ts";
import { parseClauses, type Clause, parseOptionsOf, containsVerbatim } from "../../src/lib/sources/index.ts";
import { leadUnitsForSector, type Model } from "../../src/lib/model/index.ts";
import { PROJECT_ROOT, pipelineOf } from "../helpers/fixture.ts";

/** The ground truth lives in ../shared/sources; content/ keeps a copy so a deployment is self-contained. */
const SHARED_004 = join(PROJECT_ROOT, "..", "shared", "sources", "004_4e6002834ccb5faf.txt");
const CONTENT_004 = join(PROJECT_ROOT, "content", "sources", "texts", "004_4e6002834ccb5faf.txt");
const SOURCE_ID = "zhangshanzi-2020-47";

let model: Model;
let clauses: Clause[];

beforeAll(() => {
  const { input } = readContentFiles(PROJECT_ROOT);
  const result = pipelineOf(PROJECT_ROOT);
  expect(result.problems).toEqual([]);
  model = result.model!;
  const source = input.sources.find((s) => s.id === SOURCE_ID)!;
  clauses = parseClauses(
    readFileSync(existsSync(SHARED_004) ? SHARED_004 : CONTENT_004, "utf8"),
    parseOptionsOf(source.data),
  ).clauses;
});

const under = (prefix: string) => (clause: Clause) => clause.id.startsWith(prefix);
const dutiesOf = (clauseId: string) =>
  model.duties.filter((d) => d.source === SOURCE_ID && d.clause === clauseId);

describe("张发〔2020〕47号 as encoded", () => {
  it.skipIf(!existsSync(SHARED_004))("keeps a byte-identical copy of the shared source text", () => {
    expect(readFileSync(CONTENT_004, "utf8")).toBe(readFileSync(SHARED_004, "utf8"));
  });

  it("quotes every duty verbatim from the ground-truth file", () => {
    const truth = readFileSync(existsSync(SHARED_004) ? SHARED_004 : CONTENT_004, "utf8");
    const notFound = model.duties
      .filter((d) => d.source === SOURCE_ID && !containsVerbatim(truth, d.text))
      .map((d) => d.id);
    expect(notFound).toEqual([]);
  });

  it("encodes every numbered and unnumbered item of sections 二, 三 and 四 as at least one duty", () => {
    const items = clauses.filter((c) => ["二", "三", "四"].some((s) => under(s)(c)) && !c.isHeading);
    const missing = items
      .filter((c) => dutiesOf(c.id).length === 0)
      .map((c) => `${c.id} ${c.text.slice(0, 12)}`);
    expect(items.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("leaves no phrase of a split paragraph behind", () => {
    // 一's paragraphs are split per sentence; every comma-separated phrase must land in some duty
    // or be listed, verbatim, as deliberately not encoded.
    const dropped: string[] = [];
    for (const clause of clauses) {
      const duties = dutiesOf(clause.id);
      if (duties.length === 0) continue;
      for (const phrase of clause.text.split(/[，。；;]/).filter((p) => p.trim().length > 1)) {
        if (duties.some((d) => containsVerbatim(d.text, phrase))) continue;
        // Words left out on purpose are listed, verbatim and with the reason, under notEncoded.
        const leftOut = model.sources
          .get(SOURCE_ID)!
          .data.notEncoded.filter((n) => n.clause === clause.id && n.text);
        if (!leftOut.some((n) => containsVerbatim(n.text!, phrase))) dropped.push(`${clause.id}: ${phrase}`);
      }
    }
    expect(dropped).toEqual([]);
  });

  it("states each of the five principle lines of 一 as a principle citing its clause", () => {
    const lines = clauses.filter((c) => c.parentId === "一" && c.marker !== "");
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const stating = model.principles.filter((p) =>
        p.statements.some((s) => s.clause === line.id && containsVerbatim(line.text, s.text)),
      );
      expect(stating, line.id).toHaveLength(1);
    }
  });

  it("encodes every requirement of 五 as a rule", () => {
    const town = model.towns.find((t) => t.id === "zhangshanzi")!;
    const requirements = clauses.filter((c) => c.parentId === "五");
    expect(requirements.map((c) => c.id).sort()).toEqual(town.rules.map((r) => r.clause).sort());
  });

  it("has one unit for each unit heading of 四(二), named exactly as printed", () => {
    const headings = clauses.filter((c) => c.parentId === "四(二)" && c.isHeading);
    const units = [...model.units.values()];
    const unmatched = headings.filter(
      (h) => !units.some((u) => u.data.heading === h.id && containsVerbatim(h.text, u.data.name)),
    );
    expect(unmatched.map((h) => h.id)).toEqual([]);
    // 1–30 are named units; 31 is 其他有关部门, the catch-all.
    expect(headings.filter((h) => !h.text.startsWith("其他有关部门"))).toHaveLength(30);
  });

  it("shows the police station as lead for fire, hazardous chemicals, fireworks, explosives, mass events and 九小场所", () => {
    const matrix = model.towns.find((t) => t.id === "zhangshanzi")!.matrix;
    const led = matrix.sectors.filter((s) =>
      leadUnitsForSector(matrix, s).includes("zhangshanzi/police-station"),
    );
    expect(led).toEqual(
      expect.arrayContaining([
        "fire",
        "hazardous-chemicals",
        "fireworks",
        "civil-explosives",
        "mass-gatherings",
        "nine-small-venues",
      ]),
    );
  });

  it("stores the 12 common duties once and applies them to every department", () => {
    const common = [...model.units.values()].find(
      (u) => u.data.source === SOURCE_ID && u.data.appliesTo?.kinds.includes("department"),
    )!;
    const commonItems = clauses.filter((c) => c.parentId === "四(一)" && c.marker !== "");
    expect(common.duties.map((d) => d.clause)).toEqual(commonItems.map((c) => c.id));
    const elsewhere = model.duties.filter(
      (d) => d.source === SOURCE_ID && d.unit !== common.key && d.clause.startsWith("四(一)"),
    );
    expect(elsewhere).toEqual([]);
  });

  it("keeps the source's quirks and says what they probably mean in a note", () => {
    const hunting = model.duties.find((d) => d.text.includes("守猎"))!;
    expect(hunting.text).toBe("打击非法守猎捕猎行为。");
    expect(hunting.note).toContain("狩猎");
  });
});
