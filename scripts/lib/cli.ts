/**
 * `--help` (or `-h`) for the project's commands: the usage in Chinese and English on stdout,
 * and exit 0 before the command does anything. Each command writes its usage once, here.
 */
export const USAGE = {
  check: [
    "npm run check -- [--strict] [--content <内容文件夹 folder>]",
    "检查 content/ 里的全部内容（格式、引用、原文是否逐字），列出每个问题和改法；再列出盲区、交叉和待审核项。--strict：盲区、交叉和待审核也算错误。",
    "Checks content/ (schemas, references, verbatim quotes) and prints every problem with its fix; then coverage gaps, overlaps and drafts to review. --strict makes those errors.",
  ],
  edit: [
    "npm run edit -- [--port 4322] [--content <内容文件夹 folder>]",
    "在本机打开表单编辑器（http://127.0.0.1:4322/admin/），改的就是 content/ 里的文件；按 Ctrl+C 停止。",
    "Starts the form editor on this machine only; it edits the files in content/. Ctrl+C stops it.",
  ],
  import: [
    "npm run import -- <文件 file> --town <编号 id> --name <镇名 name> [--region <所属地区>] [--out <内容文件夹>] [--dry-run] [--force]",
    "把一个镇的文件（.txt、.docx、.pdf）导入为草稿内容：单位、逐字的职责、推断的责任类型和领域，都标“待审核”。--dry-run 只报告不写；--force 替换已有的同名镇（旧文件先备份到 .backups/）。",
    "Imports a town's document (.txt, .docx, .pdf) as draft content marked for review. --dry-run writes nothing; --force replaces that town (backing up its files first).",
  ],
  pdf: [
    "npm run pdf -- <镇编号 town> [--out <文件夹>] [--no-letters] [--docx] [--build] [--base-url <地址>]",
    "把一个镇的汇编、每个单位的职责清单和目标责任书打印成 A4 PDF（--docx 同时写 Word 文件），默认放在 pdf/<镇编号>/。",
    "Prints the town's booklet and each unit's sheet and letter as A4 PDFs (--docx also Word files), into pdf/<town>/ by default.",
  ],
  serve: [
    "npm run serve -- [--host [地址 address]] [--port 4321]",
    "提供已经构建好的 dist/（只读），默认只在本机 http://localhost:4321 ；--host 让局域网里的其他电脑也能打开。",
    "Serves the built dist/ read-only, on this machine by default; --host lets other computers on the network open it.",
  ],
  bench: [
    "npm run bench -- [--towns 1,10,50,150]",
    "测量构建和使用的耗时：构建时间、内存、文件大小、“谁负责？”每次按键的响应时间、全文搜索传输量；--towns 选择合成镇的数量（0 = 只测真实内容）。结果写进 bench/results.json。",
    "Measures build time, memory, sizes, lookup keystroke latency and search transfer; --towns picks the synthetic scenarios (0 = real content only). Writes bench/results.json.",
  ],
  province: [
    "npm run province -- <各县文件夹 counties folder> [--out <文件夹 folder>] [--jobs <并行数>] [--only <县,县>] [--title <全省首页标题>]",
    "把一个省按县分站构建：文件夹里每个子文件夹（县的编号，也是网址的一段）有自己的 content/；每个县单独构建到 <out>/<县>/，只重建内容（或程序）改过的县，几个县同时构建（--only 只构建列出的县）；再写全省首页 <out>/index.html，全文搜索一次查遍各县。",
    "Builds a province as county shards: each subfolder (the county's id, also its address) holds its own content/; each county is built into <out>/<county>/, only those whose content (or the code) changed, several at once (--only: just those listed); then the province's front page <out>/index.html, whose full-text search covers every county.",
  ],
  fidelity: [
    "npm run fidelity -- [--formats txt,docx,pdf] [--json]",
    "衡量导入质量：五份来源文件和语料里每份真实文件，做成文本、Word、PDF 导入，与手工录入和标准答案比较，打印表格（--json 输出数据）。",
    "Measures the importer: each source and corpus document, as text, Word and PDF, against the hand encoding and the truth; prints tables (--json for data).",
  ],
} as const;

/** The usage of a command as printed by --help. */
export function usageText(command: keyof typeof USAGE): string {
  const [line, chinese, english] = USAGE[command];
  return `用法 / usage: ${line}\n\n${chinese}\n\n${english}\n`;
}

/** Prints the usage and exits when the arguments ask for help. */
export function exitWithHelp(
  command: keyof typeof USAGE,
  argv: readonly string[] = process.argv.slice(2),
): void {
  if (!argv.includes("--help") && !argv.includes("-h")) return;
  process.stdout.write(usageText(command));
  process.exit(0);
}
