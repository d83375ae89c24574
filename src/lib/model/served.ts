import type { TownStanding } from "../../domain/towns.ts";
import { DEFAULT_CONTACT_MAX_AGE_DAYS, DEFAULT_SITE_TITLE } from "../../schemas/site.ts";
import type { ContentInput } from "../content/index.ts";

/** The deployment as the pages read it: content/site.yaml with its defaults, or the sample site's. */
export interface SiteRecord {
  /** The site's name on every page. */
  title: string;
  /** The region it serves, when the file says. */
  region: string | undefined;
  /** The deployment's own town, when it has one. */
  home: string | undefined;
  /** Whether the 范本 and 汇编 are published. */
  showSamples: boolean;
  /** After how many days a contact is marked 待核实. */
  contactMaxAgeDays: number;
  /** The file it was read from, or undefined for the sample site (no site.yaml). */
  file: string | undefined;
}

/**
 * A template (范本) or a collection (汇编) is not a town: its documents are models or
 * unnamed examples. A jurisdiction whose every source is of one of those kinds stands for
 * it; any other source makes it a real town.
 */
export function standingOf(
  sources: ReadonlyArray<{ data: { jurisdictions: readonly string[]; kind: string } }>,
  townId: string,
): TownStanding {
  const kinds = sources.filter((s) => s.data.jurisdictions.includes(townId)).map((s) => s.data.kind);
  if (kinds.length > 0 && kinds.every((kind) => kind === "范本")) return "template";
  if (kinds.length > 0 && kinds.every((kind) => kind === "汇编")) return "collection";
  return "town";
}

/** The site record of a content folder: its site.yaml, or the sample site with every town shown. */
export function siteRecordOf(input: ContentInput): SiteRecord {
  const data = input.site?.data;
  return {
    title: data?.title ?? DEFAULT_SITE_TITLE,
    region: data?.region,
    home: data?.home,
    showSamples: data?.showSamples ?? true,
    contactMaxAgeDays: data?.contactMaxAgeDays ?? DEFAULT_CONTACT_MAX_AGE_DAYS,
    file: input.site?.file,
  };
}

/**
 * The towns a site publishes: those site.yaml lists (else every real town), and the 范本
 * and 汇编 when it shows them. Without site.yaml, every town of the content folder.
 */
export function servedTownIds(input: ContentInput): Set<string> {
  const all = input.jurisdictions.map((j) => j.id);
  const site = input.site?.data;
  if (!site) return new Set(all);
  const standing = (id: string) => standingOf(input.sources, id);
  return new Set(
    all.filter((id) =>
      standing(id) === "town"
        ? (site.towns ?? [id]).includes(id)
        : site.showSamples || site.towns?.includes(id),
    ),
  );
}

/**
 * The content narrowed to the towns a site publishes: no page of an unpublished town, and no
 * line of one on a shared page (a source's other towns, a principle's statements, a guide's
 * units). Run after the check, which holds the whole folder.
 */
export function servedInput(input: ContentInput): ContentInput {
  const served = servedTownIds(input);
  if (served.size === input.jurisdictions.length) return input;
  const ownTown = (id: string) => served.has(id.split("/")[0] ?? "");
  const sources = input.sources
    .filter((source) => source.data.jurisdictions.some((town) => served.has(town)))
    .map((source) => ({
      ...source,
      data: { ...source.data, jurisdictions: source.data.jurisdictions.filter((town) => served.has(town)) },
    }));
  const sourceIds = new Set(sources.map((source) => source.id));
  return {
    ...input,
    jurisdictions: input.jurisdictions.filter((j) => served.has(j.id)),
    sources,
    units: input.units.filter((unit) => ownTown(unit.id)),
    contacts: input.contacts.filter((contact) => ownTown(contact.id)),
    ruleSets: input.ruleSets.filter((set) => served.has(set.data.jurisdiction)),
    rosters: input.rosters.filter((set) => served.has(set.data.jurisdiction)),
    ledgerSets: input.ledgerSets.filter((set) => served.has(set.data.jurisdiction)),
    principles: input.principles.map((principle) => ({
      ...principle,
      data: {
        ...principle.data,
        statedIn: principle.data.statedIn.filter((statement) => sourceIds.has(statement.source)),
      },
    })),
    guides: input.guides.map((guide) => ({
      ...guide,
      data: { ...guide.data, units: guide.data.units.filter(ownTown) },
    })),
  };
}
