'use server';
import { duplicateEventSchema } from '@/lib/schemas/event';
import { orgAction } from '@/lib/server/action';
import { eventAccess } from '@/lib/server/authz';
import { createEventRecord } from '@/lib/server/events/create-event-record';
import { copyEventContents } from '@/lib/server/events/duplicate-contents';
import {
  lookupTerritory,
  plannedDays,
  recordColumns,
  replaceRecordSets,
  resolveCoOrganisers,
  upsertTerritory,
} from '@/lib/server/events/record-data';

/**
 * A new edition of an event the caller can read, owned by their current organisation (event.create
 * there): the record as edited in the form, then the programme, budget and tasks of the source
 * shifted to the new first day — all in one transaction, so a failure leaves no half-copied event.
 */
export const duplicateEventAction = orgAction(duplicateEventSchema, 'event.create', async ({ input: { sourceEventId, ...input }, viewer, membership, tx, revalidate }) => {
  // The source is a second thing the input names: reading it needs event.read (404 otherwise).
  await eventAccess(viewer, sourceEventId, 'event.read');
  const territory = await lookupTerritory(input.territory);
  const days = plannedDays(input.firstDay, input.days);
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
  const created = await createEventRecord(tx, {
    ownerOrganisationId: membership.organisationId,
    territoryId: await upsertTerritory(tx, territory),
    title: input.title,
    days,
    columns: { ...source, ...recordColumns(input) },
  });
  await replaceRecordSets(tx, created.id, input, chosen);
  await copyEventContents(tx, sourceEventId, created);
  revalidate('/');
  return { eventId: created.id };
});
