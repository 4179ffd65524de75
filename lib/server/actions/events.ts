'use server';
import { createEventSchema, updateEventSchema } from '@/lib/schemas/event';
import { eventAction, orgAction } from '@/lib/server/action';
import { PUBLIC_EVENTS } from '@/lib/server/queries/public-event';
import {
  eventSpan,
  lookupTerritory,
  plannedDays,
  recordColumns,
  replaceRecordSets,
  resolveCoOrganisers,
  upsertTerritory,
} from '@/lib/server/events/record-data';
import { createEventRecord } from '@/lib/server/events/create-event-record';
import { rescheduleEvent } from '@/lib/server/events/reschedule';
import { emitEventChange } from '@/lib/server/webhooks/occurrences';

/** A draft event owned by the caller's current organisation, with its days, audiences and partners. */
export const createEventAction = orgAction(createEventSchema, 'event.create', async ({ input, viewer, membership, tx, revalidate }) => {
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
  const chosen = await resolveCoOrganisers(tx, {
    ownerId: membership.organisationId,
    memberships: viewer.memberships,
    current: [],
    ids: input.coOrganiserIds,
    names: input.coOrganiserNames,
  });
  const created = await createEventRecord(tx, {
    ownerOrganisationId: membership.organisationId,
    territoryId: await upsertTerritory(tx, territory),
    title: input.title,
    days,
    columns: recordColumns(input),
  });
  await replaceRecordSets(tx, created.id, input, chosen);
  revalidate('/');
  return { eventId: created.id };
});

/**
 * The same form on an existing event. The slug stays (public links keep working); moving the first
 * day moves the programme and the J-x dates with it (lib/server/events/reschedule.ts).
 */
export const updateEventAction = eventAction(updateEventSchema, 'event.edit', async ({ input: { eventId, ...input }, viewer, tx, revalidate }) => {
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
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
  await emitEventChange(tx, 'event.updated', eventId);
  revalidate(`/evenements/${eventId}`, 'layout');
  revalidate('/');
  revalidate(...PUBLIC_EVENTS);
  return { eventId };
});
