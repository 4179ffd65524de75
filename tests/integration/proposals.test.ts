import { describe, expect, it } from 'vitest';
import { decideProposalAction, submitProposalAction, updateCallAction } from '@/lib/server/actions/proposals';
import { runAsCaller } from '@/lib/server/current-user';
import { getPublicEvent } from '@/lib/server/queries/public-event';
import { createEvent, createUser } from '@/tests/factories';
import { createDay } from '@/tests/factories/programme';
import { createProposal, openCall } from '@/tests/factories/speakers';
import { testDb } from '@/tests/support/db';

async function scene(status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED') {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR' });
  const event = await createEvent(db, { ownerOrganisationId: hub.organisationId, status, startsAt: new Date('2027-03-10T08:00:00Z') });
  const day = await createDay(db, { eventId: event.id, date: '2027-03-10' });
  const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: hub.id }, fn);
  return { db, hub, event, day, as };
}

const proposal = (eventId: string, overrides: Record<string, unknown> = {}) => ({
  eventId,
  title: 'Les aidants numériques en bibliothèque',
  formatId: 'atelier' as const,
  abstract: 'Un atelier pour partager nos pratiques d’accueil.',
  speakers: [
    { name: 'Lina Martin', email: 'Lina.Martin@exemple.fr', organisation: 'Tiers-lieu du Port' },
    { name: 'Hugo Petit', email: 'hugo.petit@exemple.fr', organisation: '' },
  ],
  constraints: 'Disponible le matin seulement.',
  website: '',
  ...overrides,
});

const submit = (input: ReturnType<typeof proposal>) => runAsCaller(null, () => submitProposalAction(input as Parameters<typeof submitProposalAction>[0]));

describe('the call for proposals', () => {
  it('the coordinator opens the call; a proposal is then received', async () => {
    const { db, event, as } = await scene();
    expect(await as(() => updateCallAction({ eventId: event.id, callOpen: true, callClosesOn: '2027-02-28' }))).toMatchObject({ ok: true });
    expect(await submit(proposal(event.id))).toMatchObject({ ok: true });
    const rows = await db.proposal.findMany({ where: { eventId: event.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'PENDING', contactEmail: 'lina.martin@exemple.fr', formatId: 'atelier' });
  });

  it.each([
    ['a call never opened', async () => undefined, /clos/],
    ['a call past its last day', async (db: ReturnType<typeof testDb>, id: string) => openCall(db, id, '2026-01-31'), /date limite/],
  ])('refuses a proposal to %s', async (_what, prepare, message) => {
    const { db, event } = await scene();
    await prepare(db, event.id);
    const result = await submit(proposal(event.id));
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await db.proposal.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('a draft event has no call, even opened', async () => {
    const { db, event } = await scene('DRAFT');
    await openCall(db, event.id);
    expect(await submit(proposal(event.id))).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('a robot filling the hidden field is told it succeeded, and nothing is kept', async () => {
    const { db, event } = await scene();
    await openCall(db, event.id);
    expect(await submit(proposal(event.id, { website: 'http://spam.example' }))).toMatchObject({ ok: true });
    expect(await db.proposal.count({ where: { eventId: event.id } })).toBe(0);
  });

  it.each([
    ['a format outside the catalogue', { formatId: 'pause' }, 'formatId'],
    ['no speaker', { speakers: [] }, 'speakers'],
    ['a title with a line break', { title: 'Titre\r\nBcc: x@exemple.fr' }, 'title'],
    ['an abstract over 2 000 characters', { abstract: 'x'.repeat(2001) }, 'abstract'],
  ])('refuses %s with a French message', async (_what, change, field) => {
    const { db, event } = await scene();
    await openCall(db, event.id);
    const result = await submit(proposal(event.id, change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
  });

  it('the coordinator needs the right to open the call: a MEMBER is refused', async () => {
    const { db, hub, event } = await scene();
    const member = await createUser(db, { role: 'MEMBER', organisationId: hub.organisationId });
    const result = await runAsCaller({ userId: member.id }, () => updateCallAction({ eventId: event.id, callOpen: true, callClosesOn: '2027-02-28' }));
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('deciding on proposals', () => {
  it('accepting creates one draft session with its speakers, hidden from the public page; accepting again creates nothing', async () => {
    const { db, event, day, as } = await scene();
    const existing = await db.speaker.create({ data: { eventId: event.id, name: 'Lina M.', email: 'lina.martin@exemple.fr' } });
    const { id } = await createProposal(db, {
      eventId: event.id,
      speakers: [
        { name: 'Lina Martin', email: 'lina.martin@exemple.fr', organisation: 'Tiers-lieu du Port' },
        { name: 'Hugo Petit', email: 'hugo.petit@exemple.fr', organisation: '' },
      ],
    });
    const accept = () => as(() => decideProposalAction({ eventId: event.id, proposalId: id, decision: 'ACCEPTED', message: '' }));
    const [first, second] = await Promise.all([accept(), accept()]);
    expect(first.ok && second.ok).toBe(true);
    const third = await accept();
    expect(third).toMatchObject({ ok: true, data: { unchanged: true } });

    const sessions = await db.session.findMany({ where: { eventId: event.id }, include: { speakers: true } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ draft: true, dayId: day.id, formatId: 'atelier', title: 'Les aidants numériques en bibliothèque' });
    expect(sessions[0]!.speakers).toHaveLength(2);
    // The speaker already in the programme with that address is reused.
    expect(sessions[0]!.speakers.map((link) => link.speakerId)).toContain(existing.id);
    expect(await db.speaker.count({ where: { eventId: event.id } })).toBe(2);
    const stored = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: 'ACCEPTED', sessionId: sessions[0]!.id });

    const publicEvent = await getPublicEvent(event.slug);
    expect(publicEvent?.sessions ?? []).toHaveLength(0);
  });

  it('declining with a message writes to the proposer through the outbox; an accepted proposal cannot be declined', async () => {
    const { db, event, as } = await scene();
    const declined = await createProposal(db, { eventId: event.id, title: 'Proposition A' });
    const result = await as(() =>
      decideProposalAction({ eventId: event.id, proposalId: declined.id, decision: 'DECLINED', message: 'Merci, le programme est complet cette année.' }),
    );
    expect(result).toMatchObject({ ok: true });
    const emails = await db.outboxEmail.findMany({ where: { eventId: event.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: 'lina.martin@exemple.fr', subject: 'Votre proposition « Proposition A » : non retenue' });
    expect(emails[0]!.text).toContain('le programme est complet');

    const accepted = await createProposal(db, { eventId: event.id, title: 'Proposition B' });
    await as(() => decideProposalAction({ eventId: event.id, proposalId: accepted.id, decision: 'ACCEPTED', message: '' }));
    const refused = await as(() => decideProposalAction({ eventId: event.id, proposalId: accepted.id, decision: 'DECLINED', message: '' }));
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    // No message: nothing more is sent.
    expect(await db.outboxEmail.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('a proposal of another event is not found', async () => {
    const { db, event, as } = await scene();
    const other = await scene();
    const foreign = await createProposal(db, { eventId: other.event.id });
    const result = await as(() => decideProposalAction({ eventId: event.id, proposalId: foreign.id, decision: 'ACCEPTED', message: '' }));
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect(await db.session.count({ where: { eventId: other.event.id } })).toBe(0);
  });
});
