import { z } from 'zod';
import { SPEAKER_FILE_SEGMENTS, storeSpeakerFile } from '@/lib/server/speakers/files';
import { publicRoute } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const params = z.object({ token: z.string().max(200), fichier: z.enum(['photo', 'supports']) });

/*
 * Public on purpose: the speaker's personal link is the credential (an unknown or revoked one is
 * "not found"). A route handler so that a plain HTML form can post the file; it answers with a 303
 * back to the speaker's page, a refusal travelling as a code in the address (never a free text).
 */
export const POST = publicRoute(
  async ({ request, params: { token, fichier } }) => {
    const refusal = await storeSpeakerFile(request, token, SPEAKER_FILE_SEGMENTS[fichier]);
    const url = new URL(`/intervenant/${token}`, request.url);
    url.searchParams.set('envoi', fichier);
    if (refusal) url.searchParams.set('refus', refusal);
    url.hash = 'fichiers';
    return Response.redirect(url, 303);
  },
  { params, mutates: true },
);
