import { describe, expect, it } from "vitest";
import { truthFidelity } from "../../src/lib/import/truth-fidelity.ts";
import type { Draft, DraftDuty, DraftUnit, Guess } from "../../src/lib/import/draft.ts";
import type { ImportTruth } from "../../src/schemas/import-truth.ts";

const duty = (text: string, role: DraftDuty["role"], review: Guess[] = []): DraftDuty => ({
  clause: "一",
  text,
  role,
  sectors: [],
  review,
});
const unit = (name: string, duties: DraftDuty[], review: Guess[] = []): DraftUnit => ({
  name,
  aliases: [],
  kind: "department",
  heading: undefined,
  duties,
  review,
});
const draftOf = (units: DraftUnit[]): Draft => ({ clauses: [], units, encodedSections: [], notEncoded: [] });
const truth: ImportTruth = {
  title: "某镇安全生产职责",
  units: [
    {
      name: "镇派出所",
      aliases: ["派出所"],
      duties: [
        { role: "lead", text: "负责道路交通安全管理。" },
        { role: "cooperate", text: "配合开展消防检查。" },
      ],
    },
  ],
  optional: [],
};
const documentText = "某镇安全生产职责\n镇派出所职责\n负责道路交通安全管理。配合开展消防检查。";
const split: Guess = { field: "split", reason: "可以拆成两段" };
const role: Guess = { field: "role", reason: "角色不确定" };

describe("measuring a draft against a reader's truth", () => {
  it("counts a duty found under the right unit, and its role", () => {
    const result = truthFidelity(
      truth,
      draftOf([
        unit("镇派出所", [duty("负责道路交通安全管理。", "lead"), duty("配合开展消防检查。", "lead")]),
      ]),
      documentText,
      "某镇安全生产职责",
    );
    expect(result.duties).toMatchObject({ truth: 2, drafted: 2, matched: 2 });
    expect(result.roleAgreement).toBe(0.5);
    expect(result.units).toMatchObject({ found: 1, recall: 1, precision: 1 });
    expect(result.titleRight).toBe(true);
  });

  it("finds a unit by an alias and reports a drafted text that is not in the document", () => {
    const result = truthFidelity(
      truth,
      draftOf([unit("派出所", [duty("负责道路交通安全管理工作。", "lead")])]),
      documentText,
      "镇派出所职责",
    );
    expect(result.units.found).toBe(1);
    expect(result.notVerbatim).toEqual(["负责道路交通安全管理工作。"]);
    expect(result.titleRight).toBe(false);
  });

  it("counts a split marker as pointing at a wrong guess only when the truth reads the paragraph as several duties", () => {
    const whole = "负责道路交通安全管理。配合开展消防检查。";
    const marked = truthFidelity(
      truth,
      draftOf([unit("镇派出所", [duty(whole, "lead", [split])])]),
      documentText,
      "",
    );
    expect(marked.markers).toMatchObject({ total: 1, onWrongGuesses: 1, share: 1 });
    const oneDuty: ImportTruth = {
      ...truth,
      units: [{ ...truth.units[0]!, duties: [{ role: "lead", text: whole }] }],
    };
    const notWrong = truthFidelity(
      oneDuty,
      draftOf([unit("镇派出所", [duty(whole, "lead", [split])])]),
      documentText,
      "",
    );
    expect(notWrong.markers).toMatchObject({ total: 1, onWrongGuesses: 0, share: 0 });
  });

  it("counts a role marker as pointing at a wrong guess when the role differs, and every marker of a unit the truth does not name", () => {
    const result = truthFidelity(
      truth,
      draftOf([
        unit("镇派出所", [
          duty("配合开展消防检查。", "lead", [role]),
          duty("负责道路交通安全管理。", "lead", [role]),
        ]),
        unit("参会人员", [duty("认真学习。", "lead")], [{ field: "unit", reason: "可能不是单位名" }]),
      ]),
      documentText,
      "",
    );
    expect(result.markers).toMatchObject({ total: 3, onWrongGuesses: 2 });
    expect(result.units.precision).toBe(0.5);
  });
});
