import { excerptWindow, highlightParts } from "../lib/lookup/excerpt.ts";
import { type FallbackAnswer, type FallbackDuty, type LookupAnswer } from "../lib/lookup/match.ts";
import { ROLE_LABELS } from "../domain/index.ts";
import { WEAK_ANSWER } from "../lib/lookup/status.ts";
import { SEE_ON_UNIT_PAGE } from "../lib/site/wording.ts";

/**
 * The lookup's cards: one answer (its role, unit, the duty's text marked, its clause and its
 * unit's other matching duties) and the documents' fallback rules for a town, each built with
 * the DOM.
 */

/**
 * A closed <details> whose content is built the first time it is opened: what most readers
 * never open costs nothing while they type.
 */
export function lazyDetails(className: string, summaryText: string, build: () => Node): HTMLDetailsElement {
  const details = document.createElement("details");
  details.className = className;
  const summary = document.createElement("summary");
  summary.textContent = summaryText;
  details.append(summary);
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(build());
  });
  return details;
}

/** Another town's fallback as one line that builds the block when opened. */
export function fallbackLater(town: FallbackAnswer): HTMLElement {
  const later = lazyDetails("fallback-later", `${town.townName}的兜底规定`, () => fallbackBlock(town));
  later.dataset["jurisdiction"] = town.townId;
  return later;
}

/** What one town's documents say about work they name no one for. */
export function fallbackBlock(town: FallbackAnswer): HTMLElement {
  const block = document.createElement("section");
  block.className = "fallback-town";
  block.dataset["jurisdiction"] = town.townId;
  const heading = document.createElement("h3");
  heading.textContent = town.townName;
  block.append(heading);
  /** One part of the block: a heading and a list of quoted texts, each with its clause link. */
  const part = (kind: string, title: string, entries: readonly Node[][]) => {
    if (entries.length === 0) return;
    const section = document.createElement("div");
    section.className = "fallback-part";
    section.dataset["kind"] = kind;
    const label = document.createElement("h4");
    label.textContent = title;
    const list = document.createElement("ul");
    for (const nodes of entries) {
      const entry = document.createElement("li");
      entry.append(...nodes);
      list.append(entry);
    }
    section.append(label, list);
    block.append(section);
  };
  const quoted = (text: string, citation: string, href: string): Node[] => {
    const paragraph = document.createElement("p");
    paragraph.className = "duty-text";
    paragraph.textContent = text;
    return [paragraph, clauseLink(citation, href)];
  };
  const duties = (items: readonly FallbackDuty[]) =>
    items.map((item) => {
      const unit = document.createElement("a");
      unit.className = "answer-unit";
      unit.href = item.unitPath;
      unit.textContent = item.unitName;
      return [unit, ...quoted(item.duty.text, item.duty.citation, item.duty.clauseHref)];
    });
  part("supervisor", "综合监管", duties(town.supervisor));
  part("territory", "属地", duties(town.territory));
  part("catch-all", "其他有关部门", duties(town.catchAll));
  part(
    "rules",
    "文件的规定",
    town.rules.map((rule) => quoted(rule.text, rule.citation, rule.href)),
  );
  if (town.principles.length > 0) {
    const part = document.createElement("p");
    part.className = "fallback-part";
    part.dataset["kind"] = "principles";
    part.append("原则：");
    town.principles.forEach((principle, index) => {
      const link = document.createElement("a");
      link.href = principle.href;
      link.textContent = principle.name;
      part.append(...(index > 0 ? ["；"] : []), link);
    });
    block.append(part);
  }
  return block;
}

export function clauseLink(citation: string, href: string): HTMLAnchorElement {
  const clause = document.createElement("a");
  clause.className = "clause-ref";
  clause.href = href;
  clause.textContent = citation;
  return clause;
}

/** A span of text with a class, as the cards' small labels are. */
export function labelled(className: string, text: string): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = className;
  span.textContent = text;
  return span;
}

