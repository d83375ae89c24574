import type { ContentInput } from "../content/index.ts";
import { isUnassignedReason } from "../../domain/review.ts";
import { hiddenInQuote } from "../../schemas/invisible.ts";
import { containsVerbatim, normaliseForComparison } from "../sources/index.ts";
import { localUnits, type CheckContext } from "./context.ts";
import { COPY_NAME } from "./ids.ts";
import { checkQuote } from "./quotes.ts";
import { excerpt, unknownReference } from "./suggest.ts";

/**
 * Units: names unique in a town, references to the town, the source, the heading clause,
 * other units and sectors resolve; every duty is quoted verbatim and not twice; cadence
 * and date phrases are words of the duty.
 */
/** A unit's town and source: the folder it is in is its town, and its source covers that town. */
function checkUnitPlace(context: CheckContext, unit: ContentInput["units"][number]): void {
  const { input, problems, jurisdictionIds, sourceIds } = context;
  const { data } = unit;
  const [folder = ""] = unit.id.split("/");
  if (!jurisdictionIds.has(data.jurisdiction)) {
    problems.push(
      unknownReference(
        unit.file,
        unit.id,
        "jurisdiction",
        "jurisdictions",
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
  if (!sourceIds.has(data.source)) context.reportUnknownSource(unit.file, unit.id, data.source);
  else {
    // A unit's duties come from its town's documents, not another town's.
    const covered = input.sources.find((source) => source.id === data.source)!.data.jurisdictions;
    if (jurisdictionIds.has(data.jurisdiction) && !covered.includes(data.jurisdiction))
      problems.push({
        file: unit.file,
        entry: unit.id,
        field: "source",
        message: `来源 ${data.source} 不是 ${data.jurisdiction} 的文件（它适用于 ${covered.join("、")}） / source ${data.source} does not cover ${data.jurisdiction}`,
        fix: `改用 ${data.jurisdiction} 的来源文件，或在该来源的 jurisdictions 中加上 ${data.jurisdiction} / use a source of this town, or add the town to that source's jurisdictions`,
      });
  }
  if (data.duties.length === 0) {
    problems.push({
      file: unit.file,
      entry: unit.id,
      field: "duties",
      message: "该单位没有任何职责 / the unit has no duties",
      fix: "从来源文件中补上它的职责，或删除这个文件 / add its duties from the source, or delete the file",
    });
  }
}

/** The clause that introduces the unit exists, and prints its name (posts are described, not named). */
function checkUnitHeading(context: CheckContext, unit: ContentInput["units"][number]): void {
  const { parsed, problems, sourceIds } = context;
  const { data } = unit;
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
      // Posts are described rather than named (the deputy in charge of …), so only other kinds are held to it.
      problems.push({
        file: unit.file,
        entry: unit.id,
        field: "name",
        message: `单位名称“${data.name}”与条款 ${heading.id} 的写法不一致：“${excerpt(heading.text)}” / name does not appear as printed in clause ${heading.id}`,
        fix: "名称按原文照抄 / copy the name exactly as printed",
      });
    }
  }
}

/** The units a group applies to and a unit's successor are units of its own town. */
function checkUnitReferences(context: CheckContext, unit: ContentInput["units"][number]): void {
  const { problems } = context;
  const { data } = unit;
  const townUnits = localUnits(context, data.jurisdiction);
  data.appliesTo?.units.forEach((id, index) => {
    if (!townUnits.has(id)) {
      problems.push(
        unknownReference(unit.file, unit.id, `appliesTo.units[${index}]`, "units", id, townUnits),
      );
    }
  });
  if (data.successor?.unit !== undefined && !townUnits.has(data.successor.unit)) {
    problems.push(
      unknownReference(unit.file, unit.id, "successor.unit", "units", data.successor.unit, townUnits),
    );
  }
}

/** Each duty: its sectors exist, it is not repeated, it is verbatim in its clause, its phrases are in its text. */
function checkUnitDuties(context: CheckContext, unit: ContentInput["units"][number]): void {
  const { problems, sectorIds } = context;
  const { data } = unit;
  const seenDuties = new Map<string, number>();
  data.duties.forEach((duty, index) => {
    const entry = `duties[${index}]`;
    duty.sectors.forEach((sector, sectorIndex) => {
      if (!sectorIds.has(sector)) {
        problems.push(
          unknownReference(unit.file, entry, `sectors[${sectorIndex}]`, "sectors", sector, sectorIds),
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
    checkQuote(context, {
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
      // A hidden character in the text is reported on the text, not again on each phrase.
      if (!containsVerbatim(duty.text, phrase) && !hiddenInQuote(duty.text)) {
        problems.push({
          file: unit.file,
          entry,
          field,
          message: `“${phrase}”不在职责原文中 / the phrase is not part of the duty text`,
          fix: "从 text 中逐字复制表示时间要求的那几个字 / copy the cadence or date words from the duty text",
        });
      }
    });
  });
}

export function checkUnits(context: CheckContext): void {
  checkUnitNames(context);
  checkTownsHaveUnits(context);
  for (const unit of context.input.units) {
    checkUnitPlace(context, unit);
    checkUnitHeading(context, unit);
    checkUnitReferences(context, unit);
    checkUnitDuties(context, unit);
  }
}

/** A unit's name heads its column in the matrix and its CSV: two alike in a town are ambiguous. */
function checkUnitNames({ input, problems }: CheckContext): void {
  const unitByName = new Map<string, string>();
  // A copy of a file (x - 副本.yaml) is reported as a copy, not as a second unit of the same name.
  for (const unit of input.units.filter((u) => !COPY_NAME.test(u.id.split("/").at(-1)!))) {
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
}

/**
 * A town with no units would publish an empty matrix and printable sheets with nothing on
 * them. (Units whose files could not be read do not count as missing: their own problem is
 * reported, and an unknown jurisdiction a unit names is reported on the unit.)
 */
function checkTownsHaveUnits({ input, problems, unitsByTown }: CheckContext): void {
  const named = new Set(input.units.map((unit) => unit.data.jurisdiction));
  // An imported draft in which no rule found a bearer lists its paragraphs as 未归属: the
  // review page says what to do with them, so the town is work in progress, not a mistake.
  const awaitingReview = new Set(
    input.sources
      .filter((source) => source.data.notEncoded.some((entry) => isUnassignedReason(entry.reason)))
      .flatMap((source) => source.data.jurisdictions),
  );
  for (const town of input.jurisdictions) {
    if (unitsByTown.has(town.id) || named.has(town.id) || awaitingReview.has(town.id)) continue;
    problems.push({
      file: town.file,
      entry: town.id,
      field: "",
      reference: `town-units/${town.id}`,
      message: `辖区 ${town.data.name}（${town.id}）没有任何单位，网站上会是一张空表 / jurisdiction ${town.id} has no units: its pages would be empty`,
      fix: `用 npm run import -- <文件> --town ${town.id} --name ${town.data.name} 导入它的职责文件，或在 content/units/${town.id}/ 下添加单位；不用的话删除 ${town.file} / import its duty document with npm run import, add units under content/units/${town.id}/, or delete ${town.file}`,
    });
  }
}
