import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelRegistrationAction } from '@/lib/server/actions/registrations';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { deliverOutboxEmail } from '@/lib/server/mail/deliver';
import { smtpMailer } from '@/lib/server/mail/transport';
import { startMailWorker, stopMailWorker } from '@/lib/server/mail/worker';
import { getRegistrationByToken } from '@/lib/server/queries/public-registration';
import { registerParticipant } from '@/lib/server/registrations/register';
import { registerSchema } from '@/lib/schemas/registration';
import { createUser } from '@/tests/factories';
import { buildRegistrationInput, createOpenEvent, createRegistrationSession } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { until } from '@/tests/support/until';

type Received = { to: string[]; subject: string; text: string };

/** Just enough MIME for nodemailer's plain-text messages: encoded-word subject, QP or base64 body. */
function parse(raw: string, to: string[]): Received {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/im.exec(headers)?.[1] ?? '').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, data: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const body = rest.join('\r\n\r\n');
  const text = encoding === 'quoted-printable' ? decodeQp(body.replace(/=\r\n/g, '')) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  return { to, subject, text: text.replace(/\r\n/g, '\n') };
}

function decodeQp(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(value[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
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
        received.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
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

    expect(await runAsCaller(null, () => cancelRegistrationAction({ token: aliceToken }))).toMatchObject({ ok: true });
    const promotion = await until('promotion reçue', async () =>
      received.find((m) => m.to.includes('bruno@exemple.fr') && m.subject.startsWith('Une place s’est libérée')),
    );
    expect(promotion.text).toContain('Bonne nouvelle : une place s’est libérée.');
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
