import { readdirSync, readFileSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { describe, expect, it } from "vitest";
import {
  COLLECTION_LIST,
  collectionFileMatcher,
  collectionGlob,
  entryIdOf,
  readContentFiles,
} from "../../src/lib/content/index.ts";
import { checkAndBuild } from "../../src/lib/pipeline/index.ts";
import { textOfBytes } from "../../src/lib/content/file-kinds.ts";
import { bodyProblems } from "../../src/lib/content/mdx.ts";
import { placeOf } from "../../src/lib/content/places.ts";
import { knownKeysAt, schemaProblems } from "../../src/lib/content/schema-issues.ts";
import { sectorSchema } from "../../src/schemas/sector.ts";
import { unitSchema } from "../../src/schemas/unit.ts";
import { MINIMAL_FIXTURE, PROJECT_ROOT, minimalContent } from "../helpers/fixture.ts";

/** A unit's data as the fixture's police station file holds it. */
function minimalUnit(): Record<string, unknown> {
  return {
    name: "测试派出所",
    kind: "department",
    jurisdiction: "testtown",
    source: "mini",
    duties: [{ clause: "二1(1)", text: "负责消防安全监督管理；", role: "lead", sectors: ["fire"] }],
  };
}

describe("the collection registry", () => {
  it("lists every folder of content/, and only contacts/ may be missing (no office has written one)", () => {
    const folders = readdirSync(join(PROJECT_ROOT, "content"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const registered = COLLECTION_LIST.map(([, spec]) => spec.folder);
    expect(registered).toEqual(expect.arrayContaining(folders));
    expect(registered.filter((folder) => !folders.includes(folder))).toEqual(["contacts"]);
  });

  it("has the MDX bodies' loader glob exactly the registry's Markdown collections", () => {
    // import.meta.glob takes only literals: src/data/narrative.ts cannot read the registry.
    const loader = readFileSync(join(PROJECT_ROOT, "src", "data", "narrative.ts"), "utf8");
    const globs = [...loader.matchAll(/"@content\/([^"]+)"/g)].map((m) => m[1]).sort();
    const expected = COLLECTION_LIST.filter(([, spec]) => spec.format === "mdx")
      .map(([, spec]) => `${spec.folder}/${collectionGlob(spec)}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(globs).toEqual(expected);
  });

  it("gives a collection's glob and the check's file test the same files", () => {
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
    expect(Object.keys(input).sort()).toEqual([...COLLECTION_LIST.map(([key]) => key), "site"].sort());
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
      fix: "填写内容，或删除该文件 / fill it in or delete it",
    };
    const { model, problems } = checkAndBuild({ input: content, problems: [unreadable] });
    expect(model).toBeUndefined();
    expect(problems).toEqual([unreadable]);
  });
});

describe("textOfBytes", () => {
  const utf8 = new TextEncoder().encode("name: 测试派出所\n");
  it("reads UTF-8 with or without a BOM as the same text", () => {
    expect(textOfBytes(utf8).text).toBe("name: 测试派出所\n");
    expect(textOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe("name: 测试派出所\n");
  });

  it("names GB18030, UTF-16 with and without a BOM, NUL bytes, pictures and emptiness", () => {
    const gbk = new Uint8Array([0xb2, 0xe2, 0xca, 0xd4]); // 测试 in GBK
    expect(textOfBytes(gbk).refusal?.message).toContain("GBK");
    expect(
      textOfBytes(new Uint8Array(Buffer.from("\ufeffname: 测试", "utf16le"))).refusal?.message,
    ).toContain("UTF-16");
    expect(
      textOfBytes(new Uint8Array(Buffer.from("name: test\nkind: x\n", "utf16le"))).refusal?.message,
    ).toContain("UTF-16");
    expect(textOfBytes(new Uint8Array([...utf8, 0])).refusal?.message).toContain("NUL");
    expect(textOfBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])).refusal?.message).toContain("JPEG");
    expect(textOfBytes(new Uint8Array([])).refusal?.message).toContain("文件是空的");
  });
});

describe("placeOf", () => {
  it("gives each file of the content folder to its collection, or to the source texts", () => {
    expect(placeOf("units/testtown/police.yaml")).toEqual({ kind: "collection", folder: "units" });
    expect(placeOf("guides/mayor.mdx")).toEqual({ kind: "collection", folder: "guides" });
    expect(placeOf("sources/texts/004.txt")).toEqual({ kind: "text" });
    expect(placeOf("units/testtown/.DS_Store")).toEqual({ kind: "ignored" });
  });

  it("says where a file no collection reads belongs", () => {
    const fixOf = (path: string) => {
      const place = placeOf(path);
      return place.kind === "refused" ? place.refusal.fix : "";
    };
    expect(fixOf("units/police.yaml")).toContain("units/<辖区编号>/police.yaml");
    expect(fixOf("sectors/energy/gas.yaml")).toContain("移到 sectors/gas.yaml");
    expect(fixOf("sources/mini.txt")).toContain("sources/texts/");
    expect(fixOf("guides/mayor.txt")).toContain(".mdx");
    expect(fixOf("unit/police.yaml")).toContain("是不是 units");
    expect(placeOf("sectors/._gas.yaml").kind).toBe("refused");
  });
});

describe("schemaProblems", () => {
  it("reports an unknown key with the field it was meant to be, and not the missing field as well", () => {
    const unit = { ...minimalUnit(), sources: "mini" } as Record<string, unknown>;
    delete unit["source"];
    const result = unitSchema.safeParse(unit);
    const problems = schemaProblems("u.yaml", "t/u", unitSchema, unit, result.error!.issues);
    expect(problems).toEqual([
      expect.objectContaining({ field: "sources", fix: expect.stringContaining("是不是 source？") }),
    ]);
  });

  it("finds the known keys of nested objects through arrays and defaults", () => {
    expect(knownKeysAt(unitSchema, ["duties", 3])).toContain("clause");
  });

  it("suggests the key meant (alias → aliases), or lists the keys when none is close", () => {
    const sector = (extra: Record<string, unknown>) => {
      const data = { name: "燃气", group: "工贸与能源", description: "测试。", ...extra };
      return schemaProblems("s.yaml", "gas", sectorSchema, data, sectorSchema.safeParse(data).error!.issues);
    };
    expect(sector({ alias: ["液化气"] })[0]!.fix).toContain("是不是 aliases？");
    expect(sector({ colour: "red" })[0]!.fix).toContain("改用以下字段之一：name、shortName");
  });
});

describe("bodyProblems", () => {
  it("passes Markdown, comments and the allowed tags", () => {
    expect(bodyProblems("# 标题\n\n- 一\n- 二\n\n{/* 注释 */}<sup>2</sup> <br />\n", "mdx")).toEqual([]);
  });

  it("refuses imports, expressions, other tags and event attributes, each at its line", () => {
    const lines = (text: string, format: "md" | "mdx" = "mdx") =>
      bodyProblems(text, format).map((p) => p.line);
    expect(lines("段落\n\nexport const a = 1\n")).toEqual([3]);
    expect(lines("段落 {1 + 1}\n")).toEqual([1]);
    expect(lines("\n\n<iframe />\n")).toEqual([3]);
    expect(lines('<abbr onclick="x()">a</abbr>\n')).toEqual([1]);
    expect(lines('<img src="x" onerror="x()">\n', "md")).toEqual([1]);
    expect(lines("<!-- 注释 -->\n", "md")).toEqual([]);
  });

  it("reports a body that does not compile at the parser's line, in both languages", () => {
    const [problem] = bodyProblems("一\n\n二 <3 三\n", "mdx");
    expect(problem).toMatchObject({
      line: 3,
      message: expect.stringMatching(/无法编译 \/ the text does not compile/),
    });
  });
});
