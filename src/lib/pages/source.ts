import { citationsForSource, type Model, type SourceRecord, type TownRecord } from "../model/index.ts";
import type { Clause } from "../sources/index.ts";

/** The towns a source covers, in home-page order. */
export function townsOfSource(model: Model, source: SourceRecord): TownRecord[] {
  return model.towns.filter((town) => source.data.jurisdictions.includes(town.id));
}

/** The list of sources: each with the names of its towns. */
export function sourceListPage(model: Model) {
  return [...model.sources.values()].map((source) => ({
    source,
    duties: source.dutyCount,
    towns: townsOfSource(model, source).map((town) => town.data.name),
  }));
}

/** One source's page: its towns, every clause's encoded records, and its chapter index. */
export function sourcePage(model: Model, source: SourceRecord) {
  return {
    towns: townsOfSource(model, source),
    citations: citationsForSource(model, source.id),
    chapters: sourceChapters(source.clauses),
  };
}

/** An entry of a source's chapter index: a link to a clause, with the clause's own words. */
export interface ChapterLink {
  anchor: string;
  /** 一、明确…的原则 (shortened), or the id where the print has no marker (篇三). */
  label: string;
}

/** A chapter of the index, with its numbered sections listed when the chapter is long. */
export interface Chapter extends ChapterLink {
  sections: ChapterLink[];
}

/** Paragraphs under a chapter from which its sections are listed too: it is long to scroll through. */
const LONG_CHAPTER = 20;

/** How many characters of a clause's words the index shows. */
const LABEL_LENGTH = 16;

function chapterLink(clause: Clause, withWords: boolean): ChapterLink {
  const words = clause.text.length > LABEL_LENGTH ? `${clause.text.slice(0, LABEL_LENGTH)}…` : clause.text;
  if (clause.marker) return { anchor: clause.anchor, label: `${clause.marker}${words}` };
  // Printed without a marker: the id says where it is (篇三; 四(二), numbered by the source's options).
  return { anchor: clause.anchor, label: withWords ? `${clause.id} ${words}` : clause.id };
}

/** A numbered clause, as opposed to an unnumbered paragraph (三第1段), whatever its print. */
const isNumbered = (clause: Clause) => clause.marker !== "" || !/第\d+段$/.test(clause.id);

/**
 * The chapter index of a long source: its top-level numbered clauses and headings (一…五,
 * 篇一…篇六; the unnumbered preamble is not a chapter), and within a long chapter its
 * numbered sections ((一)(二), or 篇二's 一二三).
 */
export function sourceChapters(clauses: readonly Clause[]): Chapter[] {
  const chapters = clauses.filter(
    (clause) => clause.parentId === null && (clause.marker !== "" || clause.isHeading),
  );
  const parentOf = new Map(clauses.map((clause) => [clause.id, clause.parentId]));
  const chapterOf = (clause: Clause): string | null => {
    let id: string | null = clause.id;
    while (id !== null && parentOf.get(id) !== null) id = parentOf.get(id) ?? null;
    return id;
  };
  const size = new Map<string, number>();
  for (const clause of clauses) {
    const chapter = chapterOf(clause);
    if (chapter !== null) size.set(chapter, (size.get(chapter) ?? 0) + 1);
  }
  return chapters.map((chapter) => ({
    ...chapterLink(chapter, false),
    sections:
      (size.get(chapter.id) ?? 0) > LONG_CHAPTER
        ? clauses
            .filter((clause) => clause.parentId === chapter.id && isNumbered(clause))
            .map((clause) => chapterLink(clause, true))
        : [],
  }));
}
