import { checkHealth } from '@/lib/server/health';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

// Public on purpose (load balancers call it); it reveals no data, only the state of the schema.
export const GET = publicRoute(async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
