import 'server-only';
import { randomUUID } from 'node:crypto';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import { defaultSchedule, scheduleErrors } from '@/lib/domain/questionnaire/schedule';
import type { Question } from '@/lib/domain/questionnaire/types';
import { parisDay } from '@/lib/domain/dates';
import { optionLines, type editQuestionsSchema, type editScheduleSchema } from '@/lib/schemas/questionnaire';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import type { z } from 'zod';
import { withCoreQuestions } from '@/lib/domain/networks/core-questions';
import { coreQuestionsOfEvent } from '@/lib/server/networks/core-sync';

export const STALE = 'Le questionnaire a été modifié entre-temps par quelqu’un d’autre. Rechargez la page pour voir ses changements.';
const ALREADY_SENT = 'Le questionnaire est déjà envoyé : ses questions ne peuvent plus changer.';

async function lastDayOf(tx: Tx, eventId: string): Promise<string> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { endsAt: true } });
  if (!event) throw notFound('Cet événement');
  return parisDay(event.endsAt);
}

/** Creates the event's questionnaire with the default questions and dates; returns it if it exists. */
export async function prepareQuestionnaire(tx: Tx, eventId: string): Promise<{ id: string }> {
  const schedule = defaultSchedule(await lastDayOf(tx, eventId));
  // Two clicks at once: the unique eventId makes the second an update that changes nothing.
  return tx.questionnaire.upsert({
    where: { eventId },
    // An event of a network's cycle starts with the network's core questions (locked).
    create: { eventId, questions: withCoreQuestions(defaultQuestions(), await coreQuestionsOfEvent(tx, eventId)), ...schedule },
    update: {},
    select: { id: true },
  });
}

function toQuestions(input: z.output<typeof editQuestionsSchema>['questions']): Question[] {
  return input.map(({ id, kind, label, required, options }): Question => {
    const base = { id: id || `q-${randomUUID().slice(0, 8)}`, label, required };
    return kind === 'choice' ? { ...base, kind, options: optionLines(options) } : { ...base, kind };
  });
}

async function locked(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<Array<{ id: string; version: number; sentAt: Date | null; sendOn: string }>>`
    SELECT "id", "version", "sentAt", "sendOn" FROM "Questionnaire" WHERE "eventId" = ${eventId} FOR UPDATE`;
  if (!row) throw notFound('Ce questionnaire');
  return row;
}

export async function saveQuestions(tx: Tx, input: z.output<typeof editQuestionsSchema>): Promise<{ version: number; ids: string[] }> {
  const current = await locked(tx, input.eventId);
  if (current.version !== input.version) throw new SafeError(STALE, 'conflict');
  if (current.sentAt) throw new SafeError(ALREADY_SENT, 'conflict');
  const own = toQuestions(input.questions);
  // The network's core questions are not the member's to change: whatever the form sent, they are put back.
  const questions = withCoreQuestions(own, await coreQuestionsOfEvent(tx, input.eventId));
  const saved = await tx.questionnaire.update({ where: { id: current.id }, data: { questions, version: { increment: 1 } }, select: { version: true } });
  return { version: saved.version, ids: own.map((q) => q.id) };
}

export async function saveSchedule(tx: Tx, input: z.output<typeof editScheduleSchema>): Promise<{ version: number }> {
  const current = await locked(tx, input.eventId);
  if (current.version !== input.version) throw new SafeError(STALE, 'conflict');
  if (current.sentAt && input.sendOn !== current.sendOn) {
    throw new FieldError('sendOn', 'Le questionnaire est déjà envoyé : sa date d’envoi ne change plus.');
  }
  const schedule = { sendOn: input.sendOn, reminderOn: input.reminderOn, closesOn: input.closesOn };
  const lastDay = current.sentAt ? null : await lastDayOf(tx, input.eventId);
  const [field, message] = Object.entries(scheduleErrors(schedule, lastDay))[0] ?? [];
  if (field && message) throw new FieldError(field, message);
  return tx.questionnaire.update({ where: { id: current.id }, data: { ...schedule, version: { increment: 1 } }, select: { version: true } });
}

/** Only verbatims given with consent can be kept for the bilan. */
export async function selectVerbatim(tx: Tx, eventId: string, responseId: string, selected: boolean): Promise<void> {
  const updated = await tx.questionnaireResponse.updateMany({
    where: { id: responseId, verbatimConsent: true, questionnaire: { eventId } },
    data: { verbatimSelected: selected },
  });
  if (updated.count === 0) throw notFound('Cette citation');
}
