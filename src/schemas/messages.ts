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
