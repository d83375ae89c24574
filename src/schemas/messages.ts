/**
 * Every validation message is written twice, Chinese first for the clerk who edits the
 * YAML, English after for the engineer; each says what to fix.
 */
export function bilingual(chinese: string, english: string): string {
  return `${chinese} / ${english}`;
}

/** Lowercase ASCII ids with hyphens: they become URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_MESSAGE = bilingual(
  "编号只能用小写英文字母、数字和连字符，例如 police-station",
  "ids use lowercase ASCII letters, digits and hyphens, e.g. police-station",
);

/** The kinds of value zod names, as a clerk would say them. */
const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  boolean: "是/否（true 或 false）",
  array: "列表（每项一行，以“- ”开头，或写成 [a, b]）",
  object: "一组字段",
  undefined: "空",
  null: "空",
};

/**
 * A schema issue as a clerk can act on it. Our own messages are already bilingual and
 * kept; zod's defaults ("Invalid input: expected string, received number") are rewritten:
 * a missing field says so, and a YAML number where text belongs says to quote it.
 */
export function describeSchemaIssue(issue: {
  code: string;
  message: string;
  expected?: unknown;
  path: readonly PropertyKey[];
}): { message: string; fix: string } {
  const genericFix = bilingual("按上面的说明改正该字段", "correct the field as the message says");
  if (issue.message.includes(" / ") || issue.code !== "invalid_type")
    return { message: issue.message, fix: genericFix };
  const field = String(issue.path.filter((p) => typeof p === "string").at(-1) ?? "");
  const received = /received (\w+)/.exec(issue.message)?.[1] ?? "";
  const expected = String(issue.expected ?? "");
  if (received === "undefined")
    return {
      message: bilingual(`缺少必填字段 ${field}`, `missing required field ${field}`),
      fix: bilingual(`添加 ${field}: …`, `add ${field}: …`),
    };
  if (expected === "string" && (received === "number" || received === "boolean"))
    return {
      message: bilingual(
        `这里应是文字，YAML 却读成了${TYPE_NAMES[received]}`,
        `expected text, but YAML read a ${received}`,
      ),
      fix: bilingual(`给值加上引号，例如 "110"`, `quote the value, e.g. "110"`),
    };
  return {
    message: bilingual(
      `这里应是${TYPE_NAMES[expected] ?? expected}，实际是${TYPE_NAMES[received] ?? received}`,
      `expected ${expected}, got ${received}`,
    ),
    fix: genericFix,
  };
}
