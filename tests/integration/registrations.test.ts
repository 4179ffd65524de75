import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cancelRegistrationAction, registerAction, updateRegistrationAction } from '@/lib/server/actions/registrations';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { listOutboxEmails } from '@/lib/server/queries/outbox-emails';
import { getRegistrationByToken } from '@/lib/server/queries/public-registration';
import { registerParticipant } from '@/lib/server/registrations/register';
import { registerSchema } from '@/lib/schemas/registration';
import { createUser } from '@/tests/factories';
import { buildRegistrationInput, createOpenEvent, createRegistrationSession } from '@/tests/factories/registrations';
import { issueRegistrationLink } from '@/tests/factories/links';
import { testDb } from '@/tests/support/db';
import { lastLinkToken } from '@/tests/support/outbox';

afterAll(stopBoss);
// Every public call of this file comes from the same address: start each test with fresh counters.
beforeEach(async () => {
  await testDb().rateLimit.deleteMany();
});

async function openEvent(capacity: number | null = null) {
  const owner = await createUser(testDb());
  return createOpenEvent(testDb(), { ownerOrganisationId: owner.organisationId, capacity });
}

const register = (overrides: Parameters<typeof buildRegistrationInput>[0]) => registerParticipant(registerSchema.parse(buildRegistrationInput(overrides)));

/** The personal link is only ever in the last e-mail sent to the person (as delivered: the stored text has none). */
const lastTokenOf = (email: string) => lastLinkToken(testDb(), email);

function expectRanks(ranks: Array<number | null>, count: number) {
  expect(ranks.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
}

describe('capacity under concurrency', () => {
  it('fills a 30-seat session exactly from 200 simultaneous registrations', { timeout: 120_000 }, async () => {
    const event = await openEvent();
    const session = await createRegistrationSession(testDb(), { eventId: event.id, capacity: 30 });
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => register({ eventId: event.id, sessionIds: [session.id] })));
    expect(outcomes.filter((o) => o.sessions[0]?.status === 'CONFIRMED')).toHaveLength(30);

    const rows = await testDb().sessionRegistration.findMany({ where: { sessionId: session.id }, select: { status: true, rank: true, registrationId: true } });
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => row.registrationId)).size).toBe(200);
    expect(rows.filter((row) => row.status === 'CONFIRMED')).toHaveLength(30);
    const waiting = rows.filter((row) => row.status === 'WAITING');
    expect(waiting).toHaveLength(170);
    expectRanks(waiting.map((row) => row.rank), 170);
    expect(await testDb().registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } })).toBe(200);
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id } })).toBe(200);
  });

  it('fills a 30-seat event exactly from 200 simultaneous registrations', { timeout: 120_000 }, async () => {
    const event = await openEvent(30);
    await Promise.all(Array.from({ length: 200 }, () => register({ eventId: event.id })));
    const rows = await testDb().registration.findMany({ where: { eventId: event.id }, select: { status: true, rank: true, email: true } });
    expect(new Set(rows.map((row) => row.email)).size).toBe(200);
    expect(rows.filter((row) => row.status === 'CONFIRMED')).toHaveLength(30);
    const waiting = rows.filter((row) => row.status === 'WAITING');
    expect(waiting).toHaveLength(170);
    expectRanks(waiting.map((row) => row.rank), 170);
  });
});

