import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';
import { SafeError } from '@/lib/server/errors';
import { isOutsideRequest } from '@/lib/server/current-user';

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: SafeError['code']; fieldErrors?: FieldErrors };

/** A refusal tied to one field, for rules only the server can check (a duplicate e-mail…). */
export class FieldError extends SafeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, 'invalid');
  }
}

const GENERIC = 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l’équipe Trame.';

/**
 * The one wrapper every mutation goes through: parse the input with its zod schema, run the handler
 * (which authorizes through lib/server/authz and writes in a transaction), and turn failures into
 * French messages. Next's redirect()/notFound() pass through untouched.
 */
export function action<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: 'Certains champs sont à corriger.',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
      };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof FieldError) {
        return { ok: false, error: error.message, code: error.code, fieldErrors: { [error.field]: [error.message] } };
      }
      if (error instanceof SafeError) return { ok: false, error: error.message, code: error.code };
      if (isDatabaseUnavailable(error)) return { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, code: 'unavailable' };
      console.error(error);
      return { ok: false, error: GENERIC };
    }
  };
}

/** revalidatePath only means something inside a Next request (not in integration tests). */
export function revalidate(path: string, type?: 'layout' | 'page'): void {
  if (!isOutsideRequest()) revalidatePath(path, type);
}
