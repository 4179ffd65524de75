import { z } from 'zod';
import { SPEAKER_FILE_SEGMENTS, speakerFileResponse } from '@/lib/server/speakers/files';
import { eventRoute, idParam } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const params = z.object({ speakerId: idParam, fichier: z.enum(['photo', 'supports']) });

/** A speaker's photo or slides, downloaded by the event's organisers. */
export const GET = eventRoute('event.read', async ({ event, params: { speakerId, fichier } }) => speakerFileResponse(event.id, speakerId, SPEAKER_FILE_SEGMENTS[fichier]), {
  params,
});
