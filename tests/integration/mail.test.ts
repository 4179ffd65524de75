import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelRegistrationAction } from '@/lib/server/actions/registrations';
import { runAsCaller } from '@/lib/server/current-user';
import { checkinCodeFor } from '@/lib/server/checkin/checkin-token';
import { qrPng } from '@/lib/server/checkin/qr-image';
import { stopBoss } from '@/lib/server/mail/boss';
import { CHECKIN_QR_FILENAME, deliverOutboxEmail } from '@/lib/server/mail/deliver';
import { queueEmails } from '@/lib/server/mail/outbox';
import { closeMailers, smtpMailer } from '@/lib/server/mail/transport';
import { startMailWorker, stopMailWorker } from '@/lib/server/mail/worker';
import { getRegistrationByToken } from '@/lib/server/queries/public-registration';
import { registerParticipant } from '@/lib/server/registrations/register';
import { registerSchema } from '@/lib/schemas/registration';
import { createUser } from '@/tests/factories';
import { buildRegistrationInput, createOpenEvent, createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { until } from '@/tests/support/until';

type Received = { to: string[]; subject: string; text: string; attachments: Array<{ filename: string; contentType: string; content: Buffer }> };

async function parse(raw: Buffer, to: string[]): Promise<Received> {
  const mail = await simpleParser(raw);
  const attachments = mail.attachments.map((file) => ({ filename: file.filename ?? '', contentType: file.contentType, content: file.content }));
  return { to, subject: mail.subject ?? '', text: (mail.text ?? '').replace(/\r\n/g, '\n'), attachments };
}

const received: Received[] = [];
let smtp: SMTPServer;
let smtpUrl = '';

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        parse(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address)).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  // Short retries so that the failing case ends within the test.
  await startMailWorker({ smtpUrl, retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true }, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopBoss();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function openEvent() {
  const owner = await createUser(testDb());
  const event = await createOpenEvent(testDb(), { ownerOrganisationId: owner.organisationId });
  const session = await createRegistrationSession(testDb(), { eventId: event.id, capacity: 1 });
  return { event, session };
}

const register = (overrides: Parameters<typeof buildRegistrationInput>[0]) => registerParticipant(registerSchema.parse(buildRegistrationInput(overrides)));
const linkIn = (text: string) => /(https?:\/\/\S+\/inscription\/([A-Za-z0-9_-]{20,}))/.exec(text);

describe('e-mail delivery through the queue', () => {
  it('delivers the confirmation, then the promotion with a working personal link, to a real SMTP server', { timeout: 60_000 }, async () => {
    const { event, session } = await openEvent();
    await register({ eventId: event.id, email: 'alice@exemple.fr', sessionIds: [session.id] });
    await register({ eventId: event.id, email: 'bruno@exemple.fr', sessionIds: [session.id] });
    const welcome = await until('confirmation reçue', async () => received.find((m) => m.to.includes('alice@exemple.fr')));
    expect(welcome.subject).toBe(`Inscription confirmée : ${event.title}`);
    const aliceToken = linkIn(welcome.text)![2]!;
    // The confirmation carries Alice's check-in QR code, drawn at delivery from her registration.
    const alice = await testDb().registration.findFirstOrThrow({ where: { eventId: event.id, email: 'alice@exemple.fr' }, select: { id: true } });
    expect(welcome.text).toContain('Votre code d’accueil (QR code) est joint à ce message');
    expect(welcome.attachments).toEqual([{ filename: CHECKIN_QR_FILENAME, contentType: 'image/png', content: await qrPng(checkinCodeFor(alice.id)) }]);

    expect(await runAsCaller(null, () => cancelRegistrationAction({ token: aliceToken }))).toMatchObject({ ok: true });
    const promotion = await until('promotion reçue', async () =>
      received.find((m) => m.to.includes('bruno@exemple.fr') && m.subject.startsWith('Une place s’est libérée')),
    );
    expect(promotion.text).toContain('Bonne nouvelle : une place s’est libérée.');
    // Bruno was already confirmed for the event (only the session's seat was waiting): his code comes along.
    expect(promotion.attachments.map((file) => file.filename)).toEqual([CHECKIN_QR_FILENAME]);
    const link = linkIn(promotion.text)!;
    expect(link[1]).toMatch(/^https?:\/\/[^/]+\/inscription\//);
    expect(await getRegistrationByToken(link[2]!)).toMatchObject({ email: 'bruno@exemple.fr', sessions: [{ status: 'CONFIRMED' }] });

    const outbox = await until('promotion marquée envoyée', () =>
      testDb().outboxEmail.findFirst({ where: { to: 'bruno@exemple.fr', subject: { startsWith: 'Une place' }, status: 'SENT' } }),
    );
    expect(outbox).toMatchObject({ attempts: 1, lastError: null, sentAt: expect.any(Date), sealedTokens: null });
    // Once sent, the stored message keeps no way back to the link.
    expect(outbox.text).toContain('/inscription/••••••••');
    expect(outbox.text).not.toContain(link[2]!);
  });

  it('masks the plain link of a message queued before tokens were sealed, once it is sent', async () => {
    const { event } = await openEvent();
    const plain = `Votre lien : https://trame.example/inscription/${'a'.repeat(43)}`;
    const row = await testDb().outboxEmail.create({ data: { eventId: event.id, to: 'ancien@exemple.fr', subject: 'Ancien message', text: plain } });
    expect(await deliverOutboxEmail(row.id, { mailer: smtpMailer(smtpUrl), isLastTry: false })).toBe('sent');
    expect(received.find((m) => m.to.includes('ancien@exemple.fr'))?.text).toContain(plain);
    expect(await testDb().outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'SENT',
      text: 'Votre lien : https://trame.example/inscription/••••••••',
    });
  });

  it('never sends a message twice', async () => {
    const { event } = await openEvent();
    await register({ eventId: event.id, email: 'unique@exemple.fr' });
    const row = await until('envoyé', () => testDb().outboxEmail.findFirst({ where: { to: 'unique@exemple.fr', status: 'SENT' } }));
    const before = received.filter((m) => m.to.includes('unique@exemple.fr')).length;
    expect(await deliverOutboxEmail(row.id, { mailer: smtpMailer(smtpUrl), isLastTry: false })).toBe('skipped');
    expect(received.filter((m) => m.to.includes('unique@exemple.fr'))).toHaveLength(before);
  });

  it('keeps the registration when SMTP fails, counts the attempts and marks the message failed after the retries', { timeout: 60_000 }, async () => {
    await stopMailWorker();
    // A port nobody listens on: every connection is refused.
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await startMailWorker({ smtpUrl: `smtp://127.0.0.1:${port}`, pollingIntervalSeconds: 0.5 });

    const { event } = await openEvent();
    const outcome = await register({ eventId: event.id, email: 'panne@exemple.fr' });
    expect(outcome.status).toBe('CONFIRMED');
    const failed = await until('échec final', () => testDb().outboxEmail.findFirst({ where: { to: 'panne@exemple.fr', status: 'FAILED' } }), 40_000);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.sentAt).toBeNull();
    expect(await testDb().registration.findFirst({ where: { email: 'panne@exemple.fr' }, select: { status: true } })).toEqual({ status: 'CONFIRMED' });
    expect(received.some((m) => m.to.includes('panne@exemple.fr'))).toBe(false);
  });

  it('marks a message whose address the server refuses for good as bounced, without retrying it', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const refusal = Object.assign(new Error('5.1.1 Cette boîte n’existe pas'), { responseCode: 550 });
        callback(address.address === 'inconnu@exemple.fr' ? refusal : undefined);
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`;
      const { event } = await openEvent();
      const row = await testDb().outboxEmail.create({ data: { eventId: event.id, to: 'inconnu@exemple.fr', subject: 'Programme', text: 'Bonjour' } });
      // No error thrown: the queue has nothing to retry.
      expect(await deliverOutboxEmail(row.id, { mailer: smtpMailer(url), isLastTry: false })).toBe('skipped');
      const bounced = await testDb().outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
      expect(bounced).toMatchObject({ status: 'BOUNCED', attempts: 1, sentAt: null });
      expect(bounced.lastError).toMatch(/550/);

      // A temporary refusal (4xx) is not a bounce: it stays queued for the next try.
      const later = await testDb().outboxEmail.create({ data: { eventId: event.id, to: 'plein@exemple.fr', subject: 'Programme', text: 'Bonjour' } });
      const busy = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(_address, _session, callback) {
          callback(Object.assign(new Error('4.2.2 Boîte pleine, réessayez'), { responseCode: 452 }));
        },
      });
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const busyUrl = `smtp://127.0.0.1:${(busy.server.address() as AddressInfo).port}`;
      await expect(deliverOutboxEmail(later.id, { mailer: smtpMailer(busyUrl), isLastTry: false })).rejects.toThrow(/452/);
      expect(await testDb().outboxEmail.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: 'QUEUED', attempts: 1 });
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('works through a queue of many messages without waiting its polling interval between them', { timeout: 60_000 }, async () => {
    await stopMailWorker();
    const { event } = await openEvent();
    const addresses = Array.from({ length: 40 }, (_, i) => `file-${i}@exemple.fr`);
    await testDb().$transaction((tx) => queueEmails(tx, addresses.map((to) => ({ eventId: event.id, to, subject: 'Infos pratiques', text: 'Bonjour' }))));
    // The workers' first look finds the queue full; then an interval far longer than the test. Each
    // worker waits only once the queue is empty. Before, pg-boss waited the interval after every
    // job: 40 messages took 40 intervals.
    await startMailWorker({ smtpUrl, pollingIntervalSeconds: 600 });
    // A message is marked SENT once the SMTP server has it: waiting for the 40 rows is waiting for both.
    const sent = await until(
      '40 messages envoyés',
      async () => {
        const rows = await testDb().outboxEmail.findMany({ where: { to: { in: addresses } }, select: { status: true, attempts: true } });
        return rows.length === 40 && rows.every((m) => m.status === 'SENT') ? rows : null;
      },
      30_000,
    );
    expect(sent.every((m) => m.attempts === 1)).toBe(true);
    expect(received.filter((m) => m.to.some((to) => addresses.includes(to)))).toHaveLength(40);
  });

  it('keeps its SMTP connections open from one message to the next', async () => {
    let connections = 0;
    const counting = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect(_session, callback) {
        connections += 1;
        callback();
      },
      onData(stream, _session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => callback());
      },
    });
    await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve));
    try {
      // nodemailer ignores every other option when given `url`: this is where the pool was lost.
      const mailer = smtpMailer(`smtp://127.0.0.1:${(counting.server.address() as AddressInfo).port}`);
      for (let i = 0; i < 10; i += 1) await mailer.send({ from: 'trame@exemple.fr', to: `suite-${i}@exemple.fr`, subject: 'Suite', text: 'Bonjour' });
      expect(connections).toBe(1);
    } finally {
      // The pool keeps its connection open, and the server waits for it before closing.
      closeMailers();
      await new Promise<void>((resolve) => counting.close(() => resolve()));
    }
  });

  it('only stores messages when no SMTP server is configured', async () => {
    await stopMailWorker();
    await startMailWorker({ smtpUrl: null, pollingIntervalSeconds: 0.5 });
    const { event } = await openEvent();
    await register({ eventId: event.id, email: 'sans-smtp@exemple.fr' });
    const stored = await until('conservé', () => testDb().outboxEmail.findFirst({ where: { to: 'sans-smtp@exemple.fr', status: 'SENT' } }));
    expect(stored.attempts).toBe(0);
    expect(received.some((m) => m.to.includes('sans-smtp@exemple.fr'))).toBe(false);
  });
});
