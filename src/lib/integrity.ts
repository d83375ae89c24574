import { parseClauses, type Clause, type ParseOptions, type ParsedSource } from "./clauses.ts";
import { jurisdictionIdSchema } from "../schemas/jurisdiction.ts";
import type { Source } from "../schemas/source.ts";
import type { ContentEntry, ContentInput, ContentProblem } from "./content-types.ts";
import { overlappingGrades } from "./assessment.ts";
import { containsVerbatim, normaliseForComparison } from "./text.ts";

/** How a source's YAML asks its text to be read. */
export function parseOptionsOf(source: Source): ParseOptions {
  return {
    overrides: source.markerOverrides,
    partPattern: source.partPattern === undefined ? undefined : new RegExp(source.partPattern),
    allowRepeatedNumbers: source.allowRepeatedNumbers,
    joinAfter: source.joinAfter.map((join) => join.endsWith),
  };
}

/** Each source's clauses, parsed once and shared by the checks and the model. */
export function parseSources(input: ContentInput): Map<string, ParsedSource> {
  const parsed = new Map<string, ParsedSource>();
  for (const source of input.sources) {
    if (source.text !== null) parsed.set(source.id, parseClauses(source.text, parseOptionsOf(source.data)));
  }
  return parsed;
}

interface QuoteCheck {
  file: string;
  entry: string;
  sourceId: string;
  clauseId: string;
  text: string;
  /** Field names for the messages. */
  clauseField: string;
  textField: string;
}

/**
 * All cross-entry checks of DESIGN.md "Trustworthy": references resolve, ids are unique,
 * no unit without duties, no sector without use, and every quote is verbatim in the
 * clause it cites. Returns every problem found; an empty list means the content is sound.
 */
