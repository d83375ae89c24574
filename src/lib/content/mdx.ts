import { markdownToMdast, mdxToMdast, type MdastNode } from "satteri";
import { bilingual } from "../../schemas/messages.ts";
import type { Refusal } from "./file-kinds.ts";

/**
 * Guides and principles are Markdown written by clerks, compiled by the same parser the
 * build uses (satteri, through @astrojs/mdx). MDX can hold code: an `import` runs at build
 * time on the build machine, `{…}` is a JavaScript expression, `<script>` and `onerror`
 * reach the page. None of that belongs in a guide, so the check compiles every body and
 * refuses it, naming the line, before the build ever evaluates it.
 */

/** A problem in the body of a guide or principle, at a line of the file. */
export interface BodyProblem extends Refusal {
  line: number;
}

/**
 * The HTML elements a guide may use, for what Markdown cannot say; none takes attributes
 * except `title` on `abbr`. Our own components would be listed here too; guides use none.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sub: [],
  sup: [],
  mark: [],
  abbr: ["title"],
};

const ALLOWED_TAGS = Object.keys(ALLOWED_ELEMENTS).map((name) => `<${name}>`);

/** Compiles a body (`format` from the file name) and lists every construct that is not plain Markdown. */
export function bodyProblems(text: string, format: "md" | "mdx"): BodyProblem[] {
  let tree: MdastNode;
  type Found = BodyProblem & { kind: string };
  try {
    tree = format === "mdx" ? mdxToMdast(text) : markdownToMdast(text);
  } catch (error) {
    return [syntaxProblem(error)];
  }
  const problems: Found[] = [];
  visit(tree, (node) => {
    const problem = problemOf(node);
    if (problem) problems.push({ line: node.position?.start.line ?? 0, kind: node.type, ...problem });
  });
  // An import is the cause; the expressions that use what it imports are its consequences.
  const imports = problems.filter((problem) => problem.kind === "mdxjsEsm");
  const reported = imports.length
    ? problems.filter((problem) => !problem.kind.startsWith("mdxFlow") && !problem.kind.startsWith("mdxText"))
    : problems;
  return reported.map(({ kind: _kind, ...problem }) => problem);
}

function visit(node: MdastNode, each: (node: MdastNode) => void): void {
  each(node);
  for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child, each);
}

function problemOf(node: MdastNode): Refusal | undefined {
  switch (node.type) {
    case "mdxjsEsm":
      return {
        message: bilingual(
          "正文里不能有 import/export 语句（它们会在构建时执行代码）",
          "import/export statements are not allowed: they run code at build time",
        ),
        fix: bilingual(
          "删除这一行：指南和原则只写 Markdown 正文（标题、段落、列表、表格、链接）",
          "delete the line: guides and principles are plain Markdown (headings, paragraphs, lists, tables, links)",
        ),
      };
    case "mdxFlowExpression":
    case "mdxTextExpression": {
      const value = String((node as { value?: string }).value ?? "").trim();
      if (/^\/\*[\s\S]*\*\/$/.test(value)) return undefined; // {/* a comment */}
      return {
        message: bilingual(
          `正文里不能有 {…} 表达式：{${value.slice(0, 30)}}（它是会执行的代码）`,
          `{…} expressions are not allowed: {${value.slice(0, 30)}} is code`,
        ),
        fix: bilingual(
          "要写花括号本身，写成 \\{ 和 \\}；注释写成 {/* … */}",
          "write \\{ and \\} for the braces themselves; comments are {/* … */}",
        ),
      };
    }
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return elementProblem(node as unknown as JsxElement);
    case "html":
      return htmlProblem(String((node as { value?: string }).value ?? ""));
    case "link":
    case "definition":
      return linkProblem(String((node as { url?: string }).url ?? ""));
    case "image":
      return imageProblem(String((node as { url?: string }).url ?? ""));
    default:
      return undefined;
  }
}

/** Schemes a link may not use: they run code or carry a whole page in the address. */
const CODE_SCHEMES = /^\s*(?:javascript|vbscript|data|file):/i;

