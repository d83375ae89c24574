import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import type { z } from "astro/zod";
import type { ContentEntry, ContentInput, ContentProblem } from "../lib/content-types.ts";
import { guideSchema } from "../schemas/guide.ts";
import { describeSchemaIssue } from "../schemas/messages.ts";
import { jurisdictionSchema } from "../schemas/jurisdiction.ts";
import { principleSchema } from "../schemas/principle.ts";
import { ledgerSetSchema } from "../schemas/ledger.ts";
import { rosterSchema } from "../schemas/roster.ts";
import { ruleSetSchema } from "../schemas/rule.ts";
import { sectorSchema } from "../schemas/sector.ts";
import { sourceSchema } from "../schemas/source.ts";
import { termSchema } from "../schemas/term.ts";
import { unitSchema } from "../schemas/unit.ts";
import { vocabularySchema } from "../schemas/vocabulary.ts";

/**
 * Reads content/ straight from disk with the same schemas the Astro content layer uses.
 * `npm run check` and the tests use it; the build reads through Astro and then runs the
 * same cross-checks, so both report the same problems.
 */
export interface ReadResult {
  input: ContentInput;
  problems: ContentProblem[];
}

const DATA_FILE = /\.ya?ml$/;

/** Files below a folder (recursively) whose names match, sorted for stable output. */
export function listFiles(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((name) => pattern.test(name))
    .map((name) => name.split("\\").join("/"))
    .sort();
}

/** A YAML document with a leading BOM and CRLF line ends is read like any other. */
function parseYaml(text: string): unknown {
  return yaml.load(text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n"));
}

function frontmatter(text: string): string | null {
  const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match?.[1] ?? null;
}

export function readContentFiles(root: string): ReadResult {
  const problems: ContentProblem[] = [];
  const content = join(root, "content");

  function readCollection<S extends z.ZodType>(
    folder: string,
    pattern: RegExp,
    schema: S,
    extract: (text: string) => unknown = parseYaml,
  ): ContentEntry<z.output<S>>[] {
    const base = join(content, folder);
    const entries: ContentEntry<z.output<S>>[] = [];
    for (const name of listFiles(base, pattern)) {
      const path = join(base, name);
      const file = relative(root, path).split("\\").join("/");
      const id = name.replace(/\.(ya?ml|mdx?)$/, "");
      let raw: unknown;
      try {
        raw = extract(readFileSync(path, "utf8"));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        problems.push({
          file,
          entry: id,
          field: "",
          message: `文件格式有误，无法读取 / the file is not valid YAML: ${reason}`,
          fix: "检查缩进（用空格，不用 Tab）、冒号后的空格和引号 / check indentation (spaces, not tabs), the space after colons, and quotes",
        });
        continue;
      }
      if (raw === null || raw === undefined) {
        problems.push({
          file,
          entry: id,
          field: "",
          message: "文件是空的 / the file is empty",
          fix: "填写内容或删除该文件 / fill it in or delete it",
        });
        continue;
      }
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
            .join("")
            .replace(/^\./, "");
          const [entryPart, ...fieldParts] = path.split(".");
          problems.push({
            file,
            entry: fieldParts.length ? (entryPart ?? id) : id,
            field: fieldParts.length ? fieldParts.join(".") : path,
            ...describeSchemaIssue(issue),
          });
        }
        continue;
      }
      entries.push({ id, file, data: result.data });
    }
    return entries;
  }

  const jurisdictions = readCollection("jurisdictions", DATA_FILE, jurisdictionSchema);
  const sources = readCollection("sources", /^[^/]+\.ya?ml$/, sourceSchema).map((entry) => {
    const textPath = join(content, "sources", "texts", entry.data.file);
    return { ...entry, text: existsSync(textPath) ? readFileSync(textPath, "utf8") : null };
  });
  const units = readCollection("units", /^[^/]+\/[^/]+\.ya?ml$/, unitSchema);
  const sectors = readCollection("sectors", DATA_FILE, sectorSchema);
  const readFrontmatter = (text: string) => {
    const block = frontmatter(text);
    if (block === null) throw new Error("missing --- frontmatter ---");
    return parseYaml(block);
  };
  const principles = readCollection("principles", /\.mdx?$/, principleSchema, readFrontmatter);
  const guides = readCollection("guides", /\.mdx?$/, guideSchema, readFrontmatter);
  const ruleSets = readCollection("rules", DATA_FILE, ruleSetSchema);
  const rosters = readCollection("rosters", DATA_FILE, rosterSchema);
  const ledgerSets = readCollection("ledgers", DATA_FILE, ledgerSetSchema);
  const terms = readCollection("terms", DATA_FILE, termSchema);
  const vocabularies = readCollection("vocabulary", DATA_FILE, vocabularySchema);

  return {
    input: {
      jurisdictions,
      sources,
      units,
      sectors,
      principles,
      ruleSets,
      rosters,
      ledgerSets,
      terms,
      vocabularies,
      guides,
    },
    problems,
  };
}
