'use server';
import { createWebhookEndpointSchema, webhookEndpointSchema } from '@/lib/schemas/webhooks';
import { orgAction } from '@/lib/server/action';
import { assertPublicHost, createEndpoint, deleteEndpoint, enableEndpoint, pingEndpoint } from '@/lib/server/webhooks/endpoints';

// An organisation's webhook endpoints (issue 20.5): its administrators only, on its own endpoints.
const PAGE = '/organisation/webhooks';

export const createWebhookEndpointAction = orgAction(
  createWebhookEndpointSchema,
  'organisation.manage',
  async ({ input, membership, transaction, revalidate }) => {
    await assertPublicHost(input.url);
    revalidate(PAGE);
    return transaction((tx) => createEndpoint(tx, membership.organisationId, input));
  },
  // The host is resolved (DNS, up to a few seconds) before the write, outside any transaction.
  { transaction: false },
);

export const deleteWebhookEndpointAction = orgAction(webhookEndpointSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  revalidate(PAGE);
  return deleteEndpoint(tx, membership.organisationId, input.endpointId);
});

export const enableWebhookEndpointAction = orgAction(webhookEndpointSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  revalidate(PAGE);
  return enableEndpoint(tx, membership.organisationId, input.endpointId);
});

export const pingWebhookEndpointAction = orgAction(webhookEndpointSchema, 'organisation.manage', async ({ input, membership, tx, revalidate }) => {
  revalidate(PAGE);
  return pingEndpoint(tx, membership.organisationId, input.endpointId);
});
