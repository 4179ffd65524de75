import 'server-only';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import type { EventListQuery } from '@/lib/domain/api/v1';
import { db } from '@/lib/server/db';

/** A page of public events, the latest start first (stable: ties by id). */
export async function listPublicEvents({ page, perPage }: EventListQuery) {
  const where = { status: { in: [...PUBLIC_EVENT_STATUSES] } };
  const [rows, total] = await Promise.all([
    db().event.findMany({
      where,
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { slug: true, title: true, startsAt: true, endsAt: true, mode: true, status: true },
    }),
    db().event.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, status: r.status as (typeof PUBLIC_EVENT_STATUSES)[number] })), total };
}
