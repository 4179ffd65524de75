import 'server-only';
import type { QuestionnaireSummary } from '@/lib/domain/questionnaire/types';
import { getQuestionnaireSummary } from '@/lib/server/queries/questionnaire-summary';

/** The questionnaire's anonymous results, as the questionnaire query computes them (it authorizes itself). */
export async function readQuestionnaireSummary(eventId: string): Promise<QuestionnaireSummary | null> {
  return getQuestionnaireSummary(eventId);
}
