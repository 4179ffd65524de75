import 'server-only';
import { callState } from '@/lib/domain/speakers/call';
import { PUBLIC_EVENT_STATUSES } from '@/lib/domain/public';
import { db } from '@/lib/server/db';

/** Public by design: the call for proposals of a published event, and whether it is open now; a draft's is "not found". */
export async function getPublicCall(slug: string, now = new Date()) {
  if (slug.length > 200) return null;
  const event = await db().event.findFirst({
    where: { slug, status: { in: [...PUBLIC_EVENT_STATUSES] } },
    select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, venueName: true, callOpen: true, callClosesOn: true, owner: { select: { name: true } } },
  });
  if (!event) return null;
  return { ...event, state: callState(event, now) };
}
