import { describe, expect, it, vi } from 'vitest';
import { duplicateEventAction } from '@/lib/server/actions/event-duplicate';
import { createEventAction, updateEventAction } from '@/lib/server/actions/events';
import { createEventFromDiagnosticAction } from '@/lib/server/actions/diagnostics';
import { runAsCaller } from '@/lib/server/current-user';
import { getEventFormStart } from '@/lib/server/queries/event-form';
import { getEventOverview } from '@/lib/server/queries/event-record';
import { DEFAULT_OPENING_HOURS, MAX_EVENT_DAYS } from '@/lib/domain/events/event-days';
import { formatTime } from '@/lib/domain/dates';
import type { EventRecordFormValues } from '@/lib/schemas/event';
import { createDiagnostic, createEvent, createOrganisation, createTerritory, createUser } from '@/tests/factories';
import { buildEventInput, createEventWithContents } from '@/tests/factories/events';
import { testDb } from '@/tests/support/db';

// Fault injection: the copy of a duplicated event fails after writing everything, once asked to.
const faults = vi.hoisted(() => ({ failAfterCopy: false }));
vi.mock('@/lib/server/events/duplicate-contents', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/server/events/duplicate-contents')>();
  return {
    copyEventContents: async (...args: Parameters<typeof original.copyEventContents>) => {
      await original.copyEventContents(...args);
      if (faults.failAfterCopy) throw new Error('Panne simulée après la copie');
    },
  };
});

const BDR = { level: 'DEPARTEMENT', code: '13' } as const;

async function create(userId: string, input: EventRecordFormValues) {
  const result = await runAsCaller({ userId }, () => createEventAction(input));
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.eventId;
}

function readEvent(id: string) {
  return testDb().event.findUniqueOrThrow({
    where: { id },
    include: {
      days: { orderBy: { date: 'asc' } },
      audiences: { orderBy: { category: 'asc' } },
      partners: { orderBy: { position: 'asc' } },
      coOrganisers: true,
      territory: true,
    },
  });
}

