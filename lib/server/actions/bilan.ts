'use server';
import type { z } from 'zod';
import { statusAfterBilanValidation } from '@/lib/domain/events/status';
import { saveBilanTextsSchema, saveEvaluationFrameSchema, validateBilanSchema } from '@/lib/schemas/bilan';
import { eventAction } from '@/lib/server/action';
import { computeEventBilan } from '@/lib/server/bilan/load';
import { readQuestionnaireSummary } from '@/lib/server/bilan/questionnaire';
import type { Tx } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { refuseIfEarly } from '@/lib/server/queries/lifecycle';
import { emitBilanValidated } from '@/lib/server/webhooks/occurrences';

const CHANGED_MEANWHILE =
  'Le bilan a été modifié entre-temps par quelqu’un d’autre. Rechargez la page pour voir sa version actuelle avant d’enregistrer.';

type BilanFields = z.output<typeof saveBilanTextsSchema>['data'] | z.output<typeof saveEvaluationFrameSchema>['data'];

/**
 * Writes the bilan's texts if nobody saved them since `version` (0: nothing was saved yet). The
 * frozen versions are never touched: they live in BilanVersion, written only by validateBilan.
 */
async function saveBilanRow(tx: Tx, eventId: string, version: number, data: BilanFields) {
  const { count } =
    version === 0
      ? await tx.bilan.createMany({ data: [{ eventId, ...data }], skipDuplicates: true })
      : await tx.bilan.updateMany({ where: { eventId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new SafeError(CHANGED_MEANWHILE, 'conflict');
  return tx.bilan.findUniqueOrThrow({ where: { eventId }, select: { version: true } });
}

export const saveEvaluationFrameAction = eventAction(saveEvaluationFrameSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(`/evenements/${input.eventId}/bilan`);
  return saveBilanRow(tx, input.eventId, input.version, input.data);
});

export const saveBilanTextsAction = eventAction(saveBilanTextsSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  revalidate(`/evenements/${input.eventId}/bilan`);
  return saveBilanRow(tx, input.eventId, input.version, input.data);
});

/**
 * Freezes the bilan as computed now into a new numbered version. The event row is locked so two
 * validations in a row get 1 and 2, never the same number; nothing ever updates a version. Before
 * the event's end only with an explicit confirmation (lib/domain/lifecycle/timing).
 */
export const validateBilanAction = eventAction(validateBilanSchema, 'event.publish', async ({ input: { eventId, confirmEarly }, viewer, tx, revalidate }) => {
  const now = new Date();
  await refuseIfEarly(tx, eventId, 'bilan', confirmEarly, now);
  const questionnaire = await readQuestionnaireSummary(eventId);
  const [locked] = await tx.$queryRaw<{ status: 'DRAFT' | 'PUBLISHED' | 'DONE' | 'BILAN_VALIDATED' }[]>`SELECT status FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  if (locked) await tx.event.update({ where: { id: eventId }, data: { status: statusAfterBilanValidation(locked.status) }, select: { id: true } });
  const snapshot = await computeEventBilan(tx, eventId, questionnaire, now);
  const last = await tx.bilanVersion.aggregate({ where: { eventId }, _max: { number: true } });
  revalidate(`/evenements/${eventId}`, 'layout');
  const version = await tx.bilanVersion.create({
    data: { eventId, number: (last._max.number ?? 0) + 1, snapshot, validatedById: viewer.user.id },
    select: { number: true, validatedAt: true },
  });
  await emitBilanValidated(tx, eventId, version);
  return version;
});
