import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkZipSizes } from '@/lib/server/spreadsheets/zip-guard';
import { part, repeatedPart, zipArchive } from '@/tests/support/xlsx-archive';

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Inscrits').addRow(['Nom', 'Email']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const spaces = (megabytes: number) => repeatedPart('xl/worksheets/sheet1.xml', { prefix: '<worksheet>', chunk: ' '.repeat(1024 * 1024), times: megabytes, suffix: '</worksheet>' });

describe('checkZipSizes', () => {
  it('lets a real workbook through', async () => {
    expect(await checkZipSizes(await smallWorkbook())).toBe('ok');
  });

  it('refuses an archive that declares more than the limit, entries or bytes', async () => {
    const bytes = await smallWorkbook();
    expect(await checkZipSizes(bytes, { unzippedBytes: 1000, entries: 100 })).toBe('too-big');
    expect(await checkZipSizes(bytes, { unzippedBytes: 10_000_000, entries: 3 })).toBe('too-big');
  });

  it('refuses 400 MB of whitespace from its declared size, without inflating it', async () => {
    const bomb = zipArchive([part('[Content_Types].xml', '<Types/>'), spaces(400)]);
    expect(bomb.byteLength).toBeLessThan(500 * 1024);
    expect(await checkZipSizes(bomb)).toBe('too-big');
  });

  it('stops inflating an entry that declares less than it holds', async () => {
    const bomb = zipArchive([spaces(60)], () => 1000);
    expect(await checkZipSizes(bomb)).toBe('too-big');
  });

  it('says unreadable for what is not a ZIP archive', async () => {
    expect(await checkZipSizes(new TextEncoder().encode('PK\u0003\u0004 pas un classeur'))).toBe('unreadable');
  });
});
