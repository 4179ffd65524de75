import 'server-only';
import type { DeliveredKind, WebhookKind } from '@/lib/domain/webhooks/kinds';
import type { Tx } from '@/lib/server/db';
import { throughTransaction } from '@/lib/server/jobs/through-transaction';
import { getBoss, WEBHOOK_QUEUE } from '@/lib/server/mail/boss';
import type { Prisma } from '@/prisma/generated/client';

type InputJsonObject = Prisma.InputJsonObject;

export type WebhookJob = { deliveryId: string };

export type Occurrence = {
  organisationId: string;
  kind: WebhookKind;
  /**
   * Names the occurrence, the same however many times it is emitted (kind, row id and the time or
   * number that makes it unique): with the endpoint, it is unique, so an occurrence is delivered once.
   */
  eventKey: string;
  /** Built only when an endpoint listens, so that a hub without webhooks pays one query. */
  payload: () => Promise<InputJsonObject> | InputJsonObject;
};

/** Queues one attempt of each delivery, in the caller's transaction, not before `startAfter`. */
export async function queueWebhookAttempts(tx: Tx, deliveryIds: readonly string[], startAfter?: Date): Promise<void> {
  if (deliveryIds.length === 0) return;
  const boss = await getBoss();
  const jobs = deliveryIds.map((deliveryId) => ({
    name: WEBHOOK_QUEUE,
    data: { deliveryId } satisfies WebhookJob,
    ...(startAfter ? { startAfter } : {}),
  }));
  await boss.insert(jobs, { db: throughTransaction(tx) });
}

/** Creates the deliveries of one kind of occurrence for these endpoints (never twice) and queues them. */
export async function createDeliveries(
  tx: Tx,
  endpointIds: readonly string[],
  { kind, eventKey, payload }: { kind: DeliveredKind; eventKey: string; payload: InputJsonObject },
): Promise<string[]> {
  if (endpointIds.length === 0) return [];
  const created = await tx.webhookDelivery.createManyAndReturn({
    data: endpointIds.map((endpointId) => ({ endpointId, kind, eventKey, payload })),
    skipDuplicates: true,
    select: { id: true },
  });
  const ids = created.map((row) => row.id);
  await queueWebhookAttempts(tx, ids);
  return ids;
}

/**
 * Tells the organisation's enabled endpoints that listen to this kind, inside the business
 * transaction: the deliveries and their jobs are committed with the change they describe, or not at all.
 */
export async function emitWebhook(tx: Tx, occurrence: Occurrence): Promise<string[]> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organisationId: occurrence.organisationId, enabled: true, kinds: { has: occurrence.kind } },
    select: { id: true },
  });
  if (endpoints.length === 0) return [];
  return createDeliveries(
    tx,
    endpoints.map((endpoint) => endpoint.id),
    { kind: occurrence.kind, eventKey: occurrence.eventKey, payload: await occurrence.payload() },
  );
}
