import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cookies } from 'next/headers';
import { auth } from '@/lib/server/auth';

export const ORGANISATION_COOKIE = 'trame-org';

export type Caller = { userId: string; organisationId?: string };

// Integration tests call actions outside a Next request: they state who is calling here instead of
// forging a session cookie. Production code never enters this storage.
const testCaller = new AsyncLocalStorage<Caller | null>();

export function runAsCaller<T>(caller: Caller | null, fn: () => Promise<T>): Promise<T> {
  return testCaller.run(caller, fn);
}

export function isOutsideRequest(): boolean {
  return testCaller.getStore() !== undefined;
}

/** The signed-in person and the organisation they chose (not yet checked against memberships). */
export async function getCaller(): Promise<Caller | null> {
  const override = testCaller.getStore();
  if (override !== undefined) return override;
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const organisationId = (await cookies()).get(ORGANISATION_COOKIE)?.value;
  return { userId, organisationId };
}
