import { beforeAll, describe, expect, it } from 'vitest';
import { runAsCaller } from '@/lib/server/current-user';
import { SafeError } from '@/lib/server/errors';
import { pageError } from '@/lib/server/page-data';
import { messageOfDigest } from '@/lib/domain/errors/safe-digest';
import ParticipantsPage from '@/app/(app)/evenements/[id]/participants/page';
import EventOverviewPage from '@/app/(app)/evenements/[id]/page';
import DiagnosticResultPage from '@/app/(app)/diagnostic/[id]/page';
import { createEvent, createUser } from '@/tests/factories';
import { createParticipant } from '@/tests/factories/participants';
import { testDb } from '@/tests/support/db';

// next.config.js turns experimental.authInterrupts on; Next passes it to forbidden() through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
const FORBIDDEN = 'NEXT_HTTP_ERROR_FALLBACK;403';

/** The digest of what a page threw: how Next decides between 404, 403, redirect and error.tsx. */
async function digestOf(render: () => unknown): Promise<string | undefined> {
  try {
    await render();
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
  return 'rendered';
}

let coordinator: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
  stranger = await createUser(testDb(), { role: 'COORDINATOR' });
});

describe('pageError maps domain errors to pages', () => {
  it.each([
    ['not-found', NOT_FOUND],
    ['forbidden', FORBIDDEN],
  ] as const)('%s → %s', async (code, digest) => {
    expect(await digestOf(() => pageError(new SafeError('x', code)))).toBe(digest);
  });

  it('sends a signed-out person to the sign-in page', async () => {
    expect(await digestOf(() => pageError(new SafeError('Connectez-vous pour continuer.', 'unauthenticated')))).toMatch(/^NEXT_REDIRECT;.*\/connexion;/);
  });

  it('shows the French message of a conflict on the error page', async () => {
    const digest = await digestOf(() => pageError(new SafeError('Ce bilan a été validé entre-temps.', 'conflict')));
    expect(messageOfDigest(digest)).toBe('Ce bilan a été validé entre-temps.');
  });

  it('hides anything else', async () => {
    const digest = await digestOf(() => pageError(new Error('connexion perdue')));
    expect(messageOfDigest(digest)).toBeNull();
  });
});

describe('pages with a malformed address', () => {
  const params = (id: string) => Promise.resolve({ id });
  const noSearch = Promise.resolve({});

  it.each(['\u0000', 'pas-un-uuid', "1' OR '1'='1"])('answers 404 for the event id %j', async (id) => {
    const as = <T>(fn: () => Promise<T>) => runAsCaller({ userId: coordinator.id }, fn);
    expect(await digestOf(() => as(() => ParticipantsPage({ params: params(id), searchParams: noSearch })))).toBe(NOT_FOUND);
    expect(await digestOf(() => as(() => EventOverviewPage({ params: params(id), searchParams: noSearch })))).toBe(NOT_FOUND);
    expect(await digestOf(() => as(() => DiagnosticResultPage({ params: params(id) })))).toBe(NOT_FOUND);
  });

  it('ignores a search holding a NUL byte on the participants page', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId });
    await createParticipant(testDb(), { eventId: event.id, name: 'Awa Diallo' });
    const render = () =>
      runAsCaller({ userId: coordinator.id }, () => ParticipantsPage({ params: params(event.id), searchParams: Promise.resolve({ q: '\u0000' }) }));
    expect(await digestOf(render)).toBe('rendered');
  });

  it('answers 404, never 403, for an event of another organisation', async () => {
    const event = await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId });
    const render = () => runAsCaller({ userId: stranger.id }, () => ParticipantsPage({ params: params(event.id), searchParams: noSearch }));
    expect(await digestOf(render)).toBe(NOT_FOUND);
  });
});
