import { beforeAll, describe, expect, it } from 'vitest';
import { coreQuestionId } from '@/lib/domain/networks/core-questions';
import { editQuestionnaireQuestionsAction, prepareQuestionnaireAction } from '@/lib/server/actions/questionnaire';
import {
  answerNetworkInvitationAction,
  deleteCoreQuestionAction,
  inviteNetworkMemberAction,
  saveCoreQuestionAction,
  setCycleEventAction,
} from '@/lib/server/actions/networks';
import { requireViewer } from '@/lib/server/authz';
import { runAsCaller } from '@/lib/server/current-user';
import { CORE_FROZEN } from '@/lib/server/networks/core-sync';
import { NOT_A_NETWORK } from '@/lib/server/networks/manage';
import { getMemberNetworks, getNetworkPage } from '@/lib/server/queries/network';
import { sendInvitations } from '@/lib/server/questionnaires/dispatch';
import { readQuestions } from '@/lib/server/questionnaires/stored';
import { createDiagnostic, createEvent, createTerritory, createUser } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';
import { createNetwork } from '@/tests/factories/networks';
import { createRegistration } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

type Person = { id: string; organisationId: string };
let network: Person;
let otherNetwork: Person;
let hubA: Person;
let coordinatorA: Person;
let hubB: Person;
let stranger: Person;
const events: Record<'a1' | 'a2' | 'b1' | 'stranger', string> = { a1: '', a2: '', b1: '', stranger: '' };
let scaleId = '';
let choiceId = '';
const PERSON_NAME = 'Dominique Personne-Unique';
const PERSON_EMAIL = 'dominique.unique@exemple.fr';
const VERBATIM = 'Citation très personnelle de Dominique';

const as = <T>(person: Person, fn: () => Promise<T>) => runAsCaller({ userId: person.id, organisationId: person.organisationId }, fn);
const pageOf = (person: Person) => as(person, async () => getNetworkPage(await requireViewer()));
const questionsOf = async (eventId: string) => readQuestions((await testDb().questionnaire.findUniqueOrThrow({ where: { eventId } })).questions);

async function answer(eventId: string, answers: Record<string, number | string>, verbatim: string | null = null) {
  const q = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId }, select: { id: true } });
  await testDb().questionnaireResponse.create({ data: { questionnaireId: q.id, answers, verbatim, verbatimConsent: verbatim !== null, submittedOn: '2027-03-20' } });
}

beforeAll(async () => {
  const db = testDb();
  network = (await createNetwork(db, { name: 'Mouvement associatif — RéZolutions numériques' })).admin;
  otherNetwork = (await createNetwork(db, { name: 'Réseau régional des hubs' })).admin;
  hubA = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub du Sud' } });
  coordinatorA = await createUser(db, { role: 'COORDINATOR', organisationId: hubA.organisationId });
  hubB = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub de l’Ouest' } });
  stranger = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub étranger' } });
  const bouches = await createTerritory(db, { level: 'DEPARTEMENT', inseeCode: '13', name: 'Bouches-du-Rhône' });
  const at = (day: string) => ({ startsAt: new Date(`${day}T08:00:00Z`), endsAt: new Date(`${day}T16:00:00Z`) });
  events.a1 = (await createEvent(db, { ownerOrganisationId: hubA.organisationId, title: 'Rencontre du Sud', territoryId: bouches.id, status: 'BILAN_VALIDATED', ...at('2027-03-10') })).id;
  events.a2 = (await createEvent(db, { ownerOrganisationId: hubA.organisationId, title: 'Atelier hors cycle', ...at('2027-03-12') })).id;
  events.b1 = (await createEvent(db, { ownerOrganisationId: hubB.organisationId, title: 'Forum de l’Ouest', ...at('2027-04-02') })).id;
  events.stranger = (await createEvent(db, { ownerOrganisationId: stranger.organisationId, title: 'Événement étranger', ...at('2027-04-03') })).id;
  await createBilanVersion(db, { eventId: events.a1, validatedById: hubA.id });
  await createRegistration(db, { eventId: events.a1, email: PERSON_EMAIL, name: PERSON_NAME });
  // Hub A's own diagnostics of its territory: level 1 before, 3 after the cycle event.
  await createDiagnostic(db, { organisationId: hubA.organisationId, territoryId: bouches.id, createdById: hubA.id, answers: { ecosystem: 1, events: 1, engagement: 1 }, createdAt: new Date('2027-01-05T10:00:00Z') });
  await createDiagnostic(db, { organisationId: hubA.organisationId, territoryId: bouches.id, createdById: hubA.id, answers: { ecosystem: 3, events: 3, engagement: 3 }, createdAt: new Date('2027-06-05T10:00:00Z') });
  // A questionnaire prepared before the event joins the cycle.
  expect((await as(hubA, () => prepareQuestionnaireAction({ eventId: events.a1 }))).ok).toBe(true);
});

