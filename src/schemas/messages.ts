/**
 * Every validation message is written twice, Chinese first for the clerk who edits the
 * YAML, English after for the engineer; each says what to fix.
 */
export function bilingual(chinese: string, english: string): string {
  return `${chinese} / ${english}`;
}

/** Marks where a schema message's own fix begins (zod carries one message string per issue). */
const FIX_MARK = "\n修改→";

/** A schema message with its own fix, for mistakes whose fix the generic one would not say. */
export function withFix(message: string, fix: string): string {
  return `${message}${FIX_MARK}${fix}`;
}

/** Lowercase ASCII ids with hyphens: they become URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How definitions, summaries and guides are written: this site's words, not the documents'. */
export const OWN_WORDS = "用自己的话写";

/** What an id (and so a file name) may hold, in Chinese. */
export const ID_CHARACTERS = "只能用小写英文字母、数字和连字符";

export const ID_MESSAGE = bilingual(
  `编号${ID_CHARACTERS}，例如 police-station`,
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

/** A zod issue, with the fields its codes carry that the messages use. */
export interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  format?: string;
}

/**
 * A schema issue as a clerk can act on it. Our own messages are already bilingual and
 * kept; every one of zod's English-only defaults a content file can meet is rewritten:
 * a missing field says so, a YAML number where text belongs says to quote it, an empty
 * value or list says it may not be empty, a value outside a list names the list.
 */
/** The fix a schema's own message leaves to the reader; the check replaces it with the value's own fix. */
export const GENERIC_FIX = bilingual("按上面的说明改正该字段", "correct the field as the message says");

export function describeSchemaIssue(issue: SchemaIssue): { message: string; fix: string } {
  const genericFix = GENERIC_FIX;
  const [message = "", ownFix] = issue.message.split(FIX_MARK);
  if (message.includes(" / ")) return { message, fix: ownFix ?? genericFix };
  const field = String(issue.path.filter((p) => typeof p === "string").at(-1) ?? "");
  switch (issue.code) {
    case "invalid_type":
      return describeInvalidType(issue, field, genericFix);
    case "too_small":
      return describeSize(issue, "small");
    case "too_big":
      return describeSize(issue, "big");
    case "invalid_value": {
      const values = (issue.values ?? []).map(String);
      return {
        message: bilingual(
          `${field} 必须是 ${values.join("、")} 之一`,
          `${field} must be one of ${values.join(", ")}`,
        ),
        fix: bilingual("从上面的值中选一个，照抄", "copy one of the values above"),
      };
    }
    case "invalid_format":
      return {
        message: bilingual(`${field} 的写法不对`, `${field} is not written in the expected form`),
        fix: bilingual("参照同类文件中的写法改正", "follow the form used in other files of this folder"),
      };
    default:
      return {
        message: bilingual(`${field || "这一项"}的值不对`, `${field || "this value"} is not valid`),
        fix: bilingual(
          "参照同类文件中的写法改正，或运行 npm run check 查看其他问题",
          "follow the form used in other files of this folder",
        ),
      };
  }
}

function describeInvalidType(
  issue: SchemaIssue,
  field: string,
  genericFix: string,
): { message: string; fix: string } {
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

/** An empty text or list where one is required, or a number out of range. */
function describeSize(issue: SchemaIssue, side: "small" | "big"): { message: string; fix: string } {
  const bound = Number(side === "small" ? issue.minimum : issue.maximum);
  if (issue.origin === "string" && side === "small" && bound <= 1)
    return {
      message: bilingual("这里不能是空的", "this may not be empty"),
      fix: bilingual("填写内容，或删除这一行", "fill it in, or delete the line"),
    };
  if (issue.origin === "array" && side === "small")
    return {
      message: bilingual(`这个列表至少要有 ${bound} 项`, `the list needs at least ${bound} item(s)`),
      fix: bilingual("补上列表项（每项一行，以“- ”开头）", "add items (one per line, starting with “- ”)"),
    };
  const unit =
    issue.origin === "string"
      ? ["个字", " characters"]
      : issue.origin === "array"
        ? ["项", " items"]
        : ["", ""];
  return side === "small"
    ? {
        message: bilingual(`不能少于 ${bound}${unit[0]}`, `must be at least ${bound}${unit[1]}`),
        fix: bilingual("按上面的下限改正", "raise it to the bound above"),
      }
    : {
        message: bilingual(`不能多于 ${bound}${unit[0]}`, `must be at most ${bound}${unit[1]}`),
        fix: bilingual("按上面的上限改正", "lower it to the bound above"),
      };
}
