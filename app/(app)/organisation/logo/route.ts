import { notFound } from '@/lib/server/errors';
import { logoResponse } from '@/lib/server/logo-upload';
import { getOrganisationLogo, storeOrganisationLogo } from '@/lib/server/organisations/logo';
import { revalidatePublicEvents } from '@/lib/server/queries/public-event';
import { organisationRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The logo of the organisation the person works in now, for the header (private cache: it follows the switcher). */
export const GET = organisationRoute(null, async ({ membership }) => {
  const logo = await getOrganisationLogo(membership.organisationId);
  if (!logo) throw notFound('Ce logo');
  return logoResponse(logo, 'private, max-age=300');
});

/*
 * Upload (field `logo`) or removal (`_action=supprimer`), by a plain HTML form that works without
 * JavaScript: a 303 back to « Ma structure », a refused file named by a code in the address.
 */
export const POST = organisationRoute(
  'organisation.manage',
  async ({ request, membership }) => {
    const refusal = await storeOrganisationLogo(request, membership.organisationId);
    revalidatePublicEvents();
    const url = new URL('/organisation', request.url);
    if (refusal) url.searchParams.set('refus', refusal);
    url.hash = 'logo';
    return Response.redirect(url, 303);
  },
  { mutates: true },
);
