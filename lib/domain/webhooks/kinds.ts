/*
 * What an organisation's webhook endpoint can be told (issue 20.5). The key is the `type` of the JSON
 * sent and the `Trame-Event` header; changing a key breaks receivers: add a row instead.
 */
export const WEBHOOK_KINDS = [
  'registration.created',
  'registration.cancelled',
  'registration.promoted',
  'event.published',
  'event.updated',
  'bilan.validated',
] as const;

export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** The test sent from the settings page: never subscribed to, always delivered to the endpoint chosen. */
export const PING_KIND = 'ping';
export type DeliveredKind = WebhookKind | typeof PING_KIND;

export const WEBHOOK_KIND_LABELS: Record<DeliveredKind, string> = {
  'registration.created': 'Inscription créée',
  'registration.cancelled': 'Inscription annulée',
  'registration.promoted': 'Inscription promue depuis la liste d’attente',
  'event.published': 'Événement publié',
  'event.updated': 'Événement modifié',
  'bilan.validated': 'Bilan validé',
  ping: 'Test d’envoi',
};

export function isWebhookKind(value: string): value is WebhookKind {
  return (WEBHOOK_KINDS as readonly string[]).includes(value);
}

/** The label of a stored kind; a kind removed since is shown as stored. */
export function webhookKindLabel(kind: string): string {
  return kind in WEBHOOK_KIND_LABELS ? WEBHOOK_KIND_LABELS[kind as DeliveredKind] : kind;
}
