import yaml from "js-yaml";
import type { Draft, DraftUnit, Guess } from "./draft.ts";
import { documentHead } from "./head.ts";
import { pinyinSlug, unusedSlug } from "./slug.ts";
import type { ProposedOptions } from "./parse-options.ts";

/**
 * A draft as the content files a clerk edits: the source text (the new verbatim ground
 * truth), its metadata and parse options, the jurisdiction and one YAML per unit. Pure:
 * returns paths (relative to the content folder) and texts; the command writes them.
 */

export interface ImportRequest {
  /** The town's id: lowercase ASCII with hyphens, as every URL of it uses. */
  town: string;
  /** The town's name as the document prints it, e.g. 张山子镇. */
  name: string;
  region: string | undefined;
  /** The file imported, for the notes in the YAML. */
  fileName: string;
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** What the content already has that the draft lines up with: unit types by their bare names. */
export interface KnownTypes {
  /** Bare name (派出所, 水利站) → canonical type (police-station, water-station). */
  byCoreName: Map<string, string>;
  /** Canonical type → a unit of that type, as its document names it (某镇派出所), to say in a reason. */
  examples: Map<string, string>;
}

/** A unit's name without its town and the leading 镇/乡 (某镇派出所 → 派出所). */
export function coreName(name: string, townNames: readonly string[]): string {
  let core = name;
  for (const town of [...townNames].sort((a, b) => b.length - a.length))
    if (town && core.startsWith(town)) {
      core = core.slice(town.length);
      break;
    }
  // 镇派出所 → 派出所, but 镇长 stays 镇长 (长 alone names nothing).
  const bare = core.replace(/^[镇乡]/, "");
  return bare.length >= 2 ? bare : core;
}

/** The types existing units have, by their bare names, for lining up a new town's units. */
export function knownTypes(
  units: ReadonlyArray<{
    data: {
      name: string;
      shortName?: string | undefined;
      aliases?: readonly string[] | undefined;
      type?: string | undefined;
      jurisdiction: string;
    };
  }>,
  townNames: Map<string, string>,
): KnownTypes {
  const byCoreName = new Map<string, string>();
  const examples = new Map<string, string>();
  // Printed names first, then short names, then what people call the unit (市场监督管理所 for
  // 市场监管所): a printed name never loses its type to another unit's alias.
  const namesOf = [
    (unit: (typeof units)[number]) => [unit.data.name],
    (unit: (typeof units)[number]) => (unit.data.shortName ? [unit.data.shortName] : []),
    (unit: (typeof units)[number]) => [...(unit.data.aliases ?? [])],
  ];
  for (const names of namesOf)
    for (const unit of units) {
      if (!unit.data.type) continue;
      const town = townNames.get(unit.data.jurisdiction) ?? "";
      for (const name of names(unit)) {
        const core = coreName(name, [town, town.replace(/[镇乡]$/, "")]);
        if (core.length >= 2 && !byCoreName.has(core)) byCoreName.set(core, unit.data.type);
      }
      if (!examples.has(unit.data.type)) examples.set(unit.data.type, unit.data.name);
    }
  return { byCoreName, examples };
}

/** Facts the document states about itself, read from its head (see head.ts). */
export function documentFacts(text: string) {
  const head = documentHead(text);
  return { ...head, title: head.title ?? "（导入的文件没有标题）" };
}

/** A YAML document after a comment header, in the order a clerk reads the fields. */
function yamlFile(header: string, data: unknown): string {
  const body = yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `${header
    .split("\n")
    .map((line) => `# ${line}`)
    .join("\n")}\n${body}`;
}

/** The type a unit's bare name has: the same bare name's (派出所), else the longest known one it ends with (…派出所). */
export function knownTypeOf(core: string, known: KnownTypes): string | undefined {
  return (
    known.byCoreName.get(core) ??
    [...known.byCoreName]
      .filter(([name]) => name.length >= 3 && core.endsWith(name))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1]
  );
}

/** The source's metadata file: what the head of the document says, how it is read, and what is not encoded. */
function sourceFile(
  draft: Draft,
  proposal: ProposedOptions,
  facts: ReturnType<typeof documentFacts>,
  { request, sourceId, imported }: { request: ImportRequest; sourceId: string; imported: string },
): string {
  return yamlFile(
    [
      `来源文件：元数据在这里，全文在 texts/ 下，一字不改。`,
      `${imported}文号、标题、发文机关、年份和类别是从文件开头推断的，请核对。`,
      ...facts.unsure.map((u) => `待核对：${u.reason}`),
    ].join("\n"),
    {
      ...(facts.docNumber ? { docNumber: facts.docNumber } : {}),
      title: facts.title,
      ...(facts.issuer ? { issuer: facts.issuer } : {}),
      ...(facts.year ? { year: facts.year } : {}),
      // The check wants a date in the year; a 文号 of another year leaves the date out.
      ...(facts.date && facts.date.startsWith(`${facts.year}-`) ? { date: facts.date } : {}),
      jurisdictions: [request.town],
      kind: facts.kind,
      file: `${sourceId}.txt`,
      ...(proposal.markerOverrides.length ? { markerOverrides: proposal.markerOverrides } : {}),
      ...(proposal.partTitlePrefix ? { parts: { titlePrefix: proposal.partTitlePrefix } } : {}),
      ...(proposal.allowRepeatedNumbers ? { allowRepeatedNumbers: true } : {}),
      ...(proposal.joinAfter.length ? { joinAfter: proposal.joinAfter } : {}),
      encodedSections: draft.encodedSections,
      notEncoded: draft.notEncoded,
    },
  );
}

/**
 * The slug (file name, and address) of each unit: its canonical type where the content knows
 * one (派出所 → police-station), else the pinyin of its name without the town (民政所 → minzhengsuo).
 */
function unitSlugs(units: readonly DraftUnit[], request: ImportRequest, known: KnownTypes) {
  const used = new Set<string>();
  return units.map((unit) => {
    const core = coreName(unit.name, [request.name, request.name.replace(/[镇乡街道]+$/, "")]);
    const type = knownTypeOf(core, known);
    const slug = unusedSlug(type && !used.has(type) ? type : pinyinSlug(core), used);
    used.add(slug);
    const review: Guess[] = type
      ? [
          {
            field: "type",
            reason: `名称“${core}”与已有的“${known.examples.get(type) ?? core}”是同一类单位，按同一类型编排`,
          },
        ]
      : [];
    return {
      slug,
      type: type && slug === type ? type : undefined,
      // The name without the town, for the matrix's narrow columns (某镇派出所 → 派出所).
      shortName: core !== unit.name && core.length >= 2 ? core : undefined,
      review,
    };
  });
}

export function contentFiles(
  draft: Draft,
  proposal: ProposedOptions,
  text: string,
  request: ImportRequest,
  known: KnownTypes,
): { sourceId: string; files: Map<string, string>; reviewCount: number } {
  const facts = documentFacts(text);
  const sourceId = `${request.town}-${facts.year ?? "doc"}`;
  const files = new Map<string, string>();
  const imported = `由 npm run import 于 ${request.today} 从 ${request.fileName} 导入。`;

  files.set(`sources/texts/${sourceId}.txt`, text.endsWith("\n") ? text : `${text}\n`);
  files.set(`sources/${sourceId}.yaml`, sourceFile(draft, proposal, facts, { request, sourceId, imported }));
  files.set(
    `jurisdictions/${request.town}.yaml`,
    yamlFile(`辖区：每镇一份，文件名就是编号（它会成为网址的一段）。\n${imported}`, {
      name: request.name,
      kind: request.name.endsWith("街道") ? "街道" : request.name.endsWith("乡") ? "乡" : "镇",
      ...(request.region ? { region: request.region } : {}),
      order: 100,
    }),
  );
  const slugs = unitSlugs(draft.units, request, known);
  let reviewCount = 0;
  draft.units.forEach((unit, index) => {
    const { slug, type, shortName, review } = slugs[index]!;
    reviewCount +=
      unit.review.length + review.length + unit.duties.reduce((n, duty) => n + duty.review.length, 0);
    files.set(
      `units/${request.town}/${slug}.yaml`,
      yamlFile(
        `${unit.name} — ${facts.docNumber ?? facts.title}。${imported}\n职责是原文照录，请勿改写。review 是导入时推断、待核对的内容：核对后删去那一条。`,
        {
          name: unit.name,
          ...(shortName ? { shortName } : {}),
          ...(unit.aliases.length ? { aliases: unit.aliases } : {}),
          kind: unit.kind,
          jurisdiction: request.town,
          source: sourceId,
          ...(unit.heading ? { heading: unit.heading } : {}),
          ...(type ? { type } : {}),
          order: (index + 1) * 10,
          // A review list is written only while it holds a guess: its presence is what says
          // "待审核" (the site's marks, the editor's folded rows).
          ...(unit.review.length + review.length > 0 ? { review: [...unit.review, ...review] } : {}),
          duties: unit.duties.map((duty) => ({
            clause: duty.clause,
            text: duty.text,
            role: duty.role,
            sectors: duty.sectors,
            ...(duty.review.length > 0 ? { review: duty.review } : {}),
          })),
        },
      ),
    );
  });
  return { sourceId, files, reviewCount };
}
