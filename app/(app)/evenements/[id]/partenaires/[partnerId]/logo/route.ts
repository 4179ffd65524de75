import { removeLogo, requireEditablePartner, storeLogo } from '@/lib/server/partners/logo';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { assertSameOrigin, routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; partnerId: string }> };

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
export async function POST(request: Request, context: Context) {
  try {
    const { id, partnerId } = await context.params;
    assertSameOrigin(request);
    await requireEditablePartner(id, partnerId);
    const refusal = await storeLogo(request, id, partnerId);
    revalidatePublicEvents();
    return backToOverview(request, id, refusal ? { partnerId, reason: refusal } : undefined);
  } catch (error) {
    return routeErrorResponse(error);
  }
}

export async function DELETE(request: Request, context: Context) {
  try {
    const { id, partnerId } = await context.params;
    assertSameOrigin(request);
    await requireEditablePartner(id, partnerId);
    await removeLogo(id, partnerId);
    revalidatePublicEvents();
    return new Response(null, { status: 204 });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
