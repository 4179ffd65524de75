import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { GET as downloadZip } from '@/app/(app)/evenements/[id]/attestations.zip/route';
import { GET as downloadBadges } from '@/app/(app)/evenements/[id]/badges.pdf/route';
import { GET as downloadOne } from '@/app/(app)/evenements/[id]/participants/[registrationId]/attestation.pdf/route';
import { walkInEmail } from '@/lib/domain/registrations/personal-data';
import { sendAttestationsAction } from '@/lib/server/actions/attestations';
import { getAttestationsSummary, getPersonAttestation } from '@/lib/server/queries/attestations';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { deliverOutboxEmail } from '@/lib/server/mail/deliver';
import { smtpMailer } from '@/lib/server/mail/transport';
import { createEvent, createUser } from '@/tests/factories';
import { createDay, createSession } from '@/tests/factories/programme';
import { createRegistration } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { startSmtpCapture } from '@/tests/support/smtp-capture';

type Caller = { id: string };
const as = <T,>(caller: Caller, fn: () => Promise<T>) => runAsCaller({ userId: caller.id }, fn);
const D1 = '2027-02-11';
const D2 = '2027-02-12';

let coordinator: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;
let outsider: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  const db = testDb();
  coordinator = await createUser(db, { role: 'COORDINATOR', name: 'Camille Durand', organisation: { name: 'Hub du Rhône numérique' } });
  member = await createUser(db, { role: 'MEMBER', organisationId: coordinator.organisationId });
  outsider = await createUser(db);
});

afterAll(async () => {
  await stopBoss();
});

/**
 * Two days at 12 rue Sala, 69002 Lyon: day 1 with opening hours only (9:00–17:30), day 2 a morning
 * workshop (9:30–12:00). Amina present both days, Bruno present day 1 and excused day 2, Chloé
 * absent, Denis anonymised though present, a walk-in present, Zoé confirmed and never checked in,
 * Yann on the waiting list.
 */
async function scene() {
  const db = testDb();
  const event = await createEvent(db, {
    ownerOrganisationId: coordinator.organisationId,
    title: 'Rencontre du numérique inclusif',
    startsAt: new Date('2027-02-11T08:00:00Z'),
    endsAt: new Date('2027-02-12T11:00:00Z'),
  });
  await db.event.update({ where: { id: event.id }, data: { venueName: 'La Cordée', venueAddress: '12 rue Sala, 69002 Lyon' } });
  await createDay(db, { eventId: event.id, date: D1, opens: '09:00', closes: '17:30' });
  const day2 = await createDay(db, { eventId: event.id, date: D2, opens: '09:00', closes: '12:30' });
  await createSession(db, { eventId: event.id, day: day2, from: '09:30', to: '12:00', formatId: 'atelier', title: 'Atelier' });
  const person = async (name: string, marks: Array<[string, 'PRESENT' | 'EXCUSED' | 'ABSENT']>, extra: Record<string, unknown> = {}) => {
    const registration = await createRegistration(db, { eventId: event.id, name, status: (extra.status as 'WAITING' | undefined) ?? 'CONFIRMED' });
    await db.registration.update({ where: { id: registration.id }, data: { organisation: `Structure de ${name}`, ...extra } });
    for (const [date, status] of marks) await db.attendance.create({ data: { registrationId: registration.id, date, status } });
    return registration;
  };
  const amina = await person('Amina Diallo', [[D1, 'PRESENT'], [D2, 'PRESENT']]);
  const bruno = await person('Bruno Petit', [[D1, 'PRESENT'], [D2, 'EXCUSED']]);
  const chloe = await person('Chloé Roux', [[D1, 'ABSENT']]);
  const denis = await person('Denis Anonyme', [[D1, 'PRESENT']], { anonymisedAt: new Date() });
  const walkIn = await person('Élise Sur-Place', [[D2, 'PRESENT']], { isWalkIn: true });
  await db.registration.update({ where: { id: walkIn.id }, data: { email: walkInEmail(walkIn.id) } });
  const zoe = await person('Zoé Martin', [], { days: [D2] });
  const yann = await person('Yann Attente', [], { status: 'WAITING', rank: 1 });
  return { event, amina, bruno, chloe, denis, walkIn, zoe, yann };
}

const text = (pdf: ArrayBuffer | Buffer) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf as ArrayBuffer), encoding: 'utf8' }).stdout.replace(/[\s\u00a0]+/g, ' ');

function zipEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

const one = (caller: Caller, eventId: string, registrationId: string) =>
  as(caller, () => downloadOne(new Request('http://localhost/x'), { params: Promise.resolve({ id: eventId, registrationId }) }));
