import { describe, expect, it } from "vitest";
import { siteWithTown } from "../../scripts/lib/import-town.ts";

describe("siteWithTown (an import publishes the town it brings)", () => {
  it("adds the town to the towns site.yaml lists, keeping its comments and layout", () => {
    const before =
      "# 网站设置\ntitle: 某县乡镇安全生产职责矩阵\n# 发布的乡镇\ntowns: [east, west]\nhome: east\n";
    expect(siteWithTown(before, "north")).toBe(
      "# 网站设置\ntitle: 某县乡镇安全生产职责矩阵\n# 发布的乡镇\ntowns: [ east, west, north ]\nhome: east\n",
    );
  });

  it("leaves a file alone that lists the town already, or lists none (then every real town is served)", () => {
    expect(siteWithTown("towns:\n  - east\n  - north\n", "north")).toBeUndefined();
    expect(siteWithTown("title: 某县\n", "north")).toBeUndefined();
  });
});
