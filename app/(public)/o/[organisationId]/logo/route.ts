import { z } from 'zod';
import { notFound } from '@/lib/server/errors';
import { logoResponse } from '@/lib/server/logo-upload';
import { getPublicOrganisationLogo } from '@/lib/server/organisations/logo';
import { idParam, publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** An organisation's logo, public once it hosts or co-organises a published event (the organisers block). */
export const GET = publicRoute(
  async ({ params: { organisationId } }) => {
    const logo = await getPublicOrganisationLogo(organisationId);
    if (!logo) throw notFound('Ce logo');
    return logoResponse(logo);
  },
  { params: z.object({ organisationId: idParam }) },
);