describe('public registration', () => {
  it('changes nothing when a registered address registers again, answers as for a newcomer and e-mails its owner a link', async () => {
    const event = await openEvent();
    const [first, second] = [
      await createRegistrationSession(testDb(), { eventId: event.id }),
      await createRegistrationSession(testDb(), { eventId: event.id }),
    ];
    const input = buildRegistrationInput({ eventId: event.id, email: 'Camille.Dupont@Exemple.fr', name: 'Camille Dupont', sessionIds: [first.id] });
    expect(await runAsCaller(null, () => registerAction(input))).toMatchObject({ ok: true, data: { status: 'CONFIRMED' } });
    const firstToken = await lastTokenOf('camille.dupont@exemple.fr');
    const select = { name: true, organisation: true, category: true, accessibilityNeeds: true, tokenHash: true, status: true, sessions: { select: { sessionId: true, status: true } } } as const;
    const before = await testDb().registration.findFirstOrThrow({ where: { eventId: event.id }, select });

    const attack = { ...input, name: 'Usurpateur', organisation: 'Ailleurs', accessibilityNeeds: 'Aucun', email: 'camille.dupont@exemple.fr', sessionIds: [second.id] };
    const again = await runAsCaller(null, () => registerAction(attack));
    const newcomer = await runAsCaller(null, () => registerAction({ ...attack, email: 'quelqu-un.d-autre@exemple.fr' }));
    // The same answer whether the address was registered or not.
    expect(again).toEqual(newcomer);
    expect(JSON.stringify(again)).not.toContain('updated":true');

    expect(await testDb().registration.findFirstOrThrow({ where: { eventId: event.id, email: 'camille.dupont@exemple.fr' }, select })).toEqual(before);
    const messages = await testDb().outboxEmail.findMany({ where: { eventId: event.id, to: 'camille.dupont@exemple.fr' }, orderBy: { createdAt: 'asc' } });
    expect(messages.map((m) => m.subject)).toEqual([`Inscription confirmée : ${event.title}`, `Vous êtes déjà inscrit·e : ${event.title}`]);
    expect(messages[1]!.text).toContain('rien n’a été changé');
    // Both links work: the first one was not killed, the one just sent opens the same registration.
    const resentToken = await lastTokenOf('camille.dupont@exemple.fr');
    expect(resentToken).not.toBe(firstToken);
    expect(await getRegistrationByToken(firstToken)).toMatchObject({ name: 'Camille Dupont', status: 'CONFIRMED' });
    expect(await getRegistrationByToken(resentToken)).toMatchObject({ name: 'Camille Dupont', status: 'CONFIRMED' });
    const updated = await runAsCaller(null, () => updateRegistrationAction({ ...input, token: resentToken, name: 'Camille D.' }));
    expect(updated.ok).toBe(true);
  });

  it('answers a full event the same way for a registered address and a newcomer', async () => {
    const event = await openEvent(1);
    await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id, email: 'premiere@exemple.fr' })));
    const known = await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id, email: 'premiere@exemple.fr' })));
    expect(known).toEqual({ ok: true, data: { status: 'WAITING', rank: 1, updated: false, sessions: [] } });
    expect(await testDb().registration.findFirstOrThrow({ where: { eventId: event.id }, select: { status: true } })).toEqual({ status: 'CONFIRMED' });
  });

  it('pretends to succeed when the honeypot is filled, and writes nothing', async () => {
    const event = await openEvent();
    const result = await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id, website: 'http://spam.example' })));
    expect(result).toMatchObject({ ok: true, data: { status: 'CONFIRMED' } });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
    expect(await testDb().outboxEmail.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses bad input with French messages and writes nothing', async () => {
    const event = await openEvent();
    const result = await runAsCaller(null, () =>
      registerAction({ ...buildRegistrationInput({ eventId: event.id, name: '', email: 'pas-une-adresse', consent: false }), category: 'INCONNUE' as never }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ['Indiquez votre nom.'],
        email: ['Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).'],
        consent: [expect.stringContaining('Cochez cette case')],
        category: ['Choisissez la catégorie qui vous correspond le mieux.'],
      },
    });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('refuses a session of another event, a closed registration and a draft event', async () => {
    const event = await openEvent();
    const other = await openEvent();
    const foreign = await createRegistrationSession(testDb(), { eventId: other.id });
    const wrongSession = await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id, sessionIds: [foreign.id] })));
    expect(wrongSession).toMatchObject({ ok: false, fieldErrors: { sessionIds: [expect.stringContaining('pas ouverte')] } });

    await testDb().event.update({ where: { id: event.id }, data: { registrationOpen: false } });
    expect(await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id })))).toMatchObject({ ok: false, code: 'conflict' });
    await testDb().event.update({ where: { id: other.id }, data: { status: 'DRAFT' } });
    expect(await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: other.id })))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().registration.count({ where: { eventId: { in: [event.id, other.id] } } })).toBe(0);
  });

  it('lets a whole audience register from one address (a venue’s Wi-Fi) but limits each e-mail', async () => {
    const event = await openEvent();
    const audience = [];
    for (let i = 0; i < 25; i += 1) audience.push(await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id }))));
    expect(audience.every((result) => result.ok)).toBe(true);

    const same = buildRegistrationInput({ eventId: event.id });
    const repeated = [];
    for (let i = 0; i < 11; i += 1) repeated.push(await runAsCaller(null, () => registerAction(same)));
    expect(repeated.slice(0, 10).every((result) => result.ok)).toBe(true);
    expect(repeated[10]).toMatchObject({ ok: false, code: 'rate-limited' });
  });

  it('still refuses an address once its generous budget is spent', async () => {
    const event = await openEvent();
    // Integration tests call actions with the address "test": its budget of 200 per hour is spent.
    await testDb().rateLimit.upsert({
      where: { key: 'formAddress:test' },
      create: { key: 'formAddress:test', points: 200, expire: new Date(Date.now() + 3600_000) },
      update: { points: 200, expire: new Date(Date.now() + 3600_000) },
    });
    const result = await runAsCaller(null, () => registerAction(buildRegistrationInput({ eventId: event.id })));
    expect(result).toMatchObject({ ok: false, code: 'rate-limited' });
    expect(await testDb().registration.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('personal link', () => {
  it('cancelling promotes the first person waiting, renumbers the line and queues their e-mail', async () => {
    const event = await openEvent();
    const session = await createRegistrationSession(testDb(), { eventId: event.id, capacity: 1 });
    const ana = 'ana@exemple.fr';
    const bea = 'bea@exemple.fr';
    const cyr = 'cyr@exemple.fr';
    for (const email of [ana, bea, cyr]) await register({ eventId: event.id, email, sessionIds: [session.id] });

    const anaToken = await lastTokenOf(ana);
    const cancelled = await runAsCaller(null, () => cancelRegistrationAction({ token: anaToken }));
    expect(cancelled).toMatchObject({ ok: true });
    const seats = await testDb().sessionRegistration.findMany({ where: { sessionId: session.id }, select: { status: true, rank: true, registration: { select: { email: true, status: true } } } });
    const byEmail = Object.fromEntries(seats.map((s) => [s.registration.email, { status: s.status, rank: s.rank }]));
    expect(byEmail).toEqual({ [ana]: { status: 'CANCELLED', rank: null }, [bea]: { status: 'CONFIRMED', rank: null }, [cyr]: { status: 'WAITING', rank: 1 } });
    expect(await testDb().registration.findFirst({ where: { email: ana }, select: { status: true, cancelledAt: true } })).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(Date) });

    const promotion = await testDb().outboxEmail.findFirstOrThrow({ where: { to: bea, subject: { startsWith: 'Une place s’est libérée' } } });
    expect(promotion.text).toContain(`séance « ${session.title} »`);
    expect(await getRegistrationByToken(await lastTokenOf(bea))).toMatchObject({ email: bea, sessions: [{ status: 'CONFIRMED' }] });
    expect(await testDb().outboxEmail.count({ where: { to: ana, subject: { startsWith: 'Inscription annulée' } } })).toBe(1);
  });

  it('promotes at the event, then in the sessions of the person promoted, with one e-mail', async () => {
    const event = await openEvent(1);
    const session = await createRegistrationSession(testDb(), { eventId: event.id, capacity: 5 });
    const first = await register({ eventId: event.id, email: 'premiere@exemple.fr', sessionIds: [session.id] });
    const second = await register({ eventId: event.id, email: 'seconde@exemple.fr', sessionIds: [session.id] });
    expect(first).toMatchObject({ status: 'CONFIRMED', sessions: [{ status: 'CONFIRMED' }] });
    // Waiting for the event means waiting for its sessions too, even with seats left there.
    expect(second).toMatchObject({ status: 'WAITING', rank: 1, sessions: [{ status: 'WAITING', rank: 1 }] });

    const token = await lastTokenOf('premiere@exemple.fr');
    expect(await runAsCaller(null, () => cancelRegistrationAction({ token }))).toMatchObject({ ok: true });
    const promoted = await getRegistrationByToken(await lastTokenOf('seconde@exemple.fr'));
    expect(promoted).toMatchObject({ status: 'CONFIRMED', rank: null, sessions: [{ status: 'CONFIRMED', rank: null }] });
    const messages = await testDb().outboxEmail.findMany({ where: { to: 'seconde@exemple.fr', subject: { startsWith: 'Une place' } } });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain(`Votre inscription à « ${event.title} » est maintenant confirmée.`);
  });

  it('changes details and sessions; a session left goes to the next person', async () => {
    const event = await openEvent();
    const [full, open] = [
      await createRegistrationSession(testDb(), { eventId: event.id, capacity: 1 }),
      await createRegistrationSession(testDb(), { eventId: event.id, capacity: 10 }),
    ];
    await register({ eventId: event.id, email: 'lea@exemple.fr', sessionIds: [full.id] });
    await register({ eventId: event.id, email: 'max@exemple.fr', sessionIds: [full.id] });
    const token = await lastTokenOf('lea@exemple.fr');
    const result = await runAsCaller(null, () =>
      updateRegistrationAction({ token, name: 'Léa Nouvelle', organisation: '', category: 'ELU', accessibilityNeeds: 'Boucle magnétique', sessionIds: [open.id] }),
    );
    expect(result).toMatchObject({ ok: true, data: { sessions: [{ sessionId: open.id, status: 'CONFIRMED' }] } });
    expect(await getRegistrationByToken(token)).toMatchObject({ name: 'Léa Nouvelle', category: 'ELU', accessibilityNeeds: 'Boucle magnétique', organisation: null });
    expect(await testDb().sessionRegistration.findFirst({ where: { sessionId: full.id, registration: { email: 'max@exemple.fr' } }, select: { status: true } })).toEqual({ status: 'CONFIRMED' });
    expect(await testDb().outboxEmail.count({ where: { to: 'max@exemple.fr', subject: { startsWith: 'Une place' } } })).toBe(1);
  });

  it('refuses an unknown token everywhere: 404 page, no change', async () => {
    const token = 'A'.repeat(43);
    expect(await getRegistrationByToken(token)).toBeNull();
    const input = { token, name: 'Pirate', organisation: '', category: 'AUTRE' as const, accessibilityNeeds: '', sessionIds: [] };
    expect(await runAsCaller(null, () => updateRegistrationAction(input))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await runAsCaller(null, () => cancelRegistrationAction({ token }))).toMatchObject({ ok: false, code: 'not-found' });
    const { default: PersonalPage } = await import('@/app/(public)/inscription/[token]/page');
    await expect(PersonalPage({ params: Promise.resolve({ token }) })).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });
});

describe('Courriels (the outbox) for organisers', () => {
  it('lists the event’s messages newest first to its admins and coordinators only', async () => {
    const owner = await createUser(testDb());
    const event = await createOpenEvent(testDb(), { ownerOrganisationId: owner.organisationId });
    await register({ eventId: event.id, email: 'premier@exemple.fr' });
    await register({ eventId: event.id, email: 'second@exemple.fr' });

    const outbox = await runAsCaller({ userId: owner.id }, () => listOutboxEmails(event.id));
    expect(outbox.emails.map((email) => email.to)).toEqual(['second@exemple.fr', 'premier@exemple.fr']);
    expect(outbox.emails[0]).toMatchObject({ delivery: 'queued', attempts: 0, subject: `Inscription confirmée : ${event.title}` });
    // Links are masked: the page gives nobody a participant's link.
    expect(outbox.emails[0]!.text).toMatch(/\/inscription\/•{8}$/m);
    expect(outbox.emails.map((email) => email.text).join('\n')).not.toMatch(/\/inscription\/[A-Za-z0-9_-]{20,}/);

    const member = await createUser(testDb(), { organisationId: owner.organisationId, role: 'MEMBER' });
    await expect(runAsCaller({ userId: member.id }, () => listOutboxEmails(event.id))).rejects.toMatchObject({ code: 'forbidden' });
    const coordinator = await createUser(testDb(), { organisationId: owner.organisationId, role: 'COORDINATOR' });
    await expect(runAsCaller({ userId: coordinator.id }, () => listOutboxEmails(event.id))).resolves.toMatchObject({ total: 2 });

    const outsider = await createUser(testDb());
    await expect(runAsCaller({ userId: outsider.id, organisationId: owner.organisationId }, () => listOutboxEmails(event.id))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(runAsCaller(null, () => listOutboxEmails(event.id))).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('tokens in the outbox', () => {
  it('are never stored in the text: sealed beside it and put back only for delivery', async () => {
    const owner = await createUser(testDb());
    const event = await createOpenEvent(testDb(), { ownerOrganisationId: owner.organisationId });
    await register({ eventId: event.id, email: 'scelle@exemple.fr' });
    const row = await testDb().outboxEmail.findFirstOrThrow({ where: { to: 'scelle@exemple.fr' } });
    const token = await lastTokenOf('scelle@exemple.fr');
    expect(row.text).not.toContain(token);
    expect(row.sealedTokens).not.toContain(token);
    expect(row.text).toMatch(/\/inscription\/\[\[jeton-0\]\]$/m);
    expect(await getRegistrationByToken(token)).toMatchObject({ email: 'scelle@exemple.fr' });
    // What e2e journeys use instead of reading « Courriels »: a fresh link minted by a test factory.
    const path = await issueRegistrationLink(testDb(), { eventId: event.id, email: 'Scelle@exemple.fr' });
    expect(await getRegistrationByToken(path.replace('/inscription/', ''))).toMatchObject({ email: 'scelle@exemple.fr' });
    expect(await getRegistrationByToken(token)).toMatchObject({ email: 'scelle@exemple.fr' });
  });
});

