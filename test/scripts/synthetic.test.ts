import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom, townStems, writeSyntheticContent } from "../../scripts/synthetic.ts";
import { PROJECT_ROOT, pipelineOf } from "../helpers/fixture.ts";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("synthetic towns", () => {
  it("are deterministic for a seed and distinct within a run", () => {
    expect(townStems(20, 7)).toEqual(townStems(20, 7));
    expect(townStems(20, 7)).not.toEqual(townStems(20, 8));
    expect(new Set(townStems(150, 1)).size).toBe(150);
    const random = seededRandom(3);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it("pass the content check, each shaped like 张山子镇, without touching content/", () => {
    const before = statSync(join(PROJECT_ROOT, "content")).mtimeMs;
    const out = mkdtempSync(join(tmpdir(), "duty-synthetic-"));
    temporary.push(out);
    const { towns } = writeSyntheticContent(3, out, 5);
    const result = pipelineOf(out);
    expect(result.problems).toEqual([]);
    const model = result.model!;
    const template = model.towns.find((t) => t.id === "zhangshanzi")!;
    for (const { id, name } of towns) {
      const town = model.towns.find((t) => t.id === id)!;
      expect(town.data.name).toBe(name);
      expect(town.units).toHaveLength(template.units.length);
      expect(town.matrix.sectors).toEqual(template.matrix.sectors);
      expect(model.duties.filter((d) => d.jurisdiction === id)).toHaveLength(
        model.duties.filter((d) => d.jurisdiction === "zhangshanzi").length,
      );
    }
    expect(readdirSync(join(PROJECT_ROOT, "content", "units"))).not.toContain("synthetic-1");
    expect(statSync(join(PROJECT_ROOT, "content")).mtimeMs).toBe(before);
  });
});
