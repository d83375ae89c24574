/**
 * Characters a clerk cannot see: a zero-width space pasted from a web page or WeChat, a
 * no-break or full-width space, a space at the end of a quoted value. A message about a
 * value holding one must name it and where it is — a fix that prints the value without it
 * looks identical to the input.
 */

const NAMES: Record<string, [zh: string, en: string]> = {
  "\u200b": ["零宽空格", "zero-width space"],
  "\u200c": ["零宽不连字符", "zero-width non-joiner"],
  "\u200d": ["零宽连字符", "zero-width joiner"],
  "\u2060": ["零宽不换行符", "word joiner"],
  "\ufeff": ["零宽不换行空格（BOM）", "zero-width no-break space (BOM)"],
  "\u00ad": ["软连字符", "soft hyphen"],
  "\u00a0": ["不换行空格", "no-break space"],
  "\u3000": ["全角空格", "full-width space"],
  "\t": ["制表符（Tab）", "tab"],
  " ": ["空格", "space"],
};

/** Characters no eye sees in any position: they never belong in content. */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;

function unicodeName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Where the first hidden character is, as a message fragment: "在第 7 个字后有一个零宽空格 U+200B / …". */
function describeAt(value: string, index: number): string {
  const characters = [...value];
  const character = characters[index]!;
  const [zh, en] = NAMES[character] ?? ["看不见的字符", "invisible character"];
  const code = unicodeName(character);
  const count = characters.filter((c) => c === character).length;
  const more = count > 1 ? [`（共 ${count} 处）`, ` (${count} in all)`] : ["", ""];
  if (index === 0) return `开头有一个${zh} ${code}${more[0]} / a ${en} ${code} at the start${more[1]}`;
  if (index === characters.length - 1)
    return `末尾有一个${zh} ${code}${more[0]} / a ${en} ${code} at the end${more[1]}`;
  return `在第 ${index} 个字后有一个${zh} ${code}${more[0]} / a ${en} ${code} after character ${index}${more[1]}`;
}

/**
 * The hidden character of a reference or id (a clause id, a source id): a zero-width
 * character anywhere, another space character anywhere but between words of an id such as
 * `篇二 三(三)1`, or a space at either end. Undefined when there is none.
 */
export function hiddenInReference(value: string): { description: string; cleaned: string } | undefined {
  const characters = [...value];
  const index = characters.findIndex(
    (c, i) =>
      ZERO_WIDTH.test(c) ||
      c === "\u00a0" ||
      c === "\u3000" ||
      c === "\t" ||
      (c === " " && (i === 0 || i === characters.length - 1)),
  );
  if (index < 0) return undefined;
  const cleaned = value
    .replace(new RegExp(ZERO_WIDTH.source, "gu"), "")
    .replace(/[\u00a0\u3000\t]/g, " ")
    .trim();
  return { description: describeAt(value, index), cleaned };
}

/**
 * The first character of a quote no eye sees — a zero-width character, or a no-break space
 * (white space is ignored when quotes are compared, so it would pass unseen) — that its
 * source does not print itself (`printed`: the clause's text), or undefined.
 */
export function hiddenInQuote(value: string, printed = ""): string | undefined {
  const index = [...value].findIndex((c) => (ZERO_WIDTH.test(c) || c === "\u00a0") && !printed.includes(c));
  return index < 0 ? undefined : describeAt(value, index);
}

/**
 * The message and fix for a value holding a hidden character, one wording for every place:
 * `where` names the value (编号, 条款编号 四(二)6 …), `description` is `hiddenInReference`'s or
 * `hiddenInQuote`'s; with `cleaned`, the fix gives the value without it.
 */
export function hiddenCharacterProblem(
  where: { zh: string; en: string },
  description: string,
  cleaned?: string,
): { message: string; fix: string } {
  const [zh, en] = description.split(" / ");
  return {
    message: `${where.zh}里有看不见的字符：${zh} / the ${where.en} holds an invisible character: ${en}`,
    fix:
      cleaned === undefined
        ? "删除它（可从来源原文重新复制这段文字） / delete it (copy the words from the source again)"
        : `删除它（最好重新输入），写成 ${cleaned} / delete it (retype it): ${cleaned}`,
  };
}
