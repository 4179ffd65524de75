// Issue 16, point 6: the printable attendance sheet of a day or half-day, and the signed scans sent back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as getSheetPdf } from '@/app/(app)/evenements/[id]/emargement/[fichier]/route';
import { POST as postSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/route';
import { GET as getSignedSheet, POST as postDeleteSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/[sheetId]/route';
import { SIGNED_SHEET_MAX_BYTES } from '@/lib/domain/files/signed-sheet';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createOrganisation, createUser } from '@/tests/factories';
import { createBudgetLine } from '@/tests/factories/budget';
import { createAttendance, createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

// pdftotext (poppler-utils) reads the PDF back; its spaces are made plain and runs folded.
function pdfText(pdf: ArrayBuffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'emargement-')), 'feuille.pdf');
  writeFileSync(file, Buffer.from(pdf));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

/** A two-day event (11 and 12 February 2027, or past days of November 2026) with three expected people. */
async function scene(input: { past?: boolean } = {}) {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR', organisation: { name: 'Hub Sud Numérique' } });
  const co = await createOrganisation(db, { name: 'Mouvement associatif Provence' });
  const startsAt = new Date(input.past ? '2026-11-12T08:00:00Z' : '2027-02-11T08:00:00Z');
  const event = await createEvent(db, {
    ownerOrganisationId: hub.organisationId,
    coOrganiserIds: [co.id],
    title: 'Rencontre du numérique inclusif',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 32 * 3600 * 1000),
  });
  await db.event.update({ where: { id: event.id }, data: { venueName: 'Cité des associations', venueAddress: '93 La Canebière, Marseille' } });
  const [day1, day2] = input.past ? ['2026-11-12', '2026-11-13'] : ['2027-02-11', '2027-02-12'];
  const people = {
    zoe: await createParticipant(db, { eventId: event.id, name: 'Zoé Martin', organisation: 'Centre social Belsunce' }),
    amina: await createParticipant(db, { eventId: event.id, name: 'Amina Diallo', organisation: 'Mairie de Marseille' }),
    emile: await createParticipant(db, { eventId: event.id, name: 'Émile Roux', organisation: null }),
    waiting: await createParticipant(db, { eventId: event.id, name: 'Wassim Attente', status: 'WAITING', rank: 1 }),
    speaker: await createParticipant(db, { eventId: event.id, name: 'Sandra Intervenante', isSpeaker: true }),
    walkIn: await createParticipant(db, { eventId: event.id, name: 'Victor Surplace', isWalkIn: true }),
  };
  const as = <T>(fn: () => Promise<T>, userId = hub.id) => runAsCaller({ userId }, fn);
  const sheet = (fichier: string, query = '', userId = hub.id) =>
    as(() => getSheetPdf(new Request(`http://localhost/evenements/${event.id}/emargement/${fichier}${query}`), { params: Promise.resolve({ id: event.id, fichier }) }), userId);
  const upload = (fields: Record<string, string | File>, options: { userId?: string; origin?: string } = {}) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    const request = new Request(`http://localhost/evenements/${event.id}/emargement/signees?jour=${day1}`, { method: 'POST', body, headers: { origin: options.origin ?? 'http://localhost' } });
    return as(() => postSignedSheet(request, { params: Promise.resolve({ id: event.id }) }), options.userId);
  };
  const stored = () => db.signedSheet.findMany({ where: { eventId: event.id }, orderBy: { createdAt: 'asc' } });
  return { db, hub, event, day1, day2, people, as, sheet, upload, stored };
}

