import { SOURCE_KINDS } from "../../schemas/source.ts";
import { chineseNumeralToNumber } from "../sources/index.ts";
import { isPageFurniture } from "./layout.ts";

/**
 * What a document says about itself at its head: its title, 文号, issuer and date. A title is a
 * line that ends like a document's name (…意见, …实施方案, …职责清单, …责任书), joined with the
 * line before when a layout broke it in two; a notice that prints another document
 * (关于印发《X》的通知) is read as X. A body paragraph is never a title. Where a fact is a guess,
 * `unsure` says why, for the review.
 */
export interface DocumentHead {
  title: string | undefined;
  docNumber: string | undefined;
  issuer: string | undefined;
  /** YYYY-MM-DD where the head prints a whole date. */
  date: string | undefined;
  year: number | undefined;
  kind: (typeof SOURCE_KINDS)[number];
  /** Facts read with doubt, each with the reason. */
  unsure: Array<{ field: "title" | "docNumber" | "issuer" | "date"; reason: string }>;
}

/** How a document's name ends. */
const TITLE_END =
  /(?:意见|方案|规定|办法|清单|责任书|通知|决定|计划|要点|制度|细则|职责|责任制|总结|报告|预案|规则|章程|范本|范文|标准|分工|任务|安排)(?:[（(](?:试行|草案|修订|暂行|\d+篇)[）)]|[一二三四五六七八九十\d]+[篇则](?:范文|精选)?)?$/u;
/** Words the first line of a title broken in two holds. */
const TITLE_START = /关于|印发|[省市县区镇乡村]|街道|社区|安全|消防|应急|年度|\d{4}年/u;

/** A web page's or a site's own lines, never a document's title. */
const CHROME =
  /首页|>>|›|登录|浏览|字体|字号|来源[:：]|发布(?:时间|日期)|时间[:：]|作者[:：]|索引号|分享|打印|收藏|下载|简介[:：]|小编|范文网|文库|门户网/u;
