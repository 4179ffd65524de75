import { parisDay } from '@/lib/domain/dates';
import { loadAttestations, signatoryOf } from '@/lib/server/attestations/load';
import { db } from '@/lib/server/db';
import { SafeError } from '@/lib/server/errors';
import { attestationsZipBody } from '@/lib/server/exports/attestations-zip';
import { drawableLogos } from '@/lib/server/exports/attestation-pdf';
import { eventRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/**
 * Every attestation de présence of the event in one ZIP (one PDF per person present at least once,
 * not anonymised), streamed as it is rendered: organisers of the event only, others get 404.
 */
export const GET = eventRoute('event.read', async ({ event, viewer, membership }) => {
  const now = new Date();
  const batch = await loadAttestations(db(), event.id, { signatory: signatoryOf(viewer, membership), now });
  if (batch.people.length === 0) throw new SafeError('Aucune attestation à produire : personne n’a encore été pointé·e présent·e.', 'not-found');
  batch.event.logos = await drawableLogos(batch.event.logos);
  return new Response(attestationsZipBody(batch), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="attestations-${batch.event.slug}-${parisDay(now)}.zip"`,
      'Cache-Control': 'private, no-store',
      'X-Attestations-Count': String(batch.people.length),
    },
  });
});