function linkProblem(url: string): Refusal | undefined {
  const scheme = CODE_SCHEMES.exec(url)?.[0].trim().toLowerCase();
  if (!scheme) return undefined;
  return {
    message: bilingual(
      `链接不能用 ${scheme} 地址（点开会执行代码或打开藏在地址里的网页）：${url.slice(0, 40)}`,
      `a link may not be a ${scheme} address (it runs code or opens a page hidden in the address): ${url.slice(0, 40)}`,
    ),
    fix: bilingual(
      "链接写本站的页面（如 /zhangshanzi/）或 https:// 网址，或去掉链接只留文字",
      "link to a page of the site (such as /zhangshanzi/) or an https:// address, or keep the words and drop the link",
    ),
  };
}

/** A picture must come with the site: one from another site is a request the page makes at run time. */
function imageProblem(url: string): Refusal | undefined {
  if (linkProblem(url)) return linkProblem(url);
  if (!/^\s*(?:[a-z][\w+.-]*:|\/\/)/i.test(url)) return undefined;
  return {
    message: bilingual(
      `图片来自别的网站（${url.slice(0, 60)}）：网站不向外网请求任何东西，离线时也看不到它`,
      `the picture comes from another site (${url.slice(0, 60)}): the site requests nothing from other sites, and offline it would not show`,
    ),
    fix: bilingual(
      "把图片下载下来放进 public/ 文件夹，写成 ![说明](/图片名.png)，或删除这张图",
      "save the picture in public/ and write ![caption](/picture.png), or delete it",
    ),
  };
}

interface JsxElement {
  name: string | null;
  attributes: Array<{ type: string; name?: string }>;
}

function elementProblem(element: JsxElement): Refusal | undefined {
  const name = element.name ?? "";
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed)
    return {
      message: bilingual(
        `正文里不能用 <${name || "…"}> 标签${name === "script" ? "（脚本）" : ""}`,
        `the tag <${name || "…"}> is not allowed${name === "script" ? " (a script)" : ""}`,
      ),
      fix: bilingual(
        `改用 Markdown 写法，或只用这些标签：${ALLOWED_TAGS.join("、")}`,
        `use Markdown, or only these tags: ${ALLOWED_TAGS.join(", ")}`,
      ),
    };
  for (const attribute of element.attributes) {
    const attributeName = attribute.type === "mdxJsxAttribute" ? (attribute.name ?? "") : "{…}";
    if (allowed.includes(attributeName)) continue;
    return attributeProblem(name, attributeName, allowed);
  }
  return undefined;
}

function attributeProblem(element: string, attribute: string, allowed: readonly string[]): Refusal {
  const event = /^on/i.test(attribute);
  return {
    message: bilingual(
      `<${element}> 上不能有 ${attribute} 属性${event ? "（事件属性会执行脚本）" : ""}`,
      `<${element}> may not have the attribute ${attribute}${event ? " (event attributes run scripts)" : ""}`,
    ),
    fix: allowed.length
      ? bilingual(
          `删除该属性；<${element}> 只能带 ${allowed.join("、")}`,
          `delete it; <${element}> takes only ${allowed.join(", ")}`,
        )
      : bilingual(`删除该属性，写成 <${element}>`, `delete it: write <${element}>`),
  };
}

/** Raw HTML in a .md body: comments and the allowed elements (with allowed attributes) only. */
function htmlProblem(html: string): Refusal | undefined {
  const trimmed = html.trim();
  if (/^<!--[\s\S]*-->$/.test(trimmed)) return undefined;
  for (const tag of trimmed.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
    const name = tag[1]!.toLowerCase();
    const allowed = ALLOWED_ELEMENTS[name];
    if (!allowed) return elementProblem({ name, attributes: [] });
    for (const attribute of tag[2]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attributeName = attribute[1]!.toLowerCase();
      if (!allowed.includes(attributeName)) return attributeProblem(name, attributeName, allowed);
    }
  }
  return undefined;
}

/** The parser's own message (English, `line:column: …`) wrapped with what to do. */
function syntaxProblem(error: unknown): BodyProblem {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  const position = /^(\d+):(\d+):\s*(.*)$/.exec(reason);
  return {
    line: position ? Number(position[1]) : 0,
    message: bilingual(
      "正文的写法有误，无法编译",
      `the text does not compile: ${position ? position[3] : reason}`,
    ),
    fix: bilingual(
      "MDX 里 < 和 { 有特殊含义：要写这两个字符本身，写成 \\< 和 \\{；HTML 注释 <!-- --> 改写成 {/* … */}；标签要成对闭合",
      "in MDX, < and { start code: write \\< and \\{ for the characters; write comments as {/* … */}; close every tag",
    ),
  };
}
