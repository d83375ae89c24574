/**
 * npm run edit — the form editor for clerks: Decap CMS over the content files, served on
 * this machine only. Prints the address to open (/admin/). Saving writes the YAML file in
 * place (comments and layout kept) and shows the content check's result for it.
 * Usage: node scripts/edit.ts [--port 4322] [--content <folder>]
 * The content folder is ./content, or the one --content or DUTY_MATRIX_CONTENT names.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentFolder } from "../src/lib/content/index.ts";
import { EDITOR_ORIGIN } from "../src/lib/site/paths.ts";
import { EditorStartError, startEditor } from "./edit/server.ts";
import { exitWithHelp } from "./lib/cli.ts";

exitWithHelp("edit");

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env["EDIT_PORT"] ?? new URL(EDITOR_ORIGIN).port },
    content: { type: "string" },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口 --port 应是 0–65535 的整数，现在是 ${values.port} / --port must be an integer 0–65535`);
  process.exit(1);
}
const content = resolve(contentFolder({ option: values.content }));
if (!existsSync(content) || !statSync(content).isDirectory()) {
  console.error(
    `编辑器没有启动 / the editor did not start: 内容文件夹 ${content} 不存在 / the content folder does not exist\n  修改 / Fix: --content 写含有 units/、sources/ 的那个文件夹，或不写（用本项目的 content/） / give the folder that holds units/ and sources/, or leave --content out`,
  );
  process.exit(1);
}
// Messages name files from the folder that holds content/, as `npm run check` does.
let editor;
try {
  editor = await startEditor({ root: dirname(content), content, port });
} catch (error) {
  if (!(error instanceof EditorStartError)) throw error;
  console.error(`编辑器没有启动 / the editor did not start: ${error.problem}\n  修改 / Fix: ${error.fix}`);
  process.exit(1);
}
console.log(`表单编辑器已启动 / the form editor is running:\n\n  ${editor.url}\n`);
console.log("在浏览器里打开上面的地址；按 Ctrl+C 停止 / open it in a browser; Ctrl+C stops it");
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void editor.close().then(() => process.exit(0)));
