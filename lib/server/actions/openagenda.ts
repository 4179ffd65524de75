'use server';
import { isPublicStatus } from '@/lib/domain/public/types';
import { openAgendaPushSchema } from '@/lib/schemas/programme';
import { eventAction } from '@/lib/server/action';
import { SafeError } from '@/lib/server/errors';
import { openAgendaConfig } from '@/lib/server/openagenda/client';
import { queueOpenAgendaPush } from '@/lib/server/openagenda/push';

/**
 * « Publier sur OpenAgenda »: queues the push of the published event to the instance's agenda (the
 * job creates it there the first time, then updates it). The page then shows « Envoi en cours ».
 */
export const pushToOpenAgendaAction = eventAction(openAgendaPushSchema, 'event.edit', async ({ input, tx, revalidate }) => {
  const config = openAgendaConfig();
  if (!config) {
    throw new SafeError('Aucun agenda OpenAgenda n’est configuré sur cette instance : téléchargez le fichier JSON et importez-le dans votre agenda.', 'conflict');
  }
  const event = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { status: true } });
  if (!isPublicStatus(event.status)) {
    throw new SafeError('Publiez d’abord l’événement : OpenAgenda n’annonce que des événements publics.', 'conflict');
  }
  await queueOpenAgendaPush(tx, input.eventId, config);
  revalidate(`/evenements/${input.eventId}/programme`);
  return { status: 'PENDING' as const };
});
