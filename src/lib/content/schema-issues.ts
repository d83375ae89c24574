import type { z } from "astro/zod";
import { bilingual, describeSchemaIssue, GENERIC_FIX, type SchemaIssue } from "../../schemas/messages.ts";
import { closestIds } from "./closest.ts";
import type { ContentProblem } from "./types.ts";

/**
 * Schema issues as problems: where in the file (entry › field), what is wrong and the fix.
 * An unknown key is an error, not silently dropped data; the fix names the field the clerk
 * most likely meant (`alias` → `aliases`), found in the schema at the issue's place.
 */

/** Keys we renamed, with what replaces them: an old file gets the new form, not a guess. */
const RENAMED_KEYS: Record<string, { zh: string; en: string }> = {
  partPattern: {
    zh: "partPattern（正则表达式）已不再使用，改写为 parts: { titlePrefix: 每篇标题中“篇一”之前的文字 }",
    en: "partPattern (a regular expression) is no longer read; write parts: { titlePrefix: <the title before 篇一> }",
  },
};

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** The keys an object in the schema may have at a path of the data (empty when not an object). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = defOf(schema);
  if (def.innerType) return knownKeysAt(def.innerType, path);
  if (def.type === "pipe") return knownKeysAt(def.out ?? def.in!, path).concat(knownKeysAt(def.in!, path));
  if (def.type === "union") return def.options!.flatMap((option) => knownKeysAt(option, path));
  if (path.length === 0) return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
  const [step, ...rest] = path;
  if (def.type === "object" && typeof step === "string" && def.shape?.[step])
    return knownKeysAt(def.shape[step], rest);
  if (def.type === "array" && typeof step === "number" && def.element) return knownKeysAt(def.element, rest);
  return [];
}

function unknownKey(
  key: string,
  near: string | undefined,
  known: readonly string[],
): { message: string; fix: string } {
  const message = bilingual(
    `未知字段 ${key}，这一行的内容不会被读入`,
    `unknown field ${key}: its value would be ignored`,
  );
  const renamed = RENAMED_KEYS[key];
  if (renamed) return { message, fix: bilingual(renamed.zh, renamed.en) };
  if (near)
    return {
      message,
      fix: bilingual(
        `是不是 ${near}？把 ${key} 改为 ${near}`,
        `did you mean ${near}? rename ${key} to ${near}`,
      ),
    };
  return {
    message,
    fix: bilingual(
      `删除这一行，或改用以下字段之一：${known.join("、")}`,
      `delete the line or use one of: ${known.join(", ")}`,
    ),
  };
}

/** `duties[0].sectors` from a path. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/** The value at a path of the data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/**
 * A fix that says what to write: the closest allowed value for a mistyped one (leed →
 * lead), else the value as written, so the clerk finds it, and the rule it breaks.
 */
function withConcreteFix(
  described: { message: string; fix: string },
  issue: SchemaIssue,
  value: unknown,
): { message: string; fix: string } {
  if (described.fix !== GENERIC_FIX || value === undefined || value === null) return described;
  const shown = typeof value === "string" ? `“${value}”` : JSON.stringify(value);
  const allowed = ((issue as SchemaIssue & { values?: unknown[] }).values ?? []).map(String);
  if (allowed.length > 0) {
    const near = closestIds(String(value), new Set(allowed))[0];
    return {
      message: described.message,
      fix: near
        ? bilingual(`把 ${shown} 改为 ${near}`, `change ${shown} to ${near}`)
        : bilingual(
            `把 ${shown} 换成 ${allowed.join("、")} 中的一个`,
            `replace ${shown} with one of ${allowed.join(", ")}`,
          ),
    };
  }
  return {
    message: described.message,
    fix: bilingual(
      `现在写的是 ${shown}：按上面的要求改写`,
      `it says ${shown} now: rewrite it as the message says`,
    ),
  };
}

/**
 * One problem per issue (and per unknown key), naming file › entry › field. A mistyped
 * required key is one mistake: the unknown key is reported with its fix, and the "missing
 * field" it leaves behind is not reported again.
 */
export function schemaProblems(
  file: string,
  id: string,
  schema: z.ZodType,
  data: unknown,
  issues: readonly SchemaIssue[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: readonly PropertyKey[], described: { message: string; fix: string }) => {
    const [entryPart, ...fieldParts] = pathText(path).split(".");
    problems.push({
      file,
      entry: fieldParts.length ? (entryPart ?? id) : id,
      field: fieldParts.length ? fieldParts.join(".") : pathText(path),
      ...described,
    });
  };
  const meant = new Set<string>();
  const unknownKeyProblems: Array<[readonly PropertyKey[], { message: string; fix: string }]> = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const known = knownKeysAt(schema, issue.path);
    for (const key of (issue as SchemaIssue & { keys?: string[] }).keys ?? []) {
      const near = RENAMED_KEYS[key] ? undefined : closestIds(key, new Set(known))[0];
      if (near && valueAt(data, [...issue.path, near]) === undefined)
        meant.add(pathText([...issue.path, near]));
      unknownKeyProblems.push([[...issue.path, key], unknownKey(key, near, known)]);
    }
  }
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" || meant.has(pathText(issue.path))) continue;
    add(issue.path, withConcreteFix(describeSchemaIssue(issue), issue, valueAt(data, issue.path)));
  }
  for (const [path, described] of unknownKeyProblems) add(path, described);
  return problems;
}
