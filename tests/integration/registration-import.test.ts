import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyMapping, type ColumnMapping } from '@/lib/domain/registrations/import-columns';
import { confirmRegistrationImportAction, previewRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { runAsCaller } from '@/lib/server/current-user';
import { isDuplicateRegistrationError, writeImportPlan } from '@/lib/server/imports/registration-import';
import { POST as postPreview } from '@/app/(app)/evenements/[id]/participants/import/apercu/route';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

let admin: Awaited<ReturnType<typeof createUser>>;
const newEvent = () => createEvent(testDb(), { ownerOrganisationId: admin.organisationId });
const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: admin.id }, fn);

beforeAll(async () => {
  admin = await createUser(testDb(), { role: 'COORDINATOR' });
});

const HEADER = 'Prénom;Nom;Adresse e-mail;Structure;Catégorie;Date d’inscription';
// Lines 4, 6 and 8 are wrong: no e-mail, an invalid e-mail, no name.
const BAD_ROWS = [
  'Hélène;Dupré;helene.dupre@exemple.fr;Mairie de Salon-de-Provence;Agent de collectivité;12/01/2027 09:15',
  'François;Lefèvre;francois@exemple.fr;Hub numérique Sud;Conseiller numérique;13/01/2027',
  'Zoé;Bérard;;Association Récré;Bénévole;14/01/2027',
  'Noël;Façon;noel@exemple.fr;;Élu·e;15/01/2027',
  'Agnès;Mérieux;agnes.exemple.fr;Cœur de ville;Médiatrice numérique;16/01/2027',
  'Jérôme;Château;jerome@exemple.fr;Entreprise Œuvre;Entreprise;17/01/2027',
  ';;sans-nom@exemple.fr;;Grand public;18/01/2027',
  'Inès;Gâteau;ines@exemple.fr;;Journaliste;19/01/2027',
];
const FIXED_ROWS = BAD_ROWS.map((row) =>
  row.replace(';;Association', ';zoe@exemple.fr;Association').replace('agnes.exemple.fr', 'agnes@exemple.fr').replace(/^;;sans-nom/, 'Sam;Nom;sans-nom'),
);
const windows1252 = (rows: string[]) => new Uint8Array(iconv.encode([HEADER, ...rows].join('\r\n') + '\r\n', 'win1252'));
const MAPPING: ColumnMapping = { ...emptyMapping(), firstName: 0, lastName: 1, email: 2, organisation: 3, category: 4, registeredAt: 5 };