export function checkContent(
  input: ContentInput,
  parsed: Map<string, ParsedSource> = parseSources(input),
  options: {
    /**
     * Entries (`<kind>/<id>`) whose files could not be read (broken YAML, schema errors).
     * References to them are not reported, and the checks that need all content — every
     * clause encoded, every sector used — are skipped: they would only repeat the file's
     * own problem as dozens of others.
     */
    unreadable?: ReadonlySet<string>;
  } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const jurisdictionIds = new Set(input.jurisdictions.map((j) => j.id));
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const sectorIds = new Set(input.sectors.map((s) => s.id));
  const usedSectors = new Set<string>();

  for (const [label, entries] of [
    ["jurisdictions", input.jurisdictions],
    ["sources", input.sources],
    ["units", input.units],
    ["sectors", input.sectors],
    ["principles", input.principles],
    ["rules", input.ruleSets],
    ["terms", input.terms],
  ] as const) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const other = seen.get(entry.id);
      if (other) {
        problems.push({
          file: entry.file,
          entry: entry.id,
          field: "id",
          message: `编号 ${entry.id} 与 ${other} 重复 / id ${entry.id} is also used by ${other} (${label})`,
          fix: "改名其中一个文件，使编号唯一 / rename one of the files so that ids are unique",
        });
      } else {
        seen.set(entry.id, entry.file);
      }
    }
  }

  for (const jurisdiction of input.jurisdictions) {
    const valid = jurisdictionIdSchema.safeParse(jurisdiction.id);
    if (!valid.success) {
      problems.push({
        file: jurisdiction.file,
        entry: jurisdiction.id,
        field: "文件名 file name",
        message: valid.error.issues.map((issue) => issue.message).join("; "),
        fix: "给辖区文件改名（小写英文字母、数字和连字符） / rename the jurisdiction file (lowercase ASCII letters, digits, hyphens)",
      });
    }
  }

  for (const source of input.sources) {
    if (source.text === null) {
      problems.push({
        file: source.file,
        entry: source.id,
        field: "file",
        message: `找不到全文 content/sources/texts/${source.data.file} / source text file is missing`,
        fix: "把原文放到 content/sources/texts/ 下，或改正 file / add the text file or correct `file`",
      });
    }
    source.data.jurisdictions.forEach((id, index) => {
      if (!jurisdictionIds.has(id)) {
        problems.push(
          unknownReference(
            source.file,
            source.id,
            `jurisdictions[${index}]`,
            "辖区",
            "jurisdiction",
            id,
            jurisdictionIds,
          ),
        );
      }
    });
    for (const problem of parsed.get(source.id)?.problems ?? []) {
      problems.push({
        file: source.file,
        entry: source.id,
        field: problem.line ? `texts/${source.data.file}:${problem.line}` : "markerOverrides",
        message: problem.message,
        fix: "在 markerOverrides 中说明该段应如何编号 / add a markerOverrides entry saying how to number it",
      });
    }
  }

  // An unknown source is reported once per file: on the unit's `source`, not again per duty.
  const unknownSourceReported = new Set<string>();
  const reportUnknownSource = (file: string, entry: string, sourceId: string) => {
    if (unknownSourceReported.has(`${file}\u0000${sourceId}`)) return;
    unknownSourceReported.add(`${file}\u0000${sourceId}`);
    problems.push(unknownReference(file, entry, "source", "来源文件", "source", sourceId, sourceIds));
  };
  const checkQuote = (quote: QuoteCheck): void => {
    if (!sourceIds.has(quote.sourceId)) {
      reportUnknownSource(quote.file, quote.entry, quote.sourceId);
      return;
    }
    const clauses = parsed.get(quote.sourceId)?.clauses;
    if (!clauses) return; // the missing text is reported once, on the source
    const clause = clauses.find((c) => c.id === quote.clauseId);
    const containing = clauses.filter((c) => containsVerbatim(c.text, quote.text));
    if (!clause) {
      // Full-width digits and brackets (１, （）) look right in Chinese text but are other characters.
      const halfWidth = toHalfWidth(quote.clauseId);
      if (halfWidth !== quote.clauseId) {
        problems.push({
          file: quote.file,
          entry: quote.entry,
          field: quote.clauseField,
          message: `条款编号 ${quote.clauseId} 里有全角的数字或括号 / the clause id ${quote.clauseId} has full-width digits or brackets`,
          fix: `改用半角，写成 ${halfWidth} / use half-width characters: ${halfWidth}`,
        });
        return;
      }
      problems.push({
        file: quote.file,
        entry: quote.entry,
        field: quote.clauseField,
        message: `来源 ${quote.sourceId} 中没有条款 ${quote.clauseId} / clause ${quote.clauseId} does not exist in source ${quote.sourceId}`,
        fix: suggestClause(
          containing,
          "按原文的编号写条款，例如 四(二)6(3) / write the clause id as printed, e.g. 四(二)6(3)",
        ),
      });
      return;
    }
    if (containsVerbatim(clause.text, quote.text)) return;
    problems.push({
      file: quote.file,
      entry: quote.entry,
      field: quote.textField,
      message:
        containing.length > 0
          ? `原文在条款 ${containing.map((c) => c.id).join("、")}，不在所引的 ${quote.clauseId} / the text is in clause ${containing.map((c) => c.id).join(", ")}, not in the cited ${quote.clauseId}`
          : `原文在来源 ${quote.sourceId} 中找不到（已忽略空白）：“${excerpt(quote.text)}” / text not found verbatim in source ${quote.sourceId} (white space ignored)${firstDifference(clause, quote.text)}`,
      fix:
        containing.length > 0
          ? `把 clause 改为 ${containing[0]!.id} / set clause to ${containing[0]!.id}`
          : "从原文逐字复制，不要改字、补字或改标点 / copy the words from the source exactly, quirks and punctuation included",
    });
  };

  const unitsByTown = new Map<string, Set<string>>();
  for (const unit of input.units) {
    const [town = "", local = ""] = unit.id.split("/");
    if (!unitsByTown.has(town)) unitsByTown.set(town, new Set());
    unitsByTown.get(town)!.add(local);
  }

  // A unit's name heads its column in the matrix and its CSV: two alike in a town are ambiguous.
  const unitByName = new Map<string, string>();
  for (const unit of input.units) {
    const key = `${unit.data.jurisdiction}\u0000${unit.data.name}`;
    const other = unitByName.get(key);
    if (other) {
      problems.push({
        file: unit.file,
        entry: unit.id,
        field: "name",
        message: `名称“${unit.data.name}”与 ${other} 相同 / the name ${unit.data.name} is also used by ${other} in this jurisdiction`,
        fix: "用来源文件里能区分两者的写法改名（如加上“镇”或全称） / rename one, as the source distinguishes them",
      });
    } else unitByName.set(key, unit.id);
  }

  for (const unit of input.units) {
    const { data } = unit;
    const [folder = ""] = unit.id.split("/");
    if (!jurisdictionIds.has(data.jurisdiction)) {
      problems.push(
        unknownReference(
          unit.file,
          unit.id,
          "jurisdiction",
          "辖区",
          "jurisdiction",
          data.jurisdiction,
          jurisdictionIds,
        ),
      );
    } else if (folder !== data.jurisdiction) {
      problems.push({
        file: unit.file,
        entry: unit.id,
        field: "jurisdiction",
        message: `文件在 units/${folder}/ 下，但 jurisdiction 是 ${data.jurisdiction} / the file is in units/${folder}/ but jurisdiction is ${data.jurisdiction}`,
        fix: `把文件移到 content/units/${data.jurisdiction}/，或改正 jurisdiction / move the file or correct jurisdiction`,
      });
    }
    if (!sourceIds.has(data.source)) reportUnknownSource(unit.file, unit.id, data.source);
    if (data.duties.length === 0) {
      problems.push({
        file: unit.file,
        entry: unit.id,
        field: "duties",
        message: "该单位没有任何职责 / the unit has no duties",
        fix: "从来源文件中补上它的职责，或删除这个文件 / add its duties from the source, or delete the file",
      });
    }
    if (data.heading !== undefined && sourceIds.has(data.source)) {
      const clauses = parsed.get(data.source)?.clauses ?? [];
      const heading = clauses.find((c) => c.id === data.heading);
      if (!heading && parsed.has(data.source)) {
        problems.push({
          file: unit.file,
          entry: unit.id,
          field: "heading",
          message: `来源 ${data.source} 中没有条款 ${data.heading} / clause ${data.heading} does not exist in source ${data.source}`,
          fix: "填写介绍该单位的那一条的编号 / give the id of the clause that introduces the unit",
        });
      } else if (heading && data.kind !== "post" && !containsVerbatim(heading.text, data.name)) {
        // Posts are described rather than named (分管安全生产工作的…), so only other kinds are held to it.
        problems.push({
          file: unit.file,
          entry: unit.id,
          field: "name",
          message: `单位名称“${data.name}”与条款 ${heading.id} 的写法不一致：“${excerpt(heading.text)}” / name does not appear as printed in clause ${heading.id}`,
          fix: "名称按原文照抄 / copy the name exactly as printed",
        });
      }
    }
    const localUnits = unitsByTown.get(data.jurisdiction) ?? new Set<string>();
    data.appliesTo?.units.forEach((id, index) => {
      if (!localUnits.has(id)) {
        problems.push(
          unknownReference(unit.file, unit.id, `appliesTo.units[${index}]`, "单位", "unit", id, localUnits),
        );
      }
    });
    if (data.successor?.unit !== undefined && !localUnits.has(data.successor.unit)) {
      problems.push(
        unknownReference(
          unit.file,
          unit.id,
          "successor.unit",
          "单位",
          "unit",
          data.successor.unit,
          localUnits,
        ),
      );
    }

    const seenDuties = new Map<string, number>();
    data.duties.forEach((duty, index) => {
      const entry = `duties[${index}]`;
      duty.sectors.forEach((sector, sectorIndex) => {
        usedSectors.add(sector);
        if (!sectorIds.has(sector)) {
          problems.push(
            unknownReference(
              unit.file,
              entry,
              `sectors[${sectorIndex}]`,
              "行业领域",
              "sector",
              sector,
              sectorIds,
            ),
          );
        }
      });
      const key = `${duty.clause}\u0000${normaliseForComparison(duty.text)}`;
      const earlier = seenDuties.get(key);
      if (earlier !== undefined) {
        problems.push({
          file: unit.file,
          entry,
          field: "text",
          message: `与 duties[${earlier}] 重复（同一条款、同一原文） / duplicates duties[${earlier}] (same clause and text)`,
          fix: "删除重复的一项 / delete the duplicate",
        });
      }
      seenDuties.set(key, index);
      checkQuote({
        file: unit.file,
        entry,
        sourceId: duty.source ?? data.source,
        clauseId: duty.clause,
        text: duty.text,
        clauseField: "clause",
        textField: "text",
      });
      const phrases = [
        ...duty.cadence.map((c, i) => [`cadence[${i}].phrase`, c.phrase] as const),
        ...duty.dates.map((d, i) => [`dates[${i}].phrase`, d.phrase] as const),
      ];
      phrases.forEach(([field, phrase]) => {
        if (!containsVerbatim(duty.text, phrase)) {
          problems.push({
            file: unit.file,
            entry,
            field,
            message: `“${phrase}”不在职责原文中 / the phrase is not part of the duty text`,
            fix: "从 text 中逐字复制表示周期或日期的那几个字 / copy the cadence or date words from the duty text",
          });
        }
      });
    });
  }

  for (const principle of input.principles) {
    // An article number is a factual claim: it stands only with a note of where it was checked.
    const withArticle = principle.data.legalBasis.findIndex((law) =>
      /第[一二三四五六七八九十百零〇\d]+条/.test(law),
    );
    if (withArticle >= 0 && !principle.data.legalBasisChecked) {
      problems.push({
        file: principle.file,
        entry: principle.id,
        field: `legalBasis[${withArticle}]`,
        message: `写了条文号，但没有说明在哪里核对过 / an article number is cited without saying where it was checked`,
        fix: "在 legalBasisChecked 写明核对的出处；核对不到就只写法律名称 / say where in legalBasisChecked, or name the law only",
      });
    }
    principle.data.statedIn.forEach((statement, index) =>
      checkQuote({
        file: principle.file,
        entry: principle.id,
        sourceId: statement.source,
        clauseId: statement.clause,
        text: statement.text,
        clauseField: `statedIn[${index}].clause`,
        textField: `statedIn[${index}].text`,
      }),
    );
  }

  /** Rule sets, rosters and ledgers each name a jurisdiction and a source; both must exist. */
  const checkSetReferences = (entry: ContentEntry<{ jurisdiction: string; source: string }>): boolean => {
    if (!jurisdictionIds.has(entry.data.jurisdiction)) {
      problems.push(
        unknownReference(
          entry.file,
          entry.id,
          "jurisdiction",
          "辖区",
          "jurisdiction",
          entry.data.jurisdiction,
          jurisdictionIds,
        ),
      );
    }
    if (!sourceIds.has(entry.data.source)) {
      problems.push(
        unknownReference(entry.file, entry.id, "source", "来源文件", "source", entry.data.source, sourceIds),
      );
      return false;
    }
    return true;
  };

  for (const ruleSet of input.ruleSets) {
    if (!checkSetReferences(ruleSet)) continue;
    const ruleIds = new Set<string>();
    ruleSet.data.rules.forEach((rule, index) => {
      if (ruleIds.has(rule.id)) {
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field: "id",
          message: `规则编号 ${rule.id} 重复 / rule id ${rule.id} is used twice`,
          fix: "给每条规则一个不同的 id / give each rule its own id",
        });
      }
      ruleIds.add(rule.id);
      const structured = [
        ...(rule.grades ?? []).map((g, i) => [`grades[${i}].phrase`, g.phrase] as const),
        ...(rule.deadlines ?? []).map((d, i) => [`deadlines[${i}].phrase`, d.phrase] as const),
        ...(rule.schedule ?? []).map((step, i) => [`schedule[${i}].phrase`, step.phrase] as const),
      ];
      for (const [field, phrase] of structured) {
        if (containsVerbatim(rule.text, phrase)) continue;
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field,
          message: `“${phrase}”不在该规则的原文中 / the phrase is not part of the rule text`,
          fix: "从 text 中逐字复制 / copy the words from the rule's text",
        });
      }
      for (const overlap of overlappingGrades(rule.grades ?? [])) {
        problems.push({
          file: ruleSet.file,
          entry: `rules[${index}]`,
          field: "grades",
          message: `等次 ${overlap} 的分数段重叠或有空档 / the score bands of ${overlap} overlap or leave a gap`,
          fix: "检查 min、max 和是否包含端点（minInclusive、maxInclusive）/ check min, max and their inclusiveness",
        });
      }
      checkQuote({
        file: ruleSet.file,
        entry: `rules[${index}]`,
        sourceId: ruleSet.data.source,
        clauseId: rule.clause,
        text: rule.text,
        clauseField: "clause",
        textField: "text",
      });
    });
  }

  for (const roster of input.rosters) {
    if (!checkSetReferences(roster)) continue;
    const clauses = parsed.get(roster.data.source)?.clauses;
    const localUnits = unitsByTown.get(roster.data.jurisdiction) ?? new Set<string>();
    roster.data.members.forEach((member, index) => {
      const entry = `members[${index}]`;
      if (!clauses) return;
      const clause = clauses.find((c) => c.id === member.clause);
      for (const field of ["name", "post"] as const) {
        if (!clause || !containsVerbatim(clause.text, member[field])) {
          problems.push({
            file: roster.file,
            entry,
            field,
            message: `“${member[field]}”不在条款 ${member.clause} 中 / ${field} "${member[field]}" is not printed in clause ${member.clause}`,
            fix: "姓名和职务按原文照抄，clause 填该行的编号 / copy name and post as printed; clause is that line's id",
          });
        }
      }
      if (member.unit !== undefined && !localUnits.has(member.unit)) {
        problems.push(unknownReference(roster.file, entry, "unit", "单位", "unit", member.unit, localUnits));
      }
    });
    if (roster.data.office) {
      checkQuote({
        file: roster.file,
        entry: roster.id,
        sourceId: roster.data.source,
        clauseId: roster.data.office.clause,
        text: roster.data.office.text,
        clauseField: "office.clause",
        textField: "office.text",
      });
    }
  }

  for (const set of input.ledgerSets) {
    if (!checkSetReferences(set)) continue;
    const clause = parsed.get(set.data.source)?.clauses.find((c) => c.id === set.data.clause);
    const localUnits = unitsByTown.get(set.data.jurisdiction) ?? new Set<string>();
    for (const field of ["keptBy", "guidedBy"] as const) {
      const unit = set.data[field];
      if (unit !== undefined && !localUnits.has(unit)) {
        problems.push(unknownReference(set.file, set.id, field, "单位", "unit", unit, localUnits));
      }
    }
    set.data.ledgers.forEach((ledger, index) => {
      if (clause && containsVerbatim(clause.text, ledger.name)) return;
      problems.push({
        file: set.file,
        entry: `ledgers[${index}]`,
        field: "name",
        message: `台账名称“${ledger.name}”不在条款 ${set.data.clause} 中 / ledger "${ledger.name}" is not printed in clause ${set.data.clause}`,
        fix: "台账名称按原文照抄，clause 填列出台账的那一段 / copy the name as printed; clause is the paragraph listing them",
      });
    });
  }

  problems.push(...checkGuides(input));
  problems.push(...checkVocabulary(input));
  const unreadable = options.unreadable ?? new Set<string>();
  if (unreadable.size > 0)
    return problems.filter((problem) => !(problem.reference && unreadable.has(problem.reference)));
  problems.push(...uncitedClauses(input, parsed));

  for (const sector of input.sectors) {
    if (!usedSectors.has(sector.id)) {
      problems.push({
        file: sector.file,
        entry: sector.id,
        field: "",
        message: `行业领域 ${sector.id}（${sector.data.name}）没有任何职责使用 / sector ${sector.id} is defined but no duty uses it`,
        fix: "给相关职责加上这个领域，或删除此文件 / tag the duties that concern it, or delete the file",
      });
    }
  }

  return problems;
}

