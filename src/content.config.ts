import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import type { z } from "astro/zod";
import { guideSchema } from "./schemas/guide.ts";
import { jurisdictionSchema } from "./schemas/jurisdiction.ts";
import { principleSchema } from "./schemas/principle.ts";
import { ledgerSetSchema } from "./schemas/ledger.ts";
import { rosterSchema } from "./schemas/roster.ts";
import { ruleSetSchema } from "./schemas/rule.ts";
import { sectorSchema } from "./schemas/sector.ts";
import { sourceSchema } from "./schemas/source.ts";
import { termSchema } from "./schemas/term.ts";
import { unitSchema } from "./schemas/unit.ts";
import { vocabularySchema } from "./schemas/vocabulary.ts";

/**
 * The content folder: ./content, or another one named by DUTY_MATRIX_CONTENT (the
 * benchmark builds synthetic towns from a temporary folder without touching content/).
 */
const CONTENT_ROOT = process.env["DUTY_MATRIX_CONTENT"] ?? "./content";

/**
 * A collection of files under content/<folder>/. Ids are the paths without extension
 * (units: `<town>/<unit>`), exactly as scripts/check.ts derives them, so the build and
 * the check agree on every id.
 */
function contentFolder<S extends z.ZodType>(folder: string, pattern: string, schema: S) {
  return defineCollection({
    loader: glob({
      pattern,
      base: `${CONTENT_ROOT}/${folder}`,
      generateId: ({ entry }) => entry.replace(/\.(ya?ml|mdx?)$/, ""),
    }),
    schema,
  });
}

export const collections = {
  jurisdictions: contentFolder("jurisdictions", "*.{yaml,yml}", jurisdictionSchema),
  sources: contentFolder("sources", "*.{yaml,yml}", sourceSchema),
  units: contentFolder("units", "*/*.{yaml,yml}", unitSchema),
  sectors: contentFolder("sectors", "*.{yaml,yml}", sectorSchema),
  principles: contentFolder("principles", "*.{md,mdx}", principleSchema),
  rules: contentFolder("rules", "*.{yaml,yml}", ruleSetSchema),
  rosters: contentFolder("rosters", "*.{yaml,yml}", rosterSchema),
  ledgers: contentFolder("ledgers", "*.{yaml,yml}", ledgerSetSchema),
  terms: contentFolder("terms", "*.{yaml,yml}", termSchema),
  vocabulary: contentFolder("vocabulary", "*.{yaml,yml}", vocabularySchema),
  guides: contentFolder("guides", "*.{md,mdx}", guideSchema),
};