describe('creating an event', () => {
  it('stores the record, its days in UTC for Paris hours, audiences, partners and co-organisers', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const sister = await createOrganisation(testDb(), { name: 'Association sœur' });
    await testDb().membership.create({ data: { userId: coordinator.id, organisationId: sister.id, role: 'MEMBER' } });
    const named = await createOrganisation(testDb(), { name: 'Le Mouvement associatif Occitanie (test)', kind: 'MOUVEMENT_ASSOCIATIF' });
    const id = await create(coordinator.id, {
      ...buildEventInput({ title: '  Rencontre des associations  ', firstDay: '2027-02-11' }),
      territory: BDR,
      days: [
        { opensAt: '09:00', closesAt: '17:30' },
        { opensAt: '09:30', closesAt: '16:00' },
      ],
      mode: 'HYBRIDE',
      visioUrl: 'https://visio.exemple.fr/rencontre',
      level: 2,
      coOrganiserIds: [sister.id],
      coOrganiserNames: 'le mouvement associatif occitanie (TEST)\n',
      venueName: 'Maison des associations',
      venueAccessible: true,
      venueNearStation: true,
      participantMin: 40,
      participantMax: 80,
      themes: 'Bénévolat, outils collaboratifs, bénévolat, ',
      hashtag: 'ReZoNum',
      audiences: [
        { category: 'ASSOCIATION', territoryTotal: 1200 },
        { category: 'CONSEILLER_NUMERIQUE', territoryTotal: null },
      ],
      partners: [
        { name: 'Fondation A', url: 'https://fondation-a.fr' },
        { name: 'Réseau B', url: '' },
      ],
    });
    const event = await readEvent(id);
    expect(event).toMatchObject({
      title: 'Rencontre des associations',
      ownerOrganisationId: coordinator.organisationId,
      status: 'DRAFT',
      mode: 'HYBRIDE',
      visioUrl: 'https://visio.exemple.fr/rencontre',
      level: 2,
      objective: expect.stringContaining('passent à l\'action'),
      suggestedFormats: ['atelier', 'masterclass', 'demo', 'retex'],
      venueName: 'Maison des associations',
      venueAccessible: true,
      venueNearStation: true,
      venueHasSound: false,
      venueAddress: null,
      participantMin: 40,
      participantMax: 80,
      themes: ['Bénévolat', 'outils collaboratifs'],
      hashtag: '#ReZoNum',
      description: null,
      territory: { level: 'DEPARTEMENT', inseeCode: '13', name: 'Bouches-du-Rhône' },
    });
    expect(event.slug).toMatch(/^rencontre-des-associations-[0-9a-f]{8}$/);
    // 09:00 in Paris in February is 08:00Z (UTC+1).
    expect(event.days.map((d) => [d.date, d.startsAt.toISOString(), d.endsAt.toISOString()])).toEqual([
      ['2027-02-11', '2027-02-11T08:00:00.000Z', '2027-02-11T16:30:00.000Z'],
      ['2027-02-12', '2027-02-12T08:30:00.000Z', '2027-02-12T15:00:00.000Z'],
    ]);
    expect([event.startsAt.toISOString(), event.endsAt.toISOString()]).toEqual(['2027-02-11T08:00:00.000Z', '2027-02-12T15:00:00.000Z']);
    expect(event.audiences.map((a) => [a.category, a.territoryTotal])).toEqual([
      ['ASSOCIATION', 1200],
      ['CONSEILLER_NUMERIQUE', null],
    ]);
    expect(event.partners.map((p) => [p.name, p.url, p.position])).toEqual([
      ['Fondation A', 'https://fondation-a.fr', 0],
      ['Réseau B', null, 1],
    ]);
    expect(event.coOrganisers.map((c) => c.organisationId).sort()).toEqual([sister.id, named.id].sort());
  });

  it('reads summer hours as UTC+2 and drops the visio link of an in-person event', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await create(coordinator.id, buildEventInput({ firstDay: '2027-07-08', mode: 'PRESENTIEL', visioUrl: 'https://oubli.fr' }));
    const event = await readEvent(id);
    expect(event.days[0]?.startsAt.toISOString()).toBe('2027-07-08T07:00:00.000Z');
    expect(event).toMatchObject({ visioUrl: null, territoryId: null, level: null, objective: null, suggestedFormats: [] });
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, Partial<EventRecordFormValues>, string][] = [
    ['remote event without a visio link', { mode: 'DISTANCIEL', visioUrl: '' }, 'visioUrl'],
    ['visio link that is not https', { mode: 'HYBRIDE', visioUrl: 'http://visio.exemple.fr' }, 'visioUrl'],
    ['minimum above the maximum', { participantMin: 90, participantMax: 20 }, 'participantMax'],
    ['empty title', { title: '   ' }, 'title'],
    ['title over 160 characters', { title: 'x'.repeat(161) }, 'title'],
    ['closing before opening', { days: [{ opensAt: '17:00', closesAt: '09:00' }] }, 'days'],
    ['six days', { days: Array.from({ length: 6 }, () => ({ opensAt: '09:00', closesAt: '17:00' })) }, 'days'],
    ['hashtag with a space', { hashtag: '#Re Zo' }, 'hashtag'],
    ['unknown co-organiser', { coOrganiserNames: 'Structure qui n’existe pas' }, 'coOrganiserNames'],
  ];
  it.each(cases)('%s', async (_name, overrides, field) => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const result = await runAsCaller({ userId: coordinator.id }, () => createEventAction(buildEventInput(overrides)));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await testDb().event.count({ where: { ownerOrganisationId: coordinator.organisationId } })).toBe(0);
  });

  it('refuses a funder as co-organiser', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    await createOrganisation(testDb(), { name: 'Fondation financeuse (test)', kind: 'FINANCEUR' });
    const result = await runAsCaller({ userId: coordinator.id }, () =>
      createEventAction(buildEventInput({ coOrganiserNames: 'Fondation financeuse (test)' })),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { coOrganiserNames: [expect.stringContaining('financeur')] } });
    expect(await testDb().event.count({ where: { ownerOrganisationId: coordinator.organisationId } })).toBe(0);
  });

  it('refuses an edit with bad input and leaves the event as it was', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await create(coordinator.id, buildEventInput({ title: 'Avant', partners: [{ name: 'Gardé', url: '' }] }));
    const before = await readEvent(id);
    const result = await runAsCaller({ userId: coordinator.id }, () =>
      updateEventAction({ ...buildEventInput({ title: 'Après', firstDay: '2027-03-01', mode: 'DISTANCIEL', visioUrl: '' }), eventId: id }),
    );
    expect(result.ok).toBe(false);
    expect(await readEvent(id)).toEqual(before);
  });
});

