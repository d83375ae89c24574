import JSZip from "jszip";

/**
 * An .xlsx as an office prints it: landscape A4, every column on one page's width (as many
 * pages down as the rows need), and the header row repeated at the top of each page.
 * write-excel-file writes the orientation only; the rest is set in the workbook's XML.
 */
export async function withPrintSetup(xlsx: Uint8Array, sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetFile = "xl/worksheets/sheet1.xml";
  const sheet = await zip.file(sheetFile)!.async("string");
  zip.file(sheetFile, fitToWidth(sheet));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", repeatHeaderRow(workbook, sheetName));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** The sheet's XML scaled to one page wide: `fitToPage` in its properties, the fit in its page setup. */
export function fitToWidth(sheet: string): string {
  // <sheetPr> is the worksheet's first child; its <pageSetUpPr> turns fitting on.
  const withProperties = sheet.replace(
    /(<worksheet\b[^>]*>)/u,
    '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
  );
  return /<pageSetup\b/u.test(withProperties)
    ? withProperties.replace(/<pageSetup\b/u, '<pageSetup fitToWidth="1" fitToHeight="0"')
    : withProperties.replace(
        /(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/u,
        '$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      );
}

/** The workbook's XML with the first row as the print titles of its first sheet. */
export function repeatHeaderRow(workbook: string, sheetName: string): string {
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${sheetName.replace(/'/g, "''")}'!$1:$1</definedName>`;
  return /<definedNames\/>/u.test(workbook)
    ? workbook.replace(/<definedNames\/>/u, `<definedNames>${name}</definedNames>`)
    : /<definedNames>/u.test(workbook)
      ? workbook.replace(/<definedNames>/u, `<definedNames>${name}`)
      : workbook.replace(/<\/sheets>/u, `</sheets><definedNames>${name}</definedNames>`);
}
