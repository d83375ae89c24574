/**
 * The 清单 (`/<town>/duties.csv`, and the Excel workbook the browser makes): its columns in order, each with the field
 * of the export's row that it shows (null: the row number), and their widths in characters.
 */
export const DUTY_LIST_COLUMNS = [
  ["序号", null],
  ["责任主体", "unitName"],
  ["主体类别", "unitKindLabel"],
  ["责任类型", "roleLabel"],
  ["事项", "sectorNames"],
  ["职责内容", "text"],
  ["实施依据", "basis"],
  ["来源文件", "sourceTitle"],
] as const;

/** Column widths of the 清单 spreadsheet, in characters, as its columns need them. */
export const DUTY_LIST_WIDTHS: Record<(typeof DUTY_LIST_COLUMNS)[number][0], number> = {
  序号: 6,
  责任主体: 20,
  主体类别: 10,
  责任类型: 9,
  事项: 16,
  职责内容: 60,
  实施依据: 22,
  来源文件: 36,
};
