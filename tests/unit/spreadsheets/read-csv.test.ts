import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@/lib/server/spreadsheets/decode';
import { guessDelimiter, readCsv } from '@/lib/server/spreadsheets/read-csv';

const FRENCH = 'Libellé;Montant\r\nCœur de l’été;1 250,50 €\r\n';
const utf16 = (text: string, order: 'utf16le' | 'utf16be') => new Uint8Array(iconv.encode(text, order));

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRENCH)]), 'UTF-8 (avec BOM)'],
    ['UTF-8', new TextEncoder().encode(FRENCH), 'UTF-8'],
    ['Windows-1252 (€, œ and ’ included)', new Uint8Array(iconv.encode(FRENCH, 'win1252')), 'Windows-1252'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...utf16(FRENCH, 'utf16le')]), 'UTF-16'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...utf16(FRENCH, 'utf16be')]), 'UTF-16'],
    ['UTF-16 LE without BOM', utf16(FRENCH, 'utf16le'), 'UTF-16'],
    ['UTF-16 BE without BOM', utf16(FRENCH, 'utf16be'), 'UTF-16'],
  ])('reads %s', (_what, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: FRENCH, encoding });
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['French Excel, decimal commas', 'Libellé;Montant\r\nRepas;1 250,50\r\nCafé;12,00\r\n\r\n', ';'],
    ['commas', 'Nom complet,Email,Structure\nAna Lopez,ana@exemple.fr,\nBruno,bruno@exemple.fr,Hub\n', ','],
    ['tabs', 'Nom\tEmail\nAna\tana@exemple.fr\n', '\t'],
    ['a quoted separator in the header', '"Nom; prénom",Email\nAna,ana@exemple.fr\n', ','],
    ['one column', 'Email\nana@exemple.fr\n', ';'],
  ])('guesses %s', (_what, text, expected) => {
    expect(guessDelimiter(text)).toBe(expected);
  });
});

describe('readCsv', () => {
  it('keeps row numbers as the spreadsheet shows them, empty lines included, headers trimmed', () => {
    const read = readCsv(new TextEncoder().encode(' Nom ;Email\n\nAna;ana@exemple.fr'));
    expect(read).toMatchObject({ ok: true, table: { delimiter: ';', sheet: { header: ['Nom', 'Email'], rows: [{ line: 2, cells: [''] }, { line: 3, cells: ['Ana', 'ana@exemple.fr'] }] } } });
  });

  it('refuses an unclosed quote with its line', () => {
    expect(readCsv(new TextEncoder().encode('Nom;Email\nAna;"ana@exemple.fr\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/^Ligne 2 : un guillemet n’est pas refermé/) });
  });

  it('refuses a binary file (NUL bytes that are not UTF-16)', () => {
    expect(readCsv(new Uint8Array([0x4e, 0x6f, 0x6d, 0x00, 0x00, 0x01, 0x3b, 0x45, 0x00]))).toMatchObject({ ok: false, error: expect.stringContaining('illisible') });
  });

  it('strips control characters from cells but keeps tabs and line breaks', () => {
    const read = readCsv(new TextEncoder().encode('Nom;Note\nAna\u0007 Lopez;"ligne 1\nligne\t2\u001b"'));
    expect(read).toMatchObject({ ok: true, table: { sheet: { rows: [{ line: 2, cells: ['Ana Lopez', 'ligne 1\nligne\t2'] }] } } });
  });
});
