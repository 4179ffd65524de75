import { URL_REFUSAL_MESSAGES, MAX_URL_LENGTH, urlRefusal } from '@/lib/domain/webhooks/policy';
import { WEBHOOK_KINDS } from '@/lib/domain/webhooks/kinds';
import { textField, z } from '@/lib/schemas/zod';

// An organisation's webhook endpoints (lib/server/actions/webhooks.ts, /organisation/webhooks).

export const createWebhookEndpointSchema = z.object({
  url: textField({ error: 'Saisissez l’adresse qui recevra les envois.' })
    .trim()
    .min(1, { error: 'Saisissez l’adresse qui recevra les envois.' })
    .max(MAX_URL_LENGTH, { error: URL_REFUSAL_MESSAGES['too-long'] })
    .superRefine((url, context) => {
      const refusal = urlRefusal(url);
      if (refusal) context.addIssue({ code: 'custom', message: URL_REFUSAL_MESSAGES[refusal] });
    }),
  description: textField().trim().max(120, { error: 'La description est trop longue (120 caractères au plus).' }),
  kinds: z
    .array(z.enum(WEBHOOK_KINDS, { error: 'Type d’envoi inconnu.' }))
    .min(1, { error: 'Cochez au moins un type d’envoi.' })
    .max(WEBHOOK_KINDS.length),
});
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;
export type CreateWebhookEndpointData = z.output<typeof createWebhookEndpointSchema>;

export const webhookEndpointSchema = z.object({ endpointId: z.uuid() });
