import type { CheckContext } from "./context.ts";
import { checkQuote } from "./quotes.ts";

/** Principles: every statement quoted verbatim; an article number only with where it was checked. */
export function checkPrinciples(context: CheckContext): void {
  for (const principle of context.input.principles) {
    // An article number is a factual claim: it stands only with a note of where it was checked.
    const withArticle = principle.data.legalBasis.findIndex((law) =>
      /第[一二三四五六七八九十百零〇\d]+条/.test(law),
    );
    if (withArticle >= 0 && !principle.data.legalBasisChecked) {
      context.problems.push({
        file: principle.file,
        entry: principle.id,
        field: `legalBasis[${withArticle}]`,
        message: `写了条文号，但没有说明在哪里核对过 / an article number is cited without saying where it was checked`,
        fix: "在 legalBasisChecked 写明核对的出处；核对不到就只写法律名称 / say where in legalBasisChecked, or name the law only",
      });
    }
    principle.data.statedIn.forEach((statement, index) =>
      checkQuote(context, {
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
}
