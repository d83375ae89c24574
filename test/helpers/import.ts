import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { PROJECT_ROOT } from "./fixture.ts";

/** Runs `npm run import` on a document into a scratch content folder, as 草稿镇 (draft-town). */
export function importDraftTown(document: string, content: string): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    ["scripts/import.ts", document, "--town", "draft-town", "--name", "草稿镇", "--out", content],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
}
