// Webhook endpoints (issue 20.5): an organisation's administrators, on their own organisation's only.
import { refusals, type Expectations, type RegistryEntry, type Scene } from './kinds';
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  enableWebhookEndpointAction,
  pingWebhookEndpointAction,
} from '@/lib/server/actions/webhooks';

const endpoints = new Map<string, Promise<{ id: string }>>();

/** One disabled endpoint of A, created once per scene. */
function endpointOf({ db, orgA }: Scene) {
  let endpoint = endpoints.get(orgA.id);
  if (!endpoint) {
    endpoint = db.webhookEndpoint.create({
      data: { organisationId: orgA.id, url: 'https://93.184.215.14/a', kinds: ['event.published'], sealedSecret: 'v1.x.x.x', enabled: false },
      select: { id: true },
    });
    endpoints.set(orgA.id, endpoint);
  }
  return endpoint;
}

async function endpointUntouched(scene: Scene) {
  const { id } = await endpointOf(scene);
  const endpoint = await scene.db.webhookEndpoint.findUnique({ where: { id }, select: { enabled: true, _count: { select: { deliveries: true } } } });
  if (!endpoint || endpoint.enabled || endpoint._count.deliveries !== 0) throw new Error('A’s webhook endpoint changed');
  const count = await scene.db.webhookEndpoint.count({ where: { organisationId: scene.orgA.id } });
  if (count !== 1) throw new Error(`A’s webhook endpoints: ${count}`);
}

// Reached through the caller's current organisation; another hub's or a funder's admin is told
// nothing exists, and a MEMBER of A lacks organisation.manage.
const onAEndpoint: Expectations = { ...refusals.token(), signedOut: 'unauthenticated', member: 'forbidden' };

export const webhooksEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'createWebhookEndpointAction',
    attempt: async (scene) => {
      await endpointOf(scene);
      return createWebhookEndpointAction({ url: 'https://93.184.215.14/b', description: '', kinds: ['event.published'] });
    },
    expect: {
      signedOut: 'unauthenticated',
      outsider: { allowed: 'adds an endpoint to their own current organisation, never to A' },
      funder: { allowed: 'a funder’s admin manages their own organisation' },
      member: 'forbidden',
    },
    unchanged: endpointUntouched,
  },
  ...(
    [
      ['deleteWebhookEndpointAction', deleteWebhookEndpointAction],
      ['enableWebhookEndpointAction', enableWebhookEndpointAction],
      ['pingWebhookEndpointAction', pingWebhookEndpointAction],
    ] as const
  ).map(
    ([name, action]): RegistryEntry => ({
      kind: 'action',
      name,
      attempt: async (scene) => action({ endpointId: (await endpointOf(scene)).id }),
      expect: onAEndpoint,
      unchanged: endpointUntouched,
    }),
  ),
];
