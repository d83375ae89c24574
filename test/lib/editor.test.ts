import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { z } from "astro/zod";
import { COLLECTIONS } from "../../src/lib/content/index.ts";
import {
  collectionFields,
  editorConfig,
  editorField,
  EditorFieldError,
  EDITED_COLLECTIONS,
  mergeFormIntoYaml,
  NOT_EDITED,
  type EditorField,
} from "../../src/lib/editor/index.ts";
import { PROJECT_ROOT } from "../helpers/fixture.ts";
import { siteSchema } from "../../src/schemas/site.ts";

const TOWNS = [
  { id: "zhangshanzi", name: "张山子镇" },
  { id: "tongchuan", name: "铜川镇" },
];

/** Every field name a schema has, as paths (`duties.cadence.every`), through optional, default and list wrappers. */
function schemaPaths(schema: z.ZodType, prefix: string[] = []): string[] {
  const definition = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const type = definition["type"];
  if (type === "optional" || type === "default")
    return schemaPaths(definition["innerType"] as z.ZodType, prefix);
  if (type === "array") return schemaPaths(definition["element"] as z.ZodType, prefix);
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (type !== "object" || !shape) return [];
  return Object.entries(shape).flatMap(([name, field]) => [
    [...prefix, name].join("."),
    ...schemaPaths(field, [...prefix, name]),
  ]);
}

/** Every field path the form has. */
function formPaths(fields: readonly EditorField[], prefix: string[] = []): string[] {
  return fields.flatMap((field) => [
    [...prefix, field.name].join("."),
    ...formPaths(field.fields ?? [], [...prefix, field.name]),
  ]);
}

describe("the form editor's configuration, generated from the schemas", () => {
  it("has an editor field for every field of every edited collection's schema, nested ones included", () => {
    for (const collection of EDITED_COLLECTIONS) {
      const form = new Set(formPaths(collectionFields(collection, "zhangshanzi")));
      const missing = schemaPaths(COLLECTIONS[collection].schema).filter((path) => !form.has(path));
      expect(missing, collection).toEqual([]);
    }
  });

  it("says for every collection it leaves out why", () => {
    const all = Object.keys(COLLECTIONS).sort();
    expect([...EDITED_COLLECTIONS, ...Object.keys(NOT_EDITED)].sort()).toEqual(all);
  });

  it("refuses a schema field it cannot show or name, naming the field", () => {
    const place = { collection: "units" as const, town: undefined };
    expect(() => editorField(z.string(), ["noSuchField"], place)).toThrow(EditorFieldError);
    expect(() => editorField(z.string(), ["noSuchField"], place)).toThrow(/units\.noSuchField/);
    expect(() => editorField(z.map(z.string(), z.string()), ["note"], place)).toThrow(/units\.note/);
    expect(() => editorField(z.enum(["x-one", "x-two"]), ["note"], place)).toThrow(/中文名/);
  });

  it("offers role, kind and cadence as drop-downs with their Chinese names", () => {
    const fields = collectionFields("units", "zhangshanzi");
    const duties = fields.find((field) => field.name === "duties")!;
    const role = duties.fields!.find((field) => field.name === "role")!;
    expect(role.widget).toBe("select");
    expect(role.options!.map((option) => option.value)).toEqual([
      "lead",
      "guide",
      "assist",
      "cooperate",
      "participate",
      "oversee",
    ]);
    expect(role.options!.find((option) => option.value === "assist")!.label).toMatch(/^协助/);
    const kind = fields.find((field) => field.name === "kind")!;
    expect(kind.options!.find((option) => option.value === "department")!.label).toBe("站所部门");
    const every = duties
      .fields!.find((field) => field.name === "cadence")!
      .fields!.find((f) => f.name === "every")!;
    expect(every.options!.find((option) => option.value === "quarter")!.label).toBe("每季度");
  });

  it("offers sectors as a choice of several from the sector collection, found also by their everyday words", () => {
    const duties = collectionFields("units", "zhangshanzi").find((field) => field.name === "duties")!;
    const sectors = duties.fields!.find((field) => field.name === "sectors")!;
    expect(sectors).toMatchObject({
      widget: "relation",
      collection: "sectors",
      multiple: true,
      value_field: "{{slug}}",
    });
    expect(sectors.search_fields).toContain("aliases.*");
  });

  it("gives duty text a multi-line box and keeps the review markers editable by their own widget", () => {
    const duties = collectionFields("units", "zhangshanzi").find((field) => field.name === "duties")!;
    expect(duties.fields!.find((field) => field.name === "text")!.widget).toBe("text");
    const review = duties.fields!.find((field) => field.name === "review")!;
    expect(review.widget).toBe("review-markers");
    expect(review.fields!.map((field) => field.name)).toEqual(["field", "reason"]);
  });

  it("makes one units collection per town, and every reference points at a collection the config has", () => {
    const config = editorConfig(TOWNS, "http://127.0.0.1:4322/api/v1");
    const names = new Set(config.collections.map((collection) => collection.name));
    expect(config.collections.filter((c) => c.name.startsWith("units-")).map((c) => c.folder)).toEqual([
      "units/zhangshanzi",
      "units/tongchuan",
    ]);
    const references = (fields: readonly EditorField[]): string[] =>
      fields.flatMap((field) => [
        ...(field.widget === "relation" ? [field.collection!] : []),
        ...references(field.fields ?? []),
      ]);
    for (const collection of config.collections)
      for (const target of references([
        ...(collection.fields ?? []),
        ...(collection.files ?? []).flatMap((file) => file.fields),
      ]))
        expect(names, `${collection.name} → ${target}`).toContain(target);
    expect(config.locale).toBe("zh_Hans");
    expect(config.backend).toMatchObject({ name: "proxy", proxy_url: "http://127.0.0.1:4322/api/v1" });
  });

  it("edits site.yaml as one file with every field of the site schema, towns and home chosen from the towns", () => {
    const config = editorConfig(TOWNS, "");
    const site = config.collections.find((collection) => collection.name === "site")!;
    expect(site.files?.map((file) => file.file)).toEqual(["site.yaml"]);
    const fields = site.files![0]!.fields;
    expect(new Set(formPaths(fields))).toEqual(new Set(schemaPaths(siteSchema)));
    expect(fields.find((field) => field.name === "towns")).toMatchObject({
      widget: "relation",
      collection: "jurisdictions",
      multiple: true,
    });
    expect(fields.find((field) => field.name === "home")).toMatchObject({
      widget: "relation",
      multiple: false,
    });
  });

  it("makes one contacts collection per town, its unit chosen from that town's units", () => {
    const config = editorConfig(TOWNS, "");
    const contacts = config.collections.filter((collection) => collection.name.startsWith("contacts-"));
    expect(contacts.map((c) => [c.folder, c.create, c.label])).toEqual([
      ["contacts/zhangshanzi", true, "通讯录 · 张山子镇"],
      ["contacts/tongchuan", true, "通讯录 · 铜川镇"],
    ]);
    expect(contacts[0]!.fields!.find((field) => field.name === "unit")).toMatchObject({
      widget: "relation",
      collection: "units-zhangshanzi",
    });
  });
});

