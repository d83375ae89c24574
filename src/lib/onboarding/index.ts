/**
 * For new cadres: each post's guide filled from the data (duties, deadlines, rules,
 * ledgers, terms), and the glossary with its links from duty texts and its occurrences.
 */
export * from "./glossary.ts";
export * from "./guides.ts";
