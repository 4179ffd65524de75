import 'server-only';
import { revalidatePath } from 'next/cache';
import { forgetApiBodies } from '@/lib/server/api/cache';
import { isOutsideRequest } from '@/lib/server/current-user';

/** Paths under this prefix are the public event pages and feeds (PUBLIC_EVENTS): the read API says the same. */
const PUBLIC_EVENT_PAGES = '/(public)/e/';

/**
 * revalidatePath only means something inside a Next request (not in integration tests, which
 * mock this module to see what was invalidated). Actions declare paths through their context's
 * `revalidate`, flushed here once their transaction has committed. The read API's memory cache is
 * emptied everywhere, tests included, since it lives in this process.
 */
export function revalidate(path: string, type?: 'layout' | 'page'): void {
  if (path.startsWith(PUBLIC_EVENT_PAGES)) forgetApiBodies();
  if (!isOutsideRequest()) revalidatePath(path, type);
}
