'use server';
import type { z } from 'zod';
import { duplicateEventSchema } from '@/lib/schemas/event';
import { action, revalidate } from '@/lib/server/action';
import { requireCurrentPermission, requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { copyEventContents } from '@/lib/server/events/duplicate-contents';
import {
  eventSpan,
  lookupTerritory,
  newSlug,
  plannedDays,
  recordColumns,
  replaceRecordSets,
  resolveCoOrganisers,
  upsertTerritory,
} from '@/lib/server/events/record-data';

/**
 * A new edition of an event the caller can read, owned by their current organisation: the record as
 * edited in the form, then the programme, budget and tasks of the source shifted to the new first
 * day — all in one transaction, so a failure leaves no half-copied event.
 */
const duplicateEvent = action(duplicateEventSchema, async ({ sourceEventId, ...input }) => {
  await requireEventPermission(sourceEventId, 'event.read');
  const { viewer, membership } = await requireCurrentPermission('event.create');
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
  const event = await db().$transaction(async (tx) => {
    const { coOrganisers, ...source } = await tx.event.findUniqueOrThrow({
      where: { id: sourceEventId },
      select: {
        diagnosticId: true,
        capacity: true,
        registrationOpen: true,
        retentionMonths: true,
        coOrganisers: { select: { organisationId: true } },
      },
    });
    const chosen = await resolveCoOrganisers(tx, {
      ownerId: membership.organisationId,
      memberships: viewer.memberships,
      // The source's co-organisers are offered again even when the caller is not one of their members.
      current: coOrganisers.map((c) => c.organisationId),
      ids: input.coOrganiserIds,
      names: input.coOrganiserNames,
    });
    const created = await tx.event.create({
      data: {
        ...source,
        ...recordColumns(input),
        ...eventSpan(days),
        ownerOrganisationId: membership.organisationId,
        territoryId: await upsertTerritory(tx, territory),
        slug: newSlug(input.title),
        status: 'DRAFT',
        days: { createMany: { data: days } },
      },
      select: { id: true, days: { select: { id: true, date: true }, orderBy: { date: 'asc' } } },
    });
    await replaceRecordSets(tx, created.id, input, chosen);
    await copyEventContents(tx, sourceEventId, created);
    return created;
  });
  revalidate('/');
  return { eventId: event.id };
});

export async function duplicateEventAction(input: z.input<typeof duplicateEventSchema>) {
  return duplicateEvent(input);
}
