import type { ContentInput, ContentProblem } from "../content/index.ts";
import { normaliseForComparison } from "../sources/index.ts";
import { unknownReference } from "./suggest.ts";
import { groupWordFields, sectorWordFields } from "../../domain/index.ts";

/** Claims a word for one sector or document word; a word claimed twice is a problem where it is claimed again. */
type Claim = (word: string, owner: string, file: string, entry: string, field: string) => void;

/** Every vocabulary group: its document word printed in some duty, its everyday words its own. */
function checkWordGroups(input: ContentInput, claim: Claim, problems: ContentProblem[]): void {
  const dutyTexts = input.units.flatMap((unit) => unit.data.duties.map((duty) => duty.text)).join("\n");
  for (const vocabulary of input.vocabularies) {
    vocabulary.data.groups.forEach((group, index) => {
      const entry = `groups[${index}]`;
      if (!dutyTexts.includes(group.document)) {
        problems.push({
          file: vocabulary.file,
          entry,
          field: "document",
          message: `原文用词“${group.document}”不在任何职责原文中 / the document word "${group.document}" occurs in no duty text`,
          fix: "document 填职责原文中实际出现的词（日常说法写在 everyday） / use a word the duty texts print; everyday words go under everyday",
        });
      }
      for (const { word, field } of groupWordFields(group)) {
        if (field !== "document" && word === group.document)
          problems.push({
            file: vocabulary.file,
            entry,
            field,
            message: `日常说法“${word}”与原文用词相同 / everyday word "${word}" repeats the document word`,
            fix: "删去这一项 / remove it",
          });
        else claim(word, `document word ${group.document}`, vocabulary.file, entry, field);
      }
    });
  }
}

/** Every term: its sector and principle exist, and a source prints it (when every source could be read). */
function checkTerms(input: ContentInput, termsMustBePrinted: boolean, problems: ContentProblem[]): void {
  const sectorIds = new Set(input.sectors.map((s) => s.id));
  const sourceTexts = input.sources.map((source) => normaliseForComparison(source.text ?? "")).join("\n");
  for (const term of input.terms) {
    if (term.data.sector && !sectorIds.has(term.data.sector)) {
      problems.push(unknownReference(term.file, term.id, "sector", "sectors", term.data.sector, sectorIds));
    }
    if (term.data.principle && !input.principles.some((p) => p.id === term.data.principle)) {
      const principleIds = new Set(input.principles.map((p) => p.id));
      problems.push(
        unknownReference(term.file, term.id, "principle", "principles", term.data.principle, principleIds),
      );
    }
    if (termsMustBePrinted && !sourceTexts.includes(normaliseForComparison(term.data.name))) {
      problems.push({
        file: term.file,
        entry: term.id,
        field: "name",
        message: `术语“${term.data.name}”没有出现在任何来源文件中 / the term "${term.data.name}" is printed in no source`,
        fix: "术语按来源原文的写法填写；来源中没有的词不收 / spell the term as a source prints it; terms no source uses do not belong",
      });
    }
  }
}

/**
 * The lookup vocabulary must be unambiguous and grounded: an everyday word points at one
 * sector or one document word, a document word occurs in some duty (or it finds nothing),
 * a term names a sector that exists and is printed in some source.
 */
export function checkVocabulary(
  input: ContentInput,
  options: {
    /**
     * False when a source could not be read: a term printed only there would be reported
     * as printed nowhere, a second message for the one problem.
     */
    termsMustBePrinted?: boolean;
  } = {},
): ContentProblem[] {
  const termsMustBePrinted =
    (options.termsMustBePrinted ?? true) && input.sources.every((source) => source.text !== null);
  const problems: ContentProblem[] = [];
  /** Every word that points at a sector or a document word, with where it is defined. */
  const owners = new Map<string, string>();
  const claim: Claim = (word, owner, file, entry, field) => {
    const key = word.trim().toLowerCase();
    const other = owners.get(key);
    if (other && other !== owner) {
      problems.push({
        file,
        entry,
        field,
        message: `“${word}”同时指向 ${other} 和 ${owner} / "${word}" points at both ${other} and ${owner}`,
        fix: "一个说法只能对应一个领域或一个原文用词，删去其中一处 / an everyday word may point at one sector or document word only: remove one",
      });
    } else {
      owners.set(key, owner);
    }
  };
  for (const sector of input.sectors) {
    for (const { word, field } of sectorWordFields(sector.data))
      claim(word, `sector ${sector.id}`, sector.file, sector.id, field);
  }

  checkWordGroups(input, claim, problems);
  checkTerms(input, termsMustBePrinted, problems);
  return problems;
}