/**
 * The lookup vocabulary must be unambiguous and grounded: an everyday word points at one
 * sector or one document word, a document word occurs in some duty (or it finds nothing),
 * a term names a sector that exists and is printed in some source.
 */
export function checkVocabulary(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sectorIds = new Set(input.sectors.map((s) => s.id));
  /** Every word that points at a sector or a document word, with where it is defined. */
  const owners = new Map<string, string>();
  const claim = (word: string, owner: string, file: string, entry: string, field: string): void => {
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
    const owner = `sector ${sector.id}`;
    claim(sector.data.name, owner, sector.file, sector.id, "name");
    if (sector.data.shortName) claim(sector.data.shortName, owner, sector.file, sector.id, "shortName");
    sector.data.aliases.forEach((alias, index) =>
      claim(alias, owner, sector.file, sector.id, `aliases[${index}]`),
    );
  }

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
      claim(group.document, `document word ${group.document}`, vocabulary.file, entry, "document");
      group.everyday.forEach((word, wordIndex) => {
        if (word === group.document) {
          problems.push({
            file: vocabulary.file,
            entry,
            field: `everyday[${wordIndex}]`,
            message: `日常说法“${word}”与原文用词相同 / everyday word "${word}" repeats the document word`,
            fix: "删去这一项 / remove it",
          });
          return;
        }
        claim(word, `document word ${group.document}`, vocabulary.file, entry, `everyday[${wordIndex}]`);
      });
    });
  }

  const sourceTexts = input.sources.map((source) => normaliseForComparison(source.text ?? "")).join("\n");
  for (const term of input.terms) {
    if (term.data.sector && !sectorIds.has(term.data.sector)) {
      problems.push(
        unknownReference(term.file, term.id, "sector", "行业领域", "sector", term.data.sector, sectorIds),
      );
    }
    if (term.data.principle && !input.principles.some((p) => p.id === term.data.principle)) {
      const principleIds = new Set(input.principles.map((p) => p.id));
      problems.push(
        unknownReference(
          term.file,
          term.id,
          "principle",
          "原则",
          "principle",
          term.data.principle,
          principleIds,
        ),
      );
    }
    if (!sourceTexts.includes(normaliseForComparison(term.data.name))) {
      problems.push({
        file: term.file,
        entry: term.id,
        field: "name",
        message: `术语“${term.data.name}”没有出现在任何来源文件中 / the term "${term.data.name}" is printed in no source`,
        fix: "术语按来源原文的写法填写；来源中没有的词不收 / spell the term as a source prints it; terms no source uses do not belong",
      });
    }
  }
  return problems;
}