const zip = (caller: Caller, eventId: string) => as(caller, () => downloadZip(new Request('http://localhost/x'), { params: Promise.resolve({ id: eventId }) }));
const badges = (caller: Caller, eventId: string, query = '') =>
  as(caller, () => downloadBadges(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id: eventId }) }));

describe('one attestation', () => {
  it('prints the event, organisers, person, days and hours, place and signature block', async () => {
    const { event, amina, bruno } = await scene();
    const response = await one(coordinator, event.id, amina.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toContain('attestation-amina-diallo.pdf');
    const page = text(await response.arrayBuffer());
    for (const expected of [
      'Attestation de présence',
      'Rencontre du numérique inclusif',
      'Hub du Rhône numérique',
      'Amina Diallo',
      'Structure de Amina Diallo',
      'Jeudi 11 février 2027',
      'Vendredi 12 février 2027',
      'demi-journée (matin)',
      '7 h 30',
      '2 h 30',
      '10 h', // total
      '1,5 journée',
      'La Cordée, 12 rue Sala, 69002 Lyon',
      'Fait à Lyon, le',
      'Camille Durand',
      'Coordinateur·rice, Hub du Rhône numérique',
    ]) {
      expect(page).toContain(expected);
    }
    // Bruno was excused on day 2: that day gives him nothing.
    const brunoPage = text(await (await one(coordinator, event.id, bruno.id)).arrayBuffer());
    expect(brunoPage).toContain('Jeudi 11 février 2027');
    expect(brunoPage).not.toContain('Vendredi 12 février 2027');
    expect(brunoPage).toContain('1 journée');
  });

  it('none for the absent, the never checked-in, the anonymised, nor anyone of another event; outsiders get 404', async () => {
    const { event, amina, chloe, denis, zoe } = await scene();
    for (const person of [chloe, denis, zoe]) expect((await one(coordinator, event.id, person.id)).status).toBe(404);
    const other = await scene();
    expect((await one(coordinator, event.id, other.amina.id)).status).toBe(404);
    expect((await one(outsider, event.id, amina.id)).status).toBe(404);
  });
});

describe('the ZIP of all attestations', () => {
  it('holds one PDF per person present, safe ASCII names, nobody absent or anonymised', async () => {
    const { event } = await scene();
    const response = await zip(coordinator, event.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/zip');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="attestations-[a-z0-9-]+\.zip"$/);
    const files = await zipEntries(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(['attestation-amina-diallo.pdf', 'attestation-bruno-petit.pdf', 'attestation-elise-sur-place.pdf']);
    expect(text(files.get('attestation-elise-sur-place.pdf')!)).toContain('2 h 30');
    expect((await zip(outsider, event.id)).status).toBe(404);
  });

  it('says so when nobody was marked present', async () => {
    const db = testDb();
    const empty = await createEvent(db, { ownerOrganisationId: coordinator.organisationId });
    const response = await zip(coordinator, empty.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Aucune attestation à produire : personne n’a encore été pointé·e présent·e.' });
  });
});

describe('e-mailing the attestations', () => {
  it('queues one message per person present with an address, PDF attached, and never twice', async () => {
    const db = testDb();
    const { event, amina, bruno } = await scene();
    const first = await as(coordinator, () => sendAttestationsAction({ eventId: event.id }));
    expect(first).toEqual({ ok: true, data: { queued: 2, alreadySent: 0, withoutAddress: 1 } });
    const [again, twice] = await Promise.all([
      as(coordinator, () => sendAttestationsAction({ eventId: event.id })),
      as(coordinator, () => sendAttestationsAction({ eventId: event.id, registrationId: amina.id })),
    ]);
    expect(again).toEqual({ ok: true, data: { queued: 0, alreadySent: 2, withoutAddress: 1 } });
    expect(twice).toEqual({ ok: true, data: { queued: 0, alreadySent: 1, withoutAddress: 0 } });

    const emails = await db.outboxEmail.findMany({ where: { eventId: event.id }, select: { to: true, subject: true, text: true, attachment: true } });
    expect(emails.map((e) => e.to).sort()).toEqual([amina.email, bruno.email].sort());
    const aminaMail = emails.find((e) => e.to === amina.email)!;
    expect(aminaMail.subject).toBe('Votre attestation de présence — Rencontre du numérique inclusif');
    expect(aminaMail.text).toContain('1,5 journée, soit 10\u00a0h');
    const attachment = aminaMail.attachment as { filename: string; contentType: string; content: string; encoding: string };
    expect(attachment).toMatchObject({ filename: 'attestation-amina-diallo.pdf', contentType: 'application/pdf', encoding: 'base64' });
    expect(text(Buffer.from(attachment.content, 'base64'))).toContain('Amina Diallo');
    const deliveries = await db.attestationDelivery.findMany({ where: { registration: { eventId: event.id } } });
    expect(deliveries).toHaveLength(2);
    expect(deliveries.every((d) => d.outboxEmailId !== null)).toBe(true);

    // Delivered over SMTP: the PDF leaves as a base64 MIME part, and the outbox says « sent ».
    const smtp = await startSmtpCapture();
    try {
      const delivery = deliveries.find((d) => d.registrationId === amina.id)!;
      expect(await deliverOutboxEmail(delivery.outboxEmailId!, { mailer: smtpMailer(smtp.url), isLastTry: false })).toBe('sent');
      const raw = smtp.messages[0]!.data;
      expect(raw).toMatch(/Content-Type: application\/pdf; name=attestation-amina-diallo\.pdf/);
      const base64 = /Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;[^\r]*\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(raw)?.[1];
      expect(text(Buffer.from(base64!.replace(/\r\n/g, ''), 'base64'))).toContain('Amina Diallo');
      expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: delivery.outboxEmailId! } })).toMatchObject({ status: 'SENT', attempts: 1 });
    } finally {
      await smtp.close();
    }
  });

  it('one person on request; refused to a member without the e-mail right and to another organisation', async () => {
    const db = testDb();
    const { event, bruno, chloe } = await scene();
    expect(await as(coordinator, () => sendAttestationsAction({ eventId: event.id, registrationId: bruno.id }))).toEqual({
      ok: true,
      data: { queued: 1, alreadySent: 0, withoutAddress: 0 },
    });
    expect(await as(coordinator, () => sendAttestationsAction({ eventId: event.id, registrationId: chloe.id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(member, () => sendAttestationsAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await as(outsider, () => sendAttestationsAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe('what the pages show', () => {
  it('counts those who get one, those e-mailed and how; one person’s state', async () => {
    const { event, amina, chloe, walkIn } = await scene();
    const before = await as(coordinator, () => getAttestationsSummary(event.id));
    expect(before).toMatchObject({ eligible: 3, withAddress: 2, notYetSent: 2, delivered: { queued: 0, sent: 0, stored: 0, failed: 0 }, badges: 5, canSend: true });
    await as(coordinator, () => sendAttestationsAction({ eventId: event.id, registrationId: amina.id }));
    const after = await as(coordinator, () => getAttestationsSummary(event.id));
    expect(after).toMatchObject({ notYetSent: 1, delivered: { queued: 1 } });
    expect(await as(coordinator, () => getPersonAttestation(event.id, amina.id))).toMatchObject({ eligible: true, hasAddress: true, delivery: { state: 'queued' } });
    expect(await as(coordinator, () => getPersonAttestation(event.id, chloe.id))).toMatchObject({ eligible: false, delivery: null });
    expect(await as(coordinator, () => getPersonAttestation(event.id, walkIn.id))).toMatchObject({ eligible: true, hasAddress: false });
    expect(await as(member, () => getAttestationsSummary(event.id))).toMatchObject({ canSend: false });
    await expect(as(outsider, () => getAttestationsSummary(event.id))).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('badges', () => {
  it('confirmed registrations sorted by name, with their QR code; a day filter; a bad day refused', async () => {
    const { event } = await scene();
    const response = await badges(coordinator, event.id);
    expect(response.status).toBe(200);
    const page = text(await response.arrayBuffer());
    const names = ['Amina Diallo', 'Bruno Petit', 'Chloé Roux', 'Élise Sur-Place', 'Zoé Martin'];
    const positions = names.map((name) => page.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(page).not.toContain('Yann Attente');
    expect(page).not.toContain('Denis Anonyme');
    expect(page).toContain('Structure de Amina Diallo');

    const day1 = text(await (await badges(coordinator, event.id, `?jour=${D1}`)).arrayBuffer());
    expect(day1).toContain('Amina Diallo');
    expect(day1).not.toContain('Zoé Martin');
    expect(text(await (await badges(coordinator, event.id, '?jour=')).arrayBuffer())).toContain('Zoé Martin');
    expect((await badges(coordinator, event.id, '?jour=2030-01-01')).status).toBe(400);
    expect((await badges(coordinator, event.id, '?jour=demain')).status).toBe(400);
    expect((await badges(outsider, event.id)).status).toBe(404);
  });
});
