import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { editQuestionnaireQuestionsAction, editQuestionnaireScheduleAction, prepareQuestionnaireAction, selectVerbatimAction, sendQuestionnaireNowAction } from '@/lib/server/actions/questionnaire';
import { submitQuestionnaireAnswersAction } from '@/lib/server/actions/questionnaire-answer';
import { runAsCaller } from '@/lib/server/current-user';
import { stopBoss } from '@/lib/server/mail/boss';
import { startMailWorker } from '@/lib/server/mail/worker';
import { getIndicatorBoard } from '@/lib/server/queries/indicators';
import { getQuestionnaireSummary } from '@/lib/server/queries/questionnaire-summary';
import { getAnswerPage } from '@/lib/server/questionnaires/answer';
import { dispatchQuestionnaires } from '@/lib/server/questionnaires/dispatch';
import { createUser } from '@/tests/factories';
import { createPastEventWithAttendance, createQuestionnaire } from '@/tests/factories/questionnaire';
import { testDb } from '@/tests/support/db';
import { until } from '@/tests/support/until';

type Received = { to: string; subject: string; text: string };
const received: Received[] = [];
let smtp: SMTPServer;
let smtpUrl = '';
let workerStarted = false;

/** nodemailer's plain text: encoded-word subject, quoted-printable or base64 body. */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const words = (value: string) =>
    value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')));
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const body = rest.join('\r\n\r\n');
  const text = encoding === 'quoted-printable' ? qp(body.replace(/=\r\n/g, '')) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  return { subject: words(/^Subject: (.*)$/im.exec(headers)?.[1] ?? ''), text: text.replace(/\r\n/g, '\n') };
}
function qp(value: string): string {
  return Buffer.from(value.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = decode(Buffer.concat(chunks).toString('utf8'));
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, ...mail });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await stopBoss();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Starts the mail worker (once), then waits until every message of the event left the outbox. */
async function deliverAll(eventId: string): Promise<void> {
  if (!workerStarted) await startMailWorker({ smtpUrl, pollingIntervalSeconds: 0.5 });
  workerStarted = true;
  await until('courriels envoyés', async () => (await testDb().outboxEmail.count({ where: { eventId, status: { not: 'SENT' } } })) === 0);
}

const tokenIn = (text: string) => /https?:\/\/\S+\/q\/([A-Za-z0-9_-]{20,})/.exec(text)?.[1];
const inbox = (prefix: string) => received.filter((m) => m.to.startsWith(`${prefix}-`));
const complete = { overall: '5', content: '4', organisation: '4', again: 'Oui' };
const answer = (token: string, extra: Record<string, unknown> = {}, verbatim = '') =>
  runAsCaller(null, () => submitQuestionnaireAnswersAction({ token, answers: { ...complete, ...extra }, verbatim, verbatimConsent: verbatim !== '' }));

async function scene(prefix: string) {
  const owner = await createUser(testDb(), { role: 'ADMIN' });
  const past = await createPastEventWithAttendance(testDb(), { ownerOrganisationId: owner.organisationId, prefix });
  return { owner, ...past };
}