describe('network invitations', () => {
  it('invites an organisation once; a second invitation is refused in French', async () => {
    expect(await as(network, () => inviteNetworkMemberAction({ organisationId: hubA.organisationId }))).toMatchObject({ ok: true });
    const again = await as(network, () => inviteNetworkMemberAction({ organisationId: hubA.organisationId }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { organisationId: ['Cette structure est déjà invitée : son invitation attend sa réponse.'] } });
    expect(await as(network, () => inviteNetworkMemberAction({ organisationId: hubB.organisationId }))).toMatchObject({ ok: true });
  });

  it('refuses a hub that is not a network, and a member that is no admin', async () => {
    expect(await as(stranger, () => inviteNetworkMemberAction({ organisationId: hubB.organisationId }))).toMatchObject({ ok: false, code: 'forbidden', error: NOT_A_NETWORK });
    expect(await as(coordinatorA, () => answerNetworkInvitationAction({ networkId: network.organisationId, accept: true }))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('lets the invited admin join; inviting a member again says it already belongs', async () => {
    expect((await as(hubA, async () => getMemberNetworks(await requireViewer()))).invitations).toEqual([expect.objectContaining({ name: 'Mouvement associatif — RéZolutions numériques' })]);
    expect(await as(hubA, () => answerNetworkInvitationAction({ networkId: network.organisationId, accept: true }))).toEqual({ ok: true, data: { joined: true } });
    expect(await as(hubB, () => answerNetworkInvitationAction({ networkId: network.organisationId, accept: true }))).toEqual({ ok: true, data: { joined: true } });
    const again = await as(network, () => inviteNetworkMemberAction({ organisationId: hubA.organisationId }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { organisationId: ['Cette structure fait déjà partie du réseau.'] } });
    // An organisation never invited has nothing to answer.
    expect(await as(stranger, () => answerNetworkInvitationAction({ networkId: network.organisationId, accept: true }))).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('core questions and the cycle', () => {
  it('adds the network’s core questions, locked, to its members’ cycle events only', async () => {
    const scale = await as(network, () => saveCoreQuestionAction({ kind: 'scale', label: 'Cette rencontre vous a-t-elle été utile ?', required: true, options: '' }));
    const choice = await as(network, () => saveCoreQuestionAction({ kind: 'choice', label: 'Comment avez-vous connu la rencontre ?', options: 'Courriel\nAffiche\nBouche-à-oreille' }));
    if (!scale.ok || !choice.ok) throw new Error('core questions refused');
    scaleId = scale.data.id;
    choiceId = choice.data.id;
    expect(await as(coordinatorA, () => setCycleEventAction({ eventId: events.a1, networkId: network.organisationId, inCycle: true }))).toEqual({ ok: true, data: { inCycle: true } });
    expect(await as(hubB, () => setCycleEventAction({ eventId: events.b1, networkId: network.organisationId, inCycle: true }))).toMatchObject({ ok: true });
    // The existing questionnaire gained them; a questionnaire prepared afterwards starts with them.
    expect((await questionsOf(events.a1)).map((q) => q.id).slice(-2)).toEqual([coreQuestionId(scaleId), coreQuestionId(choiceId)]);
    expect((await as(hubB, () => prepareQuestionnaireAction({ eventId: events.b1 }))).ok).toBe(true);
    expect((await questionsOf(events.b1)).map((q) => q.id)).toContain(coreQuestionId(choiceId));
    // Hub A's other event is not in the cycle: its questionnaire has no core question.
    await as(hubA, () => prepareQuestionnaireAction({ eventId: events.a2 }));
    expect((await questionsOf(events.a2)).some((q) => q.id.startsWith('core-'))).toBe(false);
  });

  it('keeps the core questions whatever the member’s editor sends', async () => {
    const questionnaire = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: events.a1 } });
    const own = readQuestions(questionnaire.questions).filter((q) => !q.id.startsWith('core-'));
    const rows = own.map((q) => ({ id: q.id, kind: q.kind, label: q.label, required: q.required, options: q.kind === 'choice' ? q.options.join('\n') : '' }));
    const saved = await as(hubA, () => editQuestionnaireQuestionsAction({ eventId: events.a1, version: questionnaire.version, questions: [...rows, { id: '', kind: 'text', label: 'Une idée pour la suite ?', required: false, options: '' }] }));
    expect(saved.ok).toBe(true);
    const after = await questionsOf(events.a1);
    expect(after.find((q) => q.id === coreQuestionId(scaleId))).toEqual({ id: coreQuestionId(scaleId), kind: 'scale', label: 'Cette rencontre vous a-t-elle été utile ?', required: true });
    expect(after.filter((q) => q.id.startsWith('core-'))).toHaveLength(2);
  });

  it('refuses a non-member’s or a pending member’s event, and a co-organiser’s move', async () => {
    expect(await as(stranger, () => setCycleEventAction({ eventId: events.stranger, networkId: network.organisationId, inCycle: true }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(hubA, () => setCycleEventAction({ eventId: events.a1, networkId: otherNetwork.organisationId, inCycle: true }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(stranger, () => setCycleEventAction({ eventId: events.a1, networkId: network.organisationId, inCycle: false }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().networkCycleEvent.count({ where: { eventId: events.a1 } })).toBe(1);
  });

  it('freezes a core question once a questionnaire holding it was sent', async () => {
    const questionnaire = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: events.b1 }, select: { id: true } });
    await sendInvitations(questionnaire.id, new Date('2027-04-12T08:00:00Z'));
    expect((await testDb().coreQuestion.findUniqueOrThrow({ where: { id: choiceId } })).frozenAt).not.toBeNull();
    const edit = await as(network, () => saveCoreQuestionAction({ id: choiceId, kind: 'choice', label: 'Autre libellé', options: 'Oui\nNon' }));
    expect(edit).toMatchObject({ ok: false, code: 'conflict', error: CORE_FROZEN });
    expect(await as(network, () => deleteCoreQuestionAction({ id: scaleId }))).toMatchObject({ ok: false, error: CORE_FROZEN });
    expect((await testDb().coreQuestion.findUniqueOrThrow({ where: { id: choiceId } })).label).toBe('Comment avez-vous connu la rencontre ?');
    // Another network cannot touch it: not found.
    expect(await as(otherNetwork, () => deleteCoreQuestionAction({ id: choiceId }))).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('the roll-up', () => {
  it('sums its members’ cycle events only, weighted by responses, without any person', async () => {
    await answer(events.a1, { [coreQuestionId(scaleId)]: 5, [coreQuestionId(choiceId)]: 'Courriel', overall: 4 }, VERBATIM);
    await answer(events.a1, { [coreQuestionId(scaleId)]: 5, [coreQuestionId(choiceId)]: 'Affiche' });
    await answer(events.a1, { [coreQuestionId(scaleId)]: 4 });
    await answer(events.b1, { [coreQuestionId(scaleId)]: 1, [coreQuestionId(choiceId)]: 'Courriel' });
    await answer(events.a2, { overall: 1 });
    const page = await pageOf(network);
    expect(page.rows.map((r) => r.title)).toEqual(['Rencontre du Sud', 'Forum de l’Ouest']);
    expect(page.rows.map((r) => r.responses)).toEqual([3, 1]);
    // Only the validated bilan gives figures.
    expect(page.rows.map((r) => r.figures !== null)).toEqual([true, false]);
    expect(page.totals.events).toBe(1);
    const [scale, choice] = page.coreResults;
    // (5 + 5 + 4 + 1) / 4 = 3.75 → 3.8
    expect(scale).toMatchObject({ kind: 'scale', events: 2, answers: 4, average: 3.8, distribution: [1, 0, 0, 1, 2] });
    expect(choice).toMatchObject({ kind: 'choice', answers: 3, options: [{ label: 'Courriel', count: 2, percent: 66.7 }, { label: 'Affiche', count: 1, percent: 33.3 }, { label: 'Bouche-à-oreille', count: 0, percent: 0 }] });
    expect(page.levels).toEqual([expect.objectContaining({ territoryName: 'Bouches-du-Rhône', organisationName: 'Hub du Sud', before: expect.objectContaining({ level: 1 }), after: expect.objectContaining({ level: 3 }), change: 2 })]);
    const text = JSON.stringify(page);
    for (const secret of [PERSON_NAME, PERSON_EMAIL, VERBATIM, 'Atelier hors cycle', 'Événement étranger']) expect(text).not.toContain(secret);
  });

  it('shows another network nothing, and refuses a hub', async () => {
    const other = await pageOf(otherNetwork);
    expect(other).toMatchObject({ members: [], rows: [], levels: [] });
    expect(other.totals.events).toBe(0);
    await expect(pageOf(hubA)).rejects.toMatchObject({ code: 'forbidden', message: NOT_A_NETWORK });
  });

  it('drops an event its member takes out of the cycle', async () => {
    expect(await as(hubB, () => setCycleEventAction({ eventId: events.b1, networkId: network.organisationId, inCycle: false }))).toMatchObject({ ok: true });
    expect((await pageOf(network)).rows.map((r) => r.title)).toEqual(['Rencontre du Sud']);
    // Sent already: its questionnaire keeps the questions its participants received.
    expect((await questionsOf(events.b1)).some((q) => q.id === coreQuestionId(choiceId))).toBe(true);
  });

  it('lists a member’s networks and which of its events are in the cycle', async () => {
    const mine = await as(hubA, async () => getMemberNetworks(await requireViewer()));
    expect(mine.invitations).toEqual([]);
    expect(mine.networks).toEqual([
      expect.objectContaining({ name: 'Mouvement associatif — RéZolutions numériques', events: expect.arrayContaining([expect.objectContaining({ id: events.a1, inCycle: true }), expect.objectContaining({ id: events.a2, inCycle: false })]) }),
    ]);
  });
});
