'use server';
import { sendAttestationsSchema } from '@/lib/schemas/attestations';
import { eventAction } from '@/lib/server/action';
import { signatoryOf } from '@/lib/server/attestations/load';
import { sendAttestations } from '@/lib/server/attestations/send';

/**
 * E-mails the attestations de présence (PDF attached) to those present, each person once. Writing to
 * participants is for those who read the event's « Courriels » (admins and coordinators), as for
 * group messages. Without the wrapper's transaction: the PDFs are rendered between short
 * transactions that each claim and queue a few people (lib/server/attestations/send.ts).
 */
export const sendAttestationsAction = eventAction(
  sendAttestationsSchema,
  'event.emails',
  async ({ input, tx, transaction, viewer, membership, revalidate }) => {
    revalidate(`/evenements/${input.eventId}/participants`);
    revalidate(`/evenements/${input.eventId}/courriels`);
    return sendAttestations(tx, transaction, input.eventId, { signatory: signatoryOf(viewer, membership), now: new Date(), registrationId: input.registrationId });
  },
  { transaction: false },
);
