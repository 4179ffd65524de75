import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as unsubscribeOneClick } from '@/app/api/desabonnement/[token]/route';
import { previewGroupMessageAction, sendGroupMessageAction, sendTestGroupMessageAction, unsubscribeAction } from '@/lib/server/actions/group-messages';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { deliverOutboxEmail } from '@/lib/server/mail/deliver';
import { smtpMailer } from '@/lib/server/mail/transport';
import { registrationOfToken, unsubscribeToken } from '@/lib/server/messages/unsubscribe';
import { createUser } from '@/tests/factories';
import { createOpenEvent, createRegistration, createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { startSmtpCapture, type CapturedMail } from '@/tests/support/smtp-capture';

// Issue 17: messages to a group go through the outbox, one per recipient, and skip whoever unsubscribed.

let raw: CapturedMail[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = '';

beforeAll(async () => {
  smtp = await startSmtpCapture();
  raw = smtp.messages;
  smtpUrl = smtp.url;
});

afterAll(async () => {
  await stopBoss();
  await smtp.close();
});

async function scene() {
  const db = testDb();
  const coordinator = await createUser(db, { role: 'COORDINATOR' });
  const event = await createOpenEvent(db, { ownerOrganisationId: coordinator.organisationId });
  const session = await createRegistrationSession(db, { eventId: event.id });
  const ana = await createRegistration(db, { eventId: event.id, name: 'Ana', email: 'ana@exemple.fr', sessions: [{ sessionId: session.id }] });
  const bruno = await createRegistration(db, { eventId: event.id, name: 'Bruno <b>gras</b>', email: 'bruno@exemple.fr' });
  await createRegistration(db, { eventId: event.id, name: 'Chloé', email: 'chloe@exemple.fr', status: 'CANCELLED' });
  await createRegistration(db, { eventId: event.id, name: 'Dina', email: 'dina@exemple.fr', status: 'WAITING', rank: 1 });
  const caller = { userId: coordinator.id, organisationId: coordinator.organisationId };
  return { coordinator, caller, event, session, ana, bruno };
}

const compose = (eventId: string, overrides: Record<string, string> = {}) => ({
  eventId,
  segment: 'confirmed' as const,
  subject: 'Infos pratiques pour {{nom}}',
  body: 'Bonjour {{nom}},\nRendez-vous à {{lieu}} pour « {{evenement}} ».',
  ...overrides,
});

describe('messages to a group', () => {
  it('writes one outbox message per recipient of the segment, each to one address only', async () => {
    const { caller, event, ana, bruno } = await scene();
    const sent = await runAsCaller(caller, () => sendGroupMessageAction(compose(event.id)));
    expect(sent).toMatchObject({ ok: true, data: { count: 2 } });
    const rows = await testDb().outboxEmail.findMany({ where: { eventId: event.id }, orderBy: { to: 'asc' } });
    expect(rows.map((row) => row.to)).toEqual(['ana@exemple.fr', 'bruno@exemple.fr']);
    const message = await testDb().groupMessage.findFirstOrThrow({ where: { eventId: event.id } });
    expect(message).toMatchObject({ recipientCount: 2, segmentLabel: 'Toutes les personnes inscrites (confirmées)' });
    expect(rows.every((row) => row.groupMessageId === message.id && row.status === 'QUEUED')).toBe(true);
    // Each has its delivery job, keyed by the outbox id (queued in the same transaction).
    const jobs = await testDb().$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-email' AND id = ANY(${rows.map((row) => row.id)}::uuid[])`;
    expect(jobs[0]!.n).toBe(2);
    expect(rows.map((row) => row.unsubscribeRegistrationId)).toEqual([ana.id, bruno.id]);
    // Each copy is filled for its own recipient and names nobody else.
    expect(rows[0]!.subject).toBe('Infos pratiques pour Ana');
    expect(rows[1]!.text).toContain('Bonjour Bruno <b>gras</b>,');
    expect(rows[0]!.text).not.toContain('bruno');
    // The unsubscribe link is not stored: only its placeholder.
    expect(rows[0]!.text).toContain('[[desabonnement]]');
    expect(rows[0]!.text).not.toContain(unsubscribeToken(ana.id));
  });

  it('reaches one session’s attendees and the waiting list', async () => {
    const { caller, event, session } = await scene();
    const bySession = await runAsCaller(caller, () => previewGroupMessageAction(compose(event.id, { segment: 'session', sessionId: session.id })));
    expect(bySession).toMatchObject({ ok: true, data: { count: 1, preview: { recipientName: 'Ana', subject: 'Infos pratiques pour Ana' } } });
    const waiting = await runAsCaller(caller, () => previewGroupMessageAction(compose(event.id, { segment: 'waiting' })));
    expect(waiting).toMatchObject({ ok: true, data: { count: 1, preview: { recipientName: 'Dina' } } });
  });

  it('refuses an empty group, an unknown placeholder or a session of another event, and writes nothing', async () => {
    const { caller, event } = await scene();
    const other = await createRegistrationSession(testDb(), { eventId: (await createOpenEvent(testDb(), { ownerOrganisationId: caller.organisationId })).id });
    const attempts = [
      [compose(event.id, { segment: 'present', day: '2027-02-11' }), 'Personne ne fait partie de ce groupe'],
      [compose(event.id, { body: 'Bonjour {{prenom}}' }), 'Certains champs sont à corriger.'],
      [compose(event.id, { subject: 'Objet\r\nBcc: pirate@exemple.fr' }), 'Certains champs sont à corriger.'],
      [compose(event.id, { segment: 'session', sessionId: other.id }), 'Cette séance n’existe pas dans l’événement.'],
    ] as const;
    for (const [input, error] of attempts) {
      const result = await runAsCaller(caller, () => sendGroupMessageAction(input));
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toContain(error);
    }
    expect(await testDb().groupMessage.count({ where: { eventId: event.id } })).toBe(0);
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('sends the trial to the caller only', async () => {
    const { caller, coordinator, event } = await scene();
    expect(await runAsCaller(caller, () => sendTestGroupMessageAction(compose(event.id)))).toMatchObject({ ok: true, data: { to: coordinator.email } });
    const rows = await testDb().outboxEmail.findMany({ where: { eventId: event.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to: coordinator.email, subject: '[Essai] Infos pratiques pour Ana', groupMessageId: null, unsubscribeRegistrationId: null });
  });

  it('refuses a MEMBER of the organisation (writing to participants is for admins and coordinators)', async () => {
    const { coordinator, event } = await scene();
    const member = await createUser(testDb(), { role: 'MEMBER', organisationId: coordinator.organisationId });
    const result = await runAsCaller({ userId: member.id, organisationId: coordinator.organisationId }, () => sendGroupMessageAction(compose(event.id)));
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('unsubscribing', () => {
  it('delivers the link and List-Unsubscribe headers; one click from another site unsubscribes; the next message skips the person', async () => {
    const { caller, event, ana } = await scene();
    await runAsCaller(caller, () => sendGroupMessageAction(compose(event.id)));
    const row = await testDb().outboxEmail.findFirstOrThrow({ where: { eventId: event.id, to: 'ana@exemple.fr' } });
    expect(await deliverOutboxEmail(row.id, { mailer: smtpMailer(smtpUrl), isLastTry: false })).toBe('sent');
    const message = raw.find((entry) => entry.to.includes('ana@exemple.fr'))!.data;
    const received = message.replace(/=\r\n/g, '').replace(/\r\n[ \t]+/g, ' ');
    const header = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(received)?.[1];
    expect(header).toMatch(/\/api\/desabonnement\/[^/]+$/);
    expect(received).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
    const pageLink = /(https?:\/\/\S+\/desabonnement\/([A-Za-z0-9._-]+))/.exec(received.replace(/\/api\/desabonnement/g, ''))!;
    expect(registrationOfToken(pageLink[2]!)).toBe(ana.id);

    // The mail provider's POST: no Origin, no cookie, from another site.
    const token = header!.split('/').pop()!;
    const response = await unsubscribeOneClick(
      new Request(header!, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' } }),
      { params: Promise.resolve({ token }) },
    );
    expect(response.status).toBe(200);
    expect(await testDb().registration.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ unsubscribedAt: expect.any(Date), status: 'CONFIRMED' });

    const again = await runAsCaller(caller, () => sendGroupMessageAction(compose(event.id, { subject: 'Deuxième message' })));
    expect(again).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id, subject: 'Deuxième message' } })).toBe(1);
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id, subject: 'Deuxième message', to: 'ana@exemple.fr' } })).toBe(0);
  });

  it('refuses a forged or altered link, and the page’s action unsubscribes with a good one', async () => {
    const { event, bruno } = await scene();
    const token = unsubscribeToken(bruno.id);
    const forged = `${bruno.id}.${'A'.repeat(43)}`;
    expect(await runAsCaller(null, () => unsubscribeAction({ token: forged }))).toMatchObject({ ok: false, code: 'not-found' });
    const post = (t: string) => unsubscribeOneClick(new Request(`http://localhost/api/desabonnement/${t}`, { method: 'POST' }), { params: Promise.resolve({ token: t }) });
    expect((await post(forged)).status).toBe(404);
    expect(await testDb().registration.count({ where: { eventId: event.id, unsubscribedAt: { not: null } } })).toBe(0);
    expect(await runAsCaller(null, () => unsubscribeAction({ token }))).toMatchObject({ ok: true });
    // Twice is fine, and keeps the first date.
    const first = (await testDb().registration.findUniqueOrThrow({ where: { id: bruno.id } })).unsubscribedAt;
    expect(await runAsCaller(null, () => unsubscribeAction({ token }))).toMatchObject({ ok: true });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: bruno.id } })).unsubscribedAt).toEqual(first);
  });

  it('queues 2 000 recipients in one go (time reported, not asserted)', { timeout: 120_000 }, async () => {
    const { caller, event } = await scene();
    await testDb().registration.createMany({
      data: Array.from({ length: 1998 }, (_, i) => ({
        eventId: event.id,
        email: `masse-${i}@exemple.fr`,
        name: `Personne ${i}`,
        category: 'AUTRE',
        status: 'CONFIRMED' as const,
        tokenHash: `hash-masse-${event.id}-${i}`,
        consentAt: new Date(),
      })),
    });
    const started = performance.now();
    const sent = await runAsCaller(caller, () => sendGroupMessageAction(compose(event.id)));
    const elapsed = Math.round(performance.now() - started);
    console.log(`[bench] message à 2 000 destinataires mis en file en ${elapsed} ms`);
    expect(sent).toMatchObject({ ok: true, data: { count: 2000 } });
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id } })).toBe(2000);
  });
});