describe('editing an event', () => {
  it('replaces the sets, keeps the slug, and moves the programme and J-x tasks with the first day', async () => {
    const admin = await createUser(testDb(), { role: 'ADMIN' });
    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    const { event, days, sessions } = await createEventWithContents(testDb(), { ownerOrganisationId: admin.organisationId });
    const partner = await createOrganisation(testDb());
    await testDb().eventCoOrganiser.create({ data: { eventId: event.id, organisationId: partner.id, status: 'ACCEPTED' } });
    await testDb().partner.create({ data: { eventId: event.id, name: 'Logo gardé', logoPath: '/logos/garde.png' } });

    // One week later, same two days; a member may edit.
    const result = await runAsCaller({ userId: member.id }, () =>
      updateEventAction({
        ...buildEventInput({ title: 'Nouveau titre', firstDay: '2027-02-18' }),
        days: [
          { opensAt: '09:00', closesAt: '17:00' },
          { opensAt: '10:00', closesAt: '17:00' },
        ],
        audiences: [{ category: 'ELU', territoryTotal: 35 }],
        partners: [{ name: 'Logo gardé', url: '' }],
        coOrganiserIds: [],
        eventId: event.id,
      }),
    );
    expect(result).toEqual({ ok: true, data: { eventId: event.id } });
    const after = await readEvent(event.id);
    expect(after).toMatchObject({ title: 'Nouveau titre', slug: event.slug, programmeVersion: 2, coOrganisers: [] });
    expect(after.days.map((d) => [d.id, d.date, d.startsAt.toISOString()])).toEqual([
      [days[0]!.id, '2027-02-18', '2027-02-18T08:00:00.000Z'],
      [days[1]!.id, '2027-02-19', '2027-02-19T09:00:00.000Z'],
    ]);
    expect(after.audiences.map((a) => [a.category, a.territoryTotal])).toEqual([['ELU', 35]]);
    expect(after.partners.map((p) => [p.name, p.logoPath])).toEqual([['Logo gardé', '/logos/garde.png']]);
    const workshop = await testDb().session.findUniqueOrThrow({ where: { id: sessions.workshop.id } });
    expect(workshop).toMatchObject({ dayId: days[1]!.id, startsAt: new Date('2027-02-19T13:00:00Z'), version: 4 });
    const tasks = await testDb().task.findMany({ where: { eventId: event.id }, orderBy: { title: 'asc' } });
    // J-30 of 18 February is 19 January; the hand-dated task does not move.
    expect(tasks.map((t) => [t.title, t.dueDate])).toEqual([
      ['Mailing J-30', '2027-01-19'],
      ['Remercier les intervenants', '2027-02-22'],
      ['Réserver la salle', '2026-12-01'],
    ]);
  });

  it('removing a day leaves its sessions without a day', async () => {
    const admin = await createUser(testDb());
    const { event, days, sessions } = await createEventWithContents(testDb(), { ownerOrganisationId: admin.organisationId });
    const result = await runAsCaller({ userId: admin.id }, () =>
      updateEventAction({ ...buildEventInput({ firstDay: '2027-02-11' }), eventId: event.id }),
    );
    expect(result.ok).toBe(true);
    expect((await readEvent(event.id)).days.map((d) => d.id)).toEqual([days[0]!.id]);
    expect(await testDb().session.findUniqueOrThrow({ where: { id: sessions.workshop.id } })).toMatchObject({
      dayId: null,
      startsAt: sessions.workshop.startsAt,
    });
  });
});

