import 'server-only';
import { requireCurrentPermission } from '@/lib/server/authz';
import { db } from '@/lib/server/db';

export const DELIVERY_LOG_LENGTH = 50;

/** The current organisation's endpoints with their last deliveries; never a secret nor a payload. */
export async function listWebhookEndpoints() {
  const { membership } = await requireCurrentPermission('organisation.manage');
  return db().webhookEndpoint.findMany({
    where: { organisationId: membership.organisationId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      url: true,
      description: true,
      kinds: true,
      enabled: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: 'desc' },
        take: DELIVERY_LOG_LENGTH,
        select: { id: true, kind: true, status: true, attempts: true, lastStatusCode: true, lastError: true, createdAt: true, deliveredAt: true, nextAttemptAt: true },
      },
    },
  });
}

export type WebhookEndpointView = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];
