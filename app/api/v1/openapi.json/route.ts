import { openApiDocument } from '@/lib/server/api/openapi';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-static';

/** The API's OpenAPI document, generated from its zod schemas. */
export const GET = publicRoute(async () => Response.json(openApiDocument(), { headers: { 'Access-Control-Allow-Origin': '*' } }));