describe('duplicating an event', () => {
  async function duplicate(userId: string, sourceEventId: string, overrides: Partial<EventRecordFormValues> = {}) {
    return runAsCaller({ userId }, () =>
      duplicateEventAction({
        ...buildEventInput({ title: 'Deuxième édition', firstDay: '2027-09-16', ...overrides }),
        days: [
          { opensAt: '09:00', closesAt: '17:00' },
          { opensAt: '09:00', closesAt: '17:00' },
        ],
        sourceEventId,
      }),
    );
  }

  it('copies days, rooms, sessions with speakers, budget lines and tasks, shifted to the new first day', async () => {
    const admin = await createUser(testDb());
    const source = await createEventWithContents(testDb(), { ownerOrganisationId: admin.organisationId });
    const result = await duplicate(admin.id, source.event.id);
    if (!result.ok) throw new Error(result.error);
    const copy = await testDb().event.findUniqueOrThrow({
      where: { id: result.data.eventId },
      include: {
        days: { orderBy: { date: 'asc' } },
        rooms: { orderBy: { position: 'asc' } },
        speakers: { orderBy: { name: 'asc' } },
        sessions: { orderBy: { startsAt: 'asc' }, include: { speakers: { include: { speaker: true } }, room: true, day: true } },
        budgetLines: { orderBy: { kind: 'asc' } },
        tasks: { orderBy: { title: 'asc' } },
      },
    });
    expect(copy).toMatchObject({ title: 'Deuxième édition', status: 'DRAFT', ownerOrganisationId: admin.organisationId });
    expect(copy.slug).not.toBe(source.event.slug);
    // February (UTC+1) to September (UTC+2): same Paris hours, one hour earlier in UTC.
    expect(copy.days.map((d) => [d.date, d.startsAt.toISOString()])).toEqual([
      ['2027-09-16', '2027-09-16T07:00:00.000Z'],
      ['2027-09-17', '2027-09-17T07:00:00.000Z'],
    ]);
    expect(copy.rooms.map((r) => [r.name, r.capacity, r.equipment])).toEqual([
      ['Amphithéâtre', 120, null],
      ['Salle atelier', 20, 'Paperboard'],
    ]);
    expect(copy.speakers.map((s) => [s.name, s.scope, s.gender])).toEqual([
      ['Awa Diallo', 'NATIONAL', 'FEMME'],
      ['Léo Martin', 'LOCAL', null],
    ]);
    expect(
      copy.sessions.map((s) => [
        s.title,
        s.startsAt.toISOString(),
        s.day?.date,
        s.room?.name,
        s.status,
        s.cancelReason,
        s.version,
        s.speakers.map((l) => `${l.speaker.name}:${l.role}`).sort(),
      ]),
    ).toEqual([
      ['Ouverture', '2027-09-16T07:00:00.000Z', '2027-09-16', 'Amphithéâtre', 'PLANNED', null, 1, ['Awa Diallo:SPEAKER']],
      ['Démo annulée', '2027-09-17T08:00:00.000Z', '2027-09-17', 'Salle atelier', 'PLANNED', null, 1, []],
      ['Atelier cartographie', '2027-09-17T12:00:00.000Z', '2027-09-17', 'Salle atelier', 'PLANNED', null, 1, ['Awa Diallo:SPEAKER', 'Léo Martin:HOST']],
    ]);
    expect(copy.sessions.every((s) => s.room?.eventId === copy.id && s.speakers.every((l) => l.speaker.eventId === copy.id))).toBe(true);
    expect(copy.budgetLines.map((l) => [l.kind, l.label, l.forecastCents, l.actualCents, l.supplier, l.paymentReference, l.paymentMonth])).toEqual([
      ['CHARGE', 'Repas de midi', 250_000, null, 'Traiteur du port', null, null],
      ['PRODUIT', 'Subvention', 250_000, null, null, null, null],
    ]);
    // J-30 of Thursday 16 September is Tuesday 17 August; the hand-dated task moves by the same 217 days.
    expect(copy.tasks.map((t) => [t.title, t.offsetDays, t.dueDate, t.done, t.doneAt])).toEqual([
      ['Mailing J-30', -30, '2027-08-17', false, null],
      ['Remercier les intervenants', 3, '2027-09-20', false, null],
      ['Réserver la salle', null, '2027-07-06', false, null],
    ]);
    // The source is untouched.
    expect(await testDb().session.findUniqueOrThrow({ where: { id: source.sessions.cancelled.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(await testDb().task.count({ where: { eventId: source.event.id, done: true } })).toBe(1);
  });

  it('writes nothing when the copy fails midway (one transaction)', async () => {
    const admin = await createUser(testDb());
    const source = await createEventWithContents(testDb(), { ownerOrganisationId: admin.organisationId });
    const counts = () => Promise.all([testDb().event.count(), testDb().session.count(), testDb().budgetLine.count(), testDb().task.count(), testDb().eventDay.count()]);
    const before = await counts();
    faults.failAfterCopy = true;
    try {
      const result = await duplicate(admin.id, source.event.id);
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('erreur inattendue') });
    } finally {
      faults.failAfterCopy = false;
    }
    expect(await counts()).toEqual(before);
  });

  it('needs to read the source and to create in the current organisation', async () => {
    const admin = await createUser(testDb());
    const source = await createEventWithContents(testDb(), { ownerOrganisationId: admin.organisationId });
    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    const outsider = await createUser(testDb());
    expect(await duplicate(member.id, source.event.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await duplicate(outsider.id, source.event.id)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().event.count({ where: { title: 'Deuxième édition', ownerOrganisationId: { in: [admin.organisationId, outsider.organisationId] } } })).toBe(0);
  });
});

describe('the overview', () => {
  it('warns about the general-assembly season and the events of the territory within a week, titles only when visible', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await create(coordinator.id, { ...buildEventInput({ firstDay: '2027-04-15' }), territory: { level: 'COMMUNE', code: '13055' } });
    const territoryId = (await readEvent(id)).territoryId;
    const stranger = await createOrganisation(testDb());
    await createEvent(testDb(), { ownerOrganisationId: stranger.id, territoryId, title: 'Secret d’une autre structure', startsAt: new Date('2027-04-18T08:00:00Z') });
    const mine = await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId, territoryId, title: 'Notre atelier', startsAt: new Date('2027-04-13T08:00:00Z') });
    await createEvent(testDb(), { ownerOrganisationId: stranger.id, territoryId, title: 'Trop loin', startsAt: new Date('2027-05-10T08:00:00Z') });

    const overview = await runAsCaller({ userId: coordinator.id }, () => getEventOverview(id));
    expect(overview.warnings.map((w) => [w.code, w.href])).toEqual([
      ['general-assembly-season', null],
      ['same-territory-event-nearby', `/evenements/${mine.id}`],
      ['same-territory-event-nearby', null],
    ]);
    expect(overview.warnings[1]?.message).toContain('« Notre atelier » a lieu à 2 jours d’écart');
    expect(overview.warnings[2]?.message).toContain('Un événement d’une autre structure');
    expect(JSON.stringify(overview)).not.toContain('Secret');
    expect(overview).toMatchObject({ canEdit: true, canDuplicate: true, territory: { name: 'Marseille', label: 'Marseille (commune, 13)' } });
  });

  it('has no warning in October away from other events', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const id = await create(coordinator.id, buildEventInput({ firstDay: '2027-10-14' }));
    expect((await runAsCaller({ userId: coordinator.id }, () => getEventOverview(id))).warnings).toEqual([]);
  });

  it('shows the level, objective and suggested formats of an event made from a diagnostic, and its form reads its dates', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const territory = await createTerritory(testDb());
    const diagnostic = await createDiagnostic(testDb(), { organisationId: coordinator.organisationId, territoryId: territory.id, createdById: coordinator.id });
    const created = await runAsCaller({ userId: coordinator.id }, () =>
      createEventFromDiagnosticAction({ diagnosticId: diagnostic.id, title: 'Depuis le diagnostic', startDate: '2027-10-07', endDate: '2027-10-08' }),
    );
    if (!created.ok) throw new Error(created.error);
    const overview = await runAsCaller({ userId: coordinator.id }, () => getEventOverview(created.data.eventId));
    expect(overview).toMatchObject({ level: { value: 2, title: "Passer à l'action" }, diagnosticId: diagnostic.id });
    expect(overview.objective).toContain('travailler ensemble');
    expect(overview.suggestedFormats.map((f) => [f.id, f.name])).toEqual([
      ['atelier', 'Atelier'],
      ['masterclass', 'Masterclass'],
      ['demo', 'Démo'],
      ['retex', 'Retex'],
    ]);
    const form = await runAsCaller({ userId: coordinator.id }, () => getEventFormStart(created.data.eventId));
    expect(form.values).toMatchObject({ firstDay: '2027-10-07', level: 2, territory: { level: 'DEPARTEMENT', code: '13' } });
    expect(form.values.days).toHaveLength(2);
    expect(form.territoryLabel).toBe('Bouches-du-Rhône (département, 13)');
  });
});

