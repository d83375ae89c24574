import type { Cadence } from "../schemas/duty.ts";
import type { Source } from "../schemas/source.ts";

/** How a clause is cited on the page: 张发〔2020〕47号 四(二)6(3). */
export function citationLabel(source: Pick<Source, "docNumber" | "title">, clause: string): string {
  return `${source.docNumber ?? `《${source.title}》`} ${clause}`;
}

export const CADENCE_LABELS: Record<Cadence["every"], string> = {
  month: "每月",
  quarter: "每季度",
  "half-year": "每半年",
  year: "每年",
  periodic: "定期",
};
