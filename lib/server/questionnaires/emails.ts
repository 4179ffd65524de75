import 'server-only';
import { formatDate } from '@/lib/domain/dates';
import { appUrl } from '@/lib/env';

// The questionnaire's two e-mails: plain French text, the personal link, no database access.

export type QuestionnaireMail = { eventTitle: string; organiser: string; closesOn: string | null };

export const answerPath = (token: string) => `/q/${token}`;

function closing(closesOn: string | null): string[] {
  return closesOn ? ['', `Vous pouvez répondre jusqu’au ${formatDate(new Date(`${closesOn}T12:00:00Z`))} inclus.`] : [];
}

function footer(mail: QuestionnaireMail, token: string): string[] {
  return [
    '',
    'Votre lien personnel (il ne sert qu’à vous, une seule réponse par lien) :',
    `${appUrl()}${answerPath(token)}`,
    '',
    'Vos réponses sont anonymes : elles ne sont pas reliées à votre nom ni à votre adresse.',
    '',
    `L’équipe d’organisation — ${mail.organiser}`,
    '(Message envoyé par Trame ; merci de ne pas y répondre.)',
  ];
}

export function invitationEmail(mail: QuestionnaireMail & { name: string; token: string }) {
  const text = [
    `Bonjour ${mail.name},`,
    '',
    `Merci d’avoir participé à « ${mail.eventTitle} ». Vos réponses à ce court questionnaire (5 minutes) nous aideront à préparer les prochaines éditions.`,
    ...closing(mail.closesOn),
    ...footer(mail, mail.token),
  ].join('\n');
  return { subject: `Votre avis sur « ${mail.eventTitle} »`, text };
}

export function reminderEmail(mail: QuestionnaireMail & { name: string; token: string }) {
  const text = [
    `Bonjour ${mail.name},`,
    '',
    `Vous n’avez pas encore donné votre avis sur « ${mail.eventTitle} ». Il est encore temps : quelques minutes suffisent.`,
    'Ce lien remplace celui du premier courriel.',
    ...closing(mail.closesOn),
    ...footer(mail, mail.token),
  ].join('\n');
  return { subject: `Rappel : votre avis sur « ${mail.eventTitle} »`, text };
}