/**
 * Completeness: under each section a source lists in `encodedSections`, every paragraph
 * that is not a heading must be cited by a duty, principle, rule or roster line, unless
 * `notEncoded` says why not. The expected set comes from the source text itself.
 */
export function uncitedClauses(input: ContentInput, parsed: Map<string, ParsedSource>): ContentProblem[] {
  const cited = new Set<string>();
  const cite = (source: string, clause: string) => cited.add(`${source}\u0000${clause}`);
  for (const unit of input.units)
    for (const duty of unit.data.duties) {
      const source = duty.source ?? unit.data.source;
      const clauses = parsed.get(source)?.clauses;
      // A mistyped clause id or source is reported on the duty; the paragraph its text is in
      // counts as encoded, so the same mistake is not reported a second time as a gap.
      if (clauses?.some((c) => c.id === duty.clause)) cite(source, duty.clause);
      else
        for (const [id, { clauses: searched }] of clauses ? [[source, { clauses }] as const] : parsed)
          for (const c of searched) if (containsVerbatim(c.text, duty.text)) cite(id, c.id);
    }
  for (const principle of input.principles) for (const s of principle.data.statedIn) cite(s.source, s.clause);
  for (const set of input.ruleSets) for (const rule of set.data.rules) cite(set.data.source, rule.clause);
  for (const roster of input.rosters) {
    for (const member of roster.data.members) cite(roster.data.source, member.clause);
    if (roster.data.office) cite(roster.data.source, roster.data.office.clause);
  }
  for (const set of input.ledgerSets) cite(set.data.source, set.data.clause);

  const problems: ContentProblem[] = [];
  for (const source of input.sources) {
    const clauses = parsed.get(source.id)?.clauses ?? [];
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const within = (clause: Clause, ids: readonly string[]): boolean => {
      for (let c: Clause | undefined = clause; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
        if (ids.includes(c.id)) return true;
      }
      return false;
    };
    const excluded = source.data.notEncoded.map((n) => n.clause);
    const declared = [
      ...source.data.encodedSections.map((section) => ["encodedSections", section] as const),
      ...excluded.map((section) => ["notEncoded", section] as const),
    ];
    for (const [field, section] of declared) {
      if (clauses.length > 0 && !byId.has(section)) {
        problems.push({
          file: source.file,
          entry: source.id,
          field,
          message: `来源中没有条款 ${section} / clause ${section} does not exist in the source`,
          fix: "填写原文中存在的部分编号，例如 三 / list section ids that exist, e.g. 三",
        });
      }
    }
    for (const clause of clauses) {
      if (clause.isHeading || !within(clause, source.data.encodedSections) || within(clause, excluded))
        continue;
      if (cited.has(`${source.id}\u0000${clause.id}`)) continue;
      problems.push({
        file: source.file,
        entry: source.id,
        field: `encodedSections › ${clause.id}`,
        message: `条款 ${clause.id} 尚未编码：“${excerpt(clause.text)}” / clause ${clause.id} is not encoded`,
        fix: "把这一条加到相应单位的 duties（或原则、规则）中；确实不需编码的，在 notEncoded 中说明理由 / encode it, or list it under notEncoded with a reason",
      });
    }
  }
  return problems;
}

