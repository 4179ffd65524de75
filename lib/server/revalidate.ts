import 'server-only';
import { revalidatePath } from 'next/cache';
import { isOutsideRequest } from '@/lib/server/current-user';

/**
 * revalidatePath only means something inside a Next request (not in integration tests, which
 * mock this module to see what was invalidated). Actions declare paths through their context's
 * `revalidate`, flushed here once their transaction has committed.
 */
export function revalidate(path: string, type?: 'layout' | 'page'): void {
  if (!isOutsideRequest()) revalidatePath(path, type);
}
