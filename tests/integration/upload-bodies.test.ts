import { beforeAll, describe, expect, it } from 'vitest';
import { POST as previewImport } from '@/app/(app)/evenements/[id]/participants/import/apercu/route';
import { POST as budgetImport } from '@/app/(app)/evenements/[id]/budget/import/route';
import { POST as postLogo } from '@/app/(app)/evenements/[id]/partenaires/[partnerId]/logo/route';
import { POST as postSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/route';
import { runAsCaller } from '@/lib/server/current-user';
import { UNREADABLE_FORM } from '@/lib/server/multipart';
import { createEvent, createUser } from '@/tests/factories';
import { createPartner } from '@/tests/factories/partner-logos';
import { testDb } from '@/tests/support/db';

/*
 * Upload routes facing bodies a browser form never sends: not multipart, malformed, a bad
 * Content-Length, or chunked past the limit without Content-Length. Each gets a French 4xx and
 * nothing is written; none gets a 500.
 */
let coordinator: Awaited<ReturnType<typeof createUser>>;
let eventId: string;
let partnerId: string;

beforeAll(async () => {
  coordinator = await createUser(testDb(), { role: 'COORDINATOR' });
  eventId = (await createEvent(testDb(), { ownerOrganisationId: coordinator.organisationId })).id;
  partnerId = (await createPartner(testDb(), { eventId })).id;
});

/** A body sent in chunks, without Content-Length. */
function chunked(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(256 * 1024, total - sent)).fill(97);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const MULTIPART = 'multipart/form-data; boundary=----trame';
const bodies: Array<[string, Record<string, string>, () => BodyInit, number]> = [
  ['not multipart', { 'content-type': 'text/plain' }, () => 'bonjour', 400],
  ['malformed multipart', { 'content-type': MULTIPART }, () => '------trame\r\nnimporte quoi', 400],
  ['a Content-Length that is not a number', { 'content-type': MULTIPART, 'content-length': 'abc' }, () => 'x', 400],
  ['a chunked body of 11 MB without Content-Length', { 'content-type': MULTIPART }, () => chunked(11 * 1024 * 1024), 413],
];

function request(path: string, headers: Record<string, string>, body: BodyInit): Request {
  return new Request(`http://localhost${path}`, { method: 'POST', headers: { origin: 'http://localhost', ...headers }, body, duplex: 'half' } as RequestInit);
}

async function frenchError(response: Response, status: number) {
  expect(response.status).toBe(status);
  const { error } = (await response.json()) as { error: string };
  expect(error).toMatch(status === 400 ? UNREADABLE_FORM : /dépasse 2 Mo/);
}

describe('upload routes with crafted bodies', () => {
  it.each(bodies)('participants import preview: %s', async (_, headers, body, status) => {
    const response = await runAsCaller({ userId: coordinator.id }, () =>
      previewImport(request(`/evenements/${eventId}/participants/import/apercu`, headers, body()), { params: Promise.resolve({ id: eventId }) }),
    );
    await frenchError(response, status);
  });

  it.each(bodies)('budget import: %s', async (_, headers, body, status) => {
    const response = await runAsCaller({ userId: coordinator.id }, () =>
      budgetImport(request(`/evenements/${eventId}/budget/import`, headers, body()), { params: Promise.resolve({ id: eventId }) }),
    );
    await frenchError(response, status);
    expect(await testDb().budgetLine.count({ where: { eventId } })).toBe(0);
  });

  it('partner logo: a malformed body is a 400, a chunked one past the limit a "too large" refusal', async () => {
    const post = (headers: Record<string, string>, body: BodyInit) =>
      runAsCaller({ userId: coordinator.id }, () =>
        postLogo(request(`/evenements/${eventId}/partenaires/${partnerId}/logo`, headers, body), { params: Promise.resolve({ id: eventId, partnerId }) }),
      );
    expect((await post({ 'content-type': 'text/plain' }, 'bonjour')).status).toBe(400);
    const tooLarge = await post({ 'content-type': MULTIPART }, chunked(11 * 1024 * 1024));
    expect(tooLarge.status).toBe(303);
    expect(new URL(tooLarge.headers.get('location')!).searchParams.get('refus')).toBe('too-large');
    expect((await testDb().partner.findUniqueOrThrow({ where: { id: partnerId } })).logo).toBeNull();
  });

  it('signed attendance sheet: a malformed body is a 400, a chunked one past 10 MB a "too large" refusal, nothing kept', async () => {
    const post = (headers: Record<string, string>, body: BodyInit) =>
      runAsCaller({ userId: coordinator.id }, () => postSignedSheet(request(`/evenements/${eventId}/emargement/signees`, headers, body), { params: Promise.resolve({ id: eventId }) }));
    expect((await post({ 'content-type': 'text/plain' }, 'bonjour')).status).toBe(400);
    expect((await post({ 'content-type': MULTIPART }, '------trame\r\nnimporte quoi')).status).toBe(400);
    const tooLarge = await post({ 'content-type': MULTIPART }, chunked(11 * 1024 * 1024));
    expect(tooLarge.status).toBe(303);
    expect(new URL(tooLarge.headers.get('location')!).searchParams.get('refus')).toBe('too-large');
    expect(await testDb().signedSheet.count({ where: { eventId } })).toBe(0);
  });
});
