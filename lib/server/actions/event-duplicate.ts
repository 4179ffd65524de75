'use server';
import { duplicateEventSchema } from '@/lib/schemas/event';
import { orgAction } from '@/lib/server/action';
import { eventAccess } from '@/lib/server/authz';
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
  const coOrganiserIds = await resolveCoOrganisers(tx, {
    ownerId: membership.organisationId,
    memberOf: viewer.memberships.map((m) => m.organisationId),
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
  await replaceRecordSets(tx, created.id, input, coOrganiserIds);
  await copyEventContents(tx, sourceEventId, created);
  revalidate('/');
  return { eventId: created.id };
});