/** An answer's first line: 可能相关 when weak, its role, the unit linked, its town, and why it is there. */
export function answerHead(answer: LookupAnswer): HTMLDivElement {
  const head = document.createElement("div");
  head.className = "answer-head";
  const badge = labelled(`role role-${answer.role}`, ROLE_LABELS[answer.role]);
  badge.dataset["role"] = answer.role;
  const unit = document.createElement("a");
  unit.className = "answer-unit";
  unit.href = answer.unitPath;
  unit.textContent = answer.unitName;
  // An answer only 可能相关 says so first: its duty's role is the document's, not the answer.
  if (answer.strength === "weak") head.append(labelled("answer-maybe", "可能相关"), " ");
  head.append(badge, " ", unit, " ", labelled("answer-town", answer.townName));
  if (answer.strength === "weak") head.append(" ", labelled("answer-reason", WEAK_ANSWER));
  if (answer.reason !== "match")
    head.append(
      " ",
      labelled("answer-reason", answer.reason === "sector-lead" ? "本领域主责，供参考" : "属地（文件写明）"),
    );
  return head;
}

/** The duty's text around what matched, marked, with the whole text one click away. */
export function answerText(answer: LookupAnswer): HTMLParagraphElement {
  const text = document.createElement("p");
  text.className = "duty-text";
  const [start, end] = excerptWindow(answer.duty.text, answer.duty.highlights);
  const fill = (from: number, to: number) => {
    const shown = answer.duty.highlights
      .filter(([a, b]) => b > from && a < to)
      .map(([a, b]): [number, number] => [Math.max(a, from) - from, Math.min(b, to) - from]);
    const nodes: Node[] = [];
    for (const part of highlightParts(answer.duty.text.slice(from, to), shown)) {
      if (part.mark) {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(part.text));
    }
    return nodes;
  };
  text.append(
    ...(start > 0 ? ["……"] : []),
    ...fill(start, end),
    ...(end < answer.duty.text.length ? ["……"] : []),
  );
  if (start > 0 || end < answer.duty.text.length) {
    // An excerpt of a long paragraph; the whole verbatim text is one click away.
    const whole = document.createElement("button");
    whole.type = "button";
    whole.className = "link-button";
    whole.textContent = "展开全文";
    whole.addEventListener("click", () => {
      text.replaceChildren(...fill(0, answer.duty.text.length));
    });
    text.append(" ", whole);
  }
  return text;
}

/** The line under the text: the clause, the unit page, what matched, and the unit's other matching duties. */
export function answerMeta(answer: LookupAnswer): HTMLDivElement {
  const meta = document.createElement("div");
  meta.className = "answer-meta";
  const clause = document.createElement("a");
  clause.className = "clause-ref";
  clause.href = answer.duty.clauseHref;
  clause.textContent = answer.duty.citation;
  const home = document.createElement("a");
  home.href = answer.duty.href;
  home.textContent = SEE_ON_UNIT_PAGE;
  meta.append(clause, " · ", home);
  const evidence = [
    ...(answer.shownWords.length > 0 ? [`匹配：${answer.shownWords.join("、")}`] : []),
    ...(answer.viaSectors.length > 0 ? [`同属领域：${answer.viaSectors.join("、")}`] : []),
  ];
  if (evidence.length > 0) meta.append(" · ", labelled("answer-matched", evidence.join("；")));
  if (answer.otherDuties.length > 0) {
    // The other matching duties themselves, each linked: not the top of the unit page. The
    // list is built when opened, so typing stays fast however many duties a unit has.
    const others = lazyDetails("answer-others", `另有 ${answer.otherDuties.length} 条相关职责`, () => {
      const list = document.createElement("ul");
      for (const other of answer.otherDuties) {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = other.href;
        link.textContent = other.text.length > 60 ? `${other.text.slice(0, 60)}……` : other.text;
        entry.append(link, " ", clauseLink(other.citation, other.clauseHref));
        list.append(entry);
      }
      return list;
    });
    meta.append(others);
  }
  return meta;
}

/** One answer's card, with the attributes the tests and the page's styles read. */
export function answerItem(answer: LookupAnswer): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `answer role-border-${answer.role}`;
  item.dataset["unitName"] = answer.unitName;
  item.dataset["role"] = answer.role;
  item.dataset["jurisdiction"] = answer.townId;
  item.dataset["reason"] = answer.reason;
  item.dataset["strength"] = answer.strength;
  item.dataset["words"] = String(answer.matchedWords.length + answer.viaSectors.length);
  item.append(answerHead(answer), answerText(answer), answerMeta(answer));
  return item;
}
