import type { TownStanding } from "../../domain/towns.ts";
import type { Matrix } from "./matrix.ts";
import type { Role } from "../../domain/index.ts";
import type { Contact } from "../../schemas/contact.ts";
import type { Cadence, DutyDate } from "../../schemas/duty.ts";
import type { SiteRecord } from "./served.ts";
import type { Guide } from "../../schemas/guide.ts";
import type { Jurisdiction } from "../../schemas/jurisdiction.ts";
import type { LedgerSet } from "../../schemas/ledger.ts";
import type { Principle } from "../../schemas/principle.ts";
import type { Roster } from "../../schemas/roster.ts";
import type { Rule } from "../../schemas/rule.ts";
import type { Sector } from "../../schemas/sector.ts";
import type { Source } from "../../schemas/source.ts";
import type { Term } from "../../schemas/term.ts";
import type { UnitEntry } from "../../schemas/unit.ts";
import type { WordGroup } from "../../schemas/vocabulary.ts";
import type { Clause } from "../sources/index.ts";
import type { ReviewItem } from "../../schemas/review.ts";

/** One duty, flattened out of its unit file and cross-linked. */
export interface DutyRecord {
  /** Globally unique: `<town>/<unit>/<clause anchor>` with `-2`, `-3` for further duties of one clause. */
  id: string;
  /** Fragment id on the unit page. */
  anchor: string;
  /** Unit key `<town>/<unit>`. */
  unit: string;
  jurisdiction: string;
  source: string;
  clause: string;
  /** Fragment id of the clause on the source page. */
  clauseAnchor: string;
  text: string;
  role: Role;
  sectors: string[];
  cadence: Cadence[];
  dates: DutyDate[];
  note: string | undefined;
  /** What an import guessed and a person has yet to check (empty for hand-encoded duties). */
  review: ReviewItem[];
}

/** A unit with its place in the model. */
export interface UnitRecord {
  /** `<town>/<unit>`, unique across towns. */
  key: string;
  /** The file name, unique within a town; used in URLs. */
  slug: string;
  file: string;
  data: UnitEntry;
  /** Name for tight spaces (matrix columns). */
  label: string;
  /** Fragment id of the heading clause on the source page, when there is one. */
  headingAnchor: string | undefined;
  /** The unit's own duties, in file order. */
  duties: DutyRecord[];
  /** The modern successor's record, when `data.successor.unit` names one in the same town. */
  successorUnit: UnitRecord | undefined;
  /** The office's own contact for the unit (content/contacts/), not the documents'; undefined when none is kept. */
  contact: Contact | undefined;
}

export interface SourceRecord {
  id: string;
  file: string;
  data: Source;
  clauses: Clause[];
  /** Duty ids per clause id: the source page links every clause to its duties. */
  dutiesByClause: Map<string, DutyRecord[]>;
  /** How many duties are encoded from the source. */
  dutyCount: number;
}

export interface SectorRecord {
  id: string;
  data: Sector;
  label: string;
}

export interface RuleRecord extends Rule {
  jurisdiction: string;
  source: string;
  clauseAnchor: string;
}

export interface PrincipleRecord {
  id: string;
  data: Principle;
  statements: Array<Principle["statedIn"][number] & { clauseAnchor: string }>;
}

export interface TownRecord {
  id: string;
  data: Jurisdiction;
  /** The town's units in source order. */
  units: UnitRecord[];
  matrix: Matrix;
  /** The sources that cover the town, in content order. */
  sources: SourceRecord[];
  rules: RuleRecord[];
  /** Leadership groups as the town's sources list them, each line with its clause anchor. */
  rosters: Array<
    Omit<Roster, "members"> & {
      clauseAnchor: string;
      members: Array<Roster["members"][number] & { clauseAnchor: string; unitKey: string | undefined }>;
    }
  >;
  /** Ledgers (台账) the town's sources require, with the anchor of the listing clause and who keeps and guides them. */
  ledgerSets: Array<
    LedgerSet & { clauseAnchor: string; keeper: UnitRecord | undefined; guide: UnitRecord | undefined }
  >;
  /** What the town is: a real town, or a template (范本) or collection (汇编) standing in for one. */
  standing: TownStanding;
  /** True for the deployment's own town (site.yaml `home`): the lookup and the home page start with it. */
  home: boolean;
  /** Who answers for work the documents assign to no one by name; undefined when they do not say. */
  unassigned: UnassignedRecord | undefined;
}

export type { TownStanding, SiteRecord };

/** A town's `unassigned`, resolved: the duties, rules and principles it names. */
export interface UnassignedRecord {
  supervisor: DutyRecord[];
  territory: DutyRecord[];
  catchAll: DutyRecord[];
  rules: RuleRecord[];
  principles: PrincipleRecord[];
}

/** The whole site's data, computed once per build. */
export interface Model {
  /** The deployment: its name, region, home town and contact policy (content/site.yaml). */
  site: SiteRecord;
  /** The towns the site publishes (site.yaml), in their order. */
  towns: TownRecord[];
  /** Each town by its id. */
  townById: Map<string, TownRecord>;
  units: Map<string, UnitRecord>;
  duties: DutyRecord[];
  sectors: SectorRecord[];
  sectorById: Map<string, SectorRecord>;
  sources: Map<string, SourceRecord>;
  principles: PrincipleRecord[];
  /** Glossary terms, in glossary order. */
  terms: Array<{ id: string; data: Term }>;
  /** Everyday words for document words (载人 → 载客), from content/vocabulary/. */
  wordGroups: WordGroup[];
  /** Onboarding guides per post, in guide order. */
  guides: Array<{ id: string; data: Guide }>;
}
