import 'server-only';
import { coreIdOf, coreQuestionId, withCoreQuestions, type CoreQuestionData, type CoreQuestionKind } from '@/lib/domain/networks/core-questions';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { readQuestions } from '@/lib/server/questionnaires/stored';

/*
 * The network's core questions inside its members' questionnaires: every unsent questionnaire of a
 * cycle event holds the current core (lib/domain/networks/core-questions.ts); a sent one never
 * changes, and its core questions are frozen.
 */

export const CORE_FROZEN =
  'Cette question commune est figée : le questionnaire d’un événement du cycle qui la contient a déjà été envoyé. Ajoutez plutôt une nouvelle question.';

const coreSelect = { id: true, kind: true, label: true, options: true, required: true, position: true } as const;

const asData = (rows: Array<{ id: string; kind: string; label: string; options: string[]; required: boolean; position: number }>): CoreQuestionData[] =>
  rows.map((row) => ({ ...row, kind: row.kind as CoreQuestionKind }));

/** The core questions of every network whose cycle holds the event. */
export async function coreQuestionsOfEvent(tx: Tx, eventId: string): Promise<CoreQuestionData[]> {
  const cycles = await tx.networkCycleEvent.findMany({ where: { eventId }, select: { networkId: true } });
  if (cycles.length === 0) return [];
  const rows = await tx.coreQuestion.findMany({
    where: { networkId: { in: cycles.map((c) => c.networkId) } },
    select: coreSelect,
    orderBy: [{ networkId: 'asc' }, { position: 'asc' }],
  });
  return asData(rows);
}

/** Puts the event's current core into its questionnaire, unless it was already sent (or does not exist yet). */
export async function syncEventQuestionnaire(tx: Tx, eventId: string): Promise<void> {
  const questionnaire = await tx.questionnaire.findUnique({ where: { eventId }, select: { id: true, questions: true, sentAt: true } });
  if (!questionnaire || questionnaire.sentAt) return;
  const questions = withCoreQuestions(readQuestions(questionnaire.questions), await coreQuestionsOfEvent(tx, eventId));
  await tx.questionnaire.update({ where: { id: questionnaire.id }, data: { questions, version: { increment: 1 } } });
}

/** After the network changed its core: every unsent questionnaire of its cycle follows. */
export async function syncNetworkQuestionnaires(tx: Tx, networkId: string): Promise<void> {
  const cycle = await tx.networkCycleEvent.findMany({ where: { networkId }, select: { eventId: true }, orderBy: { eventId: 'asc' } });
  for (const { eventId } of cycle) await syncEventQuestionnaire(tx, eventId);
}

/** A core question sent to participants in any questionnaire may no longer change (nor disappear). */
export async function assertCoreEditable(tx: Tx, core: { id: string; frozenAt: Date | null }): Promise<void> {
  if (core.frozenAt) throw new SafeError(CORE_FROZEN, 'conflict');
  const sent = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Questionnaire"
    WHERE "sentAt" IS NOT NULL AND questions @> ${JSON.stringify([{ id: coreQuestionId(core.id) }])}::jsonb
    LIMIT 1`;
  if (sent.length > 0) throw new SafeError(CORE_FROZEN, 'conflict');
}

/** Called when a questionnaire is sent: its core questions are frozen from now on. */
export async function freezeSentCoreQuestions(tx: Tx, questions: unknown, now: Date): Promise<void> {
  const ids = readQuestions(questions).flatMap((question) => coreIdOf(question.id) ?? []);
  if (ids.length === 0) return;
  await tx.coreQuestion.updateMany({ where: { id: { in: ids }, frozenAt: null }, data: { frozenAt: now } });
}
