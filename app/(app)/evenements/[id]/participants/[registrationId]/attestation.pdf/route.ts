import { z } from 'zod';
import { attestationFileName } from '@/lib/domain/attestations/attestation-text';
import { loadAttestations, signatoryOf } from '@/lib/server/attestations/load';
import { db } from '@/lib/server/db';
import { drawableLogos, renderAttestationPdf } from '@/lib/server/exports/attestation-pdf';
import { eventRoute, idParam } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * The attestation de présence of one person of the event: organisers only (others 404); 404 too when
 * the person was never marked present, is anonymised, or belongs to another event.
 */
export const GET = eventRoute(
  'event.read',
  async ({ event, viewer, membership, params }) => {
    const batch = await loadAttestations(db(), event.id, { signatory: signatoryOf(viewer, membership), now: new Date(), registrationId: params.registrationId });
    const person = batch.people[0]!;
    const pdf = await renderAttestationPdf({ event: { ...batch.event, logos: await drawableLogos(batch.event.logos) }, signatory: batch.signatory, issuedOn: batch.issuedOn, person });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${attestationFileName(person.name)}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { params: z.object({ registrationId: idParam }) },
);
