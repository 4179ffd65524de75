import 'server-only';
import { webhookKindLabel } from '@/lib/domain/webhooks/kinds';
import { isDelivered, nextAttemptAt, shouldDisable } from '@/lib/domain/webhooks/policy';
import { db, type Tx } from '@/lib/server/db';
import { queueWebhookAttempts } from '@/lib/server/webhooks/emit';
import { openEndpointSecret } from '@/lib/server/webhooks/endpoint-secret';
import { SIGNATURE_HEADER, signWebhook } from '@/lib/server/webhooks/signature';
import { httpsTransport, type WebhookResponse, type WebhookTransport } from '@/lib/server/webhooks/transport';

export type DeliveryOptions = { transport?: WebhookTransport; now?: Date };
export type AttemptOutcome = 'delivered' | 'retry' | 'failed' | 'skipped';

type Row = {
  id: string;
  kind: string;
  payload: unknown;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  endpointId: string;
  url: string;
  sealedSecret: string;
  enabled: boolean;
};

export const ENDPOINT_DISABLED = 'Point de réception désactivé : livraison abandonnée.';
// pg-boss starts a retry by the database's clock, the row's time is the app's: a small drift must not strand it.
const CLOCK_GRACE_MS = 5_000;
const DISABLED_REASON = 'Désactivé automatiquement après des échecs répétés.';

/** The JSON sent, the same on every try of a delivery (receivers deduplicate on `id`). */
export function webhookBody(row: Pick<Row, 'id' | 'kind' | 'createdAt' | 'payload'>): string {
  return JSON.stringify({ id: row.id, type: row.kind, createdAt: row.createdAt.toISOString(), data: row.payload });
}

/**
 * One try of one delivery. The delivery row is locked while the receiver answers (SKIP LOCKED: a
 * second worker moves on) and only a PENDING one whose time has come is sent, so a job run twice never
 * sends twice. A failed try schedules the next (policy.ts) as a new job in the same transaction; after
 * the last one the delivery is FAILED and counts against its endpoint, disabled after repeated failures.
 */
export async function deliverWebhook(deliveryId: string, { transport = httpsTransport, now = new Date() }: DeliveryOptions = {}): Promise<AttemptOutcome> {
  return db().$transaction(
    async (tx): Promise<AttemptOutcome> => {
      const [row] = await tx.$queryRaw<Row[]>`
        SELECT d.id, d.kind, d.payload, d.status::text AS status, d.attempts, d."nextAttemptAt", d."createdAt",
          e.id AS "endpointId", e.url, e."sealedSecret", e.enabled
        FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
        WHERE d.id = ${deliveryId} FOR UPDATE OF d SKIP LOCKED`;
      if (!row || row.status !== 'PENDING' || row.nextAttemptAt.getTime() > now.getTime() + CLOCK_GRACE_MS) return 'skipped';
      if (!row.enabled) {
        await tx.webhookDelivery.update({ where: { id: row.id }, data: { status: 'FAILED', lastError: ENDPOINT_DISABLED } });
        return 'failed';
      }
      const body = webhookBody(row);
      const response = await transport({
        url: row.url,
        body,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Trame-Webhooks/1.0',
          'Trame-Event': row.kind,
          'Trame-Delivery': row.id,
          [SIGNATURE_HEADER]: signWebhook(openEndpointSecret(row.sealedSecret), body, now),
        },
      });
      return record(tx, row, response, now);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function record(tx: Tx, row: Row, response: WebhookResponse, now: Date): Promise<AttemptOutcome> {
  const attempts = row.attempts + 1;
  const lastStatusCode = response.statusCode;
  if (lastStatusCode !== null && isDelivered(lastStatusCode)) {
    await tx.webhookDelivery.update({ where: { id: row.id }, data: { status: 'DELIVERED', attempts, lastStatusCode, lastError: null, deliveredAt: now } });
    await tx.webhookEndpoint.update({ where: { id: row.endpointId }, data: { consecutiveFailures: 0 } });
    return 'delivered';
  }
  const lastError = response.error ?? `Réponse HTTP ${lastStatusCode ?? '?'}.`;
  const next = nextAttemptAt(attempts, now);
  if (next) {
    await tx.webhookDelivery.update({ where: { id: row.id }, data: { attempts, lastStatusCode, lastError, nextAttemptAt: next } });
    await queueWebhookAttempts(tx, [row.id], next);
    return 'retry';
  }
  await tx.webhookDelivery.update({ where: { id: row.id }, data: { status: 'FAILED', attempts, lastStatusCode, lastError } });
  const endpoint = await tx.webhookEndpoint.update({
    where: { id: row.endpointId },
    data: { consecutiveFailures: { increment: 1 } },
    select: { consecutiveFailures: true },
  });
  if (shouldDisable(endpoint.consecutiveFailures)) {
    await tx.webhookEndpoint.update({ where: { id: row.endpointId }, data: { enabled: false, disabledAt: now, disabledReason: DISABLED_REASON } });
    console.warn(`[trame] Webhook ${row.endpointId} désactivé après des échecs répétés (${webhookKindLabel(row.kind)}).`);
  }
  return 'failed';
}