describe('attendance sheet PDF', () => {
  it('prints the event, the day, the venue, the organisers, the funders’ mentions and the expected people sorted by name', async () => {
    const { db, event, day1, sheet } = await scene();
    await createBudgetLine(db, { eventId: event.id, kind: 'PRODUIT', category: 'subventions', funderName: 'FSE+', funderType: 'fonds-europeens', forecastCents: 500_000 });
    await createBudgetLine(db, { eventId: event.id, kind: 'PRODUIT', category: 'subventions', funderName: 'Département des Bouches-du-Rhône', funderType: 'departement', forecastCents: 200_000 });
    const response = await sheet(`${day1}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`emargement-rencontre-du-numerique-inclusif-${day1}.pdf`);
    const text = pdfText(await response.arrayBuffer());
    for (const expected of [
      'FEUILLE D’ÉMARGEMENT',
      'Rencontre du numérique inclusif',
      'jeudi 11 février 2027',
      'Lieu : Cité des associations, 93 La Canebière, Marseille',
      'Organisé par Hub Sud Numérique, Mouvement associatif Provence',
      'Cofinancé par l’Union européenne',
      'Avec le soutien de FSE+ et Département des Bouches-du-Rhône',
      'Nom et prénom',
      'Signature',
      'page 1 / 1',
    ]) expect(text).toContain(expected);
    // Expected people only (no waiting list, speaker or walk-in), by name; then 5 blank rows numbered 4 to 8.
    const names = ['Amina Diallo', 'Émile Roux', 'Zoé Martin'];
    const positions = names.map((name) => text.indexOf(name));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const absent of ['Wassim Attente', 'Sandra Intervenante', 'Victor Surplace']) expect(text).not.toContain(absent);
    expect(text).toMatch(/\n\s*8\s*\n/);
    expect(text).not.toMatch(/\n\s*9\s*\n/);
    // The day is still to come: the present count is left to fill by hand.
    expect(text).toContain('Total : ______ présent·es / 3 attendu·es');
  });

  it('fills the count once the day is past and checked in, walk-ins counted among the present', async () => {
    const { db, day1, people, sheet } = await scene({ past: true });
    await createAttendance(db, { registrationId: people.zoe.id, date: day1, status: 'PRESENT' });
    await createAttendance(db, { registrationId: people.amina.id, date: day1, status: 'ABSENT' });
    await createAttendance(db, { registrationId: people.walkIn.id, date: day1, status: 'PRESENT' });
    const text = pdfText(await (await sheet(`${day1}.pdf`)).arrayBuffer());
    expect(text).toContain('Total : 2 présent·es / 3 attendu·es');
  });

  it('prints a half-day sheet and repeats the header on every page of a long list', async () => {
    const { db, event, day2, sheet } = await scene();
    for (let index = 0; index < 60; index += 1) {
      await createParticipant(db, { eventId: event.id, name: `Personne ${String(index).padStart(2, '0')}`, organisation: 'Association' });
    }
    const response = await sheet(`${day2}.pdf`, '?demi-journee=apres-midi');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`${day2}-apres-midi.pdf`);
    const text = pdfText(await response.arrayBuffer());
    expect(text).toContain('vendredi 12 février 2027 — Après-midi (après 13 h)');
    const pages = text.split('\f').filter((page) => page.trim().length > 0);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('FEUILLE D’ÉMARGEMENT');
      expect(page).toContain('Nom et prénom');
      expect(page).toContain(`page ${index + 1} / ${pages.length}`);
    });
    // 63 expected people → 7 blank rows (10 %, rounded up).
    expect(text).toMatch(/\n\s*70\s*\n/);
    expect(text).toContain('______ présent·es / 63 attendu·es');
  });

  it('answers 404 for a day outside the event or a malformed address, 400 for an unknown half-day', async () => {
    const { sheet, day1 } = await scene();
    expect((await sheet('2027-02-13.pdf')).status).toBe(404);
    expect((await sheet('demain.pdf')).status).toBe(404);
    const unknown = await sheet(`${day1}.pdf`, '?demi-journee=soir');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toContain('Demi-journée inconnue');
  });

  it('is refused to another organisation’s member', async () => {
    const { db, sheet, day1 } = await scene();
    const outsider = await createUser(db, { role: 'ADMIN' });
    expect((await sheet(`${day1}.pdf`, '', outsider.id)).status).toBe(404);
  });
});

describe('signed sheets sent back', () => {
  it('keeps a PDF or a photo with its day and sniffed type, lists it, serves it back and deletes it', async () => {
    const { event, day1, upload, stored, as } = await scene();
    // The declared types lie: the bytes decide.
    const sent = await upload({ jour: day1, demiJournee: 'matin', fichier: new File([PDF], 'C:\\scans\\feuille matin.pdf', { type: 'image/png' }) });
    expect(sent.status).toBe(303);
    const location = new URL(sent.headers.get('location') ?? '');
    expect(location.pathname).toBe(`/evenements/${event.id}/pointage`);
    expect(location.hash).toBe('#emargement');
    await upload({ jour: day1, fichier: new File([JPEG], 'photo.pdf', { type: 'application/pdf' }) });
    const rows = await stored();
    expect(rows.map((row) => [row.date, row.halfDay, row.contentType, row.fileName, row.size])).toEqual([
      [day1, 'matin', 'application/pdf', 'feuille matin.pdf', PDF.length],
      [day1, null, 'image/jpeg', 'photo.pdf', JPEG.length],
    ]);
    const params = (sheetId: string) => ({ params: Promise.resolve({ id: event.id, sheetId }) });
    const download = await as(() => getSignedSheet(new Request('http://localhost/x'), params(rows[1]!.id)));
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/filename="emargement-signe-rencontre-du-numerique-inclusif-2027-02-11-1\.jpg"/);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(JPEG))).toBe(true);
    const removed = await as(() => postDeleteSignedSheet(new Request('http://localhost/x', { method: 'POST', headers: { origin: 'http://localhost' } }), params(rows[0]!.id)));
    expect(removed.status).toBe(303);
    expect((await stored()).map((row) => row.id)).toEqual([rows[1]!.id]);
  });

  function tooLarge() {
    const bytes = new Uint8Array(SIGNED_SHEET_MAX_BYTES + 1);
    bytes.set(PDF);
    return bytes;
  }

  it.each([
    ['a Word document renamed .pdf', () => ({ fichier: new File(['PK\u0003\u0004 word'], 'feuille.pdf', { type: 'application/pdf' }) }), 'type'],
    ['an HTML page', () => ({ fichier: new File(['<html>%PDF-1.4</html>'], 'feuille.pdf', { type: 'application/pdf' }) }), 'type'],
    ['a file over 10 MB', () => ({ fichier: new File([tooLarge()], 'feuille.pdf', { type: 'application/pdf' }) }), 'too-large'],
    ['an empty file', () => ({ fichier: new File([], 'feuille.pdf', { type: 'application/pdf' }) }), 'empty'],
    ['a day outside the event', () => ({ fichier: new File([PDF], 'feuille.pdf'), jour: '2027-03-01' }), 'day'],
    ['an unknown half-day', () => ({ fichier: new File([PDF], 'feuille.pdf'), demiJournee: 'soir' }), 'day'],
  ])('refuses %s with a French reason and writes nothing', async (_what, fields, reason) => {
    const { event, day1, upload, stored } = await scene();
    const response = await upload({ jour: day1, ...fields() });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe(`/evenements/${event.id}/pointage`);
    expect(location.searchParams.get('refus')).toBe(reason);
    expect(await stored()).toEqual([]);
  });

  it('refuses a post from another site, another organisation’s member and a funder, writing nothing', async () => {
    const { db, day1, upload, stored } = await scene();
    const file = () => new File([PDF], 'feuille.pdf');
    expect((await upload({ jour: day1, fichier: file() }, { origin: 'https://pirate.example' })).status).toBe(403);
    const outsider = await createUser(db, { role: 'ADMIN' });
    expect((await upload({ jour: day1, fichier: file() }, { userId: outsider.id })).status).toBe(404);
    const funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR' } });
    expect((await upload({ jour: day1, fichier: file() }, { userId: funder.id })).status).toBe(404);
    expect(await stored()).toEqual([]);
  });

  it('never serves or deletes a sheet through another event', async () => {
    const first = await scene();
    await first.upload({ jour: first.day1, fichier: new File([PDF], 'feuille.pdf') });
    const [sheet] = await first.stored();
    const other = await scene();
    const params = { params: Promise.resolve({ id: other.event.id, sheetId: sheet!.id }) };
    expect((await other.as(() => getSignedSheet(new Request('http://localhost/x'), params))).status).toBe(404);
    const removal = new Request('http://localhost/x', { method: 'POST', headers: { origin: 'http://localhost' } });
    expect((await other.as(() => postDeleteSignedSheet(removal, params))).status).toBe(404);
    expect(await first.stored()).toHaveLength(1);
  });
});
