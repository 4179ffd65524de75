import { z } from 'zod';
import { notFound } from '@/lib/server/errors';
import { logoResponse } from '@/lib/server/logo-upload';
import { getPublicLogo } from '@/lib/server/partners/logo';
import { idParam, publicRoute, slugParam } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A partner's logo, public for a published (or past) event only. The type is the sniffed one. */
export const GET = publicRoute(
  async ({ params: { slug, partnerId } }) => {
    const logo = await getPublicLogo(slug, partnerId);
    if (!logo) throw notFound('Ce logo');
    return logoResponse(logo);
  },
  { params: z.object({ slug: slugParam, partnerId: idParam }) },
);