describe('one way to create an event', () => {
  it('gives the form, the diagnostic and the duplication the same EventDays at the default hours', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: coordinator.id }, fn);
    const territory = await createTerritory(testDb());
    const diagnostic = await createDiagnostic(testDb(), { organisationId: coordinator.organisationId, territoryId: territory.id, createdById: coordinator.id });
    const twoDefaultDays = [{ ...DEFAULT_OPENING_HOURS }, { ...DEFAULT_OPENING_HOURS }];

    const fromForm = await as(() => createEventAction(buildEventInput({ firstDay: '2027-11-18', days: twoDefaultDays })));
    const fromDiagnostic = await as(() =>
      createEventFromDiagnosticAction({ diagnosticId: diagnostic.id, title: 'Depuis le diagnostic', startDate: '2027-11-18', endDate: '2027-11-19' }),
    );
    if (!fromForm.ok || !fromDiagnostic.ok) throw new Error('creation refused');
    const duplicated = await as(() =>
      duplicateEventAction({ ...buildEventInput({ firstDay: '2027-11-18', days: twoDefaultDays }), sourceEventId: fromForm.data.eventId }),
    );
    if (!duplicated.ok) throw new Error(duplicated.error);

    const daysOf = async (eventId: string) => {
      const event = await testDb().event.findUniqueOrThrow({
        where: { id: eventId },
        select: { status: true, startsAt: true, endsAt: true, days: { select: { date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } } },
      });
      return { ...event, days: event.days.map((day) => ({ date: day.date, opens: formatTime(day.startsAt), closes: formatTime(day.endsAt) })) };
    };
    const expected = {
      status: 'DRAFT',
      startsAt: new Date('2027-11-18T08:00:00Z'),
      endsAt: new Date('2027-11-19T16:30:00Z'),
      days: [
        { date: '2027-11-18', opens: formatTime(new Date('2027-11-18T08:00:00Z')), closes: formatTime(new Date('2027-11-18T16:30:00Z')) },
        { date: '2027-11-19', opens: formatTime(new Date('2027-11-19T08:00:00Z')), closes: formatTime(new Date('2027-11-19T16:30:00Z')) },
      ],
    };
    for (const eventId of [fromForm.data.eventId, fromDiagnostic.data.eventId, duplicated.data.eventId]) {
      expect(await daysOf(eventId)).toEqual(expected);
    }
  });

  it('refuses a diagnostic event longer than the form allows', async () => {
    const coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
    const territory = await createTerritory(testDb());
    const diagnostic = await createDiagnostic(testDb(), { organisationId: coordinator.organisationId, territoryId: territory.id, createdById: coordinator.id });
    const result = await runAsCaller({ userId: coordinator.id }, () =>
      createEventFromDiagnosticAction({ diagnosticId: diagnostic.id, title: 'Un an de rencontre', startDate: '2027-01-04', endDate: '2027-12-31' }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { endDate: [`Un événement dure au plus ${MAX_EVENT_DAYS} jours.`] } });
    expect(await testDb().event.count({ where: { diagnosticId: diagnostic.id } })).toBe(0);
  });
});

