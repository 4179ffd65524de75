import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISABLE_AFTER_FAILED_DELIVERIES, MAX_ATTEMPTS } from '@/lib/domain/webhooks/policy';
import type { ActionResult } from '@/lib/server/action';
import { validateBilanAction } from '@/lib/server/actions/bilan';
import { cancelParticipantAction } from '@/lib/server/actions/participant-record';
import { publishEventAction } from '@/lib/server/actions/programme-status';
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  enableWebhookEndpointAction,
  pingWebhookEndpointAction,
} from '@/lib/server/actions/webhooks';
import { runAsCaller } from '@/lib/server/current-user';
import { db } from '@/lib/server/db';
import { stopBoss } from '@/lib/server/mail/boss';
import { listWebhookEndpoints } from '@/lib/server/queries/webhooks';
import { registerParticipant } from '@/lib/server/registrations/register';
import { registerSchema } from '@/lib/schemas/registration';
import { deliverWebhook, ENDPOINT_DISABLED } from '@/lib/server/webhooks/deliver';
import { PRIVATE_HOST } from '@/lib/server/webhooks/endpoints';
import { emitEventChange, emitRegistration } from '@/lib/server/webhooks/occurrences';
import { startWebhookWorker, stopWebhookWorker } from '@/lib/server/webhooks/worker';
import type { WebhookKind } from '@/lib/domain/webhooks/kinds';
import { createEvent, createUser } from '@/tests/factories';
import { buildRegistrationInput, createOpenEvent } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';
import { until } from '@/tests/support/until';
import { startReceiver, type Receiver } from '@/tests/support/webhook-receiver';

let receiver: Receiver;
let paths = 0;

beforeAll(async () => {
  receiver = await startReceiver();
});

afterAll(async () => {
  await stopBoss();
  await receiver.close();
});

/** A hub's admin and an endpoint created through the settings action (a public IP: no DNS offline). */
async function hubWithEndpoint(kinds: WebhookKind[]) {
  const admin = await createUser(testDb(), { role: 'ADMIN' });
  const path = `/trame/${++paths}`;
  const created = await runAsCaller({ userId: admin.id }, () =>
    createWebhookEndpointAction({ url: `https://93.184.215.14${path}`, description: 'CRM', kinds }),
  );
  if (!created.ok) throw new Error(created.error);
  receiver.trust(path, created.data.secret);
  return { admin, path, endpointId: created.data.endpointId, secret: created.data.secret };
}

const register = (eventId: string, email: string) => registerParticipant(registerSchema.parse(buildRegistrationInput({ eventId, email })));
const deliveriesOf = (endpointId: string) => testDb().webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: 'asc' } });
const receivedAt = (path: string) => receiver.received.filter((request) => request.path === path);

