import { z } from '@/lib/schemas/zod';

/** Send the attestations: to everyone present not yet sent one, or to one person (`registrationId`). */
export const sendAttestationsSchema = z.object({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  registrationId: z.uuid({ error: 'Participant·e inconnu·e.' }).optional(),
});
export type SendAttestationsInput = z.infer<typeof sendAttestationsSchema>;
