import { readdirSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkAndBuild,
  COLLECTION_LIST,
  collectionFileMatcher,
  collectionGlob,
  entryIdOf,
  readContentFiles,
} from "../../src/lib/content/index.ts";
import { MINIMAL_FIXTURE, PROJECT_ROOT, minimalContent } from "../helpers/fixture.ts";

describe("the collection registry", () => {
  it("lists exactly the folders of content/", () => {
    const folders = readdirSync(join(PROJECT_ROOT, "content"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(COLLECTION_LIST.map(([, spec]) => spec.folder).sort()).toEqual(folders);
  });

  it("gives the build's glob and the check's file test the same files", () => {
    const candidates = [
      "x.yaml",
      "x.yml",
      "x.md",
      "x.mdx",
      "x.txt",
      "town/x.yaml",
      "town/x.yml",
      "town/x.mdx",
      "town/2019/x.yaml",
      "texts/x.txt",
    ];
    for (const [key, spec] of COLLECTION_LIST) {
      const byGlob = candidates.filter((file) => matchesGlob(file, collectionGlob(spec)));
      const byMatcher = candidates.filter((file) => collectionFileMatcher(spec).test(file));
      expect(byMatcher, key).toEqual(byGlob);
      expect(byGlob.length, key).toBeGreaterThan(0);
    }
  });

  it("derives ids from paths without their extension, keeping the town folder of units", () => {
    expect(entryIdOf("zhangshanzi/police-station.yaml")).toBe("zhangshanzi/police-station");
    expect(entryIdOf("three-musts.mdx")).toBe("three-musts");
  });
});

describe("readContentFiles", () => {
  it("reads every collection of the registry, with each source's full text", () => {
    const { input, problems } = readContentFiles(MINIMAL_FIXTURE);
    expect(problems).toEqual([]);
    expect(Object.keys(input).sort()).toEqual(COLLECTION_LIST.map(([key]) => key).sort());
    expect(input.units.map((u) => [u.id, u.file])).toEqual([
      ["testtown/police", "content/units/testtown/police.yaml"],
      ["testtown/water", "content/units/testtown/water.yaml"],
    ]);
    expect(input.sources[0]!.text).toContain("负责消防安全监督管理");
  });
});

describe("checkAndBuild", () => {
  it("builds the model when the content passes the check", () => {
    const { model, problems } = checkAndBuild({ input: minimalContent(), problems: [] });
    expect(problems).toEqual([]);
    expect(model!.duties).toHaveLength(3);
  });

  it("returns the check's problems and no model when it fails", () => {
    const content = minimalContent();
    content.units[0]!.data.source = "mimi";
    const { model, problems } = checkAndBuild({ input: content, problems: [] });
    expect(model).toBeUndefined();
    expect(problems.map((p) => `${p.file} › ${p.entry} › ${p.field}`)).toEqual([
      "content/units/testtown/police.yaml › testtown/police › source",
    ]);
  });

  it("keeps the reader's problems first, and does not repeat them as unknown references", () => {
    const content = minimalContent();
    content.sectors = content.sectors.filter((sector) => sector.id !== "fire");
    const unreadable = {
      file: "content/sectors/fire.yaml",
      entry: "fire",
      field: "",
      message: "文件是空的 / the file is empty",
      fix: "填写内容或删除该文件 / fill it in or delete it",
    };
    const { model, problems } = checkAndBuild({ input: content, problems: [unreadable] });
    expect(model).toBeUndefined();
    expect(problems).toEqual([unreadable]);
  });
});
