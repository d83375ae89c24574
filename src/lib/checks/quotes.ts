import { containsVerbatim, normaliseForComparison, type Clause } from "../sources/index.ts";
import type { CheckContext } from "./context.ts";
import { hiddenCharacterProblem, hiddenInQuote, hiddenInReference } from "../../schemas/invisible.ts";
import { excerpt } from "./suggest.ts";

/** A quotation to hold against its source: the clause it cites must exist and print its words. */
export interface QuoteCheck {
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
 * Every quote is verbatim in the clause it cites (white space ignored). When it is not,
 * the message says where the words are, or where they first depart from the clause.
 */
export function checkQuote(context: CheckContext, quote: QuoteCheck): void {
  const { parsed, problems } = context;
  if (!context.sourceIds.has(quote.sourceId)) {
    context.reportUnknownSource(quote.file, quote.entry, quote.sourceId);
    return;
  }
  const clauses = parsed.get(quote.sourceId)?.clauses;
  if (!clauses) return; // the missing text is reported once, on the source
  const report = (field: string, message: string, fix: string) =>
    problems.push({ file: quote.file, entry: quote.entry, field, message, fix });
  const clause = clauses.find((c) => c.id === quote.clauseId);
  // The clauses that do print the words, for the message: searched only when there is one to write.
  const containing = () => clauses.filter((c) => containsVerbatim(c.text, quote.text));
  if (!clause) {
    const hidden = hiddenInReference(quote.clauseId);
    // Full-width digits and brackets (１, （）) look right in Chinese text but are other characters.
    const halfWidth = toHalfWidth(quote.clauseId);
    if (hidden) {
      const { message, fix } = hiddenCharacterProblem(
        { zh: `条款编号 ${quote.clauseId.trim()} `, en: "clause id" },
        hidden.description,
        hidden.cleaned,
      );
      report(quote.clauseField, message, fix);
    } else if (halfWidth !== quote.clauseId) {
      report(
        quote.clauseField,
        `条款编号 ${quote.clauseId} 里有全角的数字或括号 / the clause id ${quote.clauseId} has full-width digits or brackets`,
        `改用半角，写成 ${halfWidth} / use half-width characters: ${halfWidth}`,
      );
    } else {
      report(
        quote.clauseField,
        `来源 ${quote.sourceId} 中没有条款 ${quote.clauseId} / clause ${quote.clauseId} does not exist in source ${quote.sourceId}`,
        suggestClause(
          containing(),
          "按原文的编号写条款，例如 四(二)6(3) / write the clause id as printed, e.g. 四(二)6(3)",
        ),
      );
    }
    return;
  }
  // Checked first: the comparison ignores white space, and U+00A0 and U+FEFF count as such.
  const hidden = hiddenInQuote(quote.text, clause.text);
  if (!hidden && containsVerbatim(clause.text, quote.text)) return;
  if (hidden) {
    const { message, fix } = hiddenCharacterProblem({ zh: "原文", en: "text" }, hidden);
    report(quote.textField, message, fix);
  } else if (containing().length > 0) {
    const ids = containing().map((c) => c.id);
    report(
      quote.textField,
      `原文在条款 ${ids.join("、")}，不在所引的 ${quote.clauseId} / the text is in clause ${ids.join(", ")}, not in the cited ${quote.clauseId}`,
      `把 clause 改为 ${ids[0]} / set clause to ${ids[0]}`,
    );
  } else {
    report(
      quote.textField,
      `原文在来源 ${quote.sourceId} 中找不到（已忽略空白）：“${excerpt(quote.text)}” / text not found verbatim in source ${quote.sourceId} (white space ignored)${firstDifference(clause, quote.text)}`,
      "从原文逐字复制，不要改字、补字或改标点 / copy the words from the source exactly, quirks and punctuation included",
    );
  }
}

function suggestClause(containing: readonly Clause[], fallback: string): string {
  return containing.length > 0
    ? `这段原文在条款 ${containing.map((c) => c.id).join("、")}，把 clause 改为 ${containing[0]!.id} / the text is in clause ${containing[0]!.id}`
    : fallback;
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

/** Full-width digits and ASCII-like brackets (０–９, （）) to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}