describe('questionnaire de satisfaction', () => {
  it('part seulement aux personnes présentes, une fois, même lancé deux fois en même temps', { timeout: 60_000 }, async () => {
    const { event } = await scene('envoi');
    const questionnaire = await createQuestionnaire(testDb(), { eventId: event.id, sendOn: '2026-11-15', closesOn: '2099-12-31' });

    expect(await dispatchQuestionnaires(new Date('2026-11-14T22:00:00Z'))).toEqual({ invited: 0, reminded: 0 });
    // 23:30 UTC on the 14th is already the 15th in Paris.
    const runs = await Promise.all([dispatchQuestionnaires(new Date('2026-11-14T23:30:00Z')), dispatchQuestionnaires(new Date('2026-11-14T23:30:00Z'))]);
    expect(runs.map((r) => r.invited).sort()).toEqual([0, 2]);
    expect(await dispatchQuestionnaires(new Date('2026-11-16T08:00:00Z'))).toEqual({ invited: 0, reminded: 0 });
    await deliverAll(event.id);

    expect(inbox('envoi').map((m) => m.to).sort()).toEqual(['envoi-alice@exemple.fr', 'envoi-bruno@exemple.fr']);
    const mail = inbox('envoi')[0]!;
    expect(mail.subject).toBe(`Votre avis sur « ${event.title} »`);
    expect(mail.text).toContain('Vos réponses sont anonymes');
    const invitations = await testDb().questionnaireInvitation.findMany({ where: { questionnaireId: questionnaire.id }, select: { tokenHash: true } });
    expect(invitations).toHaveLength(2);
    expect(invitations.map((i) => i.tokenHash)).not.toContain(tokenIn(mail.text));
    expect(await runAsCaller(null, () => getAnswerPage(tokenIn(mail.text)!))).toMatchObject({ state: 'open', eventTitle: event.title });
  });

  it('une réponse par lien, anonyme, datée du jour seulement ; la relance ne va qu’à qui n’a pas répondu', { timeout: 60_000 }, async () => {
    const { event, owner, sessions } = await scene('rep');
    const questionnaire = await createQuestionnaire(testDb(), { eventId: event.id, sendOn: '2026-11-15', reminderOn: '2026-11-20', closesOn: '2099-12-31' });
    await dispatchQuestionnaires(new Date('2026-11-15T08:00:00Z'));
    await deliverAll(event.id);
    const tokenOf = (who: string) => tokenIn(received.find((m) => m.to === `rep-${who}@exemple.fr`)!.text)!;
    const alice = tokenOf('alice');

    // The page lists the workshop of the day Alice was present, not the break.
    const page = await getAnswerPage(alice);
    expect(page.state === 'open' && page.sessions.map((s) => s.title)).toEqual(['Atelier : accueillir en France services']);
    // A session Alice did not attend, and a missing required answer: refused, nothing written.
    expect(await answer(alice, { sessions: { [sessions.pause.id]: '5' } })).toMatchObject({ ok: false, fieldErrors: { [`answers.sessions.${sessions.pause.id}`]: ['Ce temps ne fait pas partie de votre participation.'] } });
    expect(await answer(alice, { again: '' })).toMatchObject({ ok: false, fieldErrors: { 'answers.again': ['Merci de répondre à cette question.'] } });
    expect(await testDb().questionnaireResponse.count({ where: { questionnaireId: questionnaire.id } })).toBe(0);

    expect(await answer(alice, { sessions: { [sessions.workshop.id]: '5' }, keep: 'Les ateliers' }, 'Une journée très utile.')).toEqual({ ok: true, data: { answered: true } });
    expect(await answer(alice)).toMatchObject({ ok: false, error: 'Vous avez déjà répondu, merci !' });
    expect(await getAnswerPage(alice)).toEqual({ state: 'answered', eventTitle: event.title });

    const responses = await testDb().questionnaireResponse.findMany({ where: { questionnaireId: questionnaire.id } });
    expect(responses).toHaveLength(1);
    // No column leads back to the person: only the questionnaire, the answers and the day.
    expect(Object.keys(responses[0]!).sort()).toEqual(['answers', 'id', 'questionnaireId', 'submittedOn', 'verbatim', 'verbatimConsent', 'verbatimSelected']);
    expect(responses[0]).toMatchObject({ answers: { overall: 5, content: 4, organisation: 4, again: 'Oui', keep: 'Les ateliers', sessions: { [sessions.workshop.id]: 5 } }, verbatim: 'Une journée très utile.', verbatimConsent: true });
    expect(responses[0]!.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The reminder: not before a day has passed since sending, then once, to Bruno only.
    const before = received.length;
    expect(await dispatchQuestionnaires(new Date('2026-11-19T08:00:00Z'))).toEqual({ invited: 0, reminded: 0 });
    // Other tests' questionnaires are due too: count this event's messages only.
    await Promise.all([dispatchQuestionnaires(new Date('2026-11-20T08:00:00Z')), dispatchQuestionnaires(new Date('2026-11-20T08:00:00Z'))]);
    await deliverAll(event.id);
    const sentReminders = received.slice(before).filter((m) => m.to.startsWith('rep-'));
    expect(sentReminders.map((m) => [m.to, m.subject])).toEqual([['rep-bruno@exemple.fr', `Rappel : votre avis sur « ${event.title} »`]]);

    // Bruno double-clicks: exactly one response is recorded.
    const bruno = tokenIn(sentReminders[0]!.text)!;
    const both = await Promise.all([answer(bruno), answer(bruno)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ error: 'Vous avez déjà répondu, merci !' });
    expect(await testDb().questionnaireResponse.count({ where: { questionnaireId: questionnaire.id } })).toBe(2);

    const summary = await runAsCaller({ userId: owner.id }, () => getQuestionnaireSummary(event.id));
    expect(summary).toMatchObject({ invited: 2, responses: 2, responseRate: 100, overallSatisfaction: 5, selectedVerbatims: [] });
    // The webinar's "satisfaction click rate" indicator is fed by the questionnaire.
    const board = await runAsCaller({ userId: owner.id }, () => getIndicatorBoard(event.id, '2026-11-21'));
    const indicator = board.flatMap((stage) => stage.indicators).find((i) => i.id === 'satisfaction-click-rate');
    expect(indicator).toMatchObject({ computed: { lines: ['100\u00a0% (2 réponses sur 2 envois)'] }, unavailable: null });
  });

  it('refuse poliment une réponse après la clôture', { timeout: 60_000 }, async () => {
    const { event, owner } = await scene('tard');
    const questionnaire = await createQuestionnaire(testDb(), { eventId: event.id, sendOn: '2026-11-15', closesOn: '2099-12-31' });
    await runAsCaller({ userId: owner.id }, () => sendQuestionnaireNowAction({ eventId: event.id }));
    await deliverAll(event.id);
    const token = tokenIn(inbox('tard')[0]!.text)!;
    await testDb().questionnaire.update({ where: { id: questionnaire.id }, data: { closesOn: '2026-11-16' } });
    expect(await answer(token)).toMatchObject({ ok: false, error: 'Ce questionnaire est clos : merci de votre intérêt, les réponses ne sont plus recueillies.' });
    expect(await getAnswerPage(token)).toEqual({ state: 'closed', eventTitle: event.title });
    expect(await testDb().questionnaireResponse.count({ where: { questionnaireId: questionnaire.id } })).toBe(0);
    expect(await answer('x'.repeat(43))).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('préparation et réglages par les organisateurs', () => {
  it('prépare les questions par défaut à J+10, refuse les modifications périmées et un second envoi', async () => {
    const { event, owner } = await scene('prep');
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: owner.id }, fn);
    expect(await as(() => getQuestionnaireSummary(event.id))).toBeNull();
    expect(await as(() => prepareQuestionnaireAction({ eventId: event.id }))).toMatchObject({ ok: true });
    expect(await as(() => prepareQuestionnaireAction({ eventId: event.id }))).toMatchObject({ ok: true });
    const created = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: event.id } });
    expect(created).toMatchObject({ sendOn: '2026-11-15', reminderOn: '2026-11-20', closesOn: '2026-12-15', version: 1, sentAt: null });
    expect((created.questions as Array<{ id: string }>).map((q) => q.id)).toEqual(DEFAULT_QUESTIONS.map((q) => q.id));

    // Bad input writes nothing.
    const bad = await as(() => editQuestionnaireScheduleAction({ eventId: event.id, version: 1, sendOn: '2026-11-15', reminderOn: '2026-11-10', closesOn: '' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { reminderOn: ['La relance doit suivre l’envoi d’au moins un jour.'] } });
    const early = await as(() => editQuestionnaireScheduleAction({ eventId: event.id, version: 1, sendOn: '2026-11-01', reminderOn: '', closesOn: '' }));
    expect(early).toMatchObject({ ok: false, fieldErrors: { sendOn: ['L’envoi ne peut pas précéder le dernier jour de l’événement.'] } });

    const questions = [
      ...DEFAULT_QUESTIONS.map((q) => ({ id: q.id, kind: q.kind, label: q.label, required: q.required, options: q.kind === 'choice' ? q.options.join('\n') : '' })),
      { id: '', kind: 'choice' as const, label: 'Comment nous avez-vous connu ?', required: false, options: 'Presse\nRéseaux sociaux' },
    ];
    expect(await as(() => editQuestionnaireQuestionsAction({ eventId: event.id, version: 1, questions }))).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await as(() => editQuestionnaireQuestionsAction({ eventId: event.id, version: 1, questions }))).toMatchObject({ ok: false, code: 'conflict' });
    const saved = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: event.id } });
    expect((saved.questions as Array<{ id: string; options?: string[] }>).at(-1)).toMatchObject({ id: expect.stringMatching(/^q-/), options: ['Presse', 'Réseaux sociaux'] });

    expect(await as(() => sendQuestionnaireNowAction({ eventId: event.id }))).toEqual({ ok: true, data: { invited: 2 } });
    expect(await as(() => sendQuestionnaireNowAction({ eventId: event.id }))).toMatchObject({ ok: false, error: expect.stringMatching(/^Le questionnaire a déjà été envoyé le/) });
    expect(await as(() => editQuestionnaireQuestionsAction({ eventId: event.id, version: 2, questions }))).toMatchObject({ ok: false, code: 'conflict' });
    expect(await testDb().questionnaireInvitation.count({ where: { questionnaire: { eventId: event.id } } })).toBe(2);
  });

  it('retient une citation donnée avec accord pour le bilan, jamais une autre ; refuse une autre organisation', async () => {
    const { event, owner } = await scene('cit');
    const questionnaire = await createQuestionnaire(testDb(), { eventId: event.id });
    const data = { questionnaireId: questionnaire.id, answers: { overall: 4 }, submittedOn: '2026-11-16' };
    const quoted = await testDb().questionnaireResponse.create({ data: { ...data, verbatim: 'Bravo !', verbatimConsent: true } });
    const secret = await testDb().questionnaireResponse.create({ data: { ...data, verbatim: 'Pas à citer', verbatimConsent: false } });
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: owner.id }, fn);
    expect(await as(() => selectVerbatimAction({ eventId: event.id, responseId: quoted.id, selected: true }))).toMatchObject({ ok: true });
    expect(await as(() => selectVerbatimAction({ eventId: event.id, responseId: secret.id, selected: true }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(() => getQuestionnaireSummary(event.id))).toMatchObject({ invited: 0, responses: 2, responseRate: null, overallSatisfaction: 4, selectedVerbatims: ['Bravo !'] });

    const outsider = await createUser(testDb(), { role: 'ADMIN' });
    const asOutsider = <T>(fn: () => Promise<T>) => runAsCaller({ userId: outsider.id }, fn);
    expect(await asOutsider(() => sendQuestionnaireNowAction({ eventId: event.id }))).toMatchObject({ ok: false, code: 'not-found' });
    await expect(asOutsider(() => getQuestionnaireSummary(event.id))).rejects.toThrow(/introuvable/);
    expect(await testDb().questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id }, select: { sentAt: true } })).toEqual({ sentAt: null });
  });
});