const DOC_NUMBER = /^[^\s，。；]{1,12}[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号$/u;
const DATE =
  /^(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([〇○零一二三四五六七八九OＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日)$/u;
const ISSUER = /(?:委员会|人民政府|政府|办公室|党委|街道办事处|办事处|管委会|应急管理局|安委会)$/u;

const bare = (line: string) => line.replace(/[\s\u3000]+/gu, "");

/**
 * The title: a line (or two lines joined) that ends like a document's name, is not a web
 * page's furniture, a date, an issuer or a 文号, and is not a sentence of the body. Where one
 * candidate holds another (the body's full title after a site's shorter one), the fuller wins.
 * `inner` is set when the title is a notice printing another document, which is the title.
 */
function titleOf(
  lines: readonly string[],
  isBody: (line: string) => boolean,
): { title: string | undefined; inner: string | undefined } {
  const plain = (line: string) => line.replace(/(?:[『【][^』】]*[』】])+$/u, "");
  const skip = (line: string) =>
    CHROME.test(line) ||
    isBody(line) ||
    DOC_NUMBER.test(line) ||
    DATE.test(line) ||
    /^第[一二三四五六七八九十]+[篇章]/.test(line);
  const candidates: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = plain(lines[i]!);
    // A title run together with the first article (…交办制度第一条 为…), as a page that lost the
    // line breaks prints it; a page's own list number may stand before it (1、).
    const withNext = /^第[一二三四五六七八九十]+条/u.test(lines[i + 1] ?? "")
      ? `${line}${lines[i + 1]}`
      : line;
    const runOn = /^(?:\d+[、.．])?([^。；，,]{4,40}?)第[一二三四五六七八九十]+条/u.exec(withNext)?.[1];
    if (runOn && TITLE_END.test(runOn) && !skip(runOn)) candidates.push(runOn);
    if (/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]|^\d+[、.．]|^第.{1,3}条/.test(line))
      break;
    if (skip(line)) continue;
    if (TITLE_END.test(line)) candidates.push(line);
    const next = lines[i + 1] ? plain(lines[i + 1]!) : undefined;
    // The first half of a broken title names a place, a body or the subject (关于, 镇, 安全 …).
    if (
      next &&
      !TITLE_END.test(line) &&
      !ISSUER.test(line) &&
      TITLE_START.test(line) &&
      !skip(next) &&
      TITLE_END.test(next) &&
      (line + next).length <= 60
    )
      candidates.push(line + next);
  }
  let title =
    candidates.find((c) => !candidates.some((other) => other !== c && other.includes(c))) ?? candidates[0];
  // A notice printing a document: that document is the title, as its own line repeats it.
  const inner = title ? enclosed(title) : undefined;
  if (inner) title = inner;
  // A page that collects several samples counts them after the name (乡镇应急工作计划六篇, …清单5则范文).
  if (title)
    title = title
      .replace(/【[^】]*】$/u, "")
      .replace(/(?:[（(]\d+篇[）)])$/u, "")
      .replace(/(?<=.{4})[一二三四五六七八九十\d]+[篇则](?:范文|精选)?$/u, "");
  return { title, inner };
}

/** The enclosed document a notice prints: 关于印发《X》的通知 → X. */
function enclosed(line: string): string | undefined {
  const quoted = /关于(?:印发|转发|下发|调整|公布)?《([^》]+)》/u.exec(line)?.[1];
  if (quoted) return quoted;
  return /关于印发(.+?)的通知/u.exec(line)?.[1];
}

export function documentHead(text: string): DocumentHead {
  const lines = text
    .split("\n")
    .map(bare)
    .filter((line) => line && !isPageFurniture(line))
    .slice(0, 30);
  const unsure: DocumentHead["unsure"] = [];
  const docNumber = lines.find((line) => DOC_NUMBER.test(line));
  const dateLine = lines.find((line) => DATE.test(line));
  const isBody = (line: string) =>
    /[。；;]/.test(line.slice(0, -1)) || line.length > 60 || /[：:]$/.test(line);

  const { title, inner } = titleOf(lines, isBody);
  if (!title) unsure.push({ field: "title", reason: "文件开头没有找到标题，请填写" });
  else if (!lines.slice(0, 8).includes(title) && !inner)
    unsure.push({ field: "title", reason: `标题“${title}”不在文件的前几行，请核对` });

  const issuer = lines.find(
    (line) => ISSUER.test(line) && line.length <= 24 && line !== title && !isBody(line),
  );
  if (issuer) unsure.push({ field: "issuer", reason: `发文机关按落款“${issuer}”推断，请核对` });
  const date = dateOf(dateLine);
  const year = Number(
    /[〔［[(（](\d{4})[〕］\])）]/.exec(docNumber ?? "")?.[1] ??
      date?.slice(0, 4) ??
      /(20\d{2})年/.exec(text)?.[1] ??
      NaN,
  );
  const kind = SOURCE_KINDS.find((k) => title?.includes(k)) ?? (title?.includes("清单") ? "意见" : "意见");
  return {
    title,
    docNumber,
    issuer,
    date,
    year: Number.isFinite(year) ? year : undefined,
    kind,
    unsure,
  };
}

const CN_DIGITS: Record<string, number> = Object.fromEntries([
  ...[..."〇○零OＯ"].map((c): [string, number] => [c, 0]),
  ...[..."一二三四五六七八九"].map((c, i): [string, number] => [c, i + 1]),
]);

/** A printed date as YYYY-MM-DD: 2020年11月30日, 二〇一七年二月二十四日. */
function dateOf(line: string | undefined): string | undefined {
  const match = line ? DATE.exec(line) : null;
  if (!match) return undefined;
  const chineseNumber = (s: string) => chineseNumeralToNumber(s);
  const [y, m, d] = match[1]
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [
        Number([...match[4]!].map((c) => CN_DIGITS[c]).join("")),
        chineseNumber(match[5]!),
        chineseNumber(match[6]!),
      ];
  if (!y || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
