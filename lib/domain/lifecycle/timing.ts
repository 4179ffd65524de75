import { formatDateTime } from '@/lib/domain/dates';

/*
 * Les actions faites trop tôt : envoyer le questionnaire de satisfaction ou valider le bilan avant la
 * fin de l'événement. Le serveur les refuse, sauf confirmation explicite (`confirmEarly`), donnée par
 * une case qui dit le risque. Les rappels, eux, ne partent jamais une fois l'événement commencé
 * (lib/domain/messages/reminders) : rien à confirmer.
 */

export const EARLY_ACTIONS = ['questionnaire', 'bilan'] as const;
export type EarlyAction = (typeof EARLY_ACTIONS)[number];

/** La fin de l'événement : la plus tardive de sa fin et de celles de ses jours de programme. */
export function eventEndsAt(event: { readonly endsAt: Date; readonly days: readonly { readonly endsAt: Date }[] }): Date {
  return event.days.reduce((end, day) => (day.endsAt > end ? day.endsAt : end), event.endsAt);
}

/** Vrai tant que l'événement n'est pas terminé (jusqu'à sa fin exclue). */
export function isBeforeEnd(endsAt: Date, now: Date): boolean {
  return now.getTime() < endsAt.getTime();
}

/** Ce qu'on risque à agir avant la fin : dit sur la case à cocher et dans le refus du serveur. */
export const EARLY_RISKS: Record<EarlyAction, string> = {
  questionnaire:
    'seules les personnes déjà pointées présentes le recevront, et les questions ne pourront plus changer',
  bilan: 'les présences, les réponses et les dépenses à venir manqueront dans cette version, qui ne changera plus',
};

/** Le libellé de la case de confirmation, quand l'événement n'est pas terminé. */
export function earlyConfirmationLabel(action: EarlyAction, endsAt: Date): string {
  const verb = action === 'questionnaire' ? 'Envoyer le questionnaire' : 'Valider le bilan';
  return `${verb} avant la fin de l’événement (${formatDateTime(endsAt)}) : j’ai compris que ${EARLY_RISKS[action]}.`;
}

/**
 * Le refus du serveur (en français), ou null si l'action est permise : après la fin, ou avant avec
 * une confirmation explicite.
 */
export function earlyActionRefusal(action: EarlyAction, endsAt: Date, now: Date, confirmEarly: boolean): string | null {
  if (!isBeforeEnd(endsAt, now) || confirmEarly) return null;
  const what = action === 'questionnaire' ? 'Le questionnaire ne peut pas partir' : 'Le bilan ne peut pas être validé';
  return `${what} avant la fin de l’événement (${formatDateTime(endsAt)}) sans confirmation : ${EARLY_RISKS[action]}. Cochez la case de confirmation pour le faire quand même.`;
}
