import { notFound } from '@/lib/server/errors';
import { getPublicLogo } from '@/lib/server/partners/logo';
import { routeErrorResponse } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** A partner's logo, public for a published (or past) event only. The type is the sniffed one. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string; partnerId: string }> }) {
  try {
    const { slug, partnerId } = await context.params;
    const logo = await getPublicLogo(slug, partnerId);
    if (!logo) throw notFound('Ce logo');
    return new Response(new Uint8Array(logo.bytes), {
      headers: {
        'Content-Type': logo.type,
        'Cache-Control': 'public, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
