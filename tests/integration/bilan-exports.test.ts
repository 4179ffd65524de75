import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as organiserPdf } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/pdf/route';
import { GET as organiserCsv } from '@/app/(app)/evenements/[id]/bilan/versions/[number]/csv/route';
import { formatCount, formatRate, formatRating } from '@/lib/domain/bilan/display';
import { runAsCaller } from '@/lib/server/current-user';
import { bilanBudgetCsv, bilanCerfaCsv } from '@/lib/server/exports/bilan-csv';
import { renderBilanPdf } from '@/lib/server/exports/bilan-pdf';
import { BILAN_SHEETS, bilanXlsx } from '@/lib/server/exports/bilan-xlsx';
import { createEvent, createUser } from '@/tests/factories';
import { createBilanVersion, sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';
import { createPartner, PNG_BYTES } from '@/tests/factories/partner-logos';
import { sampleExpenses } from '@/tests/factories/bilan-snapshot-parts';
import { testDb } from '@/tests/support/db';
import { formatDayTitle } from '@/lib/domain/dates';
import { formatEuros } from '@/lib/domain/format/french';

const INJECTED = '=HYPERLINK("http://exemple.invalid","cliquez")';
const snapshot = sampleBilanSnapshot({ annexes: { expenses: [{ ...sampleExpenses()[0]!, label: INJECTED }, ...sampleExpenses().slice(1)] } });
const meta = { versionNumber: 3, validatedAt: new Date('2027-04-02T10:00:00Z'), logos: [] };
// pdftotext writes the non-breaking spaces display.ts puts in figures as plain or non-breaking ones
// depending on layout: compare with both sides' spaces made plain.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function pdfTextOf(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bilan-')), 'bilan.pdf');
  writeFileSync(file, pdf);
  return plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

describe('bilan PDF', () => {
  let text: string;
  beforeAll(async () => {
    text = pdfTextOf(await renderBilanPdf(snapshot, meta));
  }, 60_000);

  it('has the cover, the contents and the five sections', () => {
    expect(text).toContain('Version 3 validée le 2 avril 2027');
    for (const title of ['Sommaire', '1. Introduction', '2. Bilan quantitatif', '3. Bilan qualitatif', '4. Bilan financier', '5. Annexes']) expect(text).toContain(title);
    expect(text).toMatch(/1\. Introduction\s+page 3/);
  });

  it('writes the totals, per-day attendance and no-show rates exactly as display.ts does', () => {
    const f = snapshot.financial;
    const q = snapshot.quantitative;
    const expected = [
      formatEuros(f.totals.chargesActualCents),
      formatEuros(f.totals.produitsActualCents),
      formatEuros(f.totals.chargesForecastCents),
      formatEuros(f.balance.differenceCents),
      formatCount(q.participants.total),
      formatRating(snapshot.qualitative.questionnaire!.overallSatisfaction),
      ...q.perDay.flatMap((d) => [formatDayTitle(d.day), formatCount(d.expected), formatCount(d.present), formatCount(d.noShow), formatRate(d.noShowRate)]),
    ];
    for (const value of expected) expect(text).toContain(plain(value));
    // One line per day, its figures in order.
    for (const d of q.perDay) {
      const row = [formatDayTitle(d.day), formatCount(d.expected), formatCount(d.present), formatCount(d.walkIns), formatCount(d.excused), formatCount(d.noShow), formatRate(d.noShowRate)];
      expect(text).toMatch(new RegExp(row.map((cell) => plain(cell).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')));
    }
  });
});

describe('bilan XLSX', () => {
  it('holds the same figures as numbers, and neutralises a formula-like label', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bilanXlsx(snapshot, { number: 3, validatedAt: meta.validatedAt })) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(Object.values(BILAN_SHEETS));
    const summary = workbook.getWorksheet(BILAN_SHEETS.summary)!;
    const valueOf = (label: string) => {
      let found: ExcelJS.CellValue = undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(valueOf('Total des charges réalisées')).toBe(snapshot.financial.totals.chargesActualCents / 100);
    expect(valueOf('Total des produits réalisés')).toBe(snapshot.financial.totals.produitsActualCents / 100);
    expect(valueOf('Participants présents (hors intervenant·es)')).toBe(snapshot.quantitative.participants.total);
    for (const d of snapshot.quantitative.perDay) {
      expect(valueOf(`Présents — ${formatDayTitle(d.day)}`)).toBe(d.present);
      expect(valueOf(`Taux de no-show — ${formatDayTitle(d.day)}`)).toBeCloseTo(d.noShowRate! / 100, 10);
    }
    const expenses = workbook.getWorksheet(BILAN_SHEETS.expenses)!;
    const texts: ExcelJS.Cell[] = [];
    expenses.eachRow((row) => row.eachCell((cell) => texts.push(cell)));
    const injected = texts.find((cell) => String(cell.value).includes('HYPERLINK'))!;
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(String(injected.value).startsWith("'=HYPERLINK")).toBe(true);
    const audiences = workbook.getWorksheet(BILAN_SHEETS.audiences)!;
    const flat = audiences.getSheetValues().flat().map(String).join('|');
    expect(flat).not.toMatch(/@|exemple\.fr/);
  });
});

describe('bilan CSV', () => {
  it('writes the budget lines for French Excel with the formula neutralised', () => {
    const csv = bilanBudgetCsv(snapshot);
    expect(csv.startsWith('\ufeffCatégorie;Libellé;')).toBe(true);
    expect(csv).toContain(`;"'=HYPERLINK(""http://exemple.invalid"",""cliquez"")";`);
    expect(csv).toContain('Location du lieu;Location de la Cité des associations;Ville de Marseille;TIT-5521;02/2027;2500,00;oui');
  });

  it('lays out the compte rendu financier with Cerfa codes, forecast, actual and %', () => {
    const csv = bilanCerfaCsv(snapshot);
    expect(csv).toContain('Code;Rubrique;Prévision (€);Réalisation (€);% réalisé');
    expect(csv).toContain('60;60 – Achats;3000,00;3420,00;114');
    expect(csv).toContain(';dont Déplacements et frais de mission;900,00;1120,50;124,5');
    expect(csv).toContain(';Total des charges;13000,00;13720,50;105,5');
  });
});

/** A real 2×2 PNG (react-pdf decodes it), built here rather than stored as a binary file. */
function tinyPng(): Uint8Array<ArrayBuffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 26, 63, 156, 26, 63, 156, 0, 26, 63, 156, 26, 63, 156]);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]));
}

