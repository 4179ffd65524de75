'use server';
import type { z } from 'zod';
import { statusAfterBilanValidation } from '@/lib/domain/events/status';
import { saveBilanTextsSchema, saveEvaluationFrameSchema, validateBilanSchema } from '@/lib/schemas/bilan';
import { action, revalidate } from '@/lib/server/action';
import { requireEventPermission } from '@/lib/server/authz';
import { computeEventBilan } from '@/lib/server/bilan/load';
import { readQuestionnaireSummary } from '@/lib/server/bilan/questionnaire';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';

const CHANGED_MEANWHILE =
  'Le bilan a été modifié entre-temps par quelqu’un d’autre. Rechargez la page pour voir sa version actuelle avant d’enregistrer.';

type BilanFields = z.output<typeof saveBilanTextsSchema>['data'] | z.output<typeof saveEvaluationFrameSchema>['data'];

/**
 * Writes the bilan's texts if nobody saved them since `version` (0: nothing was saved yet). The
 * frozen versions are never touched: they live in BilanVersion, written only by validateBilan.
 */
async function saveBilanRow(eventId: string, version: number, data: BilanFields) {
  const saved = await db().$transaction(async (tx) => {
    const { count } =
      version === 0
        ? await tx.bilan.createMany({ data: [{ eventId, ...data }], skipDuplicates: true })
        : await tx.bilan.updateMany({ where: { eventId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new SafeError(CHANGED_MEANWHILE, 'conflict');
    return tx.bilan.findUniqueOrThrow({ where: { eventId }, select: { version: true } });
  });
  revalidate(`/evenements/${eventId}/bilan`);
  return saved;
}

const saveEvaluationFrame = action(saveEvaluationFrameSchema, async ({ eventId, version, data }) => {
  await requireEventPermission(eventId, 'event.edit');
  return saveBilanRow(eventId, version, data);
});

export async function saveEvaluationFrameAction(input: z.input<typeof saveEvaluationFrameSchema>) {
  return saveEvaluationFrame(input);
}

const saveBilanTexts = action(saveBilanTextsSchema, async ({ eventId, version, data }) => {
  await requireEventPermission(eventId, 'event.edit');
  return saveBilanRow(eventId, version, data);
});

export async function saveBilanTextsAction(input: z.input<typeof saveBilanTextsSchema>) {
  return saveBilanTexts(input);
}

/**
 * Freezes the bilan as computed now into a new numbered version. The event row is locked so two
 * validations in a row get 1 and 2, never the same number; nothing ever updates a version.
 */
const validateBilan = action(validateBilanSchema, async ({ eventId }) => {
  const { viewer } = await requireEventPermission(eventId, 'event.publish');
  const questionnaire = await readQuestionnaireSummary(eventId);
  const created = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: 'DRAFT' | 'PUBLISHED' | 'DONE' | 'BILAN_VALIDATED' }[]>`SELECT status FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    if (locked) await tx.event.update({ where: { id: eventId }, data: { status: statusAfterBilanValidation(locked.status) }, select: { id: true } });
    const snapshot = await computeEventBilan(tx, eventId, questionnaire, new Date());
    const last = await tx.bilanVersion.aggregate({ where: { eventId }, _max: { number: true } });
    return tx.bilanVersion.create({
      data: { eventId, number: (last._max.number ?? 0) + 1, snapshot, validatedById: viewer.user.id },
      select: { number: true, validatedAt: true },
    });
  });
  revalidate(`/evenements/${eventId}`, 'layout');
  return created;
});

export async function validateBilanAction(input: z.input<typeof validateBilanSchema>) {
  return validateBilan(input);
}
