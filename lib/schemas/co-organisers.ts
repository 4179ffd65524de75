import { z } from '@/lib/schemas/zod';

/** An invited organisation's answer to "co-organise this event with us". */
export const answerCoOrganiserInvitationSchema = z.object({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  organisationId: z.uuid({ error: 'Structure inconnue.' }),
  accept: z.boolean({ error: 'Acceptez ou déclinez l’invitation.' }),
});
export type AnswerCoOrganiserInvitationInput = z.infer<typeof answerCoOrganiserInvitationSchema>;

/** A co-organiser not on Trame linked to the organisation of Trame it has become (issue 15.13). */
export const linkOutsideCoOrganiserSchema = z.object({
  eventId: z.uuid({ error: 'Événement inconnu.' }),
  outsideId: z.uuid({ error: 'Co-organisateur inconnu.' }),
  organisationId: z.uuid({ error: 'Structure inconnue.' }),
});
export type LinkOutsideCoOrganiserInput = z.infer<typeof linkOutsideCoOrganiserSchema>;