/** Every YAML file of the project's content, relative to content/. */
function contentYamlFiles(): string[] {
  const folder = join(PROJECT_ROOT, "content");
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => relative(folder, join(folder, file)))
    .sort();
}

async function formatted(text: string): Promise<string> {
  const options = (await prettier.resolveConfig(join(PROJECT_ROOT, "content", "x.yaml"))) ?? {};
  return prettier.format(text, { ...options, parser: "yaml" });
}

/**
 * What the form writes for a file: its data as plain YAML, without comments, keys in another
 * order, and the empty values it gives untouched optional fields.
 */
function asTheFormWritesIt(data: unknown): string {
  const shuffle = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shuffle);
    if (value && typeof value === "object" && !(value instanceof Date))
      return Object.fromEntries([
        ...Object.entries(value)
          .reverse()
          .map(([key, item]) => [key, shuffle(item)]),
        ...("note" in value ? [] : [["note", ""]]),
      ]);
    return value;
  };
  return stringify(shuffle(data));
}

describe("writing a saved form back into its YAML file", () => {
  it("gives back every content file byte for byte when the form changed nothing", async () => {
    const files = contentYamlFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const before = readFileSync(join(PROJECT_ROOT, "content", file), "utf8");
      const after = await formatted(mergeFormIntoYaml(before, asTheFormWritesIt(parse(before))));
      expect(after, file).toBe(before);
    }
  });

  it("changes only the value that changed, keeping comments and flow lists", async () => {
    const before =
      "# 说明\nname: 镇派出所 # 原文\naliases: [公安, 警察]\nrole: assist\nduties:\n  - clause: 一1\n    role: assist\n";
    const form = stringify({
      duties: [{ role: "lead", clause: "一1" }],
      role: "assist",
      aliases: ["公安", "警察"],
      name: "镇派出所",
    });
    expect(await formatted(mergeFormIntoYaml(before, form))).toBe(
      "# 说明\nname: 镇派出所 # 原文\naliases: [公安, 警察]\nrole: assist\nduties:\n  - clause: 一1\n    role: lead\n",
    );
  });

  it("puts a new key where the form's order puts it, drops a cleared one, and adds no empty ones", () => {
    const before = "name: 镇派出所\nnote: 旧说明\nduties: []\n";
    const form = stringify({ name: "镇派出所", shortName: "派出所", aliases: [], note: "", duties: [] });
    expect(mergeFormIntoYaml(before, form)).toBe("name: 镇派出所\nshortName: 派出所\nduties: []\n");
  });

  it("adds and removes list items at the end without touching the others", () => {
    const before = "sectors:\n  - fire # 消防\n  - gas\n";
    expect(mergeFormIntoYaml(before, stringify({ sectors: ["fire", "gas", "road-traffic"] }))).toBe(
      "sectors:\n  - fire # 消防\n  - gas\n  - road-traffic\n",
    );
    expect(mergeFormIntoYaml(before, stringify({ sectors: ["fire"] }))).toBe("sectors:\n  - fire # 消防\n");
  });

  it("writes a new file from the form's data alone, without its empty values", () => {
    expect(mergeFormIntoYaml(null, stringify({ name: "新单位", note: "", duties: [] }))).toBe(
      "name: 新单位\n",
    );
  });
});
