'use server';
import type { z } from 'zod';
import { createEventSchema, updateEventSchema } from '@/lib/schemas/event';
import { action, revalidate } from '@/lib/server/action';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { requireCurrentPermission, requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
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
import { rescheduleEvent } from '@/lib/server/events/reschedule';

/** A draft event owned by the caller's current organisation, with its days, audiences and partners. */
const createEvent = action(createEventSchema, async (input) => {
  const { viewer, membership } = await requireCurrentPermission('event.create');
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
  const event = await db().$transaction(async (tx) => {
    const chosen = await resolveCoOrganisers(tx, {
      ownerId: membership.organisationId,
      memberships: viewer.memberships,
      current: [],
      ids: input.coOrganiserIds,
      names: input.coOrganiserNames,
    });
    const created = await tx.event.create({
      data: {
        ...recordColumns(input),
        ...eventSpan(days),
        ownerOrganisationId: membership.organisationId,
        territoryId: await upsertTerritory(tx, territory),
        slug: newSlug(input.title),
        status: 'DRAFT',
        days: { createMany: { data: days } },
      },
      select: { id: true },
    });
    await replaceRecordSets(tx, created.id, input, chosen);
    return created;
  });
  revalidate('/');
  return { eventId: event.id };
});

/**
 * The same form on an existing event. The slug stays (public links keep working); moving the first
 * day moves the programme and the J-x dates with it (lib/server/events/reschedule.ts).
 */
const updateEvent = action(updateEventSchema, async ({ eventId, ...input }) => {
  const { viewer } = await requireEventPermission(eventId, 'event.edit');
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
  await db().$transaction(async (tx) => {
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { ownerOrganisationId: true, coOrganisers: { select: { organisationId: true } } },
    });
    const chosen = await resolveCoOrganisers(tx, {
      ownerId: event.ownerOrganisationId,
      memberships: viewer.memberships,
      current: event.coOrganisers.map((c) => c.organisationId),
      ids: input.coOrganiserIds,
      names: input.coOrganiserNames,
    });
    await rescheduleEvent(tx, eventId, days);
    await tx.event.update({
      where: { id: eventId },
      data: { ...recordColumns(input), ...eventSpan(days), territoryId: await upsertTerritory(tx, territory) },
    });
    await replaceRecordSets(tx, eventId, input, chosen);
  });
  revalidate(`/evenements/${eventId}`, 'layout');
  revalidate('/');
  revalidatePublicEvents();
  return { eventId };
});

export async function createEventAction(input: z.input<typeof createEventSchema>) {
  return createEvent(input);
}

export async function updateEventAction(input: z.input<typeof updateEventSchema>) {
  return updateEvent(input);
}
