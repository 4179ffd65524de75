import { addCalendarDays, parisDay, utcToParisParts, type CalendarDate } from '@/lib/domain/dates';

/*
 * Rappels avant l'événement (J-7 et J-1 par défaut) : informations pratiques envoyées aux personnes
 * inscrites et confirmées. Règles : un rappel part à partir de 9 h (heure de Paris) le jour choisi ;
 * jamais une fois l'événement commencé ; à une personne, seulement le plus récent des rappels dus
 * qu'elle n'a pas reçu (quelqu'un inscrit à J-3 reçoit le rappel J-7, pas les deux d'un coup), et
 * jamais un rappel plus ancien que le dernier qu'elle a reçu.
 */

export const REMINDER_HOUR = 9;
export const REMINDER_DAYS_BEFORE = { min: 1, max: 60 } as const;

export type ReminderSetting = { daysBefore: number; subject: string; body: string; enabled: boolean };

export const DEFAULT_REMINDERS: readonly ReminderSetting[] = [
  {
    daysBefore: 7,
    enabled: true,
    subject: 'Dans une semaine : {{evenement}}',
    body: [
      'Bonjour {{nom}},',
      '',
      'Vous êtes inscrit·e à « {{evenement}} », {{dates}}. Voici les informations pratiques.',
      '',
      'Lieu : {{lieu}}',
      '{{acces}}',
      '{{accessibilite}}',
      '{{visio}}',
      '',
      'Votre programme :',
      '{{programme}}',
      '',
      'Votre inscription (modifier, annuler) : {{lien_personnel}}',
      'Le fichier joint ajoute vos séances à votre agenda.',
    ].join('\n'),
  },
  {
    daysBefore: 1,
    enabled: true,
    subject: 'C’est demain : {{evenement}}',
    body: [
      'Bonjour {{nom}},',
      '',
      'Nous vous attendons demain pour « {{evenement}} », {{dates}}.',
      '',
      'Lieu : {{lieu}}',
      '{{acces}}',
      '{{visio}}',
      '',
      'Votre programme :',
      '{{programme}}',
      '',
      'Un empêchement ? Annulez depuis votre lien personnel, votre place ira à quelqu’un d’autre : {{lien_personnel}}',
    ].join('\n'),
  },
];

/** The placeholders of a reminder, beyond those of any group message. */
export const REMINDER_PLACEHOLDERS = [
  { key: 'acces', label: 'Accès et informations sur le lieu' },
  { key: 'accessibilite', label: 'Accessibilité du lieu' },
  { key: 'visio', label: 'Lien de visio (distanciel, hybride)' },
  { key: 'programme', label: 'Séances de la personne' },
  { key: 'lien_personnel', label: 'Lien personnel de la personne' },
] as const;

export type ReminderSlot = { daysBefore: number; sendOn: CalendarDate };

/** The day each enabled reminder goes, counted back from the event's first (Paris) day. */
export function reminderSlots(settings: readonly ReminderSetting[], eventStartsAt: Date): ReminderSlot[] {
  const firstDay = parisDay(eventStartsAt);
  return settings
    .filter((setting) => setting.enabled)
    .map((setting) => ({ daysBefore: setting.daysBefore, sendOn: addCalendarDays(firstDay, -setting.daysBefore) }))
    .sort((a, b) => b.daysBefore - a.daysBefore);
}

/** The reminder due now, if any: the most recent slot whose day and hour have come, before the event starts. */
export function dueReminder(slots: readonly ReminderSlot[], eventStartsAt: Date, now: Date): ReminderSlot | null {
  if (now.getTime() >= eventStartsAt.getTime()) return null;
  const today = parisDay(now);
  const hour = utcToParisParts(now).hour;
  const due = slots.filter((slot) => slot.sendOn < today || (slot.sendOn === today && hour >= REMINDER_HOUR));
  return due.reduce<ReminderSlot | null>((latest, slot) => (latest === null || slot.daysBefore < latest.daysBefore ? slot : latest), null);
}

/** Whether a person who already got `received` (days before, closest last) should get `slot`. */
export function shouldReceive(slot: ReminderSlot, received: readonly number[]): boolean {
  return received.every((daysBefore) => daysBefore > slot.daysBefore);
}
