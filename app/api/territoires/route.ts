import { territoryLabel } from '@/lib/domain/territories/types';
import { territorySearchSchema } from '@/lib/schemas/diagnostic';
import { userRoute } from '@/lib/server/route';
import { searchReferential } from '@/lib/server/territories/referential';

export const dynamic = 'force-dynamic';

/** The territory combobox's search: signed-in people only (the referential itself is public data). */
export const GET = userRoute(async ({ request }) => {
  const { q } = territorySearchSchema.parse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
  const results = (await searchReferential(q)).map((t) => ({
    level: t.level,
    code: t.code,
    name: t.name,
    label: territoryLabel(t),
  }));
  return Response.json({ results }, { headers: { 'Cache-Control': 'private, max-age=300' } });
});
