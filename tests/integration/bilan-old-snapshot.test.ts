import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BilanView } from '@/components/bilan/BilanView';
import { readSnapshot } from '@/lib/server/bilan-access';
import { renderBilanPdf } from '@/lib/server/exports/bilan-pdf';
import { BILAN_SHEETS, bilanXlsx } from '@/lib/server/exports/bilan-xlsx';
import { sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';

/*
 * A version validated before snapshot version 2 has none of its fields (content sessions left out,
 * half-day override, produits by source, personnel details): it must still render everywhere, the way
 * version 1 showed it.
 */
const stored = JSON.parse(JSON.stringify({ ...sampleBilanSnapshot(), snapshotVersion: 1 })) as Record<string, unknown>;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

describe('a version 1 snapshot', () => {
  const snapshot = readSnapshot(stored);

  it('is read, and has none of the version 2 fields', () => {
    expect(snapshot.snapshotVersion).toBe(1);
    expect(snapshot.financial.produitsBySource).toBeUndefined();
    expect(snapshot.quantitative.leftOutOfContent).toBeUndefined();
    expect(() => readSnapshot({ ...stored, snapshotVersion: 99 })).toThrow('illisible');
  });

  it('renders on screen with produits by category and the objective said plainly', () => {
    const html = plain(renderToStaticMarkup(createElement(BilanView, { snapshot })));
    expect(html).toContain('Produits par catégorie');
    expect(html).toContain('Objectif de 1 200 à 1 500 participant·es : atteint (1 234)');
    expect(html).not.toContain('Temps du programme hors contenu');
  });

  it('renders as a PDF and a workbook', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bilan-v1-')), 'bilan.pdf');
    writeFileSync(file, await renderBilanPdf(snapshot, { versionNumber: 1, validatedAt: new Date('2027-04-02T10:00:00Z'), logos: [] }));
    const text = plain(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Total des produits');
    expect(text).toContain('Objectif de 1 200 à 1 500 participant·es : atteint (1 234)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bilanXlsx(snapshot, { number: 1, validatedAt: new Date('2027-04-02T10:00:00Z') })) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(BILAN_SHEETS.expenses)!.rowCount).toBe(snapshot.annexes.expenses.length + 1);
  }, 60_000);
});

/* A version 2 snapshot (before co-organisers not on Trame and results gathered outside Trame, issue 15.13/15.15). */
describe('a version 2 snapshot', () => {
  const v2 = readSnapshot(JSON.parse(JSON.stringify({ ...sampleBilanSnapshot(), snapshotVersion: 2 })) as Record<string, unknown>);

  it('renders without the outside results section, sheet or marking', async () => {
    expect(v2.qualitative.outside).toBeUndefined();
    const html = plain(renderToStaticMarkup(createElement(BilanView, { snapshot: v2 })));
    expect(html).not.toContain('hors Trame');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bilanXlsx(v2, { number: 1, validatedAt: new Date('2026-01-01') })) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(BILAN_SHEETS));
  });
});
