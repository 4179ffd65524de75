import { z } from 'zod';
import { findEventPartner, removeLogo, storeLogo } from '@/lib/server/partners/logo';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { eventRoute, idParam } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const params = z.object({ partnerId: idParam });

/*
 * A route handler rather than a server action so that a plain HTML form (no JavaScript) can post
 * the file. It answers with a 303 back to the overview; a refused file comes back as a code in the
 * address (never a free text, which a link could forge), shown beside the partner.
 */
function backToOverview(request: Request, eventId: string, refusal?: { partnerId: string; reason: string }) {
  const url = new URL(`/evenements/${eventId}`, request.url);
  if (refusal) {
    url.searchParams.set('logo', refusal.partnerId);
    url.searchParams.set('refus', refusal.reason);
  }
  url.hash = 'partenaires';
  return Response.redirect(url, 303);
}

/** Uploads the partner's logo (field `logo`), or removes it with `_action=supprimer`. */
export const POST = eventRoute(
  'event.edit',
  async ({ request, event, params: { partnerId } }) => {
    await findEventPartner(event.id, partnerId);
    const refusal = await storeLogo(request, event.id, partnerId);
    revalidatePublicEvents();
    return backToOverview(request, event.id, refusal ? { partnerId, reason: refusal } : undefined);
  },
  { params, mutates: true },
);

export const DELETE = eventRoute(
  'event.edit',
  async ({ event, params: { partnerId } }) => {
    await findEventPartner(event.id, partnerId);
    await removeLogo(event.id, partnerId);
    revalidatePublicEvents();
    return new Response(null, { status: 204 });
  },
  { params, mutates: true },
);
