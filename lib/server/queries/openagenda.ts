import 'server-only';
import { requireEventPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { openAgendaConfig } from '@/lib/server/openagenda/client';

export type OpenAgendaView = {
  /** The instance pushes to an agenda; otherwise organisers download the JSON. */
  readonly configured: boolean;
  readonly push: {
    readonly status: 'PENDING' | 'PUBLISHED' | 'FAILED';
    readonly pushedAt: Date | null;
    readonly error: string | null;
    /** Still under way long after it was asked for (no worker running?): organisers may ask again. */
    readonly stale: boolean;
    /** The event on openagenda.com, once it has been created there. */
    readonly url: string | null;
  } | null;
};

/** Retries included, a push is over within about 20 minutes. */
const STALE_AFTER_MS = 30 * 60 * 1000;

/** The OpenAgenda block of the programme page: is pushing possible, and how did the last push go. */
export async function getOpenAgendaView(eventId: string): Promise<OpenAgendaView> {
  await requireEventPermission(eventId, 'event.read');
  const row = await db().openAgendaPush.findUnique({
    where: { eventId },
    select: { status: true, requestedAt: true, pushedAt: true, error: true, agendaUid: true, eventUid: true },
  });
  return {
    configured: openAgendaConfig() !== null,
    push: row && {
      status: row.status,
      pushedAt: row.pushedAt,
      error: row.error,
      stale: row.status === 'PENDING' && Date.now() - row.requestedAt.getTime() > STALE_AFTER_MS,
      url: row.eventUid ? `https://openagenda.com/agendas/${encodeURIComponent(row.agendaUid)}/events/${encodeURIComponent(row.eventUid)}` : null,
    },
  };
}
