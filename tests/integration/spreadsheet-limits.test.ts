// Hostile spreadsheets at the import routes (issue 14): decompression bombs are refused in French
// before exceljs inflates them, and a control character in a cell cannot pass the preview and
// then break the confirmation. Every archive is built in the test: no big fixture is committed.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as importBudget } from '@/app/(app)/evenements/[id]/budget/import/route';
import { POST as postPreview } from '@/app/(app)/evenements/[id]/participants/import/apercu/route';
import { POST as postConfirm } from '@/app/(app)/evenements/[id]/participants/import/confirmer/route';
import { emptyMapping } from '@/lib/domain/registrations/import-columns';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { testDb } from '@/tests/support/db';
import { repeatedPart, sharedStrings, sheetOfStrings, workbookParts, zipArchive } from '@/tests/support/xlsx-archive';

let admin: Awaited<ReturnType<typeof createUser>>;
const newEvent = () => createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
});

const TOO_BIG = expect.stringContaining('trop volumineux une fois décompressé');
const MAPPING = { ...emptyMapping(), lastName: 0, email: 1 };

function upload(eventId: string, step: 'apercu' | 'confirmer', file: File) {
  const form = new FormData();
  form.set('source', 'generique');
  if (step === 'confirmer') form.set('mapping', JSON.stringify(MAPPING));
  form.set('file', file);
  const request = new Request(`http://localhost/evenements/${eventId}/participants/import/${step}`, { method: 'POST', body: form, headers: { origin: 'http://localhost' } });
  return as(() => (step === 'apercu' ? postPreview : postConfirm)(request, params(eventId)));
}

/** 400 MB of whitespace in the sheet: about 400 kB once deflated. */
function whitespaceBomb(declare?: (size: number) => number) {
  const sheet = repeatedPart('xl/worksheets/sheet1.xml', {
    prefix: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    chunk: ' '.repeat(1024 * 1024),
    times: 400,
    suffix: '</sheetData></worksheet>',
  });
  const parts = workbookParts(sheet, sharedStrings(['Nom', 'Email']));
  return zipArchive(parts, declare ? (p) => (p === sheet ? declare(p.size) : p.size) : undefined);
}

/** One shared string of 100 MB: about 100 kB once deflated. */
function sharedStringBomb() {
  const strings = repeatedPart('xl/sharedStrings.xml', {
    prefix: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>',
    chunk: 'A'.repeat(1024 * 1024),
    times: 100,
    suffix: '</t></si></sst>',
  });
  return zipArchive(workbookParts(sheetOfStrings([1]), strings));
}

describe('XLSX decompression bombs', () => {
  it('refuses 400 MB of whitespace at the registration preview and confirmation, writing nothing', async () => {
    const event = await newEvent();
    const bytes = whitespaceBomb();
    expect(bytes.byteLength).toBeLessThan(500 * 1024);
    for (const step of ['apercu', 'confirmer'] as const) {
      const response = await upload(event.id, step, new File([bytes], 'inscrits.xlsx'));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: TOO_BIG });
    }
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses a sheet whose header lies about its size, once inflated past what it declared', async () => {
    const event = await newEvent();
    const response = await upload(event.id, 'confirmer', new File([whitespaceBomb(() => 4096)], 'inscrits.xlsx'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: TOO_BIG });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses one shared string of 100 MB at the budget import, writing nothing', async () => {
    const event = await newEvent();
    const bytes = sharedStringBomb();
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
    const body = new FormData();
    body.set('step', 'confirm');
    body.set('mode', 'append');
    body.set('file', new File([bytes], 'budget.xlsx'));
    const response = await as(() =>
      importBudget(new Request(`http://localhost/evenements/${event.id}/budget/import`, { method: 'POST', body, headers: { origin: 'http://localhost' } }), params(event.id)),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, error: TOO_BIG });
    expect(await testDb().budgetLine.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('control characters in cells', () => {
  it('strips a NUL written as _x0000_ in an XLSX cell: the preview shows what the confirmation writes', async () => {
    const event = await newEvent();
    const bytes = zipArchive(workbookParts(sheetOfStrings([2, 2]), sharedStrings(['Nom', 'Email', 'Mar_x0000_tin_x0007_', 'martin@exemple.fr'])));
    const preview = await upload(event.id, 'apercu', new File([bytes], 'inscrits.xlsx'));
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ ok: true, data: { ready: true, preview: [['Martin', 'martin@exemple.fr']] } });

    const confirm = await upload(event.id, 'confirmer', new File([bytes], 'inscrits.xlsx'));
    expect(confirm.status).toBe(200);
    expect(await confirm.json()).toMatchObject({ ok: true, data: { written: { created: 1 } } });
    const rows = await testDb().registration.findMany({ where: { eventId: event.id }, select: { name: true, email: true } });
    expect(rows).toEqual([{ name: 'Martin', email: 'martin@exemple.fr' }]);
  });

  it('refuses a CSV holding a NUL byte at the preview and the confirmation alike', async () => {
    const event = await newEvent();
    const bytes = new TextEncoder().encode('Nom;Email\nMar\u0000tin;martin@exemple.fr\n');
    for (const step of ['apercu', 'confirmer'] as const) {
      const response = await upload(event.id, step, new File([bytes], 'inscrits.csv'));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: expect.stringContaining('illisible') });
    }
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });
});