function unknownReference(
  file: string,
  entry: string,
  field: string,
  kindZh: string,
  kindEn: string,
  value: string,
  known: ReadonlySet<string>,
): ContentProblem {
  const near = closestIds(value, known);
  return {
    reference: `${kindEn}/${value}`,
    file,
    entry,
    field,
    message: `未知${kindZh} “${value}” / unknown ${kindEn} "${value}"`,
    fix: near.length
      ? `是不是 ${near.join("、")}？ / did you mean ${near.join(", ")}?`
      : `先在 content/ 中添加该${kindZh}，或改用已有的编号 / add the ${kindEn} under content/ or use an existing id`,
  };
}

/** Up to three known ids within a small edit distance of the value (typos), or containing it. */
function closestIds(value: string, known: ReadonlySet<string>): string[] {
  const limit = Math.max(1, Math.floor(value.length / 3));
  return [...known]
    .map((id) => ({ id, distance: id.includes(value) || value.includes(id) ? 0 : editDistance(value, id) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((candidate) => candidate.id);
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function suggestClause(containing: readonly Clause[], fallback: string): string {
  return containing.length > 0
    ? `这段原文在条款 ${containing.map((c) => c.id).join("、")}，把 clause 改为 ${containing[0]!.id} / the text is in clause ${containing[0]!.id}`
    : fallback;
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Where the quote first departs from its clause, to point the clerk at the typo. */
function firstDifference(clause: Clause, quote: string): string {
  const source = normaliseForComparison(clause.text);
  const wanted = normaliseForComparison(quote);
  let best = 0;
  for (let start = 0; start < source.length; start += 1) {
    let length = 0;
    while (length < wanted.length && source[start + length] === wanted[length]) length += 1;
    best = Math.max(best, length);
  }
  if (best === 0) return "";
  return `; 从第 ${best + 1} 个字起不同：“${wanted.slice(best, best + 8)}” / differs from character ${best + 1}`;
}

/** A guide's references: unit types some unit has, unit keys and glossary terms that exist. */
export function checkGuides(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const types = new Set(input.units.flatMap((unit) => (unit.data.type ? [unit.data.type] : [])));
  const unitKeys = new Set(input.units.map((unit) => unit.id));
  const termIds = new Set(input.terms.map((term) => term.id));
  for (const guide of input.guides) {
    guide.data.unitTypes.forEach((type, index) => {
      if (!types.has(type))
        problems.push(
          unknownReference(guide.file, guide.id, `unitTypes[${index}]`, "单位类型", "unit type", type, types),
        );
    });
    guide.data.units.forEach((key, index) => {
      if (!unitKeys.has(key))
        problems.push(
          unknownReference(guide.file, guide.id, `units[${index}]`, "单位", "unit", key, unitKeys),
        );
    });
    guide.data.terms.forEach((term, index) => {
      if (!termIds.has(term))
        problems.push(
          unknownReference(guide.file, guide.id, `terms[${index}]`, "术语", "term", term, termIds),
        );
    });
  }
  return problems;
}

/** Full-width digits and ASCII-like brackets (０–９, （）) to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}
