/**
 * npm run import -- <file> --town <id> --name <镇名> [--region <所属地区>] [--out <content folder>] [--dry-run] [--force]
 *
 * Turns a town's duty document into draft content: the text (the new verbatim ground
 * truth), the source's metadata and parse options, the jurisdiction and one YAML per unit,
 * every guess marked for review. Reads .txt (UTF-8 or GBK), .docx (Word's automatic
 * numbering restored) and .pdf (its text layer). A readable document is always imported:
 * paragraphs no rule could assign are listed as 未归属. Writes nothing on an unreadable input,
 * and never overwrites existing files without --force. The last line is a one-line summary.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isUnassignedReason } from "../src/domain/review.ts";
import { ImportError } from "../src/lib/import/index.ts";
import { contentFolder } from "../src/lib/content/index.ts";
import { ID_PATTERN } from "../src/schemas/messages.ts";
import { planTownImport, writeTownImport } from "./lib/import-town.ts";
import { exitWithHelp, USAGE } from "./lib/cli.ts";

exitWithHelp("import");

const ROOT = resolve(import.meta.dirname, "..");

function usage(message: string): ImportError {
  return new ImportError(message, `用法 / usage: ${USAGE.import[0]}`);
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      town: { type: "string" },
      name: { type: "string" },
      region: { type: "string" },
      out: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
  });
  const [file] = positionals;
  if (!file) throw usage("没有指定要导入的文件 / no file given");
  if (!values.town) throw usage("没有指定镇的编号 --town / no --town given");
  if (!ID_PATTERN.test(values.town))
    throw usage(
      `镇的编号“${values.town}”只能用小写英文字母、数字和连字符 / --town must be lowercase ASCII with hyphens`,
    );
  if (!values.name) throw usage("没有指定镇名 --name / no --name given");
  const path = resolve(file);
  if (!existsSync(path))
    throw new ImportError(`找不到文件 ${path} / no such file`, "检查文件路径 / check the path");
  if (statSync(path).isDirectory())
    throw new ImportError(
      `${path} 是文件夹，不是文件 / ${path} is a folder, not a file`,
      "指定要导入的那一个文件 / name the one file to import",
    );
  if (!statSync(path).isFile())
    throw new ImportError(
      `${path} 不是普通文件（可能是管道或设备） / ${path} is not a regular file`,
      "导入一个 .txt、.docx 或 .pdf 文件 / import a .txt, .docx or .pdf file",
    );
  const content = resolve(contentFolder({ option: values.out, root: ROOT }));
  if (existsSync(content) && !statSync(content).isDirectory())
    throw new ImportError(
      `--out ${content} 是一个文件，不是内容文件夹 / --out names a file, not a content folder`,
      "--out 写内容文件夹（里面有 units/、sources/ 的那个），或者不写 / give the content folder (the one holding units/ and sources/), or leave --out out",
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ImportError(
      `无法读取 ${path}（${(error as NodeJS.ErrnoException).code ?? "读取出错"}：没有读取权限，或被别的程序占用） / cannot read the file`,
      "关闭正在使用它的程序（如 Word），或给当前用户读取权限，再导入一次 / close the program holding it (Word, say) or give your user permission, and import again",
    );
  }
  const town = values.town;
  const plan = await planTownImport({
    bytes,
    fileName: basename(path),
    town,
    name: values.name,
    region: values.region,
    content,
  });
  const { format, proposal, draft, files, reviewCount: reviews, taken } = plan;
  if (taken.length > 0 && !values.force)
    throw new ImportError(
      `这些文件已经存在，未做任何改动 / these exist already, nothing was written:\n  ${taken.join("\n  ")}`,
      `换一个 --town 编号，或确认要覆盖时加 --force / choose another --town, or add --force to overwrite`,
    );

  const duties = draft.units.reduce((n, unit) => n + unit.duties.length, 0);
  const unassigned = draft.notEncoded.filter((n) => isUnassignedReason(n.reason)).length;
  console.log(`读取 ${basename(path)}（${format}），${draft.clauses.length} 段`);
  for (const override of proposal.markerOverrides)
    console.log(`  编号修正 / marker override: ${override.reason}`);
  if (!values["dry-run"]) {
    // All files at once (staged, then moved in); what they replace is kept in a backup.
    writing = true;
    const backup = writeTownImport(plan, content, town);
    writing = false;
    console.log(`写入 ${files.size} 个文件到 ${content} / wrote ${files.size} files`);
    if (backup)
      console.log(
        `原有的 ${plan.earlier.length} 个文件（夹）已移到备份 / the ${plan.earlier.length} files and folders replaced are kept in:\n  ${backup}`,
      );
  } else console.log(`试运行，未写入文件 / dry run: nothing written (${files.size} files)`);
  console.log(
    `导入${values["dry-run"] ? "预览" : "完成"} / ${values["dry-run"] ? "dry run" : "imported"}: ${draft.units.length} 个单位 units, ${duties} 条职责 duties, ${reviews} 项待审核 items to review, ${unassigned} 段未归属 paragraphs unassigned`,
  );
}

/**
 * Ctrl+C while the document is read stops at once (nothing is written yet). Files are
 * written in one synchronous step that a signal cannot cut short: a signal then waits
 * for the town to be whole.
 */
let writing = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    console.error(
      writing
        ? "导入已中断；文件已完整写入 / import interrupted after its files were written whole"
        : "导入已中断，没有写入任何文件 / import interrupted: nothing was written",
    );
    process.exit(130);
  });

try {
  await run();
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`导入失败 / import failed: ${error.problem}\n  修改 / Fix: ${error.fix}`);
    process.exit(1);
  }
  throw error;
}