describe('webhook delivery', () => {
  it('delivers a new registration once, signed, through the queue; the secret is stored sealed', async () => {
    const hub = await hubWithEndpoint(['registration.created']);
    const stored = await testDb().webhookEndpoint.findUniqueOrThrow({ where: { id: hub.endpointId } });
    expect(stored.sealedSecret).not.toContain(hub.secret.slice(6));
    const event = await createOpenEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId });

    await startWebhookWorker({ transport: receiver.transport, pollingIntervalSeconds: 0.5 });
    try {
      await register(event.id, 'alice@exemple.fr');
      const [delivery] = await until('livré', async () => {
        const rows = await deliveriesOf(hub.endpointId);
        return rows.every((row) => row.status === 'DELIVERED') && rows.length > 0 && rows;
      });
      expect(delivery).toMatchObject({ kind: 'registration.created', status: 'DELIVERED', attempts: 1, lastStatusCode: 200 });
      const [request] = receivedAt(hub.path);
      expect(receivedAt(hub.path)).toHaveLength(1);
      expect(request?.verified).toBe(true);
      expect(request?.headers['trame-event']).toBe('registration.created');
      expect(request?.headers['trame-delivery']).toBe(delivery!.id);
      expect(request?.json).toMatchObject({
        id: delivery!.id,
        type: 'registration.created',
        data: { event: { id: event.id, slug: event.slug }, registration: { email: 'alice@exemple.fr', status: 'CONFIRMED' }, counts: { confirmed: 1 } },
      });
      // No personal link nor token travels.
      expect(request?.body).not.toMatch(/token|tokenHash|inscription\//i);

      // The job run again (a crash, a second worker) sends nothing more.
      expect(await deliverWebhook(delivery!.id, { transport: receiver.transport })).toBe('skipped');
      expect(receivedAt(hub.path)).toHaveLength(1);
    } finally {
      await stopWebhookWorker();
    }
  });

  it('retries after a failure, with backoff through pg-boss, then delivers', async () => {
    const hub = await hubWithEndpoint(['event.published']);
    receiver.answer(hub.path, 500);
    const event = await createEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId, status: 'DRAFT' });
    const published = await runAsCaller({ userId: hub.admin.id }, () => publishEventAction({ eventId: event.id }));
    expect(published.ok).toBe(true);
    const [delivery] = await deliveriesOf(hub.endpointId);
    expect(delivery).toMatchObject({ kind: 'event.published', status: 'PENDING', attempts: 0 });

    const now = new Date();
    expect(await deliverWebhook(delivery!.id, { transport: receiver.transport, now })).toBe('retry');
    const failed = await testDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500, lastError: 'Réponse HTTP 500.' });
    expect(failed.nextAttemptAt).toEqual(new Date(now.getTime() + 60_000));
    // The next try is a pg-boss job that does not start before the backoff.
    const jobs = await testDb().$queryRaw<Array<{ start_after: Date }>>`
      SELECT start_after FROM pgboss.job WHERE name = 'deliver-webhook' AND data->>'deliveryId' = ${delivery!.id} AND state = 'created'
      ORDER BY start_after`;
    expect(jobs.at(-1)?.start_after.getTime()).toBe(now.getTime() + 60_000);
    // Too early: nothing is sent.
    expect(await deliverWebhook(delivery!.id, { transport: receiver.transport, now: new Date(now.getTime() + 30_000) })).toBe('skipped');

    expect(await deliverWebhook(delivery!.id, { transport: receiver.transport, now: new Date(now.getTime() + 61_000) })).toBe('delivered');
    expect(await testDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: 'DELIVERED', attempts: 2, lastError: null });
    const requests = receivedAt(hub.path);
    expect(requests.map((request) => request.verified)).toEqual([true, true]);
    // The same body both times: receivers deduplicate on its id.
    expect(requests[0]?.body).toBe(requests[1]?.body);
  });

  it('makes one delivery of an occurrence emitted twice', async () => {
    const hub = await hubWithEndpoint(['registration.created', 'event.updated']);
    const event = await createOpenEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId });
    const registration = await testDb().registration.create({
      data: { eventId: event.id, email: 'bob@exemple.fr', name: 'Bob', category: 'AUTRE', status: 'CONFIRMED', tokenHash: 'x'.repeat(43), consentAt: new Date() },
    });
    const at = new Date();
    const ref = { id: event.id, ownerOrganisationId: hub.admin.organisationId };
    await db().$transaction((tx) => emitRegistration(tx, 'registration.created', ref, registration.id, at));
    await db().$transaction((tx) => emitRegistration(tx, 'registration.created', ref, registration.id, at));
    await db().$transaction((tx) => emitEventChange(tx, 'event.updated', event.id));
    await db().$transaction((tx) => emitEventChange(tx, 'event.updated', event.id));
    const rows = await deliveriesOf(hub.endpointId);
    expect(rows.map((row) => row.kind).sort()).toEqual(['event.updated', 'registration.created']);
    expect(rows.find((row) => row.kind === 'registration.created')?.payload).toMatchObject({ registration: { email: 'bob@exemple.fr' } });
  });

  it('tells nothing of a draft’s changes, nor to an endpoint that does not listen to the kind', async () => {
    const hub = await hubWithEndpoint(['bilan.validated']);
    const draft = await createEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId, status: 'DRAFT' });
    const published = await createOpenEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId });
    await db().$transaction((tx) => emitEventChange(tx, 'event.updated', draft.id));
    await db().$transaction((tx) => emitEventChange(tx, 'event.updated', published.id));
    expect(await deliveriesOf(hub.endpointId)).toEqual([]);
  });

  it('emits cancellations, promotions from the waiting list and validated bilans', async () => {
    const hub = await hubWithEndpoint(['registration.cancelled', 'registration.promoted', 'bilan.validated']);
    const event = await createOpenEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId, capacity: 1 });
    await register(event.id, 'premiere@exemple.fr');
    await register(event.id, 'seconde@exemple.fr');
    const first = await testDb().registration.findFirstOrThrow({ where: { eventId: event.id, email: 'premiere@exemple.fr' } });
    const second = await testDb().registration.findFirstOrThrow({ where: { eventId: event.id, email: 'seconde@exemple.fr' } });
    const cancelled = await runAsCaller({ userId: hub.admin.id }, () =>
      cancelParticipantAction({ eventId: event.id, registrationId: first.id, notify: false }),
    );
    expect(cancelled.ok).toBe(true);
    const validated = await runAsCaller({ userId: hub.admin.id }, () => validateBilanAction({ eventId: event.id, confirmEarly: true }));
    expect(validated.ok).toBe(true);

    const rows = await deliveriesOf(hub.endpointId);
    const byKind = new Map(rows.map((row) => [row.kind, row.payload]));
    expect([...byKind.keys()].sort()).toEqual(['bilan.validated', 'registration.cancelled', 'registration.promoted']);
    expect(byKind.get('registration.cancelled')).toMatchObject({ registration: { id: first.id, status: 'CANCELLED' } });
    expect(byKind.get('registration.promoted')).toMatchObject({
      registration: { id: second.id, status: 'CONFIRMED' },
      promotion: { atEvent: true },
      counts: { confirmed: 1, waiting: 0 },
    });
    expect(byKind.get('bilan.validated')).toMatchObject({ event: { id: event.id }, bilan: { version: 1 } });
  });

  it(`disables an endpoint after ${DISABLE_AFTER_FAILED_DELIVERIES} failed deliveries in a row, until re-enabled`, async () => {
    const hub = await hubWithEndpoint(['event.published']);
    const failing = Array.from({ length: DISABLE_AFTER_FAILED_DELIVERIES * MAX_ATTEMPTS }, () => 503);
    receiver.answer(hub.path, ...failing);
    let now = new Date();
    for (let index = 0; index < DISABLE_AFTER_FAILED_DELIVERIES; index += 1) {
      const event = await createEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId, status: 'PUBLISHED' });
      const [deliveryId] = await db().$transaction(async (tx) => {
        await emitEventChange(tx, 'event.published', event.id);
        return (await tx.webhookDelivery.findMany({ where: { endpointId: hub.endpointId, status: 'PENDING' }, select: { id: true } })).map((row) => row.id);
      });
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        outcomes.push(await deliverWebhook(deliveryId!, { transport: receiver.transport, now }));
        now = new Date(now.getTime() + 9 * 3600_000);
      }
      expect(outcomes).toEqual([...Array.from({ length: MAX_ATTEMPTS - 1 }, () => 'retry'), 'failed']);
    }
    const endpoint = await testDb().webhookEndpoint.findUniqueOrThrow({ where: { id: hub.endpointId } });
    expect(endpoint).toMatchObject({ enabled: false, consecutiveFailures: DISABLE_AFTER_FAILED_DELIVERIES });
    expect(endpoint.disabledReason).toMatch(/échecs répétés/);
    expect(await testDb().webhookDelivery.count({ where: { endpointId: hub.endpointId, status: 'FAILED', attempts: MAX_ATTEMPTS } })).toBe(
      DISABLE_AFTER_FAILED_DELIVERIES,
    );

    // Disabled: nothing new is made for it, and a delivery still waiting is given up without a request.
    const event = await createEvent(testDb(), { ownerOrganisationId: hub.admin.organisationId, status: 'PUBLISHED' });
    await db().$transaction((tx) => emitEventChange(tx, 'event.published', event.id));
    expect(await testDb().webhookDelivery.count({ where: { endpointId: hub.endpointId, status: 'PENDING' } })).toBe(0);
    const waiting = await testDb().webhookDelivery.create({ data: { endpointId: hub.endpointId, kind: 'event.published', eventKey: 'attente', payload: {} } });
    const before = receivedAt(hub.path).length;
    expect(await deliverWebhook(waiting.id, { transport: receiver.transport })).toBe('failed');
    expect(await testDb().webhookDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: 'FAILED', lastError: ENDPOINT_DISABLED });
    expect(receivedAt(hub.path)).toHaveLength(before);

    const ping = await runAsCaller({ userId: hub.admin.id }, () => pingWebhookEndpointAction({ endpointId: hub.endpointId }));
    expect(ping).toMatchObject({ ok: false, code: 'conflict' });
    const enabled = await runAsCaller({ userId: hub.admin.id }, () => enableWebhookEndpointAction({ endpointId: hub.endpointId }));
    expect(enabled.ok).toBe(true);
    expect(await testDb().webhookEndpoint.findUniqueOrThrow({ where: { id: hub.endpointId } })).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledAt: null,
    });
    receiver.answer(hub.path);
    const pinged = await runAsCaller({ userId: hub.admin.id }, () => pingWebhookEndpointAction({ endpointId: hub.endpointId }));
    if (!pinged.ok || !pinged.data.deliveryId) throw new Error('ping refusé');
    expect(await deliverWebhook(pinged.data.deliveryId, { transport: receiver.transport })).toBe('delivered');
    expect(receivedAt(hub.path).at(-1)).toMatchObject({ verified: true, json: { type: 'ping' } });
  });
});

