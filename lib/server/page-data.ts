import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';
import { SafeError } from '@/lib/server/errors';
import { safeDigest } from '@/lib/domain/errors/safe-digest';

/*
 * Pages read through these two helpers, so that a domain error reaches the person as the right page:
 * not found → the 404 page, visible but not allowed → the 403 page, signed out → the sign-in page, and
 * any other safe error (a conflict…) → the error page with its French message. Anything else is a
 * bug: it goes to error.tsx as a generic message and to the server log.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id taken from the address: anything but a UUID (a typo, a NUL byte…) is a page that does not exist. */
export function pageId(value: string): string {
  if (!UUID.test(value)) notFound();
  return value;
}

/** Thrown for a safe error on a page: its digest carries the French message to error.tsx. */
class PageProblem extends Error {
  readonly digest: string;
  constructor(message: string) {
    super(message);
    this.name = 'PageProblem';
    this.digest = safeDigest(message);
  }
}

export function pageError(error: unknown): never {
  if (error instanceof SafeError) {
    switch (error.code) {
      case 'not-found':
        notFound();
      case 'forbidden':
        forbidden();
      case 'unauthenticated':
        redirect('/connexion');
      default:
        throw new PageProblem(error.message);
    }
  }
  if (isDatabaseUnavailable(error)) throw new PageProblem(DATABASE_UNAVAILABLE_MESSAGE);
  throw error;
}

/** What a page shows, with domain errors mapped to the right page. */
export function loadPage<T>(load: Promise<T>): Promise<T> {
  return load.catch(pageError);
}
