// An event moves forward only: draft → published → done → bilan validated.
export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'DONE', 'BILAN_VALIDATED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publié',
  DONE: 'Terminé',
  BILAN_VALIDATED: 'Bilan validé',
};

export function nextStatus(status: EventStatus): EventStatus | null {
  const index = EVENT_STATUSES.indexOf(status);
  return EVENT_STATUSES[index + 1] ?? null;
}

export function canMoveTo(from: EventStatus, to: EventStatus): boolean {
  return nextStatus(from) === to;
}

/**
 * The one step back: a published event may return to draft (its public page, feeds and registration
 * form disappear; registrations already made stay). Once it has taken place, it stays where it is.
 */
export function canUnpublish(status: EventStatus): boolean {
  return status === 'PUBLISHED';
}

/**
 * Validating a bilan moves a published or finished event to « Bilan validé ». A draft stays a draft:
 * the status also opens the public page, and validating a bilan must never publish an event.
 */
export function statusAfterBilanValidation(status: EventStatus): EventStatus {
  return status === 'DRAFT' ? 'DRAFT' : 'BILAN_VALIDATED';
}