describe('webhook endpoints', () => {
  it.each([
    ['http://exemple.fr/trame', 'L’adresse doit commencer par https:// : les envois sont chiffrés.'],
    ['https://127.0.0.1/trame', PRIVATE_HOST],
    ['https://localhost:8443/trame', PRIVATE_HOST],
    ['https://[::ffff:127.0.0.1]/trame', PRIVATE_HOST],
    ['https://169.254.169.254/latest/meta-data', PRIVATE_HOST],
    ['https://10.1.2.3/trame', PRIVATE_HOST],
    ['https://[fd00::1]/trame', PRIVATE_HOST],
    ['https://jean:secret@exemple.fr/trame', 'L’adresse ne doit contenir ni identifiant ni mot de passe.'],
  ])('refuses %s with a French message beside the field', async (url, message) => {
    const admin = await createUser(testDb(), { role: 'ADMIN' });
    const result = await runAsCaller({ userId: admin.id }, () => createWebhookEndpointAction({ url, description: '', kinds: ['event.published'] }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { url: [message] } });
    expect(await testDb().webhookEndpoint.count({ where: { organisationId: admin.organisationId } })).toBe(0);
  });

  it('refuses an endpoint listening to nothing', async () => {
    const admin = await createUser(testDb(), { role: 'ADMIN' });
    const result = await runAsCaller({ userId: admin.id }, () => createWebhookEndpointAction({ url: 'https://93.184.215.14/x', description: '', kinds: [] }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { kinds: ['Cochez au moins un type d’envoi.'] } });
  });

  it('keeps each organisation’s endpoints to its administrators', async () => {
    const hub = await hubWithEndpoint(['event.published']);
    const stranger = await createUser(testDb(), { role: 'ADMIN' });
    const member = await createUser(testDb(), { role: 'MEMBER', organisationId: hub.admin.organisationId });
    const attempt = { endpointId: hub.endpointId };

    const actions: Array<(input: typeof attempt) => Promise<ActionResult<unknown>>> = [deleteWebhookEndpointAction, enableWebhookEndpointAction, pingWebhookEndpointAction];
    for (const action of actions) {
      expect(await runAsCaller({ userId: stranger.id }, () => action(attempt))).toMatchObject({ ok: false, code: 'not-found' });
      expect(await runAsCaller({ userId: member.id }, () => action(attempt))).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await runAsCaller({ userId: stranger.id }, () => listWebhookEndpoints())).toEqual([]);
    await expect(runAsCaller({ userId: member.id }, () => listWebhookEndpoints())).rejects.toMatchObject({ code: 'forbidden' });
    const own = await runAsCaller({ userId: hub.admin.id }, () => listWebhookEndpoints());
    expect(own.map((endpoint) => endpoint.id)).toEqual([hub.endpointId]);
    expect(JSON.stringify(own)).not.toMatch(/sealedSecret|whsec_/);

    expect(await testDb().webhookEndpoint.count({ where: { id: hub.endpointId } })).toBe(1);
    expect(await runAsCaller({ userId: hub.admin.id }, () => deleteWebhookEndpointAction(attempt))).toMatchObject({ ok: true });
    expect(await testDb().webhookEndpoint.count({ where: { id: hub.endpointId } })).toBe(0);
  });
});