describe('who may do what', () => {
  it('refuses members of another organisation everything, and members and funders the creation', async () => {
    const admin = await createUser(testDb());
    const id = await create(admin.id, buildEventInput({ title: 'Événement de A' }));
    const outsider = await createUser(testDb());
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id, organisationId: admin.organisationId }, fn);
    await expect(as(() => getEventOverview(id))).rejects.toMatchObject({ code: 'not-found' });
    await expect(as(() => getEventFormStart(id))).rejects.toMatchObject({ code: 'not-found' });
    expect(await as(() => updateEventAction({ ...buildEventInput({ title: 'Intrusion' }), eventId: id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(() => duplicateEventAction({ ...buildEventInput({ title: 'Intrusion' }), sourceEventId: id }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().event.count({ where: { title: 'Intrusion' } })).toBe(0);

    const member = await createUser(testDb(), { organisationId: admin.organisationId, role: 'MEMBER' });
    const funder = await createUser(testDb(), { organisation: { kind: 'FINANCEUR' } });
    for (const userId of [member.id, funder.id]) {
      expect(await runAsCaller({ userId }, () => createEventAction(buildEventInput()))).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await testDb().event.count({ where: { ownerOrganisationId: { in: [member.organisationId, funder.organisationId] } } })).toBe(1);
  });
});
