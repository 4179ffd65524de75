import 'server-only';
import { env } from '@/lib/env';
import { drainQueue } from '@/lib/server/jobs/drain';
import { getBoss, WEBHOOK_QUEUE } from '@/lib/server/mail/boss';
import { deliverWebhook } from '@/lib/server/webhooks/deliver';
import type { WebhookJob } from '@/lib/server/webhooks/emit';
import type { WebhookTransport } from '@/lib/server/webhooks/transport';

/**
 * Works webhook deliveries from pg-boss. `transport` is for tests only (a local receiver over plain
 * HTTP): nothing a user sends can choose it, and the app always starts the worker without it.
 */
export async function startWebhookWorker(options: { transport?: WebhookTransport; pollingIntervalSeconds?: number } = {}): Promise<string[]> {
  const boss = await getBoss();
  // Two at once: a slow receiver (up to its time-out) does not hold back the others' deliveries.
  return drainQueue<WebhookJob>(boss, WEBHOOK_QUEUE, { workers: 2, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (job) => {
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
