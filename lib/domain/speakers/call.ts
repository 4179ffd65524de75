import { parisDay, type CalendarDate } from '../dates';

// The light call for proposals (« appel à intervention ») of an event.

export type CallSettings = {
  readonly status: string;
  readonly callOpen: boolean;
  /** The last Paris day proposals are received (YYYY-MM-DD), or null: until the organisers close it. */
  readonly callClosesOn: CalendarDate | null;
  readonly startsAt: Date;
};

export type CallState = 'open' | 'closed' | 'past-date' | 'event-started' | 'not-public';

/** Whether the call receives proposals now, and if not, why. */
export function callState(event: CallSettings, now: Date): CallState {
  if (event.status === 'DRAFT') return 'not-public';
  if (!event.callOpen) return 'closed';
  if (event.status !== 'PUBLISHED') return 'event-started';
  if (now.getTime() >= event.startsAt.getTime()) return 'event-started';
  if (event.callClosesOn !== null && parisDay(now) > event.callClosesOn) return 'past-date';
  return 'open';
}

export const CALL_CLOSED_MESSAGES: Record<Exclude<CallState, 'open'>, string> = {
  'not-public': 'Cet événement n’a pas d’appel à intervention ouvert.',
  closed: 'L’appel à intervention de cet événement est clos : aucune proposition n’est plus reçue.',
  'past-date': 'L’appel à intervention est clos : la date limite est passée.',
  'event-started': 'L’appel à intervention est clos : l’événement a commencé.',
};

export const PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'LATER'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  PENDING: 'À examiner',
  ACCEPTED: 'Retenue',
  DECLINED: 'Déclinée',
  LATER: 'Gardée pour plus tard',
};

export const PROPOSAL_DECISIONS = ['ACCEPTED', 'DECLINED', 'LATER'] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

export const PROPOSAL_DECISION_LABELS: Record<ProposalDecision, string> = {
  ACCEPTED: 'Retenir',
  DECLINED: 'Décliner',
  LATER: 'Garder pour plus tard',
};

/**
 * Which decisions a proposal can still take. Once retained, it has its session in the programme:
 * it stays retained (accepting again changes nothing; remove the session from the programme instead).
 */
export function allowedDecisions(status: ProposalStatus): readonly ProposalDecision[] {
  if (status === 'ACCEPTED') return ['ACCEPTED'];
  return PROPOSAL_DECISIONS.filter((decision) => decision !== status);
}

/** Where an accepted proposal's draft session is first put: the first day's opening, for its format's usual duration. */
export function draftSessionSlot(firstDay: { startsAt: Date } | null, event: { startsAt: Date }, durationMinutes: number) {
  const startsAt = firstDay?.startsAt ?? event.startsAt;
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
}
