// The event's mode and every way it is written: one place, beside the enum.

export const EVENT_MODES = ['PRESENTIEL', 'DISTANCIEL', 'HYBRIDE'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** The organisers' words, on the event record, its forms and the bilan. */
export const EVENT_MODE_LABELS: Record<EventMode, string> = {
  PRESENTIEL: 'Présentiel',
  DISTANCIEL: 'Distanciel',
  HYBRIDE: 'Hybride',
};

/** What each mode means, under the choice in the form. */
export const EVENT_MODE_HINTS: Record<EventMode, string> = {
  PRESENTIEL: 'Tout le monde sur place.',
  DISTANCIEL: 'Tout le monde à distance, en visioconférence.',
  HYBRIDE: 'Sur place, et suivi à distance.',
};

/** A participant's words, on the public page and in the calendar files. */
export const EVENT_MODE_PUBLIC_LABELS: Record<EventMode, string> = {
  PRESENTIEL: 'Sur place',
  DISTANCIEL: 'À distance',
  HYBRIDE: 'Sur place et à distance',
};

/** Remote and hybrid events need a visio link. */
export function isRemote(mode: EventMode): boolean {
  return mode !== 'PRESENTIEL';
}
