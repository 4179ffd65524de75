'use server';
import type { BudgetLineDraft } from '@/lib/domain/budget';
import { toStoredLine } from '@/lib/domain/budget/stored-line';
import { deleteBudgetLineSchema, saveBudgetLineSchema } from '@/lib/schemas/budget';
import { eventAction, FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';

const CHANGED_MEANWHILE = 'Cette ligne a été modifiée entre-temps par quelqu’un d’autre. Rechargez la page pour voir sa version actuelle.';

/** The payer or receiver must organise the event: the owner, one of its co-organisers, or one not on Trame (issue 15.13). */
async function assertOrganiser(tx: Tx, eventId: string, line: BudgetLineDraft) {
  const organisationId = line.kind === 'charge' ? line.payerOrganisationId : line.receiverOrganisationId;
  if (!organisationId) return;
  const found = await tx.event.count({
    where: {
      id: eventId,
      OR: [
        { ownerOrganisationId: organisationId },
        { coOrganisers: { some: { organisationId, status: 'ACCEPTED' } } },
        { outsideCoOrganisers: { some: { id: organisationId } } },
      ],
    },
  });
  if (found === 0) throw new FieldError('organisationId', 'Choisissez un co-organisateur de l’événement.');
}

/** Creates a line at the end of the budget, or updates one if its version is still current. */
export const saveBudgetLineAction = eventAction(saveBudgetLineSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const { eventId, lineId, version, line } = input;
  const data = toStoredLine(line);
  await assertOrganiser(tx, eventId, line);
  revalidate(`/evenements/${eventId}/budget`);
  if (!lineId) {
    const last = await tx.budgetLine.aggregate({ where: { eventId }, _max: { position: true } });
    return tx.budgetLine.create({
      data: { ...data, eventId, position: (last._max.position ?? -1) + 1 },
      select: { id: true, version: true, label: true },
    });
  }
  const updated = await tx.budgetLine.updateMany({
    where: { id: lineId, eventId, ...(version ? { version } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const exists = await tx.budgetLine.count({ where: { id: lineId, eventId } });
    throw exists ? new SafeError(CHANGED_MEANWHILE, 'conflict') : notFound('Cette ligne de budget');
  }
  return tx.budgetLine.findUniqueOrThrow({ where: { id: lineId }, select: { id: true, version: true, label: true } });
});

export const deleteBudgetLineAction = eventAction(deleteBudgetLineSchema, 'event.edit', async ({ input: { eventId, lineId }, tx, revalidate }) => {
  const deleted = await tx.budgetLine.deleteMany({ where: { id: lineId, eventId } });
  if (deleted.count === 0) throw notFound('Cette ligne de budget');
  revalidate(`/evenements/${eventId}/budget`);
  return { id: lineId };
});
