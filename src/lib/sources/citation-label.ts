import type { Source } from "../../schemas/source.ts";

/** How a clause is cited on the page: 张发〔2020〕47号 四(二)6(3). */
export function citationLabel(source: Pick<Source, "docNumber" | "title">, clause: string): string {
  return `${source.docNumber ?? `《${source.title}》`} ${clause}`;
}
