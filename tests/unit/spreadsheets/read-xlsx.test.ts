import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText } from '@/lib/domain/text/spreadsheet-cells';
import { readXlsx } from '@/lib/server/spreadsheets/read-xlsx';
import { part, sharedStrings, workbookParts, zipArchive } from '@/tests/support/xlsx-archive';

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads cells as the sheet shows them: numbers, dates, hyperlinks, rich text, formulas, errors', async () => {
    const when = new Date(Date.UTC(2027, 0, 20, 14, 30));
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Inscrits');
      sheet.addRow([' Nom ', 'Email', 'Date', 'Places', 'Total', 'Erreur']);
      sheet.addRow([
        { richText: [{ text: 'Léa ' }, { text: 'Martin', font: { bold: true } }] },
        { text: 'lea@exemple.fr', hyperlink: 'mailto:lea@exemple.fr' },
        when,
        2,
        { formula: 'D2*10', result: 20 },
        { error: '#N/A' },
      ]);
      sheet.addRow([]);
      sheet.addRow(['Tam']);
    });
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.sheets).toHaveLength(1);
    const [sheet] = read.sheets;
    expect(sheet?.name).toBe('Inscrits');
    expect(sheet?.header).toEqual(['Nom', 'Email', 'Date', 'Places', 'Total', 'Erreur']);
    expect(sheet?.rows).toEqual([
      { line: 2, cells: ['Léa Martin', 'lea@exemple.fr', when, 2, 20, '#N/A'] },
      { line: 4, cells: ['Tam', null, null, null, null, null] },
    ]);
    // A date is Excel's wall-clock time, read back as Paris time by the imports.
    expect(cellText(when)).toBe('2027-01-20T14:30:00');
  });

  it('reads the sheets a caller chooses, in the workbook’s order', async () => {
    const bytes = await workbookBytes((workbook) => {
      for (const name of ['Synthèse', 'Charges', 'Produits']) workbook.addWorksheet(name).addRow([name]);
    });
    const read = await readXlsx(bytes, (names) => names.filter((name) => name !== 'Synthèse'));
    expect(read.ok && read.sheets.map((sheet) => sheet.header)).toEqual([['Charges'], ['Produits']]);
  });

  it('refuses a header reaching column XFD, which would make 16 384 cells a row', async () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    );
    const read = await readXlsx(zipArchive(workbookParts(sheet, sharedStrings(['Nom']))));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('colonnes') });
  });

  it('says unreadable for a ZIP that is not a workbook', async () => {
    const read = await readXlsx(zipArchive([part('notes.txt', 'bonjour')]));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('illisible') });
  });
});
