import 'server-only';
import { questionnaireResponseRate, type IndicatorId } from '@/lib/domain/community';
import type { Tx } from '@/lib/server/db';
import type { ComputedIndicator } from '@/lib/server/queries/indicator-figures';
import { formatPercent, plural } from '@/lib/domain/format/french';


/**
 * The webinar's "satisfaction click rate", read as Trame can measure it: answers over questionnaires
 * sent (an opened link is not recorded). Absent until the questionnaire has gone out. The caller
 * (getIndicatorBoard) has already checked event.read.
 */
export async function questionnaireIndicator(client: Tx, eventId: string): Promise<Partial<Record<IndicatorId, ComputedIndicator>>> {
  const questionnaire = await client.questionnaire.findUnique({
    where: { eventId },
    select: { sentAt: true, _count: { select: { invitations: true, responses: true } } },
  });
  if (!questionnaire?.sentAt) return {};
  const sent = questionnaire._count.invitations;
  const answered = Math.min(questionnaire._count.responses, sent);
  const rate = questionnaireResponseRate({ answered, sent });
  const line = rate === null ? 'Aucune personne présente à qui l’envoyer.' : `${formatPercent(rate)} (${plural(answered, { one: 'réponse', other: 'réponses' })} sur ${plural(sent, { one: 'envoi', other: 'envois' })})`;
  return { 'satisfaction-click-rate': { lines: [line], status: null } };
}
