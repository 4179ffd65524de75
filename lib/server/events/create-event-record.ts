import 'server-only';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '@/lib/server/db';
import { eventSpan, newSlug, type PlannedDay } from '@/lib/server/events/record-data';

/*
 * The one way an event comes to exist, whoever starts it: the event form, a diagnostic, a template or
 * a duplication. Each passes what it knows (the record's columns, the source's settings…); the rules
 * that must not drift live here: a draft, a fresh public address, one EventDay per planned day, and
 * the event's span read from its days.
 */
export type NewEventRecord = {
  ownerOrganisationId: string;
  territoryId: string | null;
  title: string;
  days: readonly PlannedDay[];
  /** Anything else the starting point knows: normalised form columns, diagnostic, source's settings. */
  columns?: Omit<Prisma.EventUncheckedCreateInput, 'ownerOrganisationId' | 'territoryId' | 'title' | 'slug' | 'status' | 'startsAt' | 'endsAt' | 'days'>;
};

export async function createEventRecord(tx: Tx, record: NewEventRecord) {
  return tx.event.create({
    data: {
      ...record.columns,
      ...eventSpan(record.days),
      ownerOrganisationId: record.ownerOrganisationId,
      territoryId: record.territoryId,
      title: record.title,
      slug: newSlug(record.title),
      status: 'DRAFT',
      days: { createMany: { data: [...record.days] } },
    },
    select: { id: true, days: { select: { id: true, date: true }, orderBy: { date: 'asc' } } },
  });
}
