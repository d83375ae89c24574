/**
 * The CSV export of a town's matrix. It is a true matrix, as on the town page: one row per
 * sector, one column per unit, each cell the unit's strongest role in that sector (主责,
 * 指导 …) or empty. Written as UTF-8 with a byte-order mark and CRLF line ends, so Excel
 * opens the Chinese correctly by double-click.
 */
import { matrixCell, type Model, type TownRecord } from "../model/index.ts";
import { ROLE_LABELS } from "../../domain/index.ts";

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** The header of the first column. */
export const MATRIX_CSV_CORNER = "领域＼单位";

/**
 * One field, quoted when it holds a comma, a quote or a line break (RFC 4180). A field that
 * opens like a formula (=, +, -, @, a tab or a carriage return) gets a leading apostrophe,
 * so Excel shows it as text instead of running it.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: BOM, fields quoted as needed, CRLF after every row. */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

/** The matrix as rows: a header of unit names, then one row per sector with role labels. */
export function matrixCsvRows(model: Model, town: TownRecord): string[][] {
  const { matrix } = town;
  const header = [MATRIX_CSV_CORNER, ...matrix.units.map((key) => model.units.get(key)!.data.name)];
  const rows = matrix.sectors.map((sector) => [
    model.sectorById.get(sector)!.data.name,
    ...matrix.units.map((unit) => {
      const cell = matrixCell(matrix, unit, sector);
      return cell ? ROLE_LABELS[cell.role] : "";
    }),
  ]);
  return [header, ...rows];
}
