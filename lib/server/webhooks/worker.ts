import 'server-only';
import { env } from '@/lib/env';
import { getBoss, WEBHOOK_QUEUE } from '@/lib/server/mail/boss';
import { deliverWebhook } from '@/lib/server/webhooks/deliver';
import type { WebhookJob } from '@/lib/server/webhooks/emit';
import type { WebhookTransport } from '@/lib/server/webhooks/transport';

/**
 * Works webhook deliveries from pg-boss. `transport` is for tests only (a local receiver over plain
 * HTTP): nothing a user sends can choose it, and the app always starts the worker without it.
 */
export async function startWebhookWorker(options: { transport?: WebhookTransport; pollingIntervalSeconds?: number } = {}): Promise<string> {
  const boss = await getBoss();
  return boss.work<WebhookJob>(WEBHOOK_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
    if (!job) return;
    await deliverWebhook(job.data.deliveryId, { transport: options.transport });
  });
}

export async function stopWebhookWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.offWork(WEBHOOK_QUEUE);
}

/** Called once when the server starts (instrumentation.ts). A failure is logged: the site must still start. */
export async function startWebhookWorkerOnBoot(): Promise<void> {
  if (env().TRAME_DISABLE_WORKER === '1') return;
  try {
    await startWebhookWorker();
  } catch (error) {
    console.error('[trame] Webhooks : le service d’envoi n’a pas démarré.', error);
  }
}
