import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isFormulaLike } from '@/lib/domain/text/spreadsheet-safe';
import { writeCsv } from '@/lib/server/spreadsheets/write-csv';

describe('writeCsv', () => {
  const text = writeCsv(['Nom', 'Rang', 'Note'], [
    ['=HYPERLINK("http://pirate.example";"Cliquez")', 3, 'Ligne 1\nLigne 2 ; avec "guillemets"'],
    ['@Traiteur', null, "'Aide"],
  ]);

  it('writes a UTF-8 BOM, semicolons and CRLF line ends, the last line ended too', () => {
    expect(text.startsWith('\ufeffNom;Rang;Note\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('neutralises every text cell once, and quotes what needs it', () => {
    const [, ...rows] = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      [`'=HYPERLINK("http://pirate.example";"Cliquez")`, '3', 'Ligne 1\nLigne 2 ; avec "guillemets"'],
      ["'@Traiteur", '', "''Aide"],
    ]);
    expect(rows.flat().filter(isFormulaLike)).toEqual([]);
  });
});
