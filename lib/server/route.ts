import 'server-only';
import { z } from 'zod';
import { SafeError } from '@/lib/server/errors';

const STATUS: Record<SafeError['code'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  invalid: 400,
};

/** The response of a route handler that failed: a safe French message, or a generic one logged. */
export function routeErrorResponse(error: unknown): Response {
  if (error instanceof SafeError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
  if (error instanceof z.ZodError) {
    return Response.json({ error: 'Requête invalide.', fieldErrors: z.flattenError(error).fieldErrors }, { status: 400 });
  }
  console.error(error);
  return Response.json({ error: 'Une erreur inattendue est survenue.' }, { status: 500 });
}
