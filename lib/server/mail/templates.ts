import { formatDateRange, formatDateTime } from '@/lib/domain/dates';

// The participants' e-mails: plain French text, one builder per message, no database access.

export type SeatStatus = 'CONFIRMED' | 'WAITING' | 'CANCELLED';

export type MailEvent = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  organiser: string;
};

export type MailSession = { title: string; startsAt: Date; status: SeatStatus; rank: number | null };

/** `checkinQr`: the person's check-in QR code goes with the message (attached at delivery). */
export type Email = { subject: string; text: string; checkinQr?: boolean };

type Person = { name: string; event: MailEvent; personalLink: string };

function seatLabel(status: SeatStatus, rank: number | null): string {
  if (status === 'CONFIRMED') return 'inscription confirmée';
  if (status === 'WAITING') return rank === null ? 'liste d’attente' : `liste d’attente (rang ${rank})`;
  return 'annulée';
}

function eventLines(event: MailEvent): string[] {
  return ['', `Date : ${formatDateRange(event.startsAt, event.endsAt)}`, ...(event.venue ? [`Lieu : ${event.venue}`] : [])];
}

function sessionLines(sessions: readonly MailSession[]): string[] {
  const active = sessions.filter((session) => session.status !== 'CANCELLED');
  if (active.length === 0) return [];
  return [
    '',
    'Séances choisies :',
    ...active.map((session) => `- ${session.title} (${formatDateTime(session.startsAt)}) : ${seatLabel(session.status, session.rank)}`),
  ];
}

function linkLines(link: string): string[] {
  return [
    '',
    'Votre lien personnel, pour consulter, modifier ou annuler votre inscription :',
    link,
    'Ce lien vous est propre : ne le transférez pas.',
  ];
}

// A confirmed person's check-in code travels with the message (lib/server/mail/deliver.ts).
function checkinLines(confirmed: boolean): string[] {
  if (!confirmed) return [];
  return ['', 'Votre code d’accueil (QR code) est joint à ce message : présentez-le à l’entrée, sur votre téléphone ou imprimé. Il est aussi sur votre page personnelle.'];
}

function signature(event: MailEvent): string[] {
  return ['', `L’équipe d’organisation — ${event.organiser}`, '(Message envoyé par Trame ; merci de ne pas y répondre.)'];
}

/** After registering (or registering again with the same address, which updates the registration). */
export function registrationEmail(
  input: Person & { status: SeatStatus; rank: number | null; sessions: readonly MailSession[]; updated: boolean },
): Email {
  const { event } = input;
  const waiting = input.status === 'WAITING';
  const subject = input.updated
    ? `Inscription mise à jour : ${event.title}`
    : waiting
      ? `Liste d’attente : ${event.title}`
      : `Inscription confirmée : ${event.title}`;
  const headline = waiting
    ? `Vous êtes sur la liste d’attente de « ${event.title} »${input.rank ? `, au rang ${input.rank}` : ''}. Nous vous écrirons dès qu’une place se libère.`
    : `Votre inscription à « ${event.title} » est confirmée${input.updated ? ' et vos informations sont à jour' : ''}.`;
  const text = [
    `Bonjour ${input.name},`,
    '',
    headline,
    ...eventLines(event),
    ...sessionLines(input.sessions),
    ...checkinLines(!waiting),
    ...linkLines(input.personalLink),
    ...signature(event),
  ].join('\n');
  return { subject, text, checkinQr: !waiting };
}

/**
 * Someone registered again with an address already registered: nothing was changed (anyone may type
 * anyone's address); the owner gets a link to their registration instead.
 */
export function alreadyRegisteredEmail(input: Person & { status: SeatStatus; rank: number | null; sessions: readonly MailSession[] }): Email {
  const { event } = input;
  const text = [
    `Bonjour ${input.name},`,
    '',
    `Une inscription à « ${event.title} » vient d’être demandée avec votre adresse. Vous étiez déjà inscrit·e : rien n’a été changé.`,
    `Votre inscription : ${seatLabel(input.status, input.rank)}.`,
    ...eventLines(event),
    ...sessionLines(input.sessions),
    ...checkinLines(input.status === 'CONFIRMED'),
    '',
    'Pour modifier vos informations, ajouter ou quitter une séance, ou annuler, passez par votre lien personnel (les liens reçus plus tôt restent valables).',
    ...linkLines(input.personalLink),
    '',
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre inscription reste telle quelle.',
    ...signature(event),
  ].join('\n');
  return { subject: `Vous êtes déjà inscrit·e : ${event.title}`, text, checkinQr: input.status === 'CONFIRMED' };
}

/** Someone cancelled: the first person waiting gets the seat (the event's, a session's, or both). */
export function promotionEmail(
  input: Person & { eventPromoted: boolean; confirmed: boolean; sessions: readonly Pick<MailSession, 'title' | 'startsAt'>[] },
): Email {
  const { event } = input;
  const lines = [
    ...(input.eventPromoted ? [`Votre inscription à « ${event.title} » est maintenant confirmée.`] : []),
    ...input.sessions.map((session) => `Votre place à la séance « ${session.title} » (${formatDateTime(session.startsAt)}) est maintenant confirmée.`),
  ];
  const text = [
    `Bonjour ${input.name},`,
    '',
    'Bonne nouvelle : une place s’est libérée.',
    ...lines,
    ...eventLines(event),
    ...checkinLines(input.confirmed),
    '',
    'Si vous ne pouvez plus venir, annulez depuis votre lien personnel : la place ira à la personne suivante.',
    ...linkLines(input.personalLink),
    ...signature(event),
  ].join('\n');
  return { subject: `Une place s’est libérée : ${event.title}`, text, checkinQr: input.confirmed };
}

/** The person cancelled from their personal page. */
export function cancellationEmail(input: Omit<Person, 'personalLink'> & { registrationLink: string }): Email {
  const { event } = input;
  const text = [
    `Bonjour ${input.name},`,
    '',
    `Votre inscription à « ${event.title} » est annulée. Merci d’avoir prévenu : votre place revient à une autre personne.`,
    '',
    'S’il s’agit d’une erreur, vous pouvez vous inscrire de nouveau :',
    input.registrationLink,
    ...signature(event),
  ].join('\n');
  return { subject: `Inscription annulée : ${event.title}`, text };
}
