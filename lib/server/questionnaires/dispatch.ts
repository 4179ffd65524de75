import 'server-only';
import { parisDay } from '@/lib/domain/dates';
import { db, type Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { invitationEmail, reminderEmail, type QuestionnaireMail } from '@/lib/server/questionnaires/emails';
import type { ScheduledJob } from '@/lib/server/jobs/scheduled';
import { newToken } from '@/lib/server/tokens';
import { freezeSentCoreQuestions } from '@/lib/server/networks/core-sync';

/*
 * Sending is claimed by a conditional update (sentAt / remindedAt still null) in the same transaction
 * as the invitations and their e-mails: a second worker, a retried job or the "Envoyer maintenant"
 * button waits on the row lock, then finds it claimed and sends nothing.
 */

/** Participants present at least one day; speakers, cancelled and anonymised people are left out. */
const recipientsWhere = {
  isSpeaker: false,
  anonymisedAt: null,
  cancelledAt: null,
  status: { not: 'CANCELLED' as const },
  attendances: { some: { status: 'PRESENT' as const } },
};

async function mailOf(tx: Tx, questionnaireId: string): Promise<QuestionnaireMail & { eventId: string }> {
  const q = await tx.questionnaire.findUniqueOrThrow({
    where: { id: questionnaireId },
    select: { eventId: true, closesOn: true, event: { select: { title: true, owner: { select: { name: true } } } } },
  });
  return { eventId: q.eventId, eventTitle: q.event.title, organiser: q.event.owner.name, closesOn: q.closesOn };
}

/** Claims and sends one questionnaire's invitations. Returns how many were sent (0 if already claimed). */
export async function sendInvitations(questionnaireId: string, now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    const claim = await tx.questionnaire.updateMany({ where: { id: questionnaireId, sentAt: null }, data: { sentAt: now } });
    if (claim.count === 0) return 0;
    const { questions } = await tx.questionnaire.findUniqueOrThrow({ where: { id: questionnaireId }, select: { questions: true } });
    await freezeSentCoreQuestions(tx, questions, now);
    const mail = await mailOf(tx, questionnaireId);
    const people = await tx.registration.findMany({
      where: { eventId: mail.eventId, ...recipientsWhere, questionnaireInvitations: { none: { questionnaireId } } },
      select: { id: true, name: true, email: true },
      orderBy: { name: 'asc' },
    });
    for (const person of people) {
      const { token, tokenHash } = newToken();
      await tx.questionnaireInvitation.create({ data: { questionnaireId, registrationId: person.id, tokenHash, sentAt: now } });
      await queueEmail(tx, { eventId: mail.eventId, to: person.email, ...invitationEmail({ ...mail, name: person.name, token }), tokens: [token] });
    }
    return people.length;
  }, { timeout: 60_000 });
}

/**
 * Claims and sends the one reminder, to those who have not answered. Only the hash of a link is
 * stored, so the reminder carries a fresh link that replaces the first one.
 */
export async function sendReminders(questionnaireId: string, now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    const claim = await tx.questionnaire.updateMany({
      where: { id: questionnaireId, sentAt: { not: null }, remindedAt: null },
      data: { remindedAt: now },
    });
    if (claim.count === 0) return 0;
    const mail = await mailOf(tx, questionnaireId);
    const pending = await tx.questionnaireInvitation.findMany({
      where: { questionnaireId, answeredAt: null, registration: { anonymisedAt: null, cancelledAt: null } },
      select: { id: true, registration: { select: { name: true, email: true } } },
    });
    for (const invitation of pending) {
      const { token, tokenHash } = newToken();
      await tx.questionnaireInvitation.update({ where: { id: invitation.id }, data: { tokenHash, remindedAt: now } });
      await queueEmail(tx, { eventId: mail.eventId, to: invitation.registration.email, ...reminderEmail({ ...mail, ...invitation.registration, token }), tokens: [token] });
    }
    return pending.length;
  }, { timeout: 60_000 });
}

const DAY_MS = 86_400_000;

/**
 * The recurring job: questionnaires whose day has come (Paris calendar) and that are still open.
 * Safe to run twice or on two instances at once: each send is claimed.
 */
export async function dispatchQuestionnaires(now: Date): Promise<{ invited: number; reminded: number }> {
  const today = parisDay(now);
  const open = { OR: [{ closesOn: null }, { closesOn: { gte: today } }] };
  const toSend = await db().questionnaire.findMany({ where: { sentAt: null, sendOn: { lte: today }, ...open }, select: { id: true } });
  const toRemind = await db().questionnaire.findMany({
    // A day at least after the invitations, even when both dates have passed (a late send).
    where: { sentAt: { lte: new Date(now.getTime() - DAY_MS) }, remindedAt: null, reminderOn: { lte: today }, ...open },
    select: { id: true },
  });
  let invited = 0;
  let reminded = 0;
  for (const { id } of toSend) invited += await sendInvitations(id, now);
  for (const { id } of toRemind) reminded += await sendReminders(id, now);
  return { invited, reminded };
}

/** Hourly: a questionnaire due today goes out within the hour, whatever instance works the tick. */
export const questionnaireJob: ScheduledJob = { name: 'questionnaire-dispatch', cron: '7 * * * *', run: dispatchQuestionnaires };