describe('organiser downloads', () => {
  it('puts the partners’ PNG logos on the cover, and leaves out one that cannot be read', async () => {
    const db = testDb();
    const coordinator = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: coordinator.organisationId, status: 'BILAN_VALIDATED' });
    const partner = await createPartner(db, { eventId: event.id, name: 'Région Sud' });
    await db.partner.update({ where: { id: partner.id }, data: { logo: tinyPng(), logoType: 'image/png' } });
    const broken = await createPartner(db, { eventId: event.id, name: 'Logo tronqué', position: 1 });
    await db.partner.update({ where: { id: broken.id }, data: { logo: PNG_BYTES, logoType: 'image/png' } });
    await createBilanVersion(db, { eventId: event.id, validatedById: coordinator.id, snapshot: { ...snapshot, eventId: event.id } });
    const response = await runAsCaller({ userId: coordinator.id }, () => organiserPdf(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id, number: '1' }) }));
    expect(response.status).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bilan-')), 'logos.pdf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
  }, 60_000);


  it('serves the PDF and the CSV of a validated version to the organisers only', async () => {
    const db = testDb();
    const coordinator = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: coordinator.organisationId, status: 'BILAN_VALIDATED' });
    await createBilanVersion(db, { eventId: event.id, validatedById: coordinator.id, snapshot: { ...snapshot, eventId: event.id } });
    const params = { params: Promise.resolve({ id: event.id, number: '1' }) };
    const pdf = await runAsCaller({ userId: coordinator.id }, () => organiserPdf(new Request('http://localhost/x'), params));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await runAsCaller({ userId: coordinator.id }, () => organiserCsv(new Request('http://localhost/x'), params));
    expect(await csv.text()).toContain("'=HYPERLINK");
    const missing = await runAsCaller({ userId: coordinator.id }, () => organiserPdf(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id, number: '2' }) }));
    expect(missing.status).toBe(404);
    const outsider = await createUser(db, { role: 'ADMIN' });
    const refused = await runAsCaller({ userId: outsider.id }, () => organiserPdf(new Request('http://localhost/x'), params));
    expect(refused.status).toBe(404);
  }, 60_000);
});
