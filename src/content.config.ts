import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { jurisdictionSchema } from "./schemas/jurisdiction.ts";
import { principleSchema } from "./schemas/principle.ts";
import { ruleSetSchema } from "./schemas/rule.ts";
import { sectorSchema } from "./schemas/sector.ts";
import { sourceSchema } from "./schemas/source.ts";
import { unitSchema } from "./schemas/unit.ts";

/**
 * Ids are the file paths without extension (units: `<town>/<unit>`), exactly as
 * scripts/check.ts derives them, so the build and the check agree on every id.
 */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, "");

export const collections = {
  jurisdictions: defineCollection({
    loader: glob({ pattern: "*.{yaml,yml}", base: "./content/jurisdictions", generateId: pathId }),
    schema: jurisdictionSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: "*.{yaml,yml}", base: "./content/sources", generateId: pathId }),
    schema: sourceSchema,
  }),
  units: defineCollection({
    loader: glob({ pattern: "*/*.{yaml,yml}", base: "./content/units", generateId: pathId }),
    schema: unitSchema,
  }),
  sectors: defineCollection({
    loader: glob({ pattern: "*.{yaml,yml}", base: "./content/sectors", generateId: pathId }),
    schema: sectorSchema,
  }),
  principles: defineCollection({
    loader: glob({ pattern: "*.{md,mdx}", base: "./content/principles", generateId: pathId }),
    schema: principleSchema,
  }),
  rules: defineCollection({
    loader: glob({ pattern: "*.{yaml,yml}", base: "./content/rules", generateId: pathId }),
    schema: ruleSetSchema,
  }),
};
