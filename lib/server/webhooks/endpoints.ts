import 'server-only';
import { randomUUID } from 'node:crypto';
import { MAX_ENDPOINTS_PER_ORGANISATION } from '@/lib/domain/webhooks/policy';
import { PING_KIND } from '@/lib/domain/webhooks/kinds';
import type { CreateWebhookEndpointData } from '@/lib/schemas/webhooks';
import { FieldError } from '@/lib/server/action';
import type { Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { checkHost, type Resolver } from '@/lib/server/webhooks/address';
import { createDeliveries } from '@/lib/server/webhooks/emit';
import { sealEndpointSecret } from '@/lib/server/webhooks/endpoint-secret';
import { newWebhookSecret } from '@/lib/server/webhooks/signature';

export const PRIVATE_HOST = 'Cette adresse mène à un réseau privé ou local : choisissez une adresse publique.';
export const UNKNOWN_HOST = 'Cette adresse est introuvable : vérifiez le nom du serveur.';
const NOT_FOUND = 'Ce point de réception';

/**
 * Refuses an address whose host is private or unknown (SSRF), before anything is written. The check is
 * made again at each delivery's connection (transport.ts).
 */
export async function assertPublicHost(url: string, resolve?: Resolver): Promise<void> {
  const host = await checkHost(new URL(url).hostname, resolve);
  if (host === 'private') throw new FieldError('url', PRIVATE_HOST);
  if (host === 'unknown') throw new FieldError('url', UNKNOWN_HOST);
}

/** A new endpoint; its secret is returned once, here, and stored sealed. */
export async function createEndpoint(tx: Tx, organisationId: string, input: CreateWebhookEndpointData) {
  const existing = await tx.webhookEndpoint.count({ where: { organisationId } });
  if (existing >= MAX_ENDPOINTS_PER_ORGANISATION) {
    throw new SafeError(`Une structure peut déclarer ${MAX_ENDPOINTS_PER_ORGANISATION} points de réception au plus : supprimez-en un d’abord.`, 'conflict');
  }
  const secret = newWebhookSecret();
  const endpoint = await tx.webhookEndpoint.create({
    data: { organisationId, url: input.url, description: input.description || null, kinds: [...new Set(input.kinds)], sealedSecret: sealEndpointSecret(secret) },
    select: { id: true },
  });
  return { endpointId: endpoint.id, secret };
}

export async function deleteEndpoint(tx: Tx, organisationId: string, endpointId: string) {
  const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, organisationId } });
  if (count === 0) throw notFound(NOT_FOUND);
  return { endpointId };
}

/** Re-enabled by an administrator: the failure count starts again from zero. */
export async function enableEndpoint(tx: Tx, organisationId: string, endpointId: string) {
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, organisationId },
    data: { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 },
  });
  if (count === 0) throw notFound(NOT_FOUND);
  return { endpointId };
}

/** A test delivery to one enabled endpoint, whatever kinds it listens to. */
export async function pingEndpoint(tx: Tx, organisationId: string, endpointId: string) {
  const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, organisationId }, select: { id: true, enabled: true } });
  if (!endpoint) throw notFound(NOT_FOUND);
  if (!endpoint.enabled) throw new SafeError('Ce point de réception est désactivé : réactivez-le avant de le tester.', 'conflict');
  const [deliveryId] = await createDeliveries(tx, [endpoint.id], {
    kind: PING_KIND,
    eventKey: `${PING_KIND}:${randomUUID()}`,
    payload: { organisationId, message: 'Test d’envoi depuis Trame.' },
  });
  return { deliveryId: deliveryId ?? null };
}
