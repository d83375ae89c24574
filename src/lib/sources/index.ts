/**
 * Source documents as text: the clause parser that reads the numbering of Chinese
 * government documents (一、（一）1、（1）, unnumbered paragraphs, collections), Chinese
 * numerals, white-space-blind verbatim comparison, and how a clause is cited.
 */
export * from "./citation-label.ts";
export * from "./clauses.ts";
export * from "./numerals.ts";
export * from "./parse.ts";
export * from "./text.ts";
