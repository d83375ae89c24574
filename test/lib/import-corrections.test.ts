import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applyCorrections,
  draftFromText,
  importDocument,
  NOT_A_DUTY_REASON,
  splitText,
  type SectorGuesser,
} from "../../src/lib/import/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";

const guessSectors: SectorGuesser = (text) => ({
  sectors: text.includes("消防") ? ["fire"] : ["general"],
  because: "",
});
const draft = draftFromText(
  [
    "一、镇派出所履行下列职责：",
    "1、负责消防安全检查；",
    "2、协助有关部门开展道路交通安全工作。",
    "二、有关说明",
    "镇水利站对辖区水库安全负总责。",
    "本文件自印发之日起施行。",
  ].join("\n"),
  guessSectors,
);
const owner = (d: typeof draft, clause: string) =>
  d.units.find((unit) => unit.duties.some((duty) => duty.clause === clause))?.name;

describe("the clerk's corrections to a draft", () => {
  it("moves a paragraph's duty to another unit, creating it when the draft has none of that name", () => {
    const corrected = applyCorrections(
      draft,
      [{ kind: "assign", clause: "一2", unit: "镇交警中队" }],
      guessSectors,
    );
    expect(owner(corrected, "一2")).toBe("镇交警中队");
    expect(owner(corrected, "一1")).toBe("镇派出所");
    expect(corrected.units.find((unit) => unit.name === "镇交警中队")?.kind).toBe("department");
    // The draft given is not changed.
    expect(owner(draft, "一2")).toBe("镇派出所");
  });

  it("gives a paragraph no rule assigned to the unit named, with its role read from its verbs", () => {
    const unassigned = draft.notEncoded.map((entry) => entry.clause);
    const clause = unassigned.find((id) =>
      draft.clauses.find((c) => c.id === id)?.text.startsWith("本文件"),
    )!;
    expect(clause).toBeDefined();
    const corrected = applyCorrections(draft, [{ kind: "assign", clause, unit: "镇派出所" }], guessSectors);
    expect(owner(corrected, clause)).toBe("镇派出所");
    expect(corrected.notEncoded.some((entry) => entry.clause === clause)).toBe(false);
  });

  it("takes a paragraph out of the duties with the clerk's reason, and drops a unit left with none", () => {
    const corrected = applyCorrections(
      draft,
      [
        { kind: "notDuty", clause: "一1" },
        { kind: "notDuty", clause: "一2" },
      ],
      guessSectors,
    );
    expect(corrected.units.map((unit) => unit.name)).not.toContain("镇派出所");
    expect(corrected.notEncoded).toContainEqual({ clause: "一1", reason: NOT_A_DUTY_REASON });
  });

  it("renames a unit and keeps its duties; a correction naming nothing the draft has changes nothing", () => {
    const corrected = applyCorrections(
      draft,
      [
        { kind: "rename", unit: "镇派出所", name: "某某镇派出所" },
        { kind: "rename", unit: "没有这个单位", name: "x" },
        { kind: "notDuty", clause: "九9" },
      ],
      guessSectors,
    );
    expect(owner(corrected, "一1")).toBe("某某镇派出所");
    expect(corrected.notEncoded).toEqual(draft.notEncoded);
  });
});

