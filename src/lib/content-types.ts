import type { Guide } from "../schemas/guide.ts";
import type { Jurisdiction } from "../schemas/jurisdiction.ts";
import type { Principle } from "../schemas/principle.ts";
import type { LedgerSet } from "../schemas/ledger.ts";
import type { Roster } from "../schemas/roster.ts";
import type { RuleSet } from "../schemas/rule.ts";
import type { Sector } from "../schemas/sector.ts";
import type { Source } from "../schemas/source.ts";
import type { Term } from "../schemas/term.ts";
import type { UnitEntry } from "../schemas/unit.ts";
import type { Vocabulary } from "../schemas/vocabulary.ts";

/**
 * One validated content entry, whatever read it (Astro's content layer for the build,
 * the file reader for `npm run check` and tests). `file` is relative to the project root
 * so every message can name it.
 */
export interface ContentEntry<T> {
  /** Collection id: the file name without extension; for units `<town>/<unit>`. */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** The schema-validated data. */
  data: T;
}

/** A source entry with its full text (null when the text file is missing). */
export interface SourceEntry extends ContentEntry<Source> {
  text: string | null;
}

/** Everything the site is built from, before cross-checking. */
export interface ContentInput {
  jurisdictions: ContentEntry<Jurisdiction>[];
  sources: SourceEntry[];
  units: ContentEntry<UnitEntry>[];
  sectors: ContentEntry<Sector>[];
  principles: ContentEntry<Principle>[];
  ruleSets: ContentEntry<RuleSet>[];
  rosters: ContentEntry<Roster>[];
  ledgerSets: ContentEntry<LedgerSet>[];
  terms: ContentEntry<Term>[];
  vocabularies: ContentEntry<Vocabulary>[];
  guides: ContentEntry<Guide>[];
}

/** A problem in the content, with everything a clerk needs to find and fix it. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The entry within the file, e.g. `duties[2]` or the unit id. */
  entry: string;
  /** The field, e.g. `sectors[0]`. */
  field: string;
  /** What is wrong, Chinese then English. */
  message: string;
  /** How to fix it, Chinese then English. */
  fix: string;
  /** For an unknown reference: what it points at, as `<kind>/<id>` (e.g. `source/mimi`). */
  reference?: string;
}

/** The kind of entry each content folder holds, as references name it. */
const FOLDER_KINDS: Record<string, string> = {
  jurisdictions: "jurisdiction",
  sources: "source",
  sectors: "sector",
  units: "unit",
  principles: "principle",
  terms: "term",
  guides: "guide",
};

/**
 * The entries that files with reading problems would have held, as `<kind>/<id>`. A
 * reference to one of them is not reported again: the file's own problem says it all.
 */
export function unreadableEntries(problems: readonly ContentProblem[]): Set<string> {
  const entries = new Set<string>();
  for (const { file } of problems) {
    const match = /^content\/([^/]+)\/(.+)\.(?:ya?ml|mdx?)$/.exec(file);
    const kind = match && FOLDER_KINDS[match[1]!];
    if (kind) entries.add(`${kind}/${match[2]}`);
  }
  return entries;
}

/** One line per problem, the form used by the build, `npm run check` and the tests. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.entry, problem.field].filter(Boolean).join(" › ");
  return `${problem.file}${where ? ` › ${where}` : ""}\n  错误 / Error: ${problem.message}\n  修改 / Fix: ${problem.fix}`;
}

/** The report that stops the build. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const header = `内容校验发现 ${problems.length} 个问题 / Content check found ${problems.length} problem(s):`;
  return [header, ...problems.map(formatProblem)].join("\n\n");
}