describe('import of a ticketing export', () => {
  it('reports the 3 bad lines of a Windows-1252 file and writes nothing until they are fixed', async () => {
    const event = await newEvent();
    const file = { name: 'inscrits.csv', bytes: windows1252(BAD_ROWS) };

    const preview = await as(() => previewRegistrationImportAction({ eventId: event.id, source: 'generique', file }));
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ encoding: 'Windows-1252', delimiter: ';', rowCount: 8, ready: false, toCreate: 5 });
    expect(preview.data.headers[0]).toBe('Prénom');
    expect(preview.data.mapping).toEqual(MAPPING);
    expect(preview.data.errors.map((e) => e.message)).toEqual([
      'Ligne 4 : adresse e-mail manquante.',
      'Ligne 6 : adresse e-mail invalide (« agnes.exemple.fr »).',
      'Ligne 8 : nom manquant.',
    ]);
    expect(preview.data.warnings.map((w) => w.message)).toEqual(['Ligne 9 : catégorie « Journaliste » non reconnue, classée « Autre ».']);

    const refused = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping: MAPPING }));
    expect(refused).toMatchObject({ ok: true, data: { written: null, report: { errorCount: 3 } } });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);

    const before = new Date();
    const fixed = { name: 'inscrits.csv', bytes: windows1252(FIXED_ROWS) };
    const imported = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file: fixed, mapping: MAPPING }));
    expect(imported).toMatchObject({ ok: true, data: { written: { created: 8, updated: 0 } } });

    const rows = await testDb().registration.findMany({ where: { eventId: event.id }, orderBy: { email: 'asc' } });
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.tokenHash)).size).toBe(8);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'CONFIRMED', source: 'import:generique', isWalkIn: false, isSpeaker: false, rank: null });
      expect(row.consentAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    }
    const helene = rows.find((r) => r.email === 'helene.dupre@exemple.fr');
    expect(helene).toMatchObject({ name: 'Hélène Dupré', organisation: 'Mairie de Salon-de-Provence', category: 'AGENT_COLLECTIVITE' });
    expect(helene?.registeredAt.toISOString()).toBe('2027-01-12T08:15:00.000Z');
    expect(rows.find((r) => r.email === 'jerome@exemple.fr')).toMatchObject({ name: 'Jérôme Château', organisation: 'Entreprise Œuvre' });
    expect(rows.find((r) => r.email === 'noel@exemple.fr')).toMatchObject({ category: 'ELU', organisation: null });
    expect(rows.find((r) => r.email === 'ines@exemple.fr')?.category).toBe('AUTRE');
  });

  it('imports an XLSX file: dates, hyperlinks and numbers as the sheet shows them', async () => {
    const event = await newEvent();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Participants');
    sheet.addRow(['Nom participant', 'Prénom participant', 'Email participant', 'Date de la commande', 'Email payeur']);
    sheet.addRow(['Martin', 'Léa', { text: 'lea@exemple.fr', hyperlink: 'mailto:lea@exemple.fr' }, new Date(Date.UTC(2027, 0, 20, 14, 30)), 'payeur@exemple.fr']);
    sheet.addRow(['Nguyen', 'Tam', 'tam@exemple.fr', new Date(Date.UTC(2027, 6, 1, 9, 0)), 'payeur@exemple.fr']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = { name: 'export-helloasso.xlsx', bytes };

    const preview = await as(() => previewRegistrationImportAction({ eventId: event.id, source: 'helloasso', file }));
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ format: 'xlsx', ready: true, toCreate: 2 });
    expect(preview.data.mapping).toMatchObject({ lastName: 0, firstName: 1, email: 2, registeredAt: 3 });

    const result = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'helloasso', file, mapping: preview.data.mapping }));
    expect(result).toMatchObject({ ok: true, data: { written: { created: 2 } } });
    const lea = await testDb().registration.findUniqueOrThrow({ where: { eventId_email: { eventId: event.id, email: 'lea@exemple.fr' } } });
    expect(lea).toMatchObject({ name: 'Léa Martin', source: 'import:helloasso', category: 'AUTRE' });
    // 14:30 on the sheet is 14:30 in Paris (UTC+1 in January).
    expect(lea.registeredAt.toISOString()).toBe('2027-01-20T13:30:00.000Z');
    const tam = await testDb().registration.findUniqueOrThrow({ where: { eventId_email: { eventId: event.id, email: 'tam@exemple.fr' } } });
    expect(tam.registeredAt.toISOString()).toBe('2027-07-01T07:00:00.000Z');
  });

  it('updates people already registered instead of duplicating them, and keeps one row per e-mail of the file', async () => {
    const event = await newEvent();
    const waiting = await createParticipant(testDb(), { eventId: event.id, email: 'ana@exemple.fr', name: 'Ana', status: 'WAITING', rank: 1, organisation: 'Ancienne structure' });
    const text = '\ufeffNom complet,Email,Structure,Catégorie\nAna Lopez,ANA@exemple.fr,,Élue\nBruno Roy,bruno@exemple.fr,Hub,Médiateur\nBruno R.,Bruno@Exemple.fr,Autre hub,\n';
    const file = { name: 'generique.csv', bytes: new TextEncoder().encode(text) };

    const preview = await as(() => previewRegistrationImportAction({ eventId: event.id, source: 'generique', file }));
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data).toMatchObject({ encoding: 'UTF-8 (avec BOM)', delimiter: ',', toCreate: 1, toUpdate: 1, ready: true });
    expect(preview.data.warnings.map((w) => w.message)).toEqual([
      'Ligne 4 : même adresse e-mail que la ligne 3 (bruno@exemple.fr) : ligne ignorée, une seule inscription par adresse.',
    ]);

    const result = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping: preview.data.mapping }));
    expect(result).toMatchObject({ ok: true, data: { written: { created: 1, updated: 1 } } });
    const rows = await testDb().registration.findMany({ where: { eventId: event.id }, orderBy: { email: 'asc' } });
    expect(rows.map((r) => r.email)).toEqual(['ana@exemple.fr', 'bruno@exemple.fr']);
    expect(rows[0]).toMatchObject({
      id: waiting.id,
      name: 'Ana Lopez',
      category: 'ELU',
      organisation: 'Ancienne structure',
      status: 'WAITING',
      rank: 1,
      tokenHash: waiting.tokenHash,
      source: 'formulaire',
    });
    expect(rows[1]).toMatchObject({ name: 'Bruno Roy', organisation: 'Hub', category: 'MEDIATEUR' });
  });

  it('goes through the upload route with a multipart form', async () => {
    const event = await newEvent();
    const form = new FormData();
    form.set('source', 'weezevent');
    form.set('file', new File([new TextEncoder().encode('Nom;Prénom;Email\nDurand;Élise;elise@exemple.fr\n')], 'weezevent.csv'));
    const request = new Request(`http://localhost/evenements/${event.id}/participants/import/apercu`, { method: 'POST', body: form, headers: { origin: 'http://localhost' } });
    const response = await as(() => postPreview(request, { params: Promise.resolve({ id: event.id }) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; data: { ready: boolean; preview: string[][] } };
    expect(body).toMatchObject({ ok: true, data: { ready: true, preview: [['Durand', 'Élise', 'elise@exemple.fr']] } });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('recognises the unique violation of a registration that arrived during the import', async () => {
    const event = await newEvent();
    await createParticipant(testDb(), { eventId: event.id, email: 'course@exemple.fr' });
    const candidate = { line: 2, email: 'course@exemple.fr', name: 'Course', organisation: null, category: null, accessibilityNeeds: null, registeredAt: null, tickets: [] };
    const error = await testDb()
      .$transaction((tx) => writeImportPlan(tx, { eventId: event.id, source: 'generique', plan: { create: [candidate], update: [] }, now: new Date() }))
      .catch((caught: unknown) => caught);
    expect(isDuplicateRegistrationError(error)).toBe(true);
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('refuses a cross-site upload', async () => {
    const event = await newEvent();
    const form = new FormData();
    form.set('source', 'generique');
    form.set('file', new File(['Nom;Email\n'], 'x.csv'));
    const request = new Request(`http://localhost/evenements/${event.id}/participants/import/apercu`, {
      method: 'POST',
      body: form,
      headers: { origin: 'https://ailleurs.example' },
    });
    const response = await as(() => postPreview(request, { params: Promise.resolve({ id: event.id }) }));
    expect(response.status).toBe(403);
  });
});

describe('bad input writes nothing', () => {
  it.each([
    ['a file over 2 MB', { name: 'gros.csv', bytes: new Uint8Array(2 * 1024 * 1024 + 1) }, { fieldErrors: { file: ['Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.'] } }],
    ['an empty file', { name: 'vide.csv', bytes: new Uint8Array(0) }, { fieldErrors: { file: ['Le fichier est vide.'] } }],
    ['a PDF', { name: 'liste.pdf', bytes: new TextEncoder().encode('%PDF-1.4') }, { error: 'Choisissez un fichier .csv ou .xlsx.' }],
    ['an old .xls', { name: 'liste.xls', bytes: new TextEncoder().encode('x') }, { error: expect.stringContaining('.xls') }],
    ['a broken XLSX', { name: 'liste.xlsx', bytes: new TextEncoder().encode('pas un classeur') }, { error: expect.stringContaining('illisible') }],
  ])('refuses %s', async (_what, file, expected) => {
    const event = await newEvent();
    const result = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping: MAPPING }));
    expect(result).toMatchObject({ ok: false, ...expected });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses a mapping without the e-mail column', async () => {
    const event = await newEvent();
    const file = { name: 'x.csv', bytes: new TextEncoder().encode('Nom;Email\nAna;ana@exemple.fr\n') };
    const result = await as(() => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping: { ...emptyMapping(), lastName: 0 } }));
    expect(result).toMatchObject({ ok: true, data: { written: null, report: { mappingProblems: ['Choisissez la colonne qui contient l’adresse e-mail.'] } } });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses an outsider, who learns nothing', async () => {
    const event = await newEvent();
    const outsider = await createUser(testDb());
    const file = { name: 'x.csv', bytes: new TextEncoder().encode('Nom;Email\nAna;ana@exemple.fr\n') };
    const mapping = { ...emptyMapping(), lastName: 0, email: 1 };
    const preview = await runAsCaller({ userId: outsider.id }, () => previewRegistrationImportAction({ eventId: event.id, source: 'generique', file }));
    const confirm = await runAsCaller({ userId: outsider.id }, () => confirmRegistrationImportAction({ eventId: event.id, source: 'generique', file, mapping }));
    expect(preview).toMatchObject({ ok: false, code: 'not-found' });
    expect(confirm).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });
});