describe("splitting a duty into verbatim pieces", () => {
  it("splits after each sentence, or before the words given, the pieces joining back to the text", () => {
    const text = "负责河道管理；配合派出所开展巡查。汛期每日检查一次。";
    expect(splitText(text)).toEqual(["负责河道管理；", "配合派出所开展巡查。", "汛期每日检查一次。"]);
    expect(splitText(text, "配合")).toEqual(["负责河道管理；", "配合派出所开展巡查。汛期每日检查一次。"]);
    expect(splitText(text).join("")).toBe(text);
  });

  it("keeps a numbered list with the sentence that announces it", () => {
    const text = "检查发现的问题要及时纠正。建立安全生产台账：（1）、网格化台账；（2）、文件台账。";
    expect(splitText(text)).toEqual([
      "检查发现的问题要及时纠正。",
      "建立安全生产台账：（1）、网格化台账；（2）、文件台账。",
    ]);
  });

  it("leaves the text whole when the words are not in it, or only at its start, or it is one sentence", () => {
    expect(splitText("负责河道管理。", "巡查")).toEqual(["负责河道管理。"]);
    expect(splitText("负责河道管理。", "负责")).toEqual(["负责河道管理。"]);
    expect(splitText("负责河道管理。")).toEqual(["负责河道管理。"]);
  });

  it("gives each piece its own role from its verbs, under the same clause", () => {
    const corrected = applyCorrections(draft, [{ kind: "split", clause: "一2", at: "开展" }], guessSectors);
    const police = corrected.units.find((unit) => unit.name === "镇派出所")!;
    expect(police.duties.filter((duty) => duty.clause === "一2").map((duty) => duty.text)).toEqual([
      "协助有关部门",
      "开展道路交通安全工作。",
    ]);
    expect(police.duties.find((duty) => duty.text === "协助有关部门")?.role).toBe("assist");
  });

  it("corrects one piece of a paragraph, counted in the draft's order: its start, its role, or takes it out", () => {
    const split = applyCorrections(draft, [{ kind: "split", clause: "一2", at: "开展" }], guessSectors);
    const pieces = (d: typeof draft) =>
      d.units.flatMap((unit) => unit.duties).filter((duty) => duty.clause === "一2");
    const started = applyCorrections(
      split,
      [{ kind: "startAt", clause: "一2", piece: 1, at: "道路" }],
      guessSectors,
    );
    expect(pieces(started).map((duty) => duty.text)).toEqual(["协助有关部门", "道路交通安全工作。"]);
    const role = applyCorrections(
      split,
      [{ kind: "role", clause: "一2", piece: 0, role: "lead" }],
      guessSectors,
    );
    expect(pieces(role).map((duty) => duty.role)).toEqual(["lead", "lead"]);
    const taken = applyCorrections(split, [{ kind: "notDuty", clause: "一2", piece: 1 }], guessSectors);
    expect(pieces(taken).map((duty) => duty.text)).toEqual(["协助有关部门"]);
    // The paragraph is still encoded by its other piece; with none left it is listed with the reason.
    expect(taken.notEncoded.some((entry) => entry.clause === "一2")).toBe(false);
    const none = applyCorrections(taken, [{ kind: "notDuty", clause: "一2", piece: 0 }], guessSectors);
    expect(pieces(none)).toEqual([]);
    expect(none.notEncoded).toContainEqual({ clause: "一2", reason: NOT_A_DUTY_REASON });
    // A piece the paragraph does not have, or words not in it, change nothing.
    expect(
      applyCorrections(split, [{ kind: "role", clause: "一2", piece: 7, role: "lead" }], guessSectors),
    ).toEqual(split);
    expect(
      applyCorrections(split, [{ kind: "startAt", clause: "一2", piece: 1, at: "消防" }], guessSectors),
    ).toEqual(split);
  });

  it("sets the role of a paragraph's duties and settles the guesses about it, leaving the others", () => {
    const marked = {
      ...draft,
      units: draft.units.map((unit) => ({
        ...unit,
        duties: unit.duties.map((duty) => ({
          ...duty,
          review: [
            { field: "role" as const, reason: "开头是协助" },
            { field: "sectors" as const, reason: "认出 4 个领域" },
          ],
        })),
      })),
    };
    const corrected = applyCorrections(
      marked,
      [{ kind: "role", clause: "一2", role: "cooperate" }],
      guessSectors,
    );
    const police = corrected.units.find((unit) => unit.name === "镇派出所")!;
    const [first, second] = police.duties;
    expect([first!.role, second!.role]).toEqual(["lead", "cooperate"]);
    expect(second!.review.map((guess) => guess.field)).toEqual(["sectors"]);
    expect(first!.review.map((guess) => guess.field)).toEqual(["role", "sectors"]);
  });
});

describe("the clerk's word on how the document reads", () => {
  // A list whose first item a file broke in two, and a unit heading ending in 。
  const text = readFileSync(join(PROJECT_ROOT, "test", "fixtures", "import", "broken-lines.txt"), "utf8");
  const bytes = new TextEncoder().encode(text);

  it("joins a paragraph a file broke in two with the next line, saying so in the source's joinAfter", async () => {
    const before = await importDocument(bytes, "a.txt", guessSectors);
    expect(before.draft.clauses.map((clause) => clause.text)).toContain("负责消防安全检查，");
    const joined = await importDocument(bytes, "a.txt", guessSectors, [{ kind: "join", clause: "一1(1)" }]);
    const police = joined.draft.units.find((unit) => unit.name === "镇派出所")!;
    expect(police.duties.map((duty) => duty.text)).toEqual(["负责消防安全检查，要及时整改隐患。"]);
    expect(joined.proposal.joinAfter).toEqual([
      { endsWith: "（1）负责消防安全检查，", reason: expect.stringContaining("导入时人工判断") },
    ]);
  });

  it("reads a line as a heading (or not) as the clerk says, saying so in the source's markerOverrides", async () => {
    const before = await importDocument(bytes, "a.txt", guessSectors);
    const clause = before.draft.clauses.find((c) => c.text === "镇水利站安全生产责任。")!;
    const heading = await importDocument(bytes, "a.txt", guessSectors, [
      { kind: "heading", clause: clause.id, heading: true },
    ]);
    const water = heading.draft.units.find((unit) => unit.name === "镇水利站")!;
    expect(water.duties.map((duty) => duty.text)).toEqual(["负责水库安全。"]);
    expect(heading.proposal.markerOverrides).toContainEqual({
      text: "2、镇水利站安全生产责任。",
      heading: true,
      reason: expect.stringContaining("是标题"),
    });
    // Said back, it is a paragraph again.
    const back = await importDocument(bytes, "a.txt", guessSectors, [
      { kind: "heading", clause: clause.id, heading: true },
      { kind: "heading", clause: clause.id, heading: false },
    ]);
    expect(back.proposal.markerOverrides.filter((o) => o.text === "2、镇水利站安全生产责任。")).toHaveLength(
      1,
    );
    expect(back.draft.clauses.find((c) => c.id === clause.id)?.isHeading).toBe(false);
  });
});
