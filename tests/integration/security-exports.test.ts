// Formula injection, end to end: texts typed by strangers (a ticketing export) come back out of
// Trame's CSV and XLSX exports as plain text, never as a formula a spreadsheet would run.
// (Each export also has its own test: budget.test.ts, participants.test.ts, bilan-exports.test.ts.)
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GET as exportParticipants } from '@/app/(app)/evenements/[id]/participants/export/route';
import { emptyMapping } from '@/lib/domain/registrations/import-columns';
import { confirmRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';

const PAYLOADS = [
  `=HYPERLINK("https://pirate.example";"Cliquez")`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+9)*cmd|' /C calc'!A0`,
];
const TRIGGER = /^[=+\-@\t\r]/;

describe('a ticketing export full of formulas, imported then exported', () => {
  it('comes out of the participant CSV and XLSX as text', async () => {
    const db = testDb();
    const admin = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: admin.organisationId });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const lines = ['Nom;Email;Structure', ...PAYLOADS.map((p, i) => `${quote(p)};personne-${i}@exemple.fr;${quote(p)}`)];
    const file = { name: 'billetterie.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
    const mapping = { ...emptyMapping(), lastName: 0, email: 1, organisation: 2 };

    const imported = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping }));
    expect(imported).toMatchObject({ ok: true, data: { written: { created: PAYLOADS.length } } });
    // Stored as typed: the neutralising happens on the way out, where the spreadsheet is.
    const stored = await db.registration.findMany({ where: { eventId: event.id }, select: { name: true } });
    expect(stored.map((r) => r.name).sort()).toEqual([...PAYLOADS].sort());

    const get = (format: string) =>
      as(() => exportParticipants(new Request(`http://localhost/evenements/${event.id}/participants/export?format=${format}`), { params: Promise.resolve({ id: event.id }) }));

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await get('csv')).arrayBuffer()).replace(/^\ufeff/, '');
    const cells = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data.flat();
    for (const payload of PAYLOADS) expect(cells.filter((c) => c === `'${payload}`)).toHaveLength(2);
    expect(cells.filter((c) => TRIGGER.test(c))).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await get('xlsx')).arrayBuffer()) as unknown as ArrayBuffer);
    const xlsxCells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => xlsxCells.push(cell)));
    expect(xlsxCells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    for (const payload of PAYLOADS) expect(xlsxCells.filter((c) => c.value === `'${payload}`)).toHaveLength(2);
    expect(xlsxCells.filter((c) => typeof c.value === 'string' && TRIGGER.test(c.value)).map((c) => c.value)).toEqual([]);
  });
});
